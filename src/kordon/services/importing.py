"""Importing declarations: every row lands or is reported; re-imports are no-ops.

Rows are written in batches, one transaction each, so an import that is killed part-way leaves
whole declarations behind and the next run of the same file picks up where it stopped. With
`strict`, a file is all or nothing: any error and not one row of it is written.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kordon.domain import Channel, clock
from kordon.intake.background import read_prepared, worth_a_reader
from kordon.intake.errors import IntakeError, RowError
from kordon.intake.prepared import PreparedDeclaration, PreparedRow, prepared_batches
from kordon.intake.reader import ParsedRow
from kordon.services import entity_index
from kordon.services.collector import rare_collections
from kordon.services.ports import Store, UnitOfWork

BATCH_SIZE = 2000


@dataclass
class ImportSummary:
    """How many declarations were imported, already there unchanged, and rejected, and why."""

    imported: int = 0
    unchanged: int = 0
    rejected: int = 0
    errors: list[RowError] = field(default_factory=list)
    # Imported declarations, in input order (their ids), for callers that assess them next.
    imported_ids: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing was rejected."""
        return not self.errors

    def add(self, other: ImportSummary) -> None:
        """Fold another summary into this one."""
        self.imported += other.imported
        self.unchanged += other.unchanged
        self.rejected += other.rejected
        self.errors.extend(other.errors)
        self.imported_ids.extend(other.imported_ids)

    def to_dict(self) -> dict[str, Any]:
        """The summary as printed by `--json` and returned by the API."""
        return {
            "imported": self.imported,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "errors": [error.to_dict() for error in self.errors],
        }


def _differences(old: Any, new: Any, path: str = "") -> list[str]:
    if isinstance(old, dict) and isinstance(new, dict):
        found: list[str] = []
        for key in sorted(set(old) | set(new)):
            found.extend(_differences(old.get(key), new.get(key), f"{path}.{key}" if path else key))
        return found
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        found = []
        for index, (a, b) in enumerate(zip(old, new, strict=True)):
            found.extend(_differences(a, b, f"{path}[{index}]"))
        return found
    return [] if old == new else [path or "(document)"]


def _conflict(uow: UnitOfWork, row: PreparedDeclaration, source: str, line: int | None) -> RowError:
    stored = uow.declarations.document(row.id) or {}
    changed = _differences(stored, json.loads(row.document))[:5]
    return RowError(
        source,
        line,
        changed[0] if changed else None,
        f"declaration {row.id} is already stored with different content "
        f"(differs in {', '.join(changed)}); a declaration is never silently overwritten",
        row.id,
    )


def _classify(
    uow: UnitOfWork,
    rows: Sequence[tuple[int | None, PreparedDeclaration]],
    source: str,
    stored: Mapping[str, str] | None = None,
) -> tuple[list[PreparedDeclaration], list[str], int, list[RowError]]:
    """Split prepared rows into new ones, unchanged ones and conflicts (against the stored
    content hashes, read here unless given)."""
    if stored is None:
        stored = uow.declarations.existing_hashes([row.id for _, row in rows])
    fresh: dict[str, tuple[int | None, PreparedDeclaration]] = {}
    unchanged = 0
    errors: list[RowError] = []
    for line, row in rows:
        declaration_id = row.id
        known = stored.get(declaration_id)
        earlier = fresh.get(declaration_id)
        if known is None and earlier is None:
            fresh[declaration_id] = (line, row)
        elif (known or (earlier[1].content_hash if earlier else None)) == row.content_hash:
            unchanged += 1
        elif known is not None:
            errors.append(_conflict(uow, row, source, line))
        else:
            assert earlier is not None
            errors.append(
                RowError(
                    source,
                    line,
                    None,
                    f"declaration {declaration_id} appeared earlier (line {earlier[0]}) "
                    "with different content",
                    declaration_id,
                )
            )
    new_rows = [row for _, row in fresh.values()]
    return new_rows, [row.id for row in new_rows], unchanged, errors


# What writing one batch gives back: imported, their ids, unchanged, conflicts.
_Written = tuple[int, list[str], int, list[RowError]]


def import_rows(
    store: Store,
    rows: Iterable[ParsedRow],
    *,
    source: str,
    strict: bool = False,
    on_progress: Callable[[int], None] | None = None,
) -> ImportSummary:
    """Import checked rows: batch by batch, or all-or-nothing with strict."""
    batches = prepared_batches(rows, BATCH_SIZE)
    return _import_batches(store, batches, source=source, strict=strict, on_progress=on_progress)


def import_file(
    store: Store,
    path: Path,
    *,
    strict: bool = False,
    on_progress: Callable[[int], None] | None = None,
    background: bool | None = None,
) -> ImportSummary:
    """Import one file; a file that cannot be read at all is one error in the summary.

    A large file is read in a second process while this one writes (see intake.background);
    background makes that choice instead of the file's size.
    """
    if background is None:
        background = worth_a_reader(path)
    with (
        rare_collections(),
        closing(read_prepared(path, BATCH_SIZE, background=background)) as batches,
    ):
        return _import_batches(
            store, batches, source=str(path), strict=strict, on_progress=on_progress
        )


def _import_batches(
    store: Store,
    batches: Iterator[list[PreparedRow]],
    *,
    source: str,
    strict: bool,
    on_progress: Callable[[int], None] | None,
) -> ImportSummary:
    if strict:
        try:
            rows = [row for batch in batches for row in batch]
        except IntakeError as exc:
            return ImportSummary(errors=[exc.error])
        return _import_strict(store, rows, source=source, on_progress=on_progress)
    summary = ImportSummary()
    try:
        for batch in batches:
            good = split_rejected(summary, batch)
            collect(summary, _write_batch(store, good, source))
            if on_progress:
                on_progress(len(batch))
    except IntakeError as exc:  # the file cannot be read (further): what came before stays
        error = exc.error
        if summary.imported or summary.unchanged or summary.rejected:
            error = replace(error, reason=f"{error.reason}; the rows before it were kept")
        summary.errors.append(error)
    return summary


def _write_batch(
    store: Store, good: list[tuple[int | None, PreparedDeclaration]], source: str
) -> _Written:
    with store.transaction() as uow:
        new_rows, written = write_new(uow, good, source)
        entity_index.index_prepared(uow, new_rows)
    return written


def write_new(
    uow: UnitOfWork,
    good: Sequence[tuple[int | None, PreparedDeclaration]],
    source: str,
    *,
    decide: Callable[[UnitOfWork, list[str]], Mapping[str, Channel]] | None = None,
) -> tuple[list[PreparedDeclaration], _Written]:
    """Store the rows not stored yet, in the caller's transaction (the entity index is the
    caller's to update); return them and what the summary counts. `decide`, given the ids
    of the new ones, gives the channels to store them with."""
    new_rows, written = write_new_each(uow, [good], source, decide=decide)
    return new_rows, written[0]


def write_new_each(
    uow: UnitOfWork,
    goods: Sequence[Sequence[tuple[int | None, PreparedDeclaration]]],
    source: str,
    *,
    decide: Callable[[UnitOfWork, list[str]], Mapping[str, Channel]] | None = None,
    unindexed: bool = False,
) -> tuple[list[PreparedDeclaration], list[_Written]]:
    """`write_new` for several lodgements whose declaration ids are disjoint, in one go: one
    look-up of what is stored, one decision and one write for all of them, and what each
    lodgement's summary counts. `unindexed` lists the new ones as waiting for the entity
    index, which the caller updates after the transaction."""
    stored = uow.declarations.existing_hashes([row.id for good in goods for _, row in good])
    new_rows: list[PreparedDeclaration] = []
    written: list[_Written] = []
    for good in goods:
        rows, ids, unchanged, conflicts = _classify(uow, good, source, stored)
        new_rows.extend(rows)
        written.append((len(rows), ids, unchanged, conflicts))
    new_ids = [row.id for row in new_rows]
    channels = decide(uow, new_ids) if decide is not None else None
    uow.declarations.insert_many(
        new_rows, source=source, at=clock.now(), channels=channels, unindexed=unindexed
    )
    return new_rows, written


def split_rejected(
    summary: ImportSummary, batch: Iterable[PreparedRow]
) -> list[tuple[int | None, PreparedDeclaration]]:
    """Count the rows that failed their checks in the summary; return the others."""
    good: list[tuple[int | None, PreparedDeclaration]] = []
    for row in batch:
        if row.declaration is None:
            summary.rejected += 1
            summary.errors.extend(row.errors)
        else:
            good.append((row.line, row.declaration))
    return good


def collect(summary: ImportSummary, result: _Written) -> None:
    """Fold what one written batch gives back into the summary."""
    imported, new_ids, unchanged, conflicts = result
    summary.imported += imported
    summary.imported_ids.extend(new_ids)
    summary.unchanged += unchanged
    summary.rejected += len(conflicts)
    summary.errors.extend(conflicts)


class _Abort(Exception):
    """Raised inside a strict import's transaction to roll it back."""


def _import_strict(
    store: Store,
    rows: list[PreparedRow],
    *,
    source: str,
    on_progress: Callable[[int], None] | None,
) -> ImportSummary:
    summary = ImportSummary()
    errors = [error for row in rows for error in row.errors]
    if errors:
        summary.rejected = len(rows)
        summary.errors = errors
        return summary
    prepared = [(row.line, row.declaration) for row in rows if row.declaration is not None]
    try:
        with store.transaction() as uow:
            new_rows, new_ids, unchanged, conflicts = _classify(uow, prepared, source)
            if conflicts:
                summary.errors = conflicts
                raise _Abort
            for start in range(0, len(new_rows), BATCH_SIZE):
                uow.declarations.insert_many(
                    new_rows[start : start + BATCH_SIZE], source=source, at=clock.now()
                )
                entity_index.index_prepared(uow, new_rows[start : start + BATCH_SIZE])
                if on_progress:
                    on_progress(min(BATCH_SIZE, len(new_rows) - start))
    except _Abort:
        summary.rejected = len(rows)
        return summary
    summary.imported = len(new_rows)
    summary.imported_ids = new_ids
    summary.unchanged = unchanged
    return summary


def count_lines(path: Path) -> int:
    """Lines in a file, for a progress bar's total (cheap: counts newlines in blocks)."""
    try:
        with path.open("rb") as stream:
            return sum(block.count(b"\n") for block in iter(lambda: stream.read(1 << 20), b""))
    except OSError:
        return 0

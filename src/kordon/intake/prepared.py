"""A checked declaration as it is written: its columns, stored document and content hash.

Preparing is the last step that needs no database, so it can run in another process than the
writing; the prepared form is a plain tuple for that reason, cheap to send between processes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from functools import lru_cache
from itertools import islice
from typing import Any, NamedTuple

from kordon.domain.document import canonical_json, content_hash
from kordon.intake.errors import RowError
from kordon.intake.layout import IntakeRecord
from kordon.intake.reader import ParsedRow

# A goods item's stored columns: HS code, origin country, net mass (kg), value, currency.
PreparedItem = tuple[str, str | None, float | None, float | None, str | None]


class PreparedDeclaration(NamedTuple):
    """A checked declaration's columns, with its canonical document and that document's hash."""

    id: str
    lodged_at: datetime
    checkpoint: str
    direction: str
    procedure: str
    origin: str | None
    destination: str | None
    items: tuple[PreparedItem, ...]
    # The past inspection the input carried (outcome and detection method values), if any.
    outcome: str | None
    detection_method: str | None
    critical: bool
    document: str
    content_hash: str


class PreparedRow(NamedTuple):
    """One row of input, prepared for writing, or the errors that rejected it."""

    line: int | None
    declaration: PreparedDeclaration | None
    errors: list[RowError]


_NO_ROUTE: dict[str, Any] = {}


def prepare(record: IntakeRecord) -> PreparedDeclaration:
    """Serialise a checked declaration once: its columns, stored document and hash."""
    doc = record.document
    text = canonical_json(doc)
    route = doc.get("route", _NO_ROUTE)
    past = record.outcome
    return PreparedDeclaration(
        doc["id"],
        _timestamp(doc["lodged_at"]),
        doc["checkpoint"],
        doc["direction"],
        doc["procedure"],
        route.get("origin"),
        route.get("destination"),
        tuple(
            [
                (
                    item["hs_code"],
                    item.get("origin_country"),
                    item.get("net_mass_kg"),
                    item.get("value"),
                    item.get("currency"),
                )
                for item in doc["items"]
            ]
        ),
        past.outcome.value if past else None,
        past.detection_method.value if past else None,
        past.critical if past else False,
        text,
        content_hash(text),
    )


@lru_cache(maxsize=4096)
def _timestamp(iso: str) -> datetime:
    # Checked documents carry lodged_at in isoformat; bulk files repeat the same few values.
    return datetime.fromisoformat(iso)


def prepared_batches(rows: Iterable[ParsedRow], size: int) -> Iterator[list[PreparedRow]]:
    """Rows in batches of size, each checked record prepared."""
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield [
            PreparedRow(
                parsed.line,
                prepare(parsed.record) if parsed.record is not None else None,
                parsed.errors,
            )
            for parsed in batch
        ]

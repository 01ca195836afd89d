"""Importing into a real database (SQLite and PostgreSQL): idempotence, conflicts, --strict."""

from __future__ import annotations

from pathlib import Path

from tests.builders import KCS_HEADER, kcs_row, make_document, write_jsonl

from kordon.services.importing import import_file
from kordon.services.ports import DeclarationFilter
from kordon.storage.store import SqlStore


def _count(store: SqlStore) -> int:
    with store.transaction() as uow:
        return uow.declarations.search(DeclarationFilter(), limit=1, offset=0)[1]


def test_import_then_reimport_is_a_no_op(store: SqlStore, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [make_document(id="A"), make_document(id="B")])
    first = import_file(store, path)
    assert (first.imported, first.unchanged, first.rejected) == (2, 0, 0)
    again = import_file(store, path)
    assert (again.imported, again.unchanged, again.rejected) == (0, 2, 0)
    assert _count(store) == 2


def test_same_id_with_different_content_is_a_conflict(store: SqlStore, tmp_path: Path) -> None:
    import_file(store, write_jsonl(tmp_path / "a.jsonl", [make_document(id="A")]))
    changed = make_document(id="A", procedure="IM4")
    summary = import_file(store, write_jsonl(tmp_path / "b.jsonl", [changed]))
    assert (summary.imported, summary.rejected) == (0, 1)
    error = summary.errors[0]
    assert error.field == "procedure" and error.declaration_id == "A"
    assert "already stored with different content" in error.reason
    with store.transaction() as uow:
        stored = uow.declarations.get("A")
    assert stored is not None and stored.declaration.procedure == "T1"


def test_duplicate_within_one_file(store: SqlStore, tmp_path: Path) -> None:
    documents = [make_document(id="A"), make_document(id="A"), make_document(id="A", procedure="X")]
    summary = import_file(store, write_jsonl(tmp_path / "a.jsonl", documents))
    assert (summary.imported, summary.unchanged, summary.rejected) == (1, 1, 1)
    assert summary.errors[0].line == 3 and "appeared earlier (line 1)" in summary.errors[0].reason


def test_bad_rows_are_rejected_and_good_rows_land(store: SqlStore, tmp_path: Path) -> None:
    documents = [make_document(id="A"), make_document(id="B", direction="sideways")]
    summary = import_file(store, write_jsonl(tmp_path / "a.jsonl", documents))
    assert (summary.imported, summary.rejected) == (1, 1)
    assert _count(store) == 1


def test_strict_writes_nothing_when_any_row_is_bad(store: SqlStore, tmp_path: Path) -> None:
    documents = [make_document(id="A"), make_document(id="B", lodged_at="yesterday")]
    summary = import_file(store, write_jsonl(tmp_path / "a.jsonl", documents), strict=True)
    assert (summary.imported, summary.rejected) == (0, 2)
    assert _count(store) == 0


def test_strict_writes_nothing_on_a_conflict(store: SqlStore, tmp_path: Path) -> None:
    import_file(store, write_jsonl(tmp_path / "a.jsonl", [make_document(id="A")]))
    documents = [make_document(id="B"), make_document(id="A", procedure="X")]
    summary = import_file(store, write_jsonl(tmp_path / "b.jsonl", documents), strict=True)
    assert summary.imported == 0 and summary.errors
    assert _count(store) == 1


def test_kcs_labels_become_past_inspections(store: SqlStore, tmp_path: Path) -> None:
    path = tmp_path / "k.csv"
    path.write_text(
        "\n".join([KCS_HEADER, kcs_row("1"), kcs_row("2", Fraud="1", Critical_Fraud="2")]) + "\n"
    )
    assert import_file(store, path).imported == 2
    with store.transaction() as uow:
        found = uow.inspections.for_declaration("2")
    assert len(found) == 1 and found[0].critical and found[0].found_violation


def test_listing_filters_by_checkpoint_and_date(store: SqlStore, tmp_path: Path) -> None:
    documents = [
        make_document(id="A", checkpoint="AZ-AST", lodged_at="2026-03-01T08:00"),
        make_document(id="B", checkpoint="AZ-SAM", lodged_at="2026-03-02T08:00"),
        make_document(id="C", checkpoint="AZ-AST", lodged_at="2026-03-03T08:00"),
    ]
    import_file(store, write_jsonl(tmp_path / "a.jsonl", documents))
    from datetime import datetime

    with store.transaction() as uow:
        rows, total = uow.declarations.search(
            DeclarationFilter(checkpoint="AZ-AST", lodged_from=datetime(2026, 3, 2)),
            limit=10,
            offset=0,
        )
    assert total == 1 and rows[0].declaration.id == "C"


def test_values_longer_than_their_columns_are_errors_on_both_databases(
    store: SqlStore, tmp_path: Path
) -> None:
    # PostgreSQL would refuse them mid-batch; they are caught as row errors instead, and a
    # source path longer than its column is kept by its end.
    folder = tmp_path.joinpath(*["deep-folder-name"] * 14)
    folder.mkdir(parents=True)
    documents = [
        make_document(id="X" * 65),
        make_document(id="B", checkpoint="C" * 33),
        make_document(id="C", procedure="P" * 33),
        make_document(id="D"),
    ]
    summary = import_file(store, write_jsonl(folder / "a.jsonl", documents))
    assert (summary.imported, summary.rejected) == (1, 3)
    assert [(e.line, e.field) for e in summary.errors] == [
        (1, "id"),
        (2, "checkpoint"),
        (3, "procedure"),
    ]
    with store.transaction() as uow:
        stored = uow.declarations.get("D")
    assert stored is not None and len(stored.source) == 200
    assert stored.source.startswith("…") and stored.source.endswith("deep-folder-name/a.jsonl")

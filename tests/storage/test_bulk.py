"""Bulk writes: several tables in few round trips, in the order given, every value as stored
by a plain INSERT."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import Table, inspect, select

from kordon.storage import bulk
from kordon.storage.bulk import COPY_FROM, LOOK_EVERY, STATISTICS_TARGET, write_rows
from kordon.storage.store import SqlStore
from kordon.storage.tables import declaration_items, declarations, entity_keys, entity_mentions

_DECLARATION = ("id", "lodged_at", "checkpoint", "direction", "procedure", "content_hash",
                "document", "source", "imported_at")  # fmt: skip
_ITEM = ("declaration_id", "line_no", "hs_code", "net_mass_kg")


def _declaration(key: str) -> tuple[object, ...]:
    at = datetime(2026, 3, 1, 8, 30)
    return (key, at, "AZ-AST", "import", "IM", "h" * 64, "{}", "test", at)


def test_a_few_parents_go_in_before_many_children(store: SqlStore) -> None:
    # Two declarations are a small batch (pipelined), their items a large one (COPY on
    # PostgreSQL): the items' foreign keys hold only if the declarations went in first.
    items = [(f"D{n % 2}", n, "080620", 1.5 * n) for n in range(COPY_FROM + 5)]
    with store.transaction() as uow:
        write_rows(
            uow.connection,
            [(declarations, _DECLARATION, [_declaration("D0"), _declaration("D1")]),
             (declaration_items, _ITEM, items)],
        )  # fmt: skip
    with store.transaction() as uow:
        stored = uow.connection.execute(
            select(declaration_items.c.declaration_id, declaration_items.c.line_no,
                   declaration_items.c.hs_code, declaration_items.c.net_mass_kg)
            .order_by(declaration_items.c.line_no)
        ).all()  # fmt: skip
        lodged = uow.connection.execute(select(declarations.c.lodged_at)).scalars().all()
    assert [tuple(row) for row in stored] == items
    assert lodged == [datetime(2026, 3, 1, 8, 30)] * 2


def test_small_and_large_batches_store_the_same_values(store: SqlStore) -> None:
    # JSON, dates and empty values come back the same whichever way the rows went in.
    columns = ("generation", "entity_id", "record_kind", "record_id", "role", "kind", "name",
               "country", "identifiers", "on_date")  # fmt: skip

    def rows(prefix: str, count: int) -> list[tuple[object, ...]]:
        return [(1, n, "declaration", f"{prefix}{n}", "consignor", "company", f"Name {n}",
                 None, (("tin", f"{n:04d}"),), date(2026, 3, 1)) for n in range(count)]  # fmt: skip

    with store.transaction() as uow:
        write_rows(uow.connection, [(entity_mentions, columns, rows("S", 2)),
                                    (entity_mentions, columns, rows("L", COPY_FROM))])  # fmt: skip
    with store.transaction() as uow:
        found = uow.connection.execute(
            select(entity_mentions.c.record_id, entity_mentions.c.identifiers,
                   entity_mentions.c.on_date, entity_mentions.c.country)
        ).all()  # fmt: skip
    assert len(found) == 2 + COPY_FROM
    assert {row.record_id[0] for row in found} == {"S", "L"}
    assert all(row.identifiers == [["tin", row.identifiers[0][1]]] for row in found)
    assert all(row.on_date == date(2026, 3, 1) and row.country is None for row in found)


def test_copy_writes_every_kind_of_value_as_an_insert_does(store: SqlStore) -> None:
    # A COPY names its columns' types once (text, integers, dates, datetimes, JSON as text):
    # awkward text, microseconds, large numbers and empty JSON come back as the pipelined
    # INSERT of a small batch stores them.
    odd = ["tab\there", "line\nbreak", "back\\slash", "Ağdam Çay Şəki", "\\N", "", "ё"]
    at = datetime(2026, 3, 1, 8, 30, 15, 123456)

    def declarations_of(prefix: str, count: int) -> list[tuple[object, ...]]:
        return [(f"{prefix}{n}", at, odd[n % len(odd)], "import", "IM", "h" * 64,
                 odd[(n + 1) % len(odd)], "test", at) for n in range(count)]  # fmt: skip

    columns = ("generation", "entity_id", "record_kind", "record_id", "role", "kind", "name",
               "country", "identifiers", "on_date", "link_values")  # fmt: skip

    def mentions(prefix: str, count: int) -> list[tuple[object, ...]]:
        return [(2**31 - 1, n, "declaration", f"{prefix}{n}", "driver", "person",
                 odd[n % len(odd)], None, (("passport", odd[n % len(odd)]),), date(2026, 3, 1),
                 None if n % 2 else (("name", odd[n % len(odd)]),))
                for n in range(count)]  # fmt: skip

    small, large = 2 * len(odd), COPY_FROM + len(odd)
    with store.transaction() as uow:
        write_rows(uow.connection, [(declarations, _DECLARATION, declarations_of("S", small)),
                                    (declarations, _DECLARATION, declarations_of("L", large)),
                                    (entity_mentions, columns, mentions("S", small)),
                                    (entity_mentions, columns, mentions("L", large))])  # fmt: skip

    def stored(table: Table, key: str) -> dict[str, tuple[object, ...]]:
        with store.transaction() as uow:
            found = uow.connection.execute(select(table)).all()
        return {row._mapping[key]: tuple(v for k, v in row._mapping.items() if k not in
                                         (key, "id")) for row in found}  # fmt: skip

    for table, key in ((declarations, "id"), (entity_mentions, "record_id")):
        rows = stored(table, key)
        assert len(rows) == small + large
        for n in range(small):
            assert rows[f"L{n}"] == rows[f"S{n}"], (table.name, n)
    assert stored(declarations, "id")["L0"][:2] == (at, odd[0])


def test_a_table_that_grows_from_empty_gets_planner_statistics(store: SqlStore) -> None:
    # Lookups on a large table without statistics scan it whole; a bulk write that grows it
    # past what the planner knows analyses it (PostgreSQL only).
    if store.engine.dialect.name != "postgresql":
        pytest.skip("SQLite's planner takes no statistics from writes")
    with store.transaction() as uow:
        known = uow.connection.exec_driver_sql(
            "SELECT reltuples FROM pg_class WHERE relname = 'entity_keys'"
        ).scalar()
        write_rows(
            uow.connection,
            [(entity_keys, ("generation", "key", "entity_id"),
              [(1, f"key {n}", n) for n in range(LOOK_EVERY + 1)])],
        )  # fmt: skip
        analysed = uow.connection.exec_driver_sql(
            "SELECT reltuples FROM pg_class WHERE relname = 'entity_keys'"
        ).scalar()
    assert known is not None and known < 0  # never analysed
    assert analysed == LOOK_EVERY + 1


def test_the_writer_analyses_the_keyed_columns_only(store: SqlStore) -> None:
    # The planner needs estimates for the columns rows are looked up and joined by; the
    # names and JSON of a fast-growing table are left to autovacuum (PostgreSQL only).
    if store.engine.dialect.name != "postgresql":
        pytest.skip("SQLite's planner takes no statistics from writes")
    columns = ("generation", "entity_id", "record_kind", "record_id", "role", "kind", "name",
               "identifiers")  # fmt: skip
    rows = [(1, n, "declaration", f"D{n}", "consignor", "company", f"Name {n}", [["tin", n]])
            for n in range(LOOK_EVERY + 1)]  # fmt: skip
    with store.transaction() as uow:
        write_rows(uow.connection, [(entity_mentions, columns, rows)])
        with_statistics = set(
            uow.connection.exec_driver_sql(
                "SELECT attname FROM pg_stats WHERE tablename = 'entity_mentions'"
            ).scalars()
        )
        counted = uow.connection.exec_driver_sql(
            "SELECT reltuples FROM pg_class WHERE relname = 'entity_mentions'"
        ).scalar()
    assert {"generation", "entity_id", "record_kind", "record_id"} <= with_statistics
    assert not with_statistics & {"name", "identifiers", "role", "kind"}
    assert counted == LOOK_EVERY + 1


def test_the_writer_analyses_a_small_sample(store: SqlStore) -> None:
    # Rough estimates keep a growing table's lookups on their indexes; the writer's ANALYZE
    # takes them at its own statistics target and leaves the transaction's as it was.
    if store.engine.dialect.name != "postgresql":
        pytest.skip("SQLite's planner takes no statistics from writes")
    rows = [(1, f"key {n}", n) for n in range(LOOK_EVERY + 1)]
    with store.transaction() as uow:
        before = uow.connection.exec_driver_sql("SHOW default_statistics_target").scalar()
        write_rows(uow.connection, [(entity_keys, ("generation", "key", "entity_id"), rows)])
        after = uow.connection.exec_driver_sql("SHOW default_statistics_target").scalar()
        bounds = uow.connection.exec_driver_sql(
            "SELECT array_length(histogram_bounds, 1) FROM pg_stats "
            "WHERE tablename = 'entity_keys' AND attname = 'entity_id'"
        ).scalar()
    assert before == after == "100"
    assert bounds == STATISTICS_TARGET + 1


def test_the_writer_keeps_no_statistics_of_a_table_no_query_reads(store: SqlStore) -> None:
    # The goods items are read from the stored documents, never from their table: analysing
    # it as it grows would be work for no lookup. Their declarations are looked up by id.
    if store.engine.dialect.name != "postgresql":
        pytest.skip("SQLite's planner takes no statistics from writes")
    keys = [f"D{n}" for n in range(LOOK_EVERY + 1)]
    with store.transaction() as uow:
        write_rows(
            uow.connection,
            [(declarations, _DECLARATION, [_declaration(key) for key in keys]),
             (declaration_items, _ITEM, [(key, 1, "080620", 10.0) for key in keys])],
        )  # fmt: skip
        counted: dict[str, float] = {
            name: rows
            for name, rows in uow.connection.exec_driver_sql(
                "SELECT relname, reltuples FROM pg_class "
                "WHERE relname IN ('declarations', 'declaration_items')"
            )
        }
    assert counted["declarations"] == LOOK_EVERY + 1
    assert counted["declaration_items"] < 0  # never analysed


def test_the_goods_items_keep_no_index_but_their_key(store: SqlStore) -> None:
    # Every index of a table written for every declaration costs a write a row; the goods
    # items' table is read by no query of the product, so the migrated store keeps only its
    # primary key (which the declarations' cascading delete uses).
    assert inspect(store.engine).get_indexes("declaration_items") == []
    assert inspect(store.engine).get_pk_constraint("declaration_items")["constrained_columns"] == [
        "declaration_id",
        "line_no",
    ]


def test_the_writer_analyses_a_table_again_once_it_has_doubled(
    store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Between two ANALYZEs the planner scales the row count by the table's pages; statistics
    # are taken again when the rows written since exceed those the last counted.
    if store.engine.dialect.name != "postgresql":
        pytest.skip("SQLite's planner takes no statistics from writes")
    monkeypatch.setattr(bulk, "_unseen", {})
    monkeypatch.setattr(bulk, "_look_at", {})
    columns = ("generation", "key", "entity_id")
    first = 4 * LOOK_EVERY
    counted: list[float | None] = []
    with store.transaction() as uow:
        for start, count in ((0, first), (first, first // 2), (first + first // 2, first)):
            rows = [(1, f"key {n}", n) for n in range(start, start + count)]
            write_rows(uow.connection, [(entity_keys, columns, rows)])
            counted.append(
                uow.connection.exec_driver_sql(
                    "SELECT reltuples FROM pg_class WHERE relname = 'entity_keys'"
                ).scalar()
            )
    assert counted == [first, first, 2 * first + first // 2]

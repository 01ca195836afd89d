"""`among`: the same rows as an IN list, for any number of values (one array parameter on
PostgreSQL)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from kordon.storage.among import among, text_array
from kordon.storage.bulk import write_rows
from kordon.storage.store import SqlStore
from kordon.storage.tables import declarations, entity_keys

_AT = datetime(2026, 3, 1, 8, 30)
_COLUMNS = ("id", "lodged_at", "checkpoint", "direction", "procedure", "content_hash",
            "document", "source", "imported_at")  # fmt: skip


def _stored(store: SqlStore) -> None:
    rows = [
        (f"D{n}", _AT, "AZ-AST", "import", "IM", "h" * 64, "{}", "test", _AT) for n in range(30)
    ]
    keys = [(1, f"person~key {n}", n) for n in range(30)]
    with store.transaction() as uow:
        write_rows(
            uow.connection,
            [
                (declarations, _COLUMNS, rows),
                (entity_keys, ("generation", "key", "entity_id"), keys),
            ],
        )


def test_among_finds_what_in_finds(store: SqlStore) -> None:
    _stored(store)
    wanted = [f"D{n}" for n in range(0, 60, 3)] + ["", "d3", "D3 "]
    with store.transaction() as uow:
        found = set(uow.connection.execute(
            select(declarations.c.id).where(among(uow.connection, declarations.c.id, wanted))
        ).scalars())  # fmt: skip
        listed = set(uow.connection.execute(
            select(declarations.c.id).where(declarations.c.id.in_(wanted))
        ).scalars())  # fmt: skip
        numbers = set(uow.connection.execute(
            select(entity_keys.c.key).where(among(uow.connection, entity_keys.c.entity_id,
                                                  [2, 29, 31, -1]))
        ).scalars())  # fmt: skip
    assert found == listed == {f"D{n}" for n in range(0, 30, 3)}
    assert numbers == {"person~key 2", "person~key 29"}


def test_among_never_matches_a_value_cut_to_the_column(store: SqlStore) -> None:
    # declarations.id is 64 characters at most: a longer value names no declaration, even
    # one whose id is its first 64 characters.
    _stored(store)
    long_id = "D1" + "x" * 62
    with store.transaction() as uow:
        write_rows(uow.connection, [(declarations, _COLUMNS,
                                     [(long_id, _AT, "AZ-AST", "import", "IM", "h" * 64, "{}",
                                       "test", _AT)])])  # fmt: skip
        found = uow.connection.execute(
            select(declarations.c.id).where(
                among(uow.connection, declarations.c.id, [long_id + "yy"])
            )
        ).all()
    assert found == []


def test_among_no_values_matches_nothing(store: SqlStore) -> None:
    _stored(store)
    with store.transaction() as uow:
        found = uow.connection.execute(
            select(declarations.c.id).where(among(uow.connection, declarations.c.id, []))
        ).all()
    assert found == []


# Every character PostgreSQL's array text form treats specially, and text around it.
_AWKWARD = ['a "quoted" name', "back\\slash", "trailing\\", '"', "{braces}", "a,b", "NULL",
            "null", " spaced ", "", "tab\there", "Əliyev", "Алиев", "\\N", "}{", "'single'",
            "semi;colon", "\u3000wide space"]  # fmt: skip


def test_text_array_gives_postgresql_back_the_same_strings(store: SqlStore) -> None:
    if store.engine.dialect.name != "postgresql":
        pytest.skip("the array text form is PostgreSQL's")
    with store.transaction() as uow:
        back = uow.connection.exec_driver_sql(
            "SELECT unnest(CAST(%(values)s AS VARCHAR[]))", {"values": text_array(_AWKWARD)}
        ).scalars()
        assert list(back) == _AWKWARD


def test_among_finds_awkward_strings_and_large_numbers(store: SqlStore) -> None:
    keys = [(1, key, n) for n, key in enumerate(_AWKWARD)] + [(1, "large", 2**31 - 1)]
    with store.transaction() as uow:
        write_rows(uow.connection, [(entity_keys, ("generation", "key", "entity_id"), keys)])
        found = set(uow.connection.execute(
            select(entity_keys.c.key).where(among(uow.connection, entity_keys.c.key,
                                                  [*_AWKWARD[::2], "absent", '"a"']))
        ).scalars())  # fmt: skip
        numbers = set(uow.connection.execute(
            select(entity_keys.c.key).where(among(uow.connection, entity_keys.c.entity_id,
                                                  [0, 2**31 - 1, 3]))
        ).scalars())  # fmt: skip
    assert found == set(_AWKWARD[::2])
    assert numbers == {_AWKWARD[0], "large", _AWKWARD[3]}


def test_text_array_writes_what_is_not_a_string_as_its_text() -> None:
    # A number beside strings used to fail on the test for a backslash.
    assert text_array([7, "a\\b", Decimal("2.50"), date(2026, 3, 1)]) == (
        '{"7","a\\\\b","2.50","2026-03-01"}'
    )


def test_text_array_refuses_a_missing_value_rather_than_writing_its_name() -> None:
    # "None" would be looked up as the text None, where psycopg sends NULL.
    with pytest.raises(ValueError, match="holds no value"):
        text_array(["a", None, "b"])


def test_among_matches_nothing_by_a_missing_value(store: SqlStore) -> None:
    # A key spelt "None" must not be found by a None among the values.
    keys = [(1, "key 1", 1), (1, "None", 2)]
    with store.transaction() as uow:
        write_rows(uow.connection, [(entity_keys, ("generation", "key", "entity_id"), keys)])
        found = set(uow.connection.execute(
            select(entity_keys.c.entity_id).where(
                among(uow.connection, entity_keys.c.key, ["key 1", None])
            )
        ).scalars())  # fmt: skip
    assert found == {1}


def test_among_takes_numbers_mixed_with_their_text(store: SqlStore) -> None:
    keys = [(1, f"key {n}", n) for n in range(5)]
    with store.transaction() as uow:
        write_rows(uow.connection, [(entity_keys, ("generation", "key", "entity_id"), keys)])
        found = set(uow.connection.execute(
            select(entity_keys.c.key).where(among(uow.connection, entity_keys.c.entity_id,
                                                  [1, "3", 9]))
        ).scalars())  # fmt: skip
    assert found == {"key 1", "key 3"}

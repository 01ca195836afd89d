"""Fast multi-row inserts for the import path.

SQLAlchemy's generic executemany spends most of its time building a parameter dict per row. Here
each column's bind processor (the dialect's own conversion of datetimes, JSON ...) is looked up
once, rows go in as tuples, and the driver's executemany does the rest, inside the caller's
transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from operator import itemgetter
from typing import Any

import orjson
from sqlalchemy import (
    JSON,
    Connection,
    Date,
    DateTime,
    Dialect,
    Enum,
    Integer,
    String,
    Table,
    insert,
)
from sqlalchemy.types import TypeEngine

from kordon.storage.tables import NOT_LOOKED_UP

# JSON as the json module writes it for SQLAlchemy: keys that are not strings become
# strings, and NumPy numbers (a model's scores) are numbers.
_JSON = orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY
# From how many rows PostgreSQL gets them by COPY rather than by INSERT. A COPY takes two
# round trips of its own (its start is answered before the rows go), where the INSERTs of a
# few tables go together in one; but psycopg sends an INSERT's rows one message each, at
# about three times COPY's processor time a row. Measured on groups of 16 lodgements (some
# 30 rows of entity mentions and keys each), COPY from 16 rows cost 0.85 of the processor
# time of COPY from 100, for no more wall time.
COPY_FROM = 16


Rows = tuple[Table, Sequence[str], Sequence[Sequence[Any]]]


def bulk_insert(
    connection: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Insert rows (tuples in the order of columns; hashable values only) into table."""
    write_rows(connection, [(table, columns, rows)])


def write_rows(connection: Connection, batches: Sequence[Rows]) -> None:
    """Insert the rows of several tables (each as `bulk_insert` takes them) in as few round
    trips as the database allows: on PostgreSQL, COPY for the large batches and a single
    pipeline for all the small ones."""
    if connection.dialect.name != "postgresql":
        for table, columns, rows in batches:
            _insert_positional(connection, table, columns, rows)
        return
    small: list[Rows] = []  # sent together, but never after a later table's COPY
    for table, columns, rows in batches:
        if len(rows) >= COPY_FROM:
            _insert_pipelined(connection, small)
            small = []
            _copy_rows(connection, table, columns, rows)
        elif rows:
            small.append((table, columns, rows))
    _insert_pipelined(connection, small)
    for table, _, rows in batches:
        _note_written(connection, table, len(rows))


# How many rows this process writes into a table between looks at its statistics, and the
# rows it has written since the table was last analysed (here, or as far as it knows).
LOOK_EVERY = 2000
_unseen: dict[str, int] = {}
# When to look again (rows written since the last ANALYZE): GROWTH of the rows the planner
# counted at the last look, so that a big table is not asked about after every write.
_look_at: dict[str, float] = {}
# A table is analysed again once it has doubled. The planner scales the row count of the last
# ANALYZE by the table's pages as they are now, so a table's estimates grow with it between
# two; what a table without statistics lacks (and gets at LOOK_EVERY rows) is any estimate
# at all. Analysing at each fifth's growth kept the same plans for twice the ANALYZEs.
GROWTH = 1.0
# The statistics target of the writer's ANALYZE (PostgreSQL's default is 100): it samples
# 300 rows for each, 3,000 here. The lookups of a growing table need its row count and rough
# estimates of its keys to stay on their indexes, not a fine histogram; sorting and counting
# a sample of 30,000 rows was most of what the writer's ANALYZE cost a table of that size.
# Autovacuum's ANALYZE, at the server's target, follows within a minute.
STATISTICS_TARGET = 10
# The planner's row count of a table: -1 before its first ANALYZE.
_ROWS = "SELECT reltuples FROM pg_class WHERE oid = %(table)s::regclass"


def _note_written(connection: Connection, table: Table, count: int) -> None:
    """Analyse a table that has doubled since its planner statistics were taken.

    A table that grows from empty within minutes (a first import, a load test) has no
    statistics yet, and autovacuum looks only once a minute; the planner then takes lookups
    by (generation, key) for a scan of the whole generation, and every batch costs more than
    the last. Analysing in the writing transaction (which counts its own new rows) whenever
    the rows this process wrote exceed GROWTH of the table keeps the lookups on their
    indexes and the cost per row flat, for about one ANALYZE each time the table doubles.
    Only the columns the planner looks rows up or joins by are analysed (see
    `_analyse`), and tables no query reads (`NOT_LOOKED_UP`) not at all."""
    if not count or connection.dialect.name != "postgresql" or table.info.get(NOT_LOOKED_UP):
        return
    seen = _unseen.get(table.name, 0) + count
    _unseen[table.name] = seen
    if seen < _look_at.get(table.name, LOOK_EVERY):
        return
    rows = connection.exec_driver_sql(_ROWS, {"table": table.name}).scalar()
    if rows is None or rows < 0 or seen > GROWTH * rows:
        with pipeline(connection) as cursor:
            cursor.execute(f"SET LOCAL default_statistics_target = {STATISTICS_TARGET}")
            cursor.execute(_analyse(table))
            cursor.execute("SET LOCAL default_statistics_target TO DEFAULT")
        _unseen[table.name] = 0
        _look_at.pop(table.name, None)
    else:
        _look_at[table.name] = max(LOOK_EVERY, GROWTH * rows)


@lru_cache(maxsize=64)
def _analyse(table: Table) -> str:
    """ANALYZE of the table's keyed columns: its primary key's, its indexes' and its foreign
    keys'. These are what the lookups of a fast-growing table need estimates for (with the
    table's row count, which any ANALYZE updates); the statistics of the other columns
    (documents, JSON, free text) cost two thirds of a whole-table ANALYZE and are left to
    autovacuum's, which analyses every column."""
    keyed = {column.name for column in table.primary_key.columns}
    keyed.update(column.name for index in table.indexes for column in index.columns)
    keyed.update(key.parent.name for key in table.foreign_keys)
    names = ", ".join(f'"{column.name}"' for column in table.columns if column.name in keyed)
    return f'ANALYZE "{table.name}" ({names})' if names else f'ANALYZE "{table.name}"'


def _insert_pipelined(connection: Connection, batches: Sequence[Rows]) -> None:
    if batches:
        with pipeline(connection) as cursor:
            for table, columns, rows in batches:
                insert_small(cursor, connection.dialect, table, columns, rows)


@contextmanager
def pipeline(connection: Connection) -> Iterator[Any]:
    """A cursor whose statements go to PostgreSQL together and are answered together: one
    round trip for all of them (COPY cannot take part)."""
    raw: Any = connection.connection.driver_connection
    cursor = raw.cursor()
    try:
        with raw.pipeline():
            yield cursor
    finally:
        cursor.close()


def insert_small(
    cursor: Any, dialect: Dialect, table: Table, columns: Sequence[str], rows: Sequence[Any]
) -> None:
    """Queue an INSERT of a few rows on a PostgreSQL cursor (as SQLAlchemy would send them:
    its SQL, its conversion of each value), compiled once per table and columns."""
    sql, processors = _named_statement(table, tuple(columns), dialect)
    cursor.executemany(
        sql,
        [
            {
                name: value if process is None or value is None else process(value)
                for name, process, value in zip(columns, processors, row, strict=True)
            }
            for row in rows
        ],
    )


@lru_cache(maxsize=64)
def _named_statement(
    table: Table, columns: tuple[str, ...], dialect: Dialect
) -> tuple[str, tuple[Callable[[Any], Any] | None, ...]]:
    # As for executemany: a single-row compile would add RETURNING for a generated key.
    compiled = (
        insert(table)
        .values({name: None for name in columns})
        .compile(dialect=dialect, for_executemany=True)
    )
    processors = tuple(table.c[name].type._cached_bind_processor(dialect) for name in columns)
    return str(compiled), processors


def _insert_positional(
    connection: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    if not rows:
        return
    dialect = connection.dialect
    sql, reorder = _statement(table, tuple(columns), dialect)
    converted: Sequence[Sequence[Any]] = rows
    for index, name in enumerate(columns):
        processor = table.c[name].type._cached_bind_processor(dialect)
        if processor is None:
            continue
        if converted is rows:
            converted = [list(row) for row in rows]
        # Imports repeat the same dates and empty lists: convert each distinct value once.
        seen: dict[Any, Any] = {}
        for row in converted:
            value = row[index]
            if value is not None:
                try:
                    row[index] = seen[value]  # type: ignore[index]
                except KeyError:
                    row[index] = seen[value] = processor(value)  # type: ignore[index]
    params = list(converted) if reorder is None else [reorder(row) for row in converted]
    cursor = connection.connection.cursor()
    try:
        cursor.executemany(sql, params)
    finally:
        cursor.close()


@lru_cache(maxsize=64)
def _statement(
    table: Table, columns: tuple[str, ...], dialect: Dialect
) -> tuple[str, Callable[[Sequence[Any]], Any] | None]:
    """The INSERT for these columns, once per table, and how to order a row for its binds."""
    compiled = insert(table).values({name: None for name in columns}).compile(dialect=dialect)
    binds = compiled.positiontup
    if binds is None:  # PostgreSQL takes COPY instead; this path is for positional drivers
        raise ValueError(f"bulk_insert has no INSERT path for {dialect.name}")
    if list(binds) == list(columns):
        return str(compiled), None
    position = {name: index for index, name in enumerate(columns)}
    return str(compiled), itemgetter(*(position[name] for name in binds))


def _copy_rows(
    connection: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """PostgreSQL's COPY: several times faster than any INSERT for thousands of rows."""
    json_columns, types = _copy_plan(table, tuple(columns))
    names = ", ".join(f'"{name}"' for name in columns)
    cursor = connection.connection.cursor()
    try:
        with cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
            if types is not None:
                copy.set_types(types)
            for row in rows:
                if json_columns:
                    values = list(row)
                    for index in json_columns:
                        values[index] = orjson.dumps(values[index], option=_JSON).decode()
                    copy.write_row(values)
                else:
                    copy.write_row(row)
    finally:
        cursor.close()


# The PostgreSQL type each kind of column's values are written as in a COPY: named once for
# the whole COPY, each value skips psycopg's choosing a dumper by its Python type (a quarter
# of the COPY's processor time for an entity mention's row). These write every value as the
# dumper its Python type would have chosen writes it (an int's digits, a date's or a
# datetime's ISO form, a string as it is; JSON goes as the text `orjson` made of it), so the
# writers must give each column values of its own kind: an int for an Integer column, a str for
# a String one (psycopg refuses anything else with a TypeError, where an INSERT would have let
# the server cast it; the writers' rows are typed so, and a test stores every kind through both).
# A table with a column of another kind (a float or a flag, which NumPy's scalars may fill)
# is written as before, each value dumped by its Python type.
_COPY_TYPES: tuple[tuple[type[TypeEngine[Any]], str], ...] = (
    (Integer, "int8"),
    (String, "text"),
    (JSON, "text"),
    (Date, "date"),
)


@lru_cache(maxsize=64)
def _copy_plan(table: Table, columns: tuple[str, ...]) -> tuple[list[int], list[str] | None]:
    """The positions of a COPY's JSON columns, and its columns' types for `set_types` (None
    when a column is of a kind not in `_COPY_TYPES`)."""
    column_types = [table.c[name].type for name in columns]
    json_columns = [i for i, kind in enumerate(column_types) if isinstance(kind, JSON)]
    types: list[str] = []
    for kind in column_types:
        if isinstance(kind, DateTime):
            types.append("timestamptz" if kind.timezone else "timestamp")
            continue
        named = next((name for base, name in _COPY_TYPES if isinstance(kind, base)), None)
        if named is None or isinstance(kind, Enum):
            return json_columns, None
        types.append(named)
    return json_columns, types

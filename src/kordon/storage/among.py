"""`column IN (values)` at the same cost for any number of values.

An IN list of hundreds of values is a statement of its own for every count: SQLAlchemy renders
a parameter for each value, psycopg parses the long text on every call (it keeps only short
statements' parsing), and PostgreSQL parses and plans it afresh. On PostgreSQL the values go
as one array parameter instead (`column = ANY(:values)`), so that the statement's text is
the same whatever their number: rendered once, parsed once, and prepared by the server after a
few runs. Elsewhere it stays a plain IN.

`among_param` is the same condition over a named parameter, for a statement built once and run
with any list: SQLAlchemy then neither builds it nor works out its cache key again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    ARRAY,
    BindParameter,
    ColumnElement,
    Connection,
    Dialect,
    String,
    TypeDecorator,
    any_,
    bindparam,
    cast,
)
from sqlalchemy.types import NullType


def among(
    connection: Connection, column: ColumnElement[Any], values: Sequence[Any]
) -> ColumnElement[bool]:
    """A condition that `column` is one of `values`."""
    if connection.dialect.name != "postgresql":
        return column.in_(values)
    return column == any_(_as_array(column, bindparam(None, list(values), type_=_ArrayText())))


def among_param(dialect: str, column: ColumnElement[Any], name: str) -> ColumnElement[bool]:
    """A condition that `column` is one of the values of the parameter `name` (a list)."""
    if dialect != "postgresql":
        return column.in_(bindparam(name, expanding=True))
    return column == any_(_as_array(column, bindparam(name, type_=_ArrayText())))


def _as_array(column: ColumnElement[Any], values: BindParameter[Any]) -> ColumnElement[Any]:
    # Strings as VARCHAR without a length: a cast to VARCHAR(n) would cut a longer value
    # short, and so match a value it is not.
    element = String() if isinstance(column.type, String) else column.type
    return cast(values, ARRAY(element))


class _ArrayText(TypeDecorator[Sequence[Any]]):
    """A list of strings or whole numbers sent as PostgreSQL's text form of an array, which
    the statement casts to the column's array type (see `text_array`).

    The parameter carries no type of its own (no `::VARCHAR` after it), so that the server
    takes it for the array the cast names: a text cast to an array is an expression the
    planner cannot see into, and it read a batch's declarations by id with a scan of the
    table where the array parameter uses the primary key."""

    impl = NullType
    cache_ok = True

    def process_bind_param(self, value: Sequence[Any] | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if any(item is None for item in value):
            # `column IN (..., NULL)` matches no row by the NULL: leaving it out matches the
            # same rows, where the array's text has no NULL to write.
            value = [item for item in value if item is not None]
        if all(type(item) is int for item in value):
            return int_array(value)
        return text_array(value)


def int_array(values: Iterable[int]) -> str:
    """PostgreSQL's text form of an array of whole numbers (`{1,2,3}`): no value needs quotes."""
    return "{" + ",".join(map(str, values)) + "}"


def text_array(values: Iterable[object]) -> str:
    """PostgreSQL's text form of an array of strings (`{"a","b \\"c\\""}`), for a parameter the
    statement casts (`CAST(%(keys)s AS VARCHAR[])`); any other value goes as its `str`.

    psycopg dumps a list a value at a time in Python, testing each for the quotes it needs: a
    batch's thousand lookup keys cost it some 2 ms a read. Every value quoted, with its quotes
    and backslashes escaped, is what the server reads back as the same strings."""
    return "{" + ",".join(['"' + _escaped(value) + '"' for value in values]) + "}"


def _escaped(item: object) -> str:
    # A list may mix numbers (or anything else a column takes) with strings: each goes as the
    # text the cast reads it back from, so a value that is not a string needs its `str` first.
    if item is None:
        # PostgreSQL's NULL has no text form inside a quoted array: "None" would be a value.
        raise ValueError("a list of values to look up holds no value (None); leave it out")
    value = item if isinstance(item, str) else str(item)
    if "\\" in value:
        value = value.replace("\\", "\\\\")
    if '"' in value:
        value = value.replace('"', '\\"')
    return value

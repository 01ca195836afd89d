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

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ARRAY, ColumnElement, Connection, String, any_, bindparam


def among(
    connection: Connection, column: ColumnElement[Any], values: Sequence[Any]
) -> ColumnElement[bool]:
    """A condition that `column` is one of `values`."""
    if connection.dialect.name != "postgresql":
        return column.in_(values)
    # Strings as VARCHAR without a length: a cast to VARCHAR(n) would cut a longer value
    # short, and so match a value it is not.
    element = String() if isinstance(column.type, String) else column.type
    return column == any_(bindparam(None, list(values), type_=ARRAY(element)))


def among_param(dialect: str, column: ColumnElement[Any], name: str) -> ColumnElement[bool]:
    """A condition that `column` is one of the values of the parameter `name` (a list)."""
    if dialect != "postgresql":
        return column.in_(bindparam(name, expanding=True))
    element = String() if isinstance(column.type, String) else column.type
    return column == any_(bindparam(name, type_=ARRAY(element)))

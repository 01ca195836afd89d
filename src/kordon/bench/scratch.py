"""Scratch databases for benchmarks: made fresh on a PostgreSQL server, dropped afterwards."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url


def fresh_postgres(admin_url: str, name: str) -> str:
    """An empty database `name` on the server of `admin_url` (replacing one left behind)."""
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_postgres(admin_url: str, name: str) -> None:
    """Remove a scratch database."""
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


def dump_tables(url: str, into: Path) -> None:
    """Every table's rows of the database at `url`, sorted, written to `into`: two versions of
    the code that stored the same declarations can then be compared row for row."""
    engine = create_engine(url)
    with engine.connect() as connection, into.open("w") as out:
        names = connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        ).scalars()
        for name in list(names):
            rows = connection.execute(text(f'SELECT * FROM "{name}"')).all()
            out.write(f"== {name} ({len(rows)} rows)\n")
            for line in sorted(repr(tuple(row)) for row in rows):
                out.write(line + "\n")
    engine.dispose()

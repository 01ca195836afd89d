"""Connecting to the database and bringing its schema up to date."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from kordon.domain import json_exact
from kordon.domain.errors import KordonError

MIGRATIONS = Path(__file__).parent / "migrations"


class DatabaseError(KordonError):
    """The database cannot be opened or its schema cannot be brought up to date."""


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets the web app read while an import writes; foreign keys are off by default in SQLite.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    # Checkpoint the WAL every 64 MB instead of every 4 MB: bulk imports spend far less time in
    # checkpoint fsyncs, and readers are unaffected.
    cursor.execute("PRAGMA wal_autocheckpoint=16384")
    cursor.close()


def connect(url: str) -> Engine:
    """An engine for a database URL; SQLite files get WAL mode and foreign keys."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"The database URL {url!r} cannot be parsed: {exc}") from exc
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql":
        # Up to 40 connections, as many as the threads a server runs requests in (Starlette's
        # thread pool): under load a request then waits for a thread, never for a connection.
        # No ping before each use (a round trip per transaction, a fifth of a lodgement's):
        # when the server restarts, the first statement on a stale connection fails, and
        # SQLAlchemy then drops every connection made before it, so one request sees the error.
        # JSON columns are read by orjson where it reads them exactly: the entity index's
        # reads return thousands of small JSON values a second, and the json module took a few
        # times as long on each.
        return create_engine(parsed, pool_size=10, max_overflow=30, pool_recycle=3600,
                             json_deserializer=json_exact.loads)  # fmt: skip
    raise DatabaseError(
        f"The database URL names {parsed.get_backend_name()!r}; "
        "Kordon supports SQLite and PostgreSQL."
    )


def _alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def migrate(engine: Engine) -> None:
    """Apply every migration the database has not had yet."""
    with engine.begin() as connection:
        config = _alembic_config(engine)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def is_current(engine: Engine) -> bool:
    """True when the database schema is at the newest migration."""
    script = ScriptDirectory.from_config(_alembic_config(engine))
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_heads()
    return set(current) == set(script.get_heads())


def reset(engine: Engine) -> None:
    """Drop every Kordon table (for the demo, which rebuilds its database from scratch)."""
    from kordon.storage.tables import metadata

    with engine.begin() as connection:
        metadata.drop_all(connection)
        connection.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
    migrate(engine)

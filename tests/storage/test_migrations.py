"""The migrations build exactly the schema the code declares, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from kordon.storage.database import is_current, migrate
from kordon.storage.store import SqlStore
from kordon.storage.tables import metadata


def test_migrated_schema_matches_the_tables(store: SqlStore) -> None:
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    assert differences == []
    assert is_current(store.engine)


def test_migrating_twice_is_harmless(store: SqlStore) -> None:
    migrate(store.engine)
    assert is_current(store.engine)

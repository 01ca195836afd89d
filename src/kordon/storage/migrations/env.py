"""Alembic environment: runs on the connection Kordon hands over (see storage.database)."""

from alembic import context

from kordon.storage.tables import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()

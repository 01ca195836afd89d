"""entity keys indexed with their entity id, so the newest entities of a key are read first

Revision ID: 0012
Revises: 0011
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_entity_keys_generation_key_entity_id",
        "entity_keys",
        ["generation", "key", "entity_id"],
        unique=False,
    )
    op.drop_index("ix_entity_keys_generation_key", table_name="entity_keys")


def downgrade() -> None:
    op.create_index(
        "ix_entity_keys_generation_key", "entity_keys", ["generation", "key"], unique=False
    )
    op.drop_index("ix_entity_keys_generation_key_entity_id", table_name="entity_keys")

"""the entity index (generations of entities, keys and mentions) and watchlist proposals

Revision ID: 0007
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entity_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("live_generation", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_entity_state"),
    )
    op.create_table(
        "entities",
        sa.Column("generation", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("label", sa.String(300), nullable=False),
        sa.Column("country", sa.String(2), nullable=True),
        sa.Column("identifiers", sa.JSON(), nullable=False),
        sa.Column("keys", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("generation", "id", name="pk_entities"),
    )
    op.create_table(
        "entity_keys",
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(300), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
    )
    op.create_index("ix_entity_keys_generation_key", "entity_keys", ["generation", "key"])
    op.create_table(
        "entity_mentions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("record_kind", sa.String(20), nullable=False),
        sa.Column("record_id", sa.String(100), nullable=False),
        sa.Column("role", sa.String(60), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("country", sa.String(2), nullable=True),
        sa.Column("identifiers", sa.JSON(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=True),
        sa.Column("checkpoint", sa.String(32), nullable=True),
        sa.Column("link_kind", sa.String(20), nullable=True),
        sa.Column("link_reason", sa.String(400), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_entity_mentions"),
    )
    op.create_index(
        "ix_entity_mentions_generation_entity_id", "entity_mentions", ["generation", "entity_id"]
    )
    op.create_index(
        "ix_entity_mentions_generation_record_kind_record_id",
        "entity_mentions",
        ["generation", "record_kind", "record_id"],
    )
    op.create_table(
        "watchlist_proposals",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("seizure_id", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("names", sa.JSON(), nullable=False),
        sa.Column("identifiers", sa.JSON(), nullable=False),
        sa.Column("country", sa.String(2), nullable=True),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(100), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("entry_id", sa.String(100), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_watchlist_proposals"),
    )
    op.create_index("ix_watchlist_proposals_seizure_id", "watchlist_proposals", ["seizure_id"])


def downgrade() -> None:
    op.drop_table("watchlist_proposals")
    op.drop_table("entity_mentions")
    op.drop_table("entity_keys")
    op.drop_table("entities")
    op.drop_table("entity_state")

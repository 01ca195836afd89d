"""other reports of a stored seizure; feed items already read; the reader's confidence

Revision ID: 0010
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("seizures") as batch:
        batch.add_column(sa.Column("confidence", sa.Float(), nullable=True))
    op.create_table(
        "seizure_reports",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "seizure_id",
            sa.Integer(),
            sa.ForeignKey("seizures.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=True),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=True),
    )
    op.create_index("ix_seizure_reports_seizure_id", "seizure_reports", ["seizure_id"])
    op.create_table(
        "feed_items",
        sa.Column("key_sha256", sa.String(64), primary_key=True),
        sa.Column("feed_url", sa.Text(), nullable=False),
        sa.Column("item_key", sa.Text(), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("feed_items")
    op.drop_index("ix_seizure_reports_seizure_id", table_name="seizure_reports")
    op.drop_table("seizure_reports")
    with op.batch_alter_table("seizures") as batch:
        batch.drop_column("confidence")

"""checkpoint-day rows that serialise the deciding of red slots across processes

Revision ID: 0008
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checkpoint_days",
        sa.Column("checkpoint", sa.String(length=32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("claims", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("checkpoint", "day", name=op.f("pk_checkpoint_days")),
    )
    with op.batch_alter_table("declarations") as batch:
        batch.create_index(
            batch.f("ix_declarations_checkpoint_channel_lodged_at"),
            ["checkpoint", "channel", "lodged_at"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("declarations") as batch:
        batch.drop_index(batch.f("ix_declarations_checkpoint_channel_lodged_at"))
    op.drop_table("checkpoint_days")

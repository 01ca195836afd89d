"""lodged declarations waiting for the entity index, indexed after the lodgement commits

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unindexed_declarations",
        sa.Column("declaration_id", sa.String(length=64), nullable=False),
        sa.Column("queued_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("declaration_id", name=op.f("pk_unindexed_declarations")),
    )
    # The oldest first, for the catch-up, however many a stopped process left.
    op.create_index(
        op.f("ix_unindexed_declarations_queued_at"),
        "unindexed_declarations",
        ["queued_at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_unindexed_declarations_queued_at"), table_name="unindexed_declarations")
    op.drop_table("unindexed_declarations")

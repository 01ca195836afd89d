"""network lookups per declaration: seizures by declaration, links' values for their wording

Revision ID: 0011
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("seizures") as batch:
        batch.create_index(batch.f("ix_seizures_declaration_id"), ["declaration_id"], unique=False)
    with op.batch_alter_table("entity_mentions") as batch:
        batch.add_column(sa.Column("link_values", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("entity_mentions") as batch:
        batch.drop_column("link_values")
    with op.batch_alter_table("seizures") as batch:
        batch.drop_index(batch.f("ix_seizures_declaration_id"))

"""goods items keep no index on their HS code: no query of the product reads them by it

Revision ID: 0014
Revises: 0013
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Every lodged goods item wrote an entry into it; the product reads a declaration's items
    # from its stored document and never looks `declaration_items` up by HS code.
    with op.batch_alter_table("declaration_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_declaration_items_hs_code"))


def downgrade() -> None:
    with op.batch_alter_table("declaration_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_declaration_items_hs_code"), ["hs_code"], unique=False)

"""actions carry GroenPact action lines and policy-frame items

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.add_column(sa.Column("groenpact", sa.JSON(), nullable=False,
                                      server_default="[]"))
        batch_op.add_column(sa.Column("frame_items", sa.JSON(), nullable=False,
                                      server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_column("frame_items")
        batch_op.drop_column("groenpact")

"""cycle: an action continued in a follow-up points at its earlier self (continued_from_uuid)

Revision ID: 0012_cycle
Revises: 0009_drafts
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = "0012_cycle"
down_revision = "0009_drafts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # batch mode: SQLite rebuilds the table, a server alters it in place
    with op.batch_alter_table("action") as batch:
        batch.add_column(sa.Column("continued_from_uuid", sa.String(length=36), nullable=True))
        batch.create_index(batch.f("ix_action_continued_from_uuid"), ["continued_from_uuid"])


def downgrade() -> None:
    with op.batch_alter_table("action") as batch:
        batch.drop_index(batch.f("ix_action_continued_from_uuid"))
        batch.drop_column("continued_from_uuid")

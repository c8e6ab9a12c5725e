"""drafts: text typed into an "+ add" line before Enter, kept after the typing pause

Revision ID: 0009_drafts
Revises: 0007_exchange
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = "0009_drafts"
down_revision = "0007_exchange"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "draft",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["intervisie_session.id"],
                                name=op.f("fk_draft_session_id_intervisie_session"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("session_id", "place", name=op.f("pk_draft")),
    )


def downgrade() -> None:
    op.drop_table("draft")

"""what a database knows about a community's travels: where it came from (the app's own demo, a
file, made here) and its rows as last exchanged (the base of a laptop-to-laptop merge)

Revision ID: 0007_exchange
Revises: 0006_lengths
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = "0007_exchange"
down_revision = "0006_lengths"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing databases get no records: their demo (if any) cannot be told from an imported copy,
    # so restoring the demo keeps it and adds a fresh one beside it (nothing is deleted).
    op.create_table(
        "exchange_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("community_uuid", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=10), nullable=False),
        sa.Column("base", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("origin IN ('demo', 'file', 'here')",
                           name=op.f("ck_exchange_record_origin")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_record")),
        sa.UniqueConstraint("community_uuid", name=op.f("uq_exchange_record_community_uuid")),
    )


def downgrade() -> None:
    op.drop_table("exchange_record")

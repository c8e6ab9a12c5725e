"""writes that may be replayed: dot votes already counted (a vote sent again after a lost
connection is not counted twice). The declared text lengths (app.models.limits) are the lengths
the columns already had, so no column changes.

Revision ID: 0006_lengths
Revises: 0004
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = "0006_lengths"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "counted_vote",
        sa.Column("token", sa.String(length=36), nullable=False),
        sa.Column("focus_point_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["focus_point_id"], ["focus_point.id"],
                                name=op.f("fk_counted_vote_focus_point_id_focus_point"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("token", name=op.f("pk_counted_vote")),
    )
    with op.batch_alter_table("counted_vote", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_counted_vote_focus_point_id"), ["focus_point_id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("counted_vote", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_counted_vote_focus_point_id"))
    op.drop_table("counted_vote")

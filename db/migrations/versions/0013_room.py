"""room: what the participants' phones send (private ratings, dot votes, proposed observations)

Revision ID: 0013_room
Revises: 0012_cycle
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = "0013_room"
down_revision = "0012_cycle"
branch_labels = None
depends_on = None


def _session_fk(table: str):
    return sa.ForeignKeyConstraint(["session_id"], ["intervisie_session.id"],
                                   name=op.f(f"fk_{table}_session_id_intervisie_session"),
                                   ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "room_rating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("element_key", sa.String(length=60), nullable=False),
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("rated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("level >= 1 AND level <= 9", name=op.f("ck_room_rating_level_range")),
        _session_fk("room_rating"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room_rating")),
        sa.UniqueConstraint("session_id", "element_key", "device",
                            name="rating_one_per_device"),
    )
    op.create_index(op.f("ix_room_rating_session_id"), "room_rating", ["session_id"])
    op.create_table(
        "room_vote",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("focus_point_id", sa.Integer(), nullable=False),
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("dots", sa.Integer(), nullable=False),
        sa.CheckConstraint("dots >= 1", name=op.f("ck_room_vote_dots_positive")),
        _session_fk("room_vote"),
        sa.ForeignKeyConstraint(["focus_point_id"], ["focus_point.id"],
                                name=op.f("fk_room_vote_focus_point_id_focus_point"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room_vote")),
        sa.UniqueConstraint("focus_point_id", "device", name="vote_one_per_device"),
    )
    op.create_index(op.f("ix_room_vote_session_id"), "room_vote", ["session_id"])
    op.create_index(op.f("ix_room_vote_focus_point_id"), "room_vote", ["focus_point_id"])
    op.create_table(
        "room_proposal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("element_key", sa.String(length=60), nullable=False),
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("observation_id", sa.Integer(), nullable=True),
        sa.Column("proposed_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("state IN ('waiting', 'accepted', 'dropped')",
                           name=op.f("ck_room_proposal_state")),
        _session_fk("room_proposal"),
        sa.ForeignKeyConstraint(["observation_id"], ["observation.id"],
                                name=op.f("fk_room_proposal_observation_id_observation"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room_proposal")),
    )
    op.create_index(op.f("ix_room_proposal_session_id"), "room_proposal", ["session_id"])


def downgrade() -> None:
    op.drop_table("room_proposal")
    op.drop_table("room_vote")
    op.drop_table("room_rating")

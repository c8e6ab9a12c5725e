"""working together on a shared server: a version on every travelling row (optimistic checks),
sessions marked as in use, communities taken out to a laptop

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

VERSIONED = ("community", "actor", "intervisie_session", "participant", "assessment",
             "observation", "focus_point", "session_theme", "step", "monitoring_item", "action",
             "action_review")


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False,
                                          server_default="1"))
    op.create_table(
        "session_claim",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("client", sa.String(length=32), nullable=False),
        sa.Column("holder", sa.String(length=300), nullable=False),
        sa.Column("user", sa.String(length=120), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["intervisie_session.id"],
                                name=op.f("fk_session_claim_session_id_intervisie_session"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("session_id", name=op.f("pk_session_claim")),
    )
    op.create_table(
        "takeout",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("community_uuid", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("holder", sa.String(length=300), nullable=False),
        sa.Column("place", sa.String(length=500), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("returned_at", sa.DateTime(), nullable=True),
        sa.Column("base", sa.Text(), nullable=False),
        sa.CheckConstraint("role IN ('laptop', 'server')", name=op.f("ck_takeout_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_takeout")),
    )
    with op.batch_alter_table("takeout", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_takeout_community_uuid"), ["community_uuid"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("takeout", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_takeout_community_uuid"))
    op.drop_table("takeout")
    op.drop_table("session_claim")
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")

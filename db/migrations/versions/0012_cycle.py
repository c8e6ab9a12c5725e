"""cycle: an action continued in a follow-up points at its earlier self (continued_from_uuid);
the plan carried to a follow-up (plan_review), indicators asked about there (carried_from_uuid,
verdict, standing), themes tied to model elements (element_keys)

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
    with op.batch_alter_table("intervisie_session") as batch:
        batch.add_column(sa.Column("plan_review", sa.JSON(), nullable=False, server_default="[]"))
    with op.batch_alter_table("session_theme") as batch:
        batch.add_column(sa.Column("element_keys", sa.JSON(), nullable=False,
                                   server_default="[]"))
    with op.batch_alter_table("monitoring_item") as batch:
        batch.add_column(sa.Column("carried_from_uuid", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("verdict", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("standing", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("monitoring_item") as batch:
        for name in ("standing", "verdict", "carried_from_uuid"):
            batch.drop_column(name)
    with op.batch_alter_table("session_theme") as batch:
        batch.drop_column("element_keys")
    with op.batch_alter_table("intervisie_session") as batch:
        batch.drop_column("plan_review")
    with op.batch_alter_table("action") as batch:
        batch.drop_index(batch.f("ix_action_continued_from_uuid"))
        batch.drop_column("continued_from_uuid")

"""the model's uses: actors tied to regional questions and actions, the knowledge a question
needs, and actions placed on the model (elements touched, complexity, development path)

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COMPLEXITY = "complexity IS NULL OR complexity IN ('enkelvoudig', 'gecompliceerd', 'complex')"


def upgrade() -> None:
    with op.batch_alter_table("observation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("needed_knowledge", sa.Text(), nullable=False,
                                      server_default=""))
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.add_column(sa.Column("element_keys", sa.JSON(), nullable=False,
                                      server_default="[]"))
        batch_op.add_column(sa.Column("complexity", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("development_path", sa.String(length=60), nullable=True))
        batch_op.create_check_constraint("complexity", COMPLEXITY)
    op.create_table(
        "observation_actor",
        sa.Column("observation_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["observation_id"], ["observation.id"],
                                name=op.f("fk_observation_actor_observation_id_observation"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["actor_id"], ["actor.id"],
                                name=op.f("fk_observation_actor_actor_id_actor"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("observation_id", "actor_id", name=op.f("pk_observation_actor")),
    )
    op.create_table(
        "action_actor",
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["action_id"], ["action.id"],
                                name=op.f("fk_action_actor_action_id_action"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["actor_id"], ["actor.id"],
                                name=op.f("fk_action_actor_actor_id_actor"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("action_id", "actor_id", name=op.f("pk_action_actor")),
    )


def downgrade() -> None:
    op.drop_table("action_actor")
    op.drop_table("observation_actor")
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_constraint("complexity", type_="check")
        batch_op.drop_column("development_path")
        batch_op.drop_column("complexity")
        batch_op.drop_column("element_keys")
    with op.batch_alter_table("observation", schema=None) as batch_op:
        batch_op.drop_column("needed_knowledge")

"""cycle2: an observation connected with an observation of another community ("verbonden met …",
linked_uuid)

Revision ID: 0016_cycle2
Revises: 0014_models
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = "0016_cycle2"
down_revision = "0014_models"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # batch mode: SQLite rebuilds the table, a server alters it in place
    with op.batch_alter_table("observation") as batch:
        batch.add_column(sa.Column("linked_uuid", sa.String(length=36), nullable=True))
        batch.create_index(batch.f("ix_observation_linked_uuid"), ["linked_uuid"])


def downgrade() -> None:
    with op.batch_alter_table("observation") as batch:
        batch.drop_index(batch.f("ix_observation_linked_uuid"))
        batch.drop_column("linked_uuid")

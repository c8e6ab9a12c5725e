"""models: every model definition a session uses, kept with the data

The sessions made before this revision all used version 1.0 of the shipped model. Its definition is
stored from a frozen copy beside the migrations (db/migrations/frozen), never from the installed
resources/model: a later change of that file (which would itself be a mistake: a changed model
needs a new version) must not change what this revision stores for old sessions.

Revision ID: 0014_models
Revises: 0013_room
Create Date: 2026-12-01
"""

import hashlib
import json
import tomllib
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0014_models"
down_revision = "0013_room"
branch_labels = None
depends_on = None

FROZEN = {
    ("llo-community-learning", "1.0"): Path(__file__).resolve().parent.parent
    / "frozen"
    / "llo-community-learning-1.0.toml"
}


def _fingerprint(raw: dict) -> str:
    # the same canonical form as ModelDefinition.fingerprint, written out here so that this
    # revision never depends on the app's code of a later day
    canonical = json.dumps(raw, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def upgrade() -> None:
    table = op.create_table(
        "model_definition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("model_id", sa.String(length=80), nullable=False),
        sa.Column("version", sa.String(length=20), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(length=10), nullable=False),
        sa.Column("stored_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "origin IN ('shipped', 'user', 'import')", name=op.f("ck_model_definition_origin")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_model_definition")),
        sa.UniqueConstraint("model_id", "version", name="model_one_per_version"),
    )
    used = set(
        op.get_bind()
        .execute(sa.text("SELECT DISTINCT model_id, model_version FROM intervisie_session"))
        .all()
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = []
    for (model_id, version), path in FROZEN.items():
        if (model_id, version) not in {tuple(u) for u in used}:
            continue
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        rows.append(
            {
                "model_id": model_id,
                "version": version,
                "fingerprint": _fingerprint(raw),
                "definition": json.dumps(raw, ensure_ascii=False),
                "origin": "shipped",
                "stored_at": now,
            }
        )
    if rows:
        op.bulk_insert(table, rows)


def downgrade() -> None:
    op.drop_table("model_definition")

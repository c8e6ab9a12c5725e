"""A new database is stamped at the head without importing Alembic (16 MB for the life of the
process on every first start), and the stamp is the one Alembic itself writes and reads."""

from __future__ import annotations

import json
import subprocess
import sys

from alembic import command
from alembic.migration import MigrationContext
from sqlalchemy import text

from app.store.engine import make_engine, sqlite_url
from app.store.migrate import alembic_config, create_fresh
from app.store.schema_version import HEAD

PROBE = """
import json, sys
from app.services.bootstrap import open_database
open_database(sys.argv[1]).close()
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("alembic", "mako"))))
"""


def _version_sql(engine) -> str:
    with engine.connect() as conn:
        return conn.execute(
            text("SELECT sql FROM sqlite_master WHERE name='alembic_version'")
        ).scalar()


def test_a_new_database_is_created_without_importing_alembic(tmp_path):
    db = tmp_path / "new.db"
    r = subprocess.run(
        [sys.executable, "-c", PROBE, str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    assert json.loads(r.stdout.strip().splitlines()[-1]) == []
    assert db.stat().st_size > 0


def test_the_stamp_is_the_table_and_row_alembic_writes(tmp_path):
    ours = make_engine(sqlite_url(tmp_path / "ours.db"))
    create_fresh(ours)
    theirs = make_engine(sqlite_url(tmp_path / "theirs.db"))
    cfg = alembic_config()
    with theirs.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert _version_sql(ours) == _version_sql(theirs)
    with ours.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == HEAD
    # and Alembic goes on from it: down one step and up again
    with ours.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "-1")
        command.upgrade(cfg, "head")
    with ours.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == HEAD
    ours.dispose()
    theirs.dispose()

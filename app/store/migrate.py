"""Bring a database to the schema this code expects, before any window exists.

- a new (or empty) file: create every table, stamp the head, install the demo community;
- a file at the head: nothing to do (and Alembic is never imported);
- an older file: a verified backup first, then the migrations, with foreign keys off;
- a file from a newer app (an unknown revision): refused, and left byte-identical.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlalchemy import Column, Engine, MetaData, PrimaryKeyConstraint, String, Table, inspect, text

from app.store.schema_version import HEAD
from app.store.sqlite_files import CannotRead, cannot_open, connect_read_only

log = logging.getLogger(__name__)


class NewerDatabaseError(Exception):
    def __init__(self, path: str, revision: str):
        self.path, self.revision = path, revision
        super().__init__(
            f"{path} was written by a newer version of Intervisie "
            f"(schema {revision}); this version knows up to {HEAD}"
        )


class NotADatabaseError(Exception):
    pass


def read_revision_sqlite(path: Path) -> str | None:
    """The stamped revision, read without writing a byte (read-only URI). None for a new file."""
    try:
        if path.stat().st_size == 0:
            return None
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise CannotRead(path, exc.strerror or str(exc)) from exc
    try:
        con = connect_read_only(path)
        try:
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                return "" if tables else None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if cannot_open(exc):
            raise CannotRead(path, str(exc)) from exc
        raise NotADatabaseError(f"{path} is not a readable Intervisie database: {exc}") from exc
    return row[0] if row else ""


def read_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None if not inspect(conn).get_table_names() else ""
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar() or ""


def alembic_config():
    from alembic.config import Config

    from app.resources import migrations_dir

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _version_table() -> Table:
    # Alembic's own table (alembic.ddl.impl.version_table_impl): the same name, column and key,
    # so that a later `upgrade` reads the stamp as if Alembic had written it
    return Table(
        "alembic_version",
        MetaData(),
        Column("version_num", String(32), nullable=False),
        PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
    )


def create_fresh(engine: Engine) -> None:
    """Every table and the head's stamp, in one transaction. Alembic's `stamp` would write the
    same row, but importing Alembic (with Mako) costs 16 MB for the life of the process, and
    every first start of the app creates a database."""
    from app.models import Base

    version = _version_table()
    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        version.create(conn)
        conn.execute(version.insert().values(version_num=HEAD))


def upgrade(engine: Engine) -> None:
    from alembic import command

    cfg = alembic_config()
    log.info("updating the schema (%s) to %s", engine.dialect.name, HEAD)
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")


def classify(revision: str | None) -> str:
    """'new', 'current', 'older', 'newer' or 'foreign' (tables, but not ours)."""
    if revision is None:
        return "new"
    if revision == HEAD:
        return "current"
    if revision == "":
        return "foreign"
    if revision in known_revisions():
        return "older"
    return "newer"

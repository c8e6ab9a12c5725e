"""The WAL journal deleted under the running app (a cleaning tool, a user tidying the folder).

SQLite keeps writing to the journal it has open, so nothing is lost yet; but the next connection
would start a new, empty journal beside the old index, and a crash would lose every edit since
the last checkpoint. The rescue: a checkpoint through a connection that still has the deleted
journal open moves its pages into the database file, then every connection is closed, so the
next one starts a fresh journal. The caller then makes a backup and tells the user."""

from __future__ import annotations

from pathlib import Path


def journal_lost(store) -> bool:
    """True when the writer's database has connections open but its -wal file is gone."""
    if store.path is None or store.read_only:
        return False
    pool = store.engine.pool
    opened = getattr(pool, "checkedin", lambda: 0)() + getattr(pool, "checkedout", lambda: 0)()
    return opened > 0 and not Path(f"{store.path}-wal").exists()


def rescue_journal(store) -> None:
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.engine.dispose()

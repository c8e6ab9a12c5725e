"""The SQLAlchemy engine, with the SQLite settings that keep a pulled plug from costing data."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path)}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # The plain cursor form: the newer recipe reads dbapi_connection.autocommit, which Python 3.11's
    # sqlite3 does not have.
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=3000")
    cur.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)

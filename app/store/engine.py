"""The SQLAlchemy engine, with the SQLite settings that keep a pulled plug from costing data, or
the connection settings for a shared PostgreSQL server."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

# seconds to wait for a server that does not answer before telling the user
CONNECT_TIMEOUT = 10


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path)}"


def server_url(url: str, read_only: bool = False) -> URL:
    """The URL SQLAlchemy needs for a server: a network's plain `postgresql://…` (or the older
    `postgres://`) means psycopg 3 here, where SQLAlchemy would pick psycopg2. Read-only asks the
    server itself to refuse every write of this connection."""
    u = make_url(
        url.replace("postgres://", "postgresql://", 1) if url.startswith("postgres://") else url
    )
    if u.drivername == "postgresql":
        u = u.set(drivername="postgresql+psycopg")
    if read_only and u.get_backend_name() == "postgresql":
        given = u.query.get("options", "")  # a tuple when the URL names it more than once
        given = " ".join(given) if isinstance(given, tuple) else given
        options = " ".join(filter(None, (given, "-c default_transaction_read_only=on")))
        u = u.update_query_dict({"options": options})
    return u


def display_url(url: URL) -> str:
    """What the app shows: the server and database, never the password nor the driver."""
    return url.set(drivername=url.get_backend_name()).render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # The plain cursor form: the newer recipe reads dbapi_connection.autocommit, which Python 3.11's
    # sqlite3 does not have.
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=3000")
    cur.close()


def make_engine(url: str, read_only: bool = False) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    u = server_url(url, read_only)
    connect_args = {}
    if u.get_backend_name() == "postgresql":
        connect_args = {"connect_timeout": CONNECT_TIMEOUT, "application_name": "intervisie"}
    # pre_ping: a laptop that slept or changed networks gets a fresh connection, not an error
    return create_engine(u, pool_pre_ping=True, connect_args=connect_args)

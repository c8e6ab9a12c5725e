"""The open database: one engine, short transactions, and how it was opened."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.paths import is_url
from app.store import migrate
from app.store.backup import make_backup
from app.store.engine import make_engine, sqlite_url


class Store:
    def __init__(self, engine: Engine, url: str, path: Path | None, created: bool = False):
        self.engine = engine
        self.url = url
        self.path = path  # the SQLite file, None on a server
        self.created = created  # True when this open made a brand-new database
        self._factory = sessionmaker(engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def describe(self) -> str:
        if self.path is not None:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One short unit of work: committed on success, rolled back on any error."""
        with self._factory.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        session = self._factory()
        try:
            yield session
        finally:
            # close() ends the transaction without expiring what was read
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def open_store(target: str) -> Store:
    """Open (create, or migrate) the database named by a path or URL. Raises
    migrate.NewerDatabaseError / migrate.NotADatabaseError without touching the file."""
    if is_url(target) and not target.startswith("sqlite"):
        return _open_server(target)
    path = Path(target.removeprefix("sqlite:///")).expanduser().resolve()
    kind = migrate.classify(migrate.read_revision_sqlite(path))
    if kind == "newer":
        raise migrate.NewerDatabaseError(str(path), migrate.read_revision_sqlite(path) or "")
    if kind == "foreign":
        raise migrate.NotADatabaseError(f"{path} holds tables that are not Intervisie's")
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "older":
        make_backup(path, "voor-migratie")
    engine = make_engine(sqlite_url(path))
    if kind == "new":
        migrate.create_fresh(engine)
        path.chmod(0o600)
    elif kind == "older":
        migrate.upgrade(engine)
    return Store(engine, sqlite_url(path), path, created=kind == "new")


def _open_server(url: str) -> Store:
    engine = make_engine(url)
    kind = migrate.classify(migrate.read_revision(engine))
    if kind == "newer":
        raise migrate.NewerDatabaseError(url, migrate.read_revision(engine) or "")
    if kind == "foreign":
        raise migrate.NotADatabaseError(f"{url} holds tables that are not Intervisie's")
    if kind == "new":
        migrate.create_fresh(engine)
    elif kind == "older":
        migrate.upgrade(engine)
    return Store(engine, url, None, created=kind == "new")

"""The open database: one engine, short transactions, and how it was opened."""

from __future__ import annotations

import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import QueuePool

from app.paths import is_url, private_dir
from app.store import damage, lock, migrate, retention, sqlite_files
from app.store.backup import list_backups, make_backup
from app.store.engine import display_url, make_engine, sqlite_url
from app.store.storage_errors import StorageFailure, as_failure
from app.vocabulary.errors import Conflict
from app.vocabulary.refusals import Refusal

# Two clients of one server saved the same row at the same moment: the later one is refused.
CLIENT = "client"  # Session.info key: the id of the client (one Store) that writes
CHANGED_ELSEWHERE = (
    "Someone else saved this at the same moment, so this change was not saved. "
    "Nothing you typed is lost: look at their change and save again."
)


class ChangedElsewhere(Conflict):
    """A write found its row changed (or deleted) by another client since it read it in the same
    transaction (SQLAlchemy's version check). The services put their ConcurrentEdit here."""

    code = Refusal.CHANGED_ELSEWHERE


class ServerUnavailable(Exception):
    """The database server cannot be used: no driver, not reachable, or it refused the login."""


class CannotOpenReadOnly(Exception):
    """Read-only was asked for a file that first needs writing (new, or an older schema)."""


class Store:
    def __init__(
        self,
        engine: Engine,
        url: str,
        path: Path | None,
        created: bool = False,
        read_only: bool = False,
    ):
        self.engine = engine
        self.url = url
        self.path = path  # the SQLite file, None on a server
        self.created = created  # True when this open made a brand-new database
        # opened while another copy of the app writes (or on request): every write is refused
        # with a StorageFailure("read-only")
        self.read_only = read_only
        self.read_only_cause = "asked" if read_only else None  # see _open_read_only
        self.read_only_detail = ""
        self.lock: lock.DatabaseLock | None = None  # the one-writer lock, released by close()
        # what a full disk / read-only folder / locked file raises; the services put their
        # StorageUnavailable (a ServiceError) here
        self.failure_type: type[StorageFailure] = StorageFailure
        self.conflict_type: type[Exception] = ChangedElsewhere
        # an id that tells this client's marks (a session in use) from another laptop's; what an
        # edit was based on travels with the edit (app.vocabulary.based_on), not in the store
        self.client_id = uuid.uuid4().hex
        self._factory = sessionmaker(engine, expire_on_commit=False)
        # the session of snapshot(), per thread: a report gathered on a worker thread must not
        # lend its transaction to the window's reads
        self._local = threading.local()

    def _info(self) -> dict:
        return {CLIENT: self.client_id}

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def describe(self) -> str:
        if self.path is not None:
            return str(self.path)
        return display_url(self.engine.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One short unit of work: committed on success, rolled back on any error. A write the
        storage refuses (full, read-only, locked) raises self.failure_type."""
        try:
            with self._factory(info=self._info()) as session, session.begin():
                yield session
        except (sa_exc.DBAPIError, OSError) as exc:
            self._raise_storage_failure(exc)
            raise
        except StaleDataError as exc:
            raise self.conflict_type(CHANGED_ELSEWHERE) from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        shared = getattr(self._local, "snapshot", None)
        if shared is not None:
            # inside snapshot(): every read of the unit sees the same state of the database
            yield shared
            return
        session = self._factory(info=self._info())
        try:
            yield session
        except (sa_exc.DBAPIError, OSError) as exc:
            self._raise_storage_failure(exc)
            raise
        finally:
            # close() ends the transaction without expiring what was read
            session.close()

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """One read transaction for a unit made of many reads (a report): every reading() inside
        it shares one session, so another laptop's save in the middle cannot make the report
        show half of it. SQLite needs an explicit BEGIN for that (pysqlite starts transactions
        only for writes); PostgreSQL a repeatable-read transaction. Nested calls join the outer."""
        if getattr(self._local, "snapshot", None) is not None:
            yield
            return
        session = self._factory(info=self._info())
        try:
            if self.dialect == "sqlite":
                session.connection().exec_driver_sql("BEGIN")
            else:
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            self._local.snapshot = session
            yield
        except (sa_exc.DBAPIError, OSError) as exc:
            self._raise_storage_failure(exc)
            raise
        finally:
            self._local.snapshot = None
            session.close()

    def _raise_storage_failure(self, exc: BaseException) -> None:
        failure = as_failure(exc, self.failure_type, opened_read_only=self.read_only)
        if failure is not None:
            raise failure from exc

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def open_store(
    target: str, read_only: bool = False, must_exist: bool = False, start_empty: bool = False
) -> Store:
    """Open (create, or migrate) the database named by a path or URL. Raises, without touching
    the file: migrate.NewerDatabaseError, migrate.NotADatabaseError, damage.DamagedDatabaseError
    (after keeping a copy aside), lock.LockHeld (another running copy writes to it; open it
    read_only instead), CannotOpenReadOnly, CannotRead, and NoDatabase: the file is missing or
    empty and either must_exist (a command that only reads) or backups say it held the group's
    work (only start_empty, the user's explicit choice, makes a new one then).

    Where nothing can be written (a write-protected stick, a read-only share, a lock file that
    cannot be made) the file is opened read-only; Store.read_only_cause says why."""
    if is_url(target) and not target.startswith("sqlite"):
        return _open_server(target, read_only)
    path = Path(target.removeprefix("sqlite:///")).expanduser().resolve()
    if read_only:
        return _open_read_only(path)
    _refuse_lost(path, must_exist, start_empty)  # before a single file is made
    if not sqlite_files.file_writable(path) and _has_content(path):
        return _open_read_only(path, cause="medium")
    _create_empty(path)
    try:
        held = lock.acquire(path)  # before reading: nobody else may migrate or write meanwhile
    except lock.LockUnavailable as exc:
        if not _has_content(path):
            raise
        store = _open_read_only(path, cause="lock")
        store.read_only_detail = str(exc)
        return store
    try:
        store = _open_file(path, start_empty)
    except BaseException:
        held.release()
        raise
    store.lock = held
    return store


class NoDatabase(Exception):
    """The database file is missing or empty where it must not be created now."""

    def __init__(self, path: Path, backups: list):
        self.path, self.backups = path, backups  # backups: BackupInfo, newest first
        self.missing = not path.exists()
        super().__init__(f"there is no database at {path}")


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def _refuse_lost(path: Path, must_exist: bool, start_empty: bool) -> None:
    if _has_content(path):
        return
    found = list_backups(path)
    if must_exist or (found and not start_empty):
        raise NoDatabase(path, found)


def _create_empty(path: Path) -> None:
    """The file exists before it is locked (the lock names the file itself), private from the
    first byte: its -wal and -shm inherit the file's mode."""
    if path.exists():
        return
    if not path.parent.exists():  # a folder the app makes is the user's only; theirs is theirs
        private_dir(path.parent)
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _classify_file(path: Path) -> str:
    """migrate.classify's answer for a file, refusing newer, foreign and damaged ones."""
    try:
        revision = migrate.read_revision_sqlite(path)
    except migrate.NotADatabaseError as exc:
        if damage.has_sqlite_header(path):
            raise damage.DamagedDatabaseError(
                path, str(exc.__cause__ or exc), damage.keep_aside(path)
            ) from exc
        raise
    kind = migrate.classify(revision)
    if kind == "newer":
        raise migrate.NewerDatabaseError(str(path), revision or "")
    if kind == "foreign":
        raise migrate.NotADatabaseError(f"{path} holds tables that are not Intervisie's")
    if kind in ("current", "older"):
        problem = damage.problem(path)
        if problem is not None:
            raise damage.DamagedDatabaseError(path, problem, damage.keep_aside(path))
    return kind


def _open_file(path: Path, start_empty: bool = False) -> Store:
    kind = _classify_file(path)
    if kind == "older":
        make_backup(path, "voor-migratie")
    if kind == "new":
        # checked again under the lock: a file with SQLite's header and no tables is empty too
        found = list_backups(path)
        if found and not start_empty:
            raise NoDatabase(path, found)
    engine = make_engine(sqlite_url(path))
    if kind == "new":
        migrate.create_fresh(engine)
        retention.mark_fresh(path, "created")
    elif kind == "older":
        migrate.upgrade(engine)
    _make_private(path)
    return Store(engine, sqlite_url(path), path, created=kind == "new")


def _make_private(path: Path) -> None:
    """Reflections and names are personal data: the file and its companions are the user's
    only (a file made by an older version, or copied in, may be readable by others)."""
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if p.exists() and p.stat().st_mode & 0o077:
            p.chmod(0o600)


def _read_only_pragmas(dbapi_connection, _record) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=3000")
    cur.execute("PRAGMA query_only=ON")
    cur.close()


def _open_read_only(path: Path, cause: str = "asked") -> Store:
    """Look without writing a byte: SQLite's read-only mode (no journal-mode change, no
    migration, immutable where nothing can be written); every write raises the store's failure
    with reason 'opened-read-only'. cause: 'asked' (another copy writes, or the user chose),
    'medium' (the file or its folder cannot be written), 'lock' (no lock file can be made)."""
    if not _has_content(path):
        raise NoDatabase(path, list_backups(path))
    kind = _classify_file(path)
    if kind != "current":
        raise CannotOpenReadOnly(
            f"{path} does not exist yet"
            if kind == "new"
            else f"{path} must first be updated to this version of Intervisie, which needs writing"
        )
    uri = sqlite_files.read_uri(path)
    engine = create_engine(
        "sqlite://",
        poolclass=QueuePool,
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
    )
    event.listen(engine, "connect", _read_only_pragmas)
    store = Store(engine, sqlite_url(path), path, read_only=True)
    store.read_only_cause = cause
    return store


# one number for every copy of the app: whoever holds this advisory lock creates or migrates
_MIGRATION_LOCK = 0x1A7E_5E55


def _open_server(url: str, read_only: bool = False) -> Store:
    """A shared server: several laptops may open it at once, so creating and migrating happen
    under a server-side lock (the second waits, then finds the schema current)."""
    try:
        engine = make_engine(url, read_only=read_only)
    except (ImportError, sa_exc.ArgumentError) as exc:
        raise ServerUnavailable(_no_driver(url, exc)) from exc
    shown = display_url(engine.url)
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "postgresql" and not read_only:
                conn.exec_driver_sql(f"SELECT pg_advisory_lock({_MIGRATION_LOCK})")
            try:
                kind = _prepare_server(engine, shown, read_only)
            finally:
                if engine.dialect.name == "postgresql" and not read_only:
                    conn.exec_driver_sql(f"SELECT pg_advisory_unlock({_MIGRATION_LOCK})")
                    conn.commit()
    except sa_exc.DBAPIError as exc:
        engine.dispose()
        raise ServerUnavailable(
            f"the database server at {shown} cannot be used: {_first_line(exc.orig or exc)}"
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return Store(engine, url, None, created=kind == "new", read_only=read_only)


def _prepare_server(engine, shown: str, read_only: bool) -> str:
    """migrate.classify's answer for the server, after creating or migrating what needs it."""
    revision = migrate.read_revision(engine)
    kind = migrate.classify(revision)
    if kind == "newer":
        raise migrate.NewerDatabaseError(shown, revision or "")
    if kind == "foreign":
        raise migrate.NotADatabaseError(f"{shown} holds tables that are not Intervisie's")
    if read_only and kind != "current":
        raise CannotOpenReadOnly(
            f"{shown} has no Intervisie database yet"
            if kind == "new"
            else f"{shown} must first be updated to this version of Intervisie, which needs writing"
        )
    if kind == "new":
        migrate.create_fresh(engine)
    elif kind == "older":
        migrate.upgrade(engine)
    return kind


def _no_driver(url: str, exc: BaseException) -> str:
    scheme = url.split("://", 1)[0]
    if "psycopg" in str(exc) or scheme.startswith("postgres"):
        return (
            "PostgreSQL needs the psycopg driver, which is not installed: "
            "pip install 'intervisie[postgres]'"
        )
    return f"{scheme} is not a database this version of Intervisie can use ({exc})"


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]

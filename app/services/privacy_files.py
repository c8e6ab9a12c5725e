"""Erasing a person from the files beside the database, not only from the database itself:

- backups: each is opened and the same chosen mentions are erased, then VACUUM, so no freed page
  keeps the bytes;
- half-written copies (`.part`, `.part-journal`, `.restore-part`) left by an interrupted backup or
  restore: litter that holds the group's words, overwritten and deleted;
- damaged copies set aside (`.damaged-*`): they do not open as a database, so the name is
  overwritten byte for byte with the same number of bytes (in every way it can be spelled: with
  and without accents, composed or decomposed), which keeps the rest as rescuable as it was;
- printed reports in the print folder: temporary copies for the viewer, deleted;
- exports and reports written elsewhere: listed (written_files), since the app cannot reach them.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from app.name_matcher import FULL, NameMatcher
from app.paths import config_dir, data_dir
from app.services.errors import FileRefused, refused
from app.services.privacy import ErasureCounts, Mention, _mentions_in, erase_in_store
from app.services.written_files import still_there
from app.store import Store
from app.store.backup import backup_dir_for, integrity_ok
from app.store.backup_schedule import elsewhere_dirs
from app.store.engine import sqlite_url
from app.store.storage_errors import StorageFailure
from app.vocabulary.refusals import Refusal

LEFTOVER_PATTERNS = ("*.part", "*.part-journal", "*.part-wal", "*.restore-part")


def _fk_on(dbapi_connection, _record) -> None:
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


def _elsewhere_backups(db_path: Path) -> list[Path]:
    """Backups made outside the database's folder when it would not take one."""
    return sorted(
        p for folder in elsewhere_dirs(db_path) if folder.is_dir() for p in folder.glob("*.db")
    )


def _journals() -> list[Path]:
    """The waiting-edits journals (app.ui.session.waiting_journal keeps them here): what was
    typed while the storage refused, names included."""
    folder = config_dir() / "waiting-edits"
    return sorted(folder.glob("*.jsonl")) if folder.is_dir() else []


def _backups(db_path: Path) -> list[Path]:
    folder = backup_dir_for(db_path)
    own = sorted(folder.glob("*.db")) if folder.is_dir() else []
    return own + _elsewhere_backups(db_path)


def _open(path: Path) -> Store:
    engine = create_engine(sqlite_url(path))
    event.listen(engine, "connect", _fk_on)
    return Store(engine, sqlite_url(path), path)


def mentions_in_backups(db_path: Path, matcher: NameMatcher) -> list[Mention]:
    found = []
    for path in _backups(db_path):
        store = _open(path)
        try:
            with store.reading() as db:
                found += _mentions_in(db, matcher, f"backups/{path.name}")
        # (ValueError: a damaged JSON or text column, as a broken copy may have)
        except (SQLAlchemyError, StorageFailure, OSError, ValueError):
            pass  # a backup that does not read is scrubbed as bytes
        finally:
            store.engine.dispose()
    return found


def _erase_in_backup(path: Path, matcher: NameMatcher, keys: set[tuple]) -> bool:
    store = _open(path)
    try:
        done = erase_in_store(store, matcher, keys).total > 0
    finally:
        store.engine.dispose()
    _vacuum(path)
    ok, msg = integrity_ok(path)
    if not ok:
        raise refused(Refusal.ERASED_BACKUP_NOT_WHOLE, FileRefused, name=path.name, problem=msg)
    return done


def _vacuum(path: Path) -> None:
    store = _open(path)
    try:
        with store.engine.connect() as conn:
            conn.exec_driver_sql("VACUUM")
    finally:
        store.engine.dispose()


def _shred(path: Path) -> None:
    """Overwrite, then delete: the bytes are not left on the disk for the next file."""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            fh.write(b"\0" * size)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)


def scrub_bytes(path: Path, matcher: NameMatcher, kinds: tuple[str, ...]) -> int:
    """Overwrite every spelling of the name in a file that is not a readable database, with as
    many bytes as it took; not only as a whole word, since in a database page one value runs
    straight into the next. Returns how many were overwritten."""
    raw = path.read_bytes()
    as_text = raw.decode("utf-8", "surrogateescape")  # every byte kept, round trip exact
    loose = NameMatcher(matcher.name, whole_words=False)
    hits = loose.find(as_text, kinds)
    if not hits:
        return 0
    out, last = [], 0
    for hit in hits:
        out.append(as_text[last : hit.start].encode("utf-8", "surrogateescape"))
        out.append(b"*" * len(hit.text.encode("utf-8", "surrogateescape")))
        last = hit.end
    out.append(as_text[last:].encode("utf-8", "surrogateescape"))
    with open(path, "r+b") as fh:
        fh.write(b"".join(out))
        fh.flush()
        os.fsync(fh.fileno())
    return len(hits)


def _leftovers(db_path: Path) -> list[Path]:
    found: list[Path] = []
    for folder in {db_path.parent, backup_dir_for(db_path)}:
        if folder.is_dir():
            for pattern in LEFTOVER_PATTERNS:
                found += [p for p in folder.glob(pattern) if p.is_file()]
    return found


def _print_folders(db_path: Path) -> list[Path]:
    return [f for f in {data_dir() / "print", db_path.parent / "print"} if f.is_dir()]


def erase_beside(
    store: Store, matcher: NameMatcher, chosen: list[Mention], counts: ErasureCounts
) -> None:
    if store.path is None:  # a server's database has no files beside it
        return
    db_path = Path(store.path)
    keys = {x.key for x in chosen}
    kinds = tuple({FULL} | {x.kind for x in chosen})
    for path in _backups(db_path):
        if not integrity_ok(path)[0]:
            continue  # damaged: scrubbed as bytes below
        try:
            counts.backups += _erase_in_backup(path, matcher, keys)
        except SQLAlchemyError:
            # a backup of an older schema (made before an update) does not read with today's
            # models: every spelling is overwritten in place, byte for byte, then vacuumed
            counts.backups += scrub_bytes(path, matcher, kinds) > 0
            _vacuum(path)
    for path in _leftovers(db_path):
        _shred(path)
        counts.leftovers += 1
    for folder in _print_folders(db_path):
        for path in folder.glob("*.pdf"):
            _shred(path)
            counts.leftovers += 1
    damaged = [p for p in db_path.parent.glob(f"{db_path.name}.damaged-*") if p.is_file()]
    damaged += [p for p in _backups(db_path) if not integrity_ok(p)[0]]
    for path in damaged:
        counts.damaged += scrub_bytes(path, matcher, kinds) > 0
    for path in _journals():
        counts.leftovers += scrub_bytes(path, matcher, kinds) > 0
    try:
        with store.engine.connect() as conn:  # no free page of the live file keeps the name
            conn.exec_driver_sql("VACUUM")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except OperationalError:
        # another statement of this app is still reading: secure_delete has already zeroed
        # what the erase freed, and the next erase or backup vacuums
        pass
    inside = (db_path.parent, data_dir())
    counts.unreachable = [e["path"] for e in still_there(inside)]

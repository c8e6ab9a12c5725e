"""Verified backups of a SQLite file: copy with the backup API to a temporary name, fsync, check
integrity, then rename, so a backup that exists under its final name is known to be whole."""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.paths import private_dir, private_file
from app.store.sqlite_files import connect_read_only

log = logging.getLogger(__name__)


class BackupError(Exception):
    def __init__(self, message: str, damaged: bool = False):
        super().__init__(message)
        # True when the copy failed SQLite's full integrity check: the database itself is hurt
        self.damaged = damaged


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    reason: str
    size: int


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / "backups"


def integrity_ok(path: Path) -> tuple[bool, str]:
    """SQLite's own integrity check, read-only; (ok, first message)."""
    try:
        con = connect_read_only(path)
        try:
            row = con.execute("PRAGMA integrity_check").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return False, str(exc)
    msg = row[0] if row else "no answer"
    return msg == "ok", msg


def make_backup(db_path: Path, reason: str, dest_dir: Path | None = None) -> BackupInfo:
    db_path = Path(db_path)
    dest_dir = dest_dir or backup_dir_for(db_path)
    if dest_dir == backup_dir_for(db_path):
        private_dir(dest_dir)  # the group's reflections are personal data: the user's only
    else:
        dest_dir.mkdir(parents=True, exist_ok=True)
    now = datetime.now()
    stamp = now.strftime("%Y%m%d-%H%M%S-%f")
    final = dest_dir / f"{db_path.stem}-{stamp}-{reason}.db"
    tmp = final.with_suffix(".db.part")
    try:
        src = connect_read_only(db_path)
    except sqlite3.Error as exc:
        raise BackupError(f"could not open {db_path}: {exc}") from exc
    try:
        # private from the first byte (the copy holds the same personal data as the database)
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    except (sqlite3.DatabaseError, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(f"could not copy {db_path}: {exc}") from exc
    finally:
        src.close()
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    ok, msg = integrity_ok(tmp)
    if not ok:
        tmp.unlink(missing_ok=True)
        raise BackupError(
            f"the copy of {db_path} failed SQLite's integrity check: {msg}", damaged=True
        )
    private_file(tmp)
    os.replace(tmp, final)
    log.info("backup made (%s): %s", reason, final.name)
    return BackupInfo(final, now, reason, final.stat().st_size)


def row_count(path: Path) -> int:
    """Rows in all of the file's tables: what "holds more" means when two copies are compared."""
    try:
        con = connect_read_only(path)
        try:
            tables = [
                r[0]
                for r in con.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                )
            ]
            return sum(con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables)
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def contents(path: Path) -> tuple[int, int]:
    """(communities, sessions) in a backup, for the sentence that offers it; (0, 0) unreadable."""
    try:
        con = connect_read_only(path)
        try:
            return (
                con.execute("SELECT count(*) FROM community").fetchone()[0],
                con.execute("SELECT count(*) FROM intervisie_session").fetchone()[0],
            )
        finally:
            con.close()
    except sqlite3.Error:
        return 0, 0


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Backups of this database, newest first."""
    return list_backups_in(backup_dir_for(Path(db_path)), Path(db_path))


def list_backups_in(folder: Path, db_path: Path) -> list[BackupInfo]:
    out: list[BackupInfo] = []
    for p in folder.glob(f"{Path(db_path).stem}-*.db"):
        parts = p.stem[len(Path(db_path).stem) + 1 :].split("-", 3)
        try:
            made = datetime.strptime("-".join(parts[:3]), "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        out.append(BackupInfo(p, made, parts[3] if len(parts) > 3 else "", p.stat().st_size))
    return sorted(out, key=lambda b: b.made_at, reverse=True)


def newest_verified(db_path: Path) -> BackupInfo | None:
    """The newest backup that still passes SQLite's integrity check (a backup was whole when it
    was made; this also catches one that a disk has damaged since)."""
    return next((b for b in list_backups(db_path) if integrity_ok(b.path)[0]), None)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def restore(db_path: Path, backup: Path) -> None:
    """Put a verified backup in place of db_path. The caller has already kept the current file
    aside and holds the writer's lock with no connection open.

    The old -wal/-shm/-journal go first: SQLite would otherwise replay the old file's log onto the
    restored one. The copy is whole on disk (fsync, integrity check) before it takes the name."""
    db_path, backup = Path(db_path), Path(backup)
    ok, msg = integrity_ok(backup)
    if not ok:
        raise BackupError(f"the backup {backup.name} is not whole ({msg}); nothing was changed")
    tmp = db_path.with_name(db_path.name + ".restore-part")
    tmp.unlink(missing_ok=True)
    with open(backup, "rb") as fin, open(tmp, "xb") as fout:
        while chunk := fin.read(1 << 20):
            fout.write(chunk)
        fout.flush()
        os.fsync(fout.fileno())
    private_file(tmp)
    ok, msg = integrity_ok(tmp)
    if not ok:
        tmp.unlink(missing_ok=True)
        raise BackupError(
            f"the copy of {backup.name} failed its check ({msg}); nothing was changed"
        )
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    os.replace(tmp, db_path)
    _fsync_dir(db_path.parent)
    log.info("backup %s restored", backup.name)

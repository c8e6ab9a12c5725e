"""Verified backups of a SQLite file: copy with the backup API to a temporary name, fsync, check
integrity, then rename, so a backup that exists under its final name is known to be whole."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


class BackupError(Exception):
    pass


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
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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
    dest_dir.mkdir(parents=True, exist_ok=True)
    now = datetime.now()
    stamp = now.strftime("%Y%m%d-%H%M%S-%f")
    final = dest_dir / f"{db_path.stem}-{stamp}-{reason}.db"
    tmp = final.with_suffix(".db.part")
    src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    except sqlite3.DatabaseError as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(f"could not copy {db_path}: {exc}") from exc
    finally:
        src.close()
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    ok, msg = integrity_ok(tmp)
    if not ok:
        tmp.unlink(missing_ok=True)
        raise BackupError(f"the copy of {db_path} failed its integrity check: {msg}")
    os.chmod(tmp, 0o600)
    os.replace(tmp, final)
    return BackupInfo(final, now, reason, final.stat().st_size)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Backups of this database, newest first."""
    folder = backup_dir_for(Path(db_path))
    out: list[BackupInfo] = []
    for p in folder.glob(f"{Path(db_path).stem}-*.db"):
        parts = p.stem[len(Path(db_path).stem) + 1:].split("-", 3)
        try:
            made = datetime.strptime("-".join(parts[:3]), "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        out.append(BackupInfo(p, made, parts[3] if len(parts) > 3 else "", p.stat().st_size))
    return sorted(out, key=lambda b: b.made_at, reverse=True)

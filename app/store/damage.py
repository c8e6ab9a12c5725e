"""Telling a damaged database from a foreign file, and keeping a damaged one safe.

A file that starts with SQLite's header but does not read back whole is an Intervisie database
that got hurt (a bad sector, a half-copied USB stick). It is never written to or overwritten:
a byte copy goes aside as `<name>.damaged-<timestamp>` (with its -wal, when there is one) so that
whatever can still be rescued stays rescuable, and the user is offered the newest verified backup.
A file without the header is somebody else's file and is left alone entirely.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from app.paths import private_file
from app.store.sqlite_files import CannotRead, cannot_open, connect_read_only

SQLITE_MAGIC = b"SQLite format 3\x00"
_COMPANIONS = ("-wal", "-journal")


class DamagedDatabaseError(Exception):
    def __init__(self, path: Path, detail: str, kept_at: Path | None):
        self.path, self.detail, self.kept_at = path, detail, kept_at
        super().__init__(f"{path} is damaged: {detail}")


def has_sqlite_header(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def problem(path: Path) -> str | None:
    """SQLite's quick check, read-only: None when the file reads back whole, else what is wrong.
    (quick_check skips the index-content comparison of integrity_check: milliseconds on the
    sizes this app produces, and it still reads every page.)"""
    try:
        con = connect_read_only(path)
        try:
            rows = [r[0] for r in con.execute("PRAGMA quick_check(5)")]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if cannot_open(exc):  # not opened is not damaged (a read-only stick, no permission)
            raise CannotRead(path, str(exc)) from exc
        return str(exc)
    return None if rows == ["ok"] else "; ".join(rows)


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _copy_new(src: Path, dest: Path) -> None:
    """Copy to a name that must not exist yet ('x' mode): a kept file is never overwritten."""
    with open(src, "rb") as fin, open(dest, "xb") as fout:
        shutil.copyfileobj(fin, fout)
        fout.flush()
        os.fsync(fout.fileno())
    private_file(dest)


def kept_copies(path: Path) -> list[Path]:
    """Damaged copies already set aside for this file, newest first."""
    found = [
        p for p in path.parent.glob(f"{path.name}.damaged-*") if not p.name.endswith(_COMPANIONS)
    ]
    return sorted(found, key=lambda p: p.name, reverse=True)


def keep_aside(path: Path) -> Path:
    """A byte copy of the damaged file (and its -wal/-journal) beside it; the original is not
    touched. Opening the same damaged file again does not pile up identical copies."""
    previous = kept_copies(path)
    if (
        previous
        and previous[0].stat().st_size == path.stat().st_size
        and _digest(previous[0]) == _digest(path)
    ):
        return previous[0]
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = path.with_name(f"{path.name}.damaged-{stamp}")
    _copy_new(path, dest)
    for suffix in _COMPANIONS:
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            _copy_new(companion, Path(f"{dest}{suffix}"))
    return dest

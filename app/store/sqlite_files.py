"""Reading a SQLite file without writing a byte, also where nothing can be written: a
write-protected USB stick, a read-only share, a folder the user may not write.

SQLite's `mode=ro` still needs the `-shm` index of a WAL database and creates it when it is
missing; on a read-only medium it cannot, and the open fails with SQLITE_CANTOPEN, which the app
used to take for damage. When the folder cannot be written and no `-wal` is there, no other
program can be writing either, so the file is opened `immutable` (SQLite reads only the file).
A failure to open is never called damage: only a file that opens and reads back wrong is damaged.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

# what SQLite says when it could not open (or read) the file at all, as opposed to bad content
# (an I/O error while reading is left out: that is a bad sector, which is damage)
_CANNOT_OPEN = ("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH", "SQLITE_BUSY", "SQLITE_READONLY")


class CannotRead(Exception):
    """The file is there but cannot be opened or read here (permissions, an unreadable medium)."""

    def __init__(self, path: Path, detail: str):
        self.path, self.detail = path, detail
        super().__init__(f"{path} cannot be read here: {detail}")


def folder_writable(path: Path) -> bool:
    """Whether a new file can be made beside `path`. On POSIX access(2) answers "no" for a
    read-only mount even to root (EROFS) and writes nothing; Windows' os.access only reads a
    folder's read-only flag, which means nothing there, so a probe file is tried instead."""
    if os.name != "nt":
        return os.access(path.parent, os.W_OK)
    probe = path.with_name(f".{path.name}.probe-{os.getpid()}")
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        return True
    except OSError:
        return False
    probe.unlink(missing_ok=True)
    return True


def file_writable(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return folder_writable(path)
    except OSError as exc:
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM, errno.ETXTBSY):
            return False
        raise
    os.close(fd)
    return True


def read_uri(path: Path) -> str:
    """The URI that reads `path` without writing; immutable where nothing can be written."""
    uri = f"file:{quote(str(path))}?mode=ro"
    if not Path(f"{path}-wal").exists() and not folder_writable(path):
        uri += "&immutable=1"
    return uri


def connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_uri(path), uri=True)


def cannot_open(exc: sqlite3.Error) -> bool:
    """True when SQLite could not open or read the file (not: it read it and found it wrong)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if any(name == n or name.startswith(n + "_") for n in _CANNOT_OPEN):
        return True
    return "unable to open database file" in str(exc).lower()

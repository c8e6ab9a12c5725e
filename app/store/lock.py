"""One writer per database file: an operating-system lock on `<db>.lock`, held while the file is
open for writing.

The operating system drops the lock when the process ends, however it ends (a kill, a crash, a
pulled plug), so a lock left behind by a dead process is never in the way: the next copy of the
app simply takes it. What the file says (pid, host, user, since) is only there for the sentence
that tells a second copy who has the file open; it is never trusted to decide anything.

Within one process the lock is shared (counted): opening the same file twice in one program is
SQLite's business, not a second copy of the app.
"""

from __future__ import annotations

import errno
import getpass
import json
import os
import socket
import sys
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

# Windows locks are mandatory: a locked byte cannot be read by others. The holder's details are
# written at the start of the file and the lock sits on a byte well past them.
_WINDOWS_LOCK_OFFSET = 4096


@dataclass(frozen=True)
class LockHolder:
    pid: int | None
    host: str
    user: str
    since: datetime | None

    def describe(self) -> str:
        who = f"{self.user} on {self.host}" if self.user else self.host or "another program"
        when = f" since {self.since:%Y-%m-%d %H:%M}" if self.since else ""
        return f"{who}{when}"


class LockHeld(Exception):
    """Another running program has the database open for writing."""

    def __init__(self, db_path: Path, holder: LockHolder | None):
        self.db_path, self.holder = db_path, holder
        who = holder.describe() if holder else "another program"
        super().__init__(f"{db_path} is open in Intervisie elsewhere ({who})")


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def read_holder(lock_path: Path) -> LockHolder | None:
    """Who wrote the lock file last; None when it is empty or unreadable."""
    try:
        raw = json.loads(lock_path.read_text(encoding="utf-8")[:_WINDOWS_LOCK_OFFSET] or "null")
        since = datetime.fromisoformat(raw["since"]) if raw.get("since") else None
        return LockHolder(int(raw["pid"]), str(raw.get("host", "")), str(raw.get("user", "")),
                          since)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def _os_lock(fd: int) -> bool:
    """Try to take the lock without waiting; False when someone else has it."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as exc:
        # A file system without locks (some network shares): letting the group work beats
        # refusing; SQLite's own locking still keeps each transaction whole.
        if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
            return True
        raise
    return True


def _os_unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def os_user() -> str:
    """The operating-system user, or "" where the environment has none (the lock's and the
    session mark's messages then just say less)."""
    try:
        return getpass.getuser()
    except Exception:
        return ""


def _write_holder(fd: int) -> None:
    info = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "user": os_user(),
                       "since": datetime.now().isoformat(timespec="seconds")})
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, info.encode("utf-8"))


class DatabaseLock:
    """A held lock. release() is idempotent; the last release in the process unlocks."""

    def __init__(self, key: str, lock_path: Path):
        self._key, self.path, self._released = key, lock_path, False

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        with _guard:
            entry = _held.get(self._key)
            if entry is None:
                return
            entry[1] -= 1
            if entry[1] > 0:
                return
            del _held[self._key]
            fd = entry[0]
            # The file stays (deleting a lock file races with a copy that just opened it); it is
            # emptied so that it no longer names anyone.
            try:
                os.ftruncate(fd, 0)
            except OSError:
                pass
            _os_unlock(fd)
            os.close(fd)


_guard = threading.Lock()
_held: dict[str, list[int]] = {}  # resolved lock path -> [fd, users in this process]


def held_in_process(db_path: Path) -> bool:
    """True while this process has the file open for writing (a Store not yet closed)."""
    with _guard:
        return str(lock_path_for(Path(db_path)).resolve()) in _held


def acquire(db_path: Path) -> DatabaseLock:
    """Take the writer's lock for db_path, or raise LockHeld naming who has it."""
    lock_path = lock_path_for(Path(db_path))
    key = str(lock_path.resolve())
    with _guard:
        if key in _held:
            _held[key][1] += 1
            return DatabaseLock(key, lock_path)
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _os_lock(fd):
            os.close(fd)
            raise LockHeld(Path(db_path), read_holder(lock_path))
        try:
            _write_holder(fd)
        except OSError:
            pass  # the details are only for the message; the lock itself is what counts
        _held[key] = [fd, 1]
        return DatabaseLock(key, lock_path)

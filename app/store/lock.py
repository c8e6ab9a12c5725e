"""One writer per database file: an operating-system lock on `<db>.lock`, held while the file is
open for writing.

The operating system drops the lock when the process ends, however it ends (a kill, a crash, a
pulled plug), so a lock left behind by a dead process is never in the way: the next copy of the
app simply takes it. What the file says (pid, host, user, since) is only there for the sentence
that tells a second copy who has the file open; it is never trusted to decide anything.

Within one process the lock is shared (counted): opening the same file twice in one program is
SQLite's business, not a second copy of the app.

One writer per *file*, not per path: a hard link, a second mount or another spelling of the path
reaches the same file under another name, and `<db>.lock` would differ. So a second lock is taken
on the file's identity (st_dev, st_ino; on Windows the volume serial and file index, which
os.stat reports there too) in the user's cache folder, `locks/<dev>-<ino>.lock`. The lock beside
the file stays: it is the one another computer on a shared folder sees. (A lock on the database
file itself was not chosen: closing any descriptor of a file drops the process's POSIX locks on
it, SQLite's included, and Windows byte locks are mandatory, so SQLite's own reads could stop.)
"""

from __future__ import annotations

import contextlib
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


class LockUnavailable(Exception):
    """The lock file cannot be made or written (a read-only medium, a folder in its place, no
    permission): this copy cannot make sure it is the only writer, so it must not write."""

    def __init__(self, db_path: Path, lock_path: Path, detail: str):
        self.db_path, self.lock_path, self.detail = db_path, lock_path, detail
        super().__init__(f"the lock file {lock_path} cannot be written: {detail}")


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def identity_lock_path(db_path: Path) -> Path | None:
    """The lock named after the file itself (None while the file does not exist)."""
    from app.paths import cache_dir

    try:
        st = os.stat(db_path)
    except OSError:
        return None
    if not st.st_ino:  # a file system without file numbers: no identity to lock on
        return None
    return cache_dir() / "locks" / f"{st.st_dev:x}-{st.st_ino:x}.lock"


def _key(db_path: Path) -> str:
    """What counts the users within this process: the file's identity when it exists."""
    try:
        st = os.stat(db_path)
        if st.st_ino:
            return f"{st.st_dev}:{st.st_ino}"
    except OSError:
        pass
    return str(lock_path_for(Path(db_path)).resolve())


def read_holder(lock_path: Path) -> LockHolder | None:
    """Who wrote the lock file last; None when it is empty or unreadable."""
    try:
        raw = json.loads(lock_path.read_text(encoding="utf-8")[:_WINDOWS_LOCK_OFFSET] or "null")
        since = datetime.fromisoformat(raw["since"]) if raw.get("since") else None
        return LockHolder(
            int(raw["pid"]), str(raw.get("host", "")), str(raw.get("user", "")), since
        )
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
    # no user in the environment nor the password database (OSError from Python 3.13 on;
    # KeyError and ImportError before)
    except (OSError, KeyError, ImportError):
        return ""


def _write_holder(fd: int) -> None:
    info = json.dumps(
        {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": os_user(),
            "since": datetime.now().isoformat(timespec="seconds"),
        }
    )
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
            entry[0] -= 1
            if entry[0] > 0:
                return
            del _held[self._key]
            for fd in entry[1]:
                _let_go(fd)


def _let_go(fd: int) -> None:
    # The file stays (deleting a lock file races with a copy that just opened it); it is emptied
    # so that it no longer names anyone.
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
    _os_unlock(fd)
    os.close(fd)


_guard = threading.Lock()
# the file's identity (or resolved lock path) -> [users in this process, [locked fds]]
_held: dict[str, list] = {}


def held_in_process(db_path: Path) -> bool:
    """True while this process has the file open for writing (a Store not yet closed)."""
    with _guard:
        return _key(Path(db_path)) in _held


def _take(db_path: Path, lock_path: Path) -> int:
    """An open, locked descriptor of lock_path; LockHeld or LockUnavailable otherwise."""
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise LockUnavailable(db_path, lock_path, exc.strerror or str(exc)) from exc
    try:
        locked = _os_lock(fd)
    except OSError as exc:
        os.close(fd)
        raise LockUnavailable(db_path, lock_path, exc.strerror or str(exc)) from exc
    if not locked:
        os.close(fd)
        raise LockHeld(db_path, read_holder(lock_path))
    # the details are only for the message; the lock itself is what counts
    with contextlib.suppress(OSError):
        _write_holder(fd)
    return fd


def _take_identity(db_path: Path) -> int | None:
    """The lock on the file's identity. A cache folder that cannot be written only costs the
    hard-link check (the lock beside the file still holds), so that is not a reason to refuse."""
    path = identity_lock_path(db_path)
    if path is None:
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return _take(db_path, path)
    except (LockUnavailable, OSError):
        return None


def acquire(db_path: Path) -> DatabaseLock:
    """Take the writer's lock for db_path, or raise LockHeld naming who has it (LockUnavailable
    when no lock can be written there)."""
    db_path = Path(db_path)
    lock_path = lock_path_for(db_path)
    key = _key(db_path)
    with _guard:
        if key in _held:
            _held[key][0] += 1
            return DatabaseLock(key, lock_path)
        fd = _take(db_path, lock_path)
        try:
            ident = _take_identity(db_path)
        except LockHeld:
            # another copy holds the same file under another name: give back the lock beside
            # this name (emptying it is right, this copy wrote its details there just now)
            _let_go(fd)
            raise
        _held[key] = [1, [fd] if ident is None else [fd, ident]]
        return DatabaseLock(key, lock_path)

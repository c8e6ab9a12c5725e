"""When to make a backup while the app runs: at start, every ten minutes while there are
changes, and on close; each followed by thinning. Plain Python: the UI calls run_if_due() from a
QTimer (once a minute is plenty), note_change() after each saved edit, and close() on exit.

A failing backup (full disk, a folder that cannot be written) never interrupts the group, but it
is not kept quiet either: `trouble` says what happened for the window's banner, a copy is made at
once in the user's own data (or cache) folder instead, and the usual place is tried again at the
next tick. A copy that fails SQLite's full integrity check means the database itself is hurt:
that is trouble of its own kind ("damaged"). With the Store given, each tick also checks that
the WAL journal is still there (journal_watch) and rescues it at once when it is not.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from app.store.backup import BackupError, BackupInfo, make_backup
from app.store.journal_watch import journal_lost, rescue_journal
from app.store.retention import thin

INTERVAL = timedelta(minutes=10)


@dataclass(frozen=True)
class Trouble:
    kind: str  # "failed" (no backup in its usual place), "damaged", "journal"
    detail: str
    elsewhere: Path | None = None  # the backup made instead, outside the database's folder
    at: datetime | None = None


def elsewhere_dirs(db_path: Path) -> list[Path]:
    """Where a backup goes when the database's own folder will not take one: the user's data
    folder, then the cache folder (a subfolder per database, so two files never mix)."""
    from app.paths import cache_dir, data_dir

    tag = f"{db_path.stem}-{hashlib.sha256(str(db_path).encode()).hexdigest()[:8]}"
    return [base / "backups-elsewhere" / tag for base in (data_dir(), cache_dir())]


class BackupSchedule:
    def __init__(
        self,
        db_path: Path,
        interval: timedelta = INTERVAL,
        clock: Callable[[], datetime] = datetime.now,
        store=None,
    ):
        self.db_path = Path(db_path)
        self.interval = interval
        self._clock = clock
        self.store = store  # the open Store, for the journal check; None: no check
        self._changed = False
        self._last_at: datetime | None = None
        self.last: BackupInfo | None = None
        self.last_error: str | None = None
        self.trouble: Trouble | None = None

    @property
    def has_unsaved_changes(self) -> bool:
        """Changes since the last backup (they are in the database; not yet in a backup)."""
        return self._changed

    def start(self) -> BackupInfo | None:
        """The backup at start: the file as it was before this run changed anything."""
        if not self.db_path.exists() or self.db_path.stat().st_size == 0:
            self._last_at = self._clock()
            return None
        return self._make("start")

    def note_change(self) -> None:
        self._changed = True

    def due(self, now: datetime | None = None) -> bool:
        if not self._changed:
            return False
        if self._last_at is None:
            return True
        return (now or self._clock()) - self._last_at >= self.interval

    def run_if_due(self, now: datetime | None = None) -> BackupInfo | None:
        if self.check_journal(now):
            return self.last
        return self._make("periodiek", now) if self.due(now) else None

    def check_journal(self, now: datetime | None = None) -> bool:
        """True when the journal was found deleted: rescued, and a backup tried at once."""
        if self.store is None or not journal_lost(self.store):
            return False
        rescue_journal(self.store)
        made = self._make("noodkopie", now)  # in its usual place, or elsewhere
        # detail: where the backup is now, or (none could be made) why not
        self.trouble = Trouble(
            "journal", str(made.path) if made else self.last_error or "", None, now or self._clock()
        )
        return True

    def close(self) -> BackupInfo | None:
        """The backup on close, when anything changed since the last one."""
        return self._make("afsluiten") if self._changed else None

    def _make(self, reason: str, now: datetime | None = None) -> BackupInfo | None:
        now = now or self._clock()
        try:
            info = make_backup(self.db_path, reason)
        except (BackupError, OSError) as exc:
            self.last_error = str(exc)
            damaged = getattr(exc, "damaged", False)
            other = None if damaged else self._elsewhere(reason)
            self.trouble = Trouble(
                "damaged" if damaged else "failed", str(exc), other.path if other else None, now
            )
            if other is not None:  # the work is in a backup after all; the usual place is
                self._changed, self._last_at, self.last = False, now, other  # tried next time
            return other
        with contextlib.suppress(OSError):  # a backup not thinned away is still a backup
            thin(self.db_path, info.made_at)
        self._changed, self._last_at = False, now
        self.last, self.last_error = info, None
        if self.trouble is not None and self.trouble.kind != "journal":
            self.trouble = None  # a journal rescue stays on screen until the user has read it
        return info

    def _elsewhere(self, reason: str) -> BackupInfo | None:
        for folder in elsewhere_dirs(self.db_path):
            try:
                info = make_backup(self.db_path, reason, dest_dir=folder)
            except (BackupError, OSError):
                continue
            folder.chmod(0o700)
            return info
        return None

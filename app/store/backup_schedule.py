"""When to make a backup while the app runs: at start, every ten minutes while there are
changes, and on close; each followed by thinning. Plain Python: the UI calls run_if_due() from a
QTimer (once a minute is plenty), note_change() after each saved edit, and close() on exit.

A failing backup (full disk) never interrupts the group: the error is kept in `last_error` for the
UI to show, and the schedule tries again at the next tick.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from app.store.backup import BackupError, BackupInfo, make_backup
from app.store.retention import thin

INTERVAL = timedelta(minutes=10)


class BackupSchedule:
    def __init__(self, db_path: Path, interval: timedelta = INTERVAL,
                 clock: Callable[[], datetime] = datetime.now):
        self.db_path = Path(db_path)
        self.interval = interval
        self._clock = clock
        self._changed = False
        self._last_at: datetime | None = None
        self.last: BackupInfo | None = None
        self.last_error: str | None = None

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
        return self._make("periodiek", now) if self.due(now) else None

    def close(self) -> BackupInfo | None:
        """The backup on close, when anything changed since the last one."""
        return self._make("afsluiten") if self._changed else None

    def _make(self, reason: str, now: datetime | None = None) -> BackupInfo | None:
        try:
            info = make_backup(self.db_path, reason)
            thin(self.db_path, info.made_at)
        except (BackupError, OSError) as exc:
            self.last_error = str(exc)
            return None
        self._changed, self._last_at = False, now or self._clock()
        self.last, self.last_error = info, None
        return info

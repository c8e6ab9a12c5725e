"""Drives the backup schedule from the event loop: a backup at start, one every ten minutes while
there are changes (checked once a minute), one on close. Connect an edit-saved signal to
note_change; `failed` carries a plain-language text when a backup could not be made."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.store.backup_schedule import BackupSchedule

TICK_MS = 60_000


class BackupTimer(QObject):
    failed = Signal(str)

    def __init__(self, db_path: Path, parent: QObject | None = None, tick_ms: int = TICK_MS):
        super().__init__(parent)
        self.schedule = BackupSchedule(db_path)
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.schedule.start()
        self._report()
        self._timer.start()

    def note_change(self, *_args) -> None:
        self.schedule.note_change()

    def tick(self) -> None:
        self.schedule.run_if_due()
        self._report()

    def stop(self) -> None:
        """On close: the last backup, when anything changed since the previous one."""
        self._timer.stop()
        self.schedule.close()
        self._report()

    def _report(self) -> None:
        if self.schedule.last_error:
            self.failed.emit(QCoreApplication.translate(
                "BackupTimer", "A backup could not be made (%1). Your work is saved in the "
                "database; the backup will be tried again.").replace(
                    "%1", self.schedule.last_error))

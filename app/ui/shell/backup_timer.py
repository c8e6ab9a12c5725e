"""Drives the backup schedule from the event loop: a backup at start, one every ten minutes while
there are changes (checked once a minute, with the journal check), one on close. Connect an
edit-saved signal to note_change; `trouble` carries a plain-language text for the window's banner
when a backup could not be made, failed its integrity check or the journal was deleted, and ""
when that is over."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.store.backup_schedule import BackupSchedule, Trouble

TICK_MS = 60_000


translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def describe(trouble: Trouble) -> str:
    """The banner's words for what the schedule found."""
    when = trouble.at.strftime("%H:%M") if trouble.at else ""
    if trouble.kind == "journal":
        text = translate(
            "BackupTimer",
            "At %1 the database's journal file (-wal) was deleted while Intervisie was running. "
            "Everything saved has been written into the database file itself, and nothing was "
            "lost.",
        ).replace("%1", when)
        if trouble.detail.endswith(".db"):
            return (
                text
                + " "
                + translate("BackupTimer", "A backup was made at once: %1").replace(
                    "%1", trouble.detail
                )
            )
        return (
            text
            + " "
            + translate(
                "BackupTimer", "A backup could not be made (%1); one is tried again on closing."
            ).replace("%1", trouble.detail)
        )
    if trouble.kind == "damaged":
        return (
            translate(
                "BackupTimer",
                "At %1 the backup failed SQLite's full integrity check: %2. The database may be "
                "damaged. Keep working only if you must; the newest good backup is in File → "
                "Backups…",
            )
            .replace("%1", when)
            .replace("%2", trouble.detail)
        )
    text = (
        translate(
            "BackupTimer",
            "At %1 a backup could not be made in the database's folder (%2). Your work is saved in "
            "the database.",
        )
        .replace("%1", when)
        .replace("%2", trouble.detail)
    )
    if trouble.elsewhere is not None:
        return (
            text
            + " "
            + translate("BackupTimer", "A backup was made elsewhere instead: %1").replace(
                "%1", str(trouble.elsewhere)
            )
        )
    return (
        text
        + " "
        + translate(
            "BackupTimer",
            "No backup could be made elsewhere either; it is tried again every minute.",
        )
    )


class BackupTimer(QObject):
    trouble = Signal(str)  # the banner text; "" when the trouble is over

    def __init__(
        self, db_path: Path, parent: QObject | None = None, tick_ms: int = TICK_MS, store=None
    ):
        super().__init__(parent)
        self.schedule = BackupSchedule(db_path, store=store)
        self._shown: Trouble | None = None
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
        now = self.schedule.trouble
        if now == self._shown:
            return
        self._shown = now
        self.trouble.emit(describe(now) if now is not None else "")

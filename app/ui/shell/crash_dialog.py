"""What the facilitator sees when the code fails: the trace goes to the log, the open session's
waiting edits are saved, and a plain dialog says so and where the log is. The app keeps running."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("app.crash")


def crash_text(log_path: Path | None) -> str:
    text = QCoreApplication.translate("CrashDialog", "Something went wrong. Your work is saved.")
    if log_path is not None:
        text += "\n\n" + QCoreApplication.translate("CrashDialog", "The log is here: %1").replace(
            "%1", str(log_path)
        )
    return text


def show_crash_dialog(log_path: Path | None) -> None:
    title = QCoreApplication.translate("CrashDialog", "Something went wrong")
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        crash_text(log_path),
        QMessageBox.StandardButton.Ok,
        QApplication.activeWindow(),
    )
    box.setAccessibleName(title)
    box.exec()


def make_excepthook(log_path: Path | None, save_work: Callable[[], None]):
    """A sys.excepthook: log, save what waits to be saved, tell. An error while the dialog is up
    is only logged (no pile of dialogs)."""
    showing = False

    def hook(exc_type, exc, tb) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        # the trace only: frames and the error, never local values (the logger scrubs the rest)
        trace = "".join(traceback.format_exception(exc_type, exc, tb))
        log.critical("unhandled error\n%s", trace.rstrip())
        try:
            save_work()
        except Exception:  # the dialog must come even when saving fails; the log says why
            log.exception("saving the waiting edits after the error failed")
        if showing or QApplication.instance() is None:
            return
        showing = True
        try:
            show_crash_dialog(log_path)
        finally:
            showing = False

    return hook


def install_excepthook(log_path: Path | None, window) -> None:
    def save_work() -> None:
        page = getattr(window, "session_page", None)
        if page is not None:
            page.flush()

    sys.excepthook = make_excepthook(log_path, save_work)

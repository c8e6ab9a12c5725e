"""Export PDF… for the session window (and the PDF Print… prints, see print_flow.py): the report
is laid out on a worker thread while a progress dialog keeps the window responsive.

The data are read on the calling (UI) thread: a handful of quick queries, and the database stays
with the thread that uses it; only the slow part, reportlab's layout, runs in the pool.

Wiring (session window):
    exporter = export_pdf(self, store, session_id, path, lang="nl", anonymous=False)
    exporter.finished.connect(lambda path: ...)   # the PDF exists
    exporter.failed.connect(lambda message: ...)  # already shown to the user as well
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.paths import data_dir, private_dir
from app.services.written_files import remember
from app.ui.common.messages import warn

log = logging.getLogger(__name__)

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def _step_text(step: str) -> str:
    """The builder's progress steps in the user's words."""
    return {"layout": translate("ReportActions", "Laying out the pages…")}.get(
        step, translate("ReportActions", "Working…")
    )


class _Relay(QObject):
    """Carries the worker's news to the UI thread (queued: it lives in the UI thread). Held by
    the task, so a window closed mid-build cannot leave the worker with a deleted object."""

    progress = Signal(str)
    finished = Signal(str)
    failed = Signal(str)


class _BuildTask(QRunnable):
    def __init__(
        self, data, path: Path, lang: str, anonymous: bool, relay: _Relay, summary: bool = False
    ):
        super().__init__()
        self.summary = summary
        self.data, self.path, self.lang, self.anonymous, self.relay = (
            data,
            path,
            lang,
            anonymous,
            relay,
        )

    def run(self) -> None:
        from app.reports.formats import write_report

        try:
            write_report(  # PDF or Word, from the file name
                self.data,
                self.path,
                self.lang,
                self.anonymous,
                progress=self.relay.progress.emit,
                summary=self.summary,
            )
        except OSError as exc:
            log.warning("report not written to %s: %s", self.path, exc)
            self.relay.failed.emit(
                translate(
                    "ReportActions",
                    "The report could not be written to {path}: {reason}. "
                    "Nothing in the session was changed.",
                ).format(path=self.path, reason=exc.strerror or exc)
            )
        except Exception:  # a programming error: log the trace, tell the user plainly
            log.exception("report build failed")
            self.relay.failed.emit(
                translate(
                    "ReportActions",
                    "The report could not be made. Nothing in the session "
                    "was changed; the details are in the log.",
                )
            )
        else:
            remember(self.path, "report", self.anonymous)  # erasing a person lists it later
            self.relay.finished.emit(str(self.path))


class ReportExporter(QObject):
    """Builds one report at a time off the UI thread.

    Signals: progress(str step text), finished(str pdf path), failed(str message)."""

    progress = Signal(str)
    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._relay: _Relay | None = None
        self.dialog: QProgressDialog | None = None  # set by export_pdf, closes itself

    @property
    def busy(self) -> bool:
        return self._relay is not None

    def start(
        self,
        store,
        session_id: int,
        path: str | Path,
        lang: str = "nl",
        anonymous: bool = False,
        summary: bool = False,
        **uses,
    ) -> None:
        """uses: the optional sections (include_timeline, include_actors, include_groenpact,
        include_projects, compare_with, hide_names), as report_data takes them."""
        from app.services.report_data import report_data

        if self.busy:
            raise RuntimeError("a report is already being made")
        data = report_data(store, session_id, **uses)
        relay = _Relay()
        relay.progress.connect(lambda step: self.progress.emit(_step_text(step)))
        relay.finished.connect(self._done)
        relay.finished.connect(self.finished)
        relay.failed.connect(self._done)
        relay.failed.connect(self.failed)
        self._relay = relay
        self._pool.start(_BuildTask(data, Path(path), lang, anonymous, relay, summary))

    def _done(self, _value: str) -> None:
        self._relay = None


def _with_progress(parent: QWidget | None, exporter: ReportExporter) -> QProgressDialog:
    """A busy dialog that follows the exporter and closes itself; failures are shown."""
    dialog = QProgressDialog(translate("ReportActions", "Making the report…"), "", 0, 0, parent)
    dialog.setWindowTitle(translate("ReportActions", "Session report"))
    dialog.setAccessibleName(translate("ReportActions", "Making the report"))
    dialog.setCancelButton(None)  # reportlab cannot be interrupted halfway; it takes seconds
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    exporter.progress.connect(dialog.setLabelText)
    exporter.finished.connect(dialog.close)
    exporter.failed.connect(dialog.close)
    exporter.failed.connect(
        lambda message: warn(parent, translate("ReportActions", "Report not made"), message)
    )
    return dialog


def export_pdf(
    parent: QWidget | None,
    store,
    session_id: int,
    path: str | Path,
    lang: str = "nl",
    anonymous: bool = False,
    summary: bool = False,
    **uses,
) -> ReportExporter:
    """Export PDF…: build the report into path with a progress dialog; connect to the returned
    exporter's finished(path) to react when the file exists."""
    exporter = ReportExporter(parent)
    # started first: should reading the session fail (it raises here, for the caller), no
    # dialog is left behind; the worker's signals are queued, so none is missed meanwhile
    exporter.start(store, session_id, path, lang, anonymous, summary, **uses)
    exporter.dialog = _with_progress(parent, exporter)
    return exporter


def print_path(session_id: int) -> Path:
    """Where Print… puts the PDF it prints: beside the database in the user's own data
    folder (not a shared temporary folder: the report holds personal data), one file per
    session, replaced the next time."""
    folder = private_dir(data_dir() / "print")
    return folder / f"sessieverslag-{session_id}.pdf"

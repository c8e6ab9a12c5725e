"""Print…: the report is made (off the UI thread, as for Export), the print dialog asks for the
printer, copies, pages and two-sided printing, and the pages go to the printer on a worker thread
while a progress dialog counts them. Cancel stops after the page being painted; Qt's print
engines cannot withdraw a job (QPrinter.abort() is not supported for CUPS or Windows), so the
pages painted until then still reach the spooler, and the user is told how many.

    flow = print_report(parent, store, session_id, lang="nl", anonymous=False)
    flow.done.connect(lambda pages: ...)  # the pages are with the printer's queue
    flow.failed.connect(lambda message: ...)  # already shown to the user as well

The PDF made for printing stays in the user's own data folder (report_actions.print_path), so
erasing a person finds it.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from app.ui.common.messages import tell, warn
from app.ui.shell.printing import PrintFailed, page_count, print_pdf
from app.ui.shell.report_actions import export_pdf, print_path

log = logging.getLogger(__name__)

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def ask_printer(parent: QWidget | None, pages: int, title: str) -> QPrinter | None:
    """The system's print dialog (printer, copies, page range, duplex); None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("PrintFlow", "Print the report"))
    dialog.setMinMax(1, pages)
    dialog.setFromTo(1, pages)
    option = QAbstractPrintDialog.PrintDialogOption
    dialog.setOptions(option.PrintPageRange | option.PrintCollateCopies | option.PrintShowPageSize)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return printer if accepted else None


class _Relay(QObject):
    """The print task's news, delivered on the UI thread (queued)."""

    page = Signal(int, int)
    finished = Signal(int, int, bool)  # pages sent, pages asked for, cancelled
    failed = Signal(str)


class _PrintTask(QRunnable):
    def __init__(self, pdf: bytes, printer: QPrinter, relay: _Relay, stop: threading.Event):
        super().__init__()
        self.pdf, self.printer, self.relay, self.stop = pdf, printer, relay, stop
        self.total = 0

    def _go_on(self, done: int, total: int) -> bool:
        self.total = total
        self.relay.page.emit(done, total)
        return not self.stop.is_set()

    def run(self) -> None:
        try:
            sent = print_pdf(self.pdf, self.printer, self._go_on)
        except PrintFailed as exc:
            log.warning("printer %s refused the job", exc)
            self.relay.failed.emit(
                translate(
                    "PrintFlow",
                    "The printer {printer} did not take the report. Nothing in the "
                    "session was changed; try again or choose another printer.",
                ).format(printer=str(exc) or "?")
            )
        except Exception:  # a programming error: log the trace, tell the user plainly
            log.exception("printing failed")
            self.relay.failed.emit(
                translate(
                    "PrintFlow",
                    "The report could not be printed. Nothing in the session was "
                    "changed; the details are in the log.",
                )
            )
        else:
            self.relay.finished.emit(sent, self.total, self.stop.is_set())


class PrintFlow(QObject):
    """One Print…: make the PDF, ask, print. Signals: done(pages sent), stopped(pages sent, pages
    asked for) after Cancel in the progress dialog, cancelled() when nothing was printed (the
    print dialog cancelled, or the report not made), failed(text).
    The printer and the worker's relay are held here until the job is finished."""

    done = Signal(int)
    stopped = Signal(int, int)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, parent: QWidget | None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self._parent, self._pool = parent, pool or QThreadPool.globalInstance()
        self.exporter = None
        self.printer: QPrinter | None = None
        self.progress: QProgressDialog | None = None
        self._relay: _Relay | None = None
        self._stop = threading.Event()
        self.failed.connect(lambda text: warn(parent, translate("PrintFlow", "Not printed"), text))

    def start(self, store, session_id: int, lang: str, anonymous: bool, **uses) -> None:
        self.exporter = export_pdf(
            self._parent, store, session_id, print_path(session_id), lang, anonymous, **uses
        )
        self.exporter.finished.connect(self._made)
        self.exporter.failed.connect(lambda _message: self.cancelled.emit())  # shown already

    def _made(self, path: str) -> None:
        pdf = Path(path).read_bytes()
        printer = ask_printer(self._parent, page_count(pdf), Path(path).stem)
        if printer is None:
            self.cancelled.emit()
            return
        self.print_on(printer, pdf)

    def print_on(self, printer: QPrinter, pdf: bytes) -> None:
        """Send pdf to the printer on a worker thread, with a cancellable progress dialog."""
        self.printer = printer
        relay = _Relay()
        self._relay = relay
        progress = QProgressDialog(
            translate("PrintFlow", "Sending the pages to the printer…"),
            translate("PrintFlow", "Cancel"),
            0,
            0,
            self._parent,
        )
        progress.setWindowTitle(translate("PrintFlow", "Printing"))
        progress.setAccessibleName(translate("PrintFlow", "Printing the report"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.canceled.connect(self._stop.set)
        self.progress = progress
        relay.page.connect(self._page)
        relay.finished.connect(self._finished)
        relay.failed.connect(self._failed)
        self._pool.start(_PrintTask(pdf, printer, relay, self._stop))

    def cancel(self) -> None:
        self._stop.set()

    def _page(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            self.progress.setLabelText(
                translate("PrintFlow", "Page {n} of {total} sent to the printer…").format(
                    n=done, total=total
                )
            )

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self._relay = None

    def _finished(self, sent: int, total: int, cancelled: bool) -> None:
        self._close_progress()
        if cancelled and sent < total:
            self.stopped.emit(sent, total)
        else:
            self.done.emit(sent)

    def _failed(self, message: str) -> None:
        self._close_progress()
        self.failed.emit(message)


def print_report(
    parent: QWidget | None,
    store,
    session_id: int,
    lang: str = "nl",
    anonymous: bool = False,
    **uses,
) -> PrintFlow:
    """Print…: make the report, ask for the printer, print it."""
    flow = PrintFlow(parent)
    flow.stopped.connect(lambda sent, total: _tell_stopped(parent, sent, total))
    flow.start(store, session_id, lang, anonymous, **uses)
    return flow


def _tell_stopped(parent: QWidget | None, sent: int, total: int) -> None:
    if sent:
        tell(
            parent,
            translate("PrintFlow", "Printing stopped"),
            translate(
                "PrintFlow",
                "Printing stopped after {sent} of {total} pages. The pages already "
                "sent may still come out of the printer; its queue can cancel them.",
            ).format(sent=sent, total=total),
        )

"""Export PDF… and Print… from the app: the PDF is built off the UI thread, success and failure
arrive as signals, and Print… makes the file it prints in the user's own folder."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.paths import data_dir
from app.reports import builder
from app.services.errors import NotFound
from app.ui.shell.report_actions import ReportExporter, export_pdf, print_path
from tests.report_tools import pdf_text


@pytest.fixture
def built_on(monkeypatch):
    """The threads the report was built on."""
    threads: list[threading.Thread] = []
    real = builder.build_report

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(builder, "build_report", recording)
    return threads


def test_export_builds_off_the_ui_thread_and_says_when_done(
    qtbot, demo_store, demo_session_id, tmp_path, built_on
):
    exporter = ReportExporter()
    steps: list[str] = []
    exporter.progress.connect(steps.append)
    path = tmp_path / "verslag.pdf"
    with qtbot.waitSignal(exporter.finished, timeout=30000) as done:
        exporter.start(demo_store, demo_session_id, path, lang="en")
        assert exporter.busy
    assert done.args == [str(path)]
    assert not exporter.busy
    assert built_on and built_on[0] is not threading.main_thread()
    assert steps == ["Laying out the pages…"]
    assert "1 Starting point" in pdf_text(path.read_bytes())


def test_a_file_that_cannot_be_written_fails_with_a_plain_message(
    qtbot, demo_store, demo_session_id, tmp_path
):
    exporter = ReportExporter()
    path = tmp_path / "gone" / "verslag.pdf"
    with qtbot.waitSignal(exporter.failed, timeout=30000) as failed:
        exporter.start(demo_store, demo_session_id, path)
    message = failed.args[0]
    assert str(path) in message and "Nothing in the session was changed" in message
    assert not exporter.busy


def test_export_pdf_shows_a_progress_dialog_that_closes_itself(
    qtbot, demo_store, demo_session_id, tmp_path
):
    window = QWidget()
    qtbot.addWidget(window)
    path = tmp_path / "verslag.pdf"
    exporter = export_pdf(window, demo_store, demo_session_id, path, anonymous=True)
    dialog = exporter.dialog
    assert dialog.labelText() == "Making the report…"
    with qtbot.waitSignal(exporter.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Deelnemer 1" in pdf_text(path.read_bytes())


def test_print_makes_the_report_in_the_private_folder_and_asks_for_a_printer(
    qtbot, demo_store, demo_session_id
):
    """Print… no longer opens a viewer: it asks for a printer (tests/test_printing.py prints on
    a real CUPS); cancelling the print dialog prints nothing."""
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QApplication

    from app.ui.shell.print_flow import print_report

    asked: list[str] = []

    def cancel_dialog():
        dialog = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QPrintDialog) and w.isVisible()
            ),
            None,
        )
        if dialog is None:
            QTimer.singleShot(50, cancel_dialog)
            return
        asked.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(50, cancel_dialog)
    flow = print_report(None, demo_store, demo_session_id)
    with qtbot.waitSignal(flow.cancelled, timeout=30000):
        pass
    assert asked == ["Print the report"]
    assert flow.printer is None and flow.progress is None
    path = print_path(demo_session_id)
    assert path.parent.parent == data_dir()  # the user's own folder, not a shared temp folder
    assert "Intervisie en doorkijk" in pdf_text(path.read_bytes())


def test_a_session_that_is_gone_raises_before_any_dialog_appears(qtbot, demo_store, tmp_path):
    window = QWidget()
    qtbot.addWidget(window)
    with pytest.raises(NotFound):
        export_pdf(window, demo_store, 999, tmp_path / "x.pdf")
    assert window.findChildren(QProgressDialog) == []

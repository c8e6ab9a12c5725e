"""Export PDF… and Print… from the app: the PDF is built off the UI thread, success and failure
arrive as signals, and Print… hands the file to the system's PDF viewer."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.paths import data_dir
from app.reports import builder
from app.services.errors import NotFound
from app.ui.shell import report_actions
from app.ui.shell.report_actions import ReportExporter, export_pdf, print_path, print_report
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


def test_export_builds_off_the_ui_thread_and_says_when_done(qtbot, demo_store, demo_session_id,
                                                            tmp_path, built_on):
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


def test_a_file_that_cannot_be_written_fails_with_a_plain_message(qtbot, demo_store,
                                                                  demo_session_id, tmp_path):
    exporter = ReportExporter()
    path = tmp_path / "gone" / "verslag.pdf"
    with qtbot.waitSignal(exporter.failed, timeout=30000) as failed:
        exporter.start(demo_store, demo_session_id, path)
    message = failed.args[0]
    assert str(path) in message and "Nothing in the session was changed" in message
    assert not exporter.busy


def test_export_pdf_shows_a_progress_dialog_that_closes_itself(qtbot, demo_store,
                                                               demo_session_id, tmp_path):
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


class _Viewer:
    def __init__(self, available: bool):
        self.available, self.opened = available, []

    def openUrl(self, url):  # noqa: N802 - Qt's name
        self.opened.append(url.toLocalFile())
        return self.available


def test_print_opens_the_report_in_the_system_viewer(qtbot, monkeypatch, demo_store,
                                                     demo_session_id):
    viewer = _Viewer(available=True)
    monkeypatch.setattr(report_actions, "QDesktopServices", viewer)
    exporter = print_report(None, demo_store, demo_session_id)
    qtbot.waitUntil(lambda: bool(viewer.opened), timeout=30000)
    path = print_path(demo_session_id)
    assert viewer.opened == [str(path)]
    assert path.parent.parent == data_dir()  # the user's own folder, not a shared temp folder
    assert "Intervisie en doorkijk" in pdf_text(path.read_bytes())
    assert not exporter.busy


def test_print_without_a_viewer_says_where_the_file_is(monkeypatch, tmp_path):
    told: list[str] = []
    monkeypatch.setattr(report_actions, "QDesktopServices", _Viewer(available=False))
    monkeypatch.setattr(report_actions, "warn", lambda _parent, _title, text: told.append(text))
    pdf = tmp_path / "verslag.pdf"
    assert report_actions.print_pdf(None, pdf) is False
    assert told and str(pdf) in told[0]


def test_a_session_that_is_gone_raises_before_any_dialog_appears(qtbot, demo_store, tmp_path):
    window = QWidget()
    qtbot.addWidget(window)
    with pytest.raises(NotFound):
        export_pdf(window, demo_store, 999, tmp_path / "x.pdf")
    assert window.findChildren(QProgressDialog) == []

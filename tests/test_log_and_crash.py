"""The rotating private log, free of personal data, and the excepthook's plain dialog."""

from __future__ import annotations

import logging
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import logsetup
from app.ui.shell import crash_dialog


@pytest.fixture
def log_path(tmp_path):
    path = logsetup.setup_logging(tmp_path / "data")
    yield path
    root = logging.getLogger()
    for h in [h for h in root.handlers if isinstance(h, logsetup._PrivateRotatingFileHandler)]:
        root.removeHandler(h)
        h.close()


def _text(path: Path) -> str:
    for h in logging.getLogger().handlers:
        h.flush()
    return path.read_text(encoding="utf-8")


def test_the_log_is_private_rotates_and_says_the_start(log_path):
    assert log_path.name == "intervisie.log"
    assert stat.S_IMODE(log_path.stat().st_mode) == 0o600
    assert "starting: Python" in _text(log_path)
    for _ in range(2 * logsetup.MAX_BYTES // 1000 + 10):
        logging.getLogger("app.test").info("x" * 1000)
    rotated = sorted(log_path.parent.glob("intervisie.log*"))
    assert len(rotated) == 1 + logsetup.BACKUP_COUNT or len(rotated) >= 3
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in rotated)
    assert all(p.stat().st_size <= logsetup.MAX_BYTES + 2000 for p in rotated)


def test_no_password_parameters_or_home_folder_in_the_log(log_path):
    home = str(Path.home())
    log = logging.getLogger("app.test")
    log.warning("could not open postgresql://anna:geheim@server.example.org/intervisie")
    log.error(
        "(sqlite3.IntegrityError) NOT NULL failed\n[SQL: INSERT INTO person (name) "
        "VALUES (?)]\n[parameters: ('Anna de Vries', 'anna@example.org')]\n"
        "(Background on this error at: https://sqlalche.me/e/20/gkpj)"
    )
    log.info("file %s/Documents/westerkwartier.db", home)
    text = _text(log_path)
    assert "geheim" not in text and "anna:***@server.example.org" in text
    assert "Anna de Vries" not in text and "anna@example.org" not in text
    assert "[parameters hidden]" in text and "INSERT INTO person" in text
    assert home not in text.replace("~", "") or home == "/"
    assert "~/Documents/westerkwartier.db" in text


def test_an_unhandled_error_is_logged_saved_and_told(qtbot, log_path):
    saved = []
    hook = crash_dialog.make_excepthook(log_path, lambda: saved.append(True))
    seen = []

    def read_and_close():
        box = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        )
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(100, read_and_close)
    try:
        raise ValueError("a bug")
    except ValueError:
        hook(*sys.exc_info())
    assert saved == [True]
    assert seen and seen[0].startswith("Something went wrong. Your work is saved.")
    assert f"The log is here: {log_path}" in seen[0]
    text = _text(log_path)
    assert "CRITICAL app.crash: unhandled error" in text
    assert "ValueError: a bug" in text and "test_an_unhandled_error" in text


def test_the_dialog_speaks_dutch(qtbot, log_path):
    from app.ui.common.i18n import install_language, reset_language

    install_language("nl")
    try:
        text = crash_dialog.crash_text(log_path)
    finally:
        reset_language()
    assert text.startswith("Er ging iets mis. Uw werk is bewaard.")
    assert f"Het logbestand staat hier: {log_path}" in text


def test_a_failing_save_still_shows_the_dialog(qtbot, log_path, monkeypatch):
    shown = []
    monkeypatch.setattr(crash_dialog, "show_crash_dialog", shown.append)

    def broken_save():
        raise OSError("disk full")

    hook = crash_dialog.make_excepthook(log_path, broken_save)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        hook(*sys.exc_info())
    assert shown == [log_path]
    assert "saving the waiting edits after the error failed" in _text(log_path)


def test_the_window_installs_the_hook_on_start(tmp_path):
    """`intervisie` (no subcommand) installs the hook: an error in a slot shows the dialog."""
    code = f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
import app.ui.shell.startup as s
real = s.start_window
def start(target):
    app, window = real(target)
    def boom():
        raise RuntimeError("in a slot")
    def close_box():
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        print("DIALOG", boxes[0].text().splitlines()[0] if boxes else None)
        for b in boxes: b.accept()
        app.exit(0)
    QTimer.singleShot(500, boom)
    QTimer.singleShot(1500, close_box)
    return app, window
s.start_window = start
from app.main import main
sys.exit(main(["--database", {str(tmp_path / "w.db")!r}]))
"""
    r = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert r.returncode == 0, r.stdout + r.stderr
    # Dutch is the app's default language
    assert "DIALOG Er ging iets mis. Uw werk is bewaard." in r.stdout

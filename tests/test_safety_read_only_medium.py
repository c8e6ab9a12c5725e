"""A database on a medium that cannot be written (a write-protected stick, a read-only share), a
lock file that cannot be made, and a read-only second window: the file opens read-only with a
plain message, the reading commands work, an intact file is never called damaged, and nothing
queues writes or promises to save them.

The read-only medium is real: a tmpfs mounted here and remounted read-only (the tests run as
root, for whom chmod stops nothing). Where mounting is not allowed those tests are skipped; the
lock-path and second-window tests need no mount."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.main import main
from app.services import communities, sessions
from app.services.bootstrap import OpenFailure, open_database
from app.services.errors import StorageUnavailable
from app.store.backup import make_backup
from app.ui.common.settings import Settings
from app.ui.shell.main_window import MainWindow
from tests.safety_tools import hold_database


def _mount(*args) -> bool:
    return subprocess.run(["mount", *args], capture_output=True, check=False).returncode == 0


@pytest.fixture
def stick(tmp_path):
    """The group's database on a stick that is then write-protected."""
    mnt = tmp_path / "stick"
    mnt.mkdir()
    if sys.platform != "linux" or not _mount("-t", "tmpfs", "-o", "size=32m", "tmpfs", str(mnt)):
        pytest.skip("mounting a tmpfs is not allowed here")
    try:
        db = mnt / "intervisie.db"
        store = open_database(str(db))
        communities.create_community(store, "Op de stick")
        store.close()
        make_backup(db, "handmatig")
        assert _mount("-o", "remount,ro", str(mnt))
        yield db
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True, check=False)


def test_every_reading_command_works_and_nothing_is_called_damaged(stick, tmp_path, capsys):
    assert main(["check", "--database", str(stick)]) == 0
    out = capsys.readouterr()
    assert "integrity:  ok" in out.out and "damaged" not in (out.out + out.err).lower()
    assert main(["sessions", "--database", str(stick)]) == 0
    assert "Gebiedscoöperatie Westerkwartier" in capsys.readouterr().out
    pdf = tmp_path / "verslag.pdf"
    assert main(["report", "--session", "1", "--out", str(pdf), "--database", str(stick)]) == 0
    assert pdf.stat().st_size > 1000
    exported = tmp_path / "stick.intervisie"
    code = main(["export", "--community", "2", str(exported), "--database", str(stick)])
    out = capsys.readouterr()
    assert code == 0 and exported.exists(), out.err
    assert "damaged" not in (out.out + out.err).lower()
    assert main(["backup", "list", "--database", str(stick)]) == 0


def test_the_store_opens_read_only_and_refuses_writes_without_promising(stick):
    store = open_database(str(stick))
    try:
        assert store.read_only and store.read_only_cause == "medium"
        assert "Op de stick" in [c.name for c in communities.list_communities(store)]
        with pytest.raises(StorageUnavailable) as refused:
            communities.create_community(store, "Nieuw")
        assert "will be saved" not in refused.value.message
    finally:
        store.close()


def test_a_writing_command_says_why_instead_of_a_traceback(stick, capsys):
    assert main(["migrate", "--database", str(stick)]) == 0  # already current: nothing to do
    example = stick.parent / "nothing.intervisie"
    assert main(["import", str(example), "--database", str(stick)]) != 0
    assert "intervisie:" in capsys.readouterr().err
    assert main(["backup", "make", "--database", str(stick)]) == 1
    assert "Read-only file system" in capsys.readouterr().err
    assert main(["backup", "restore", "--database", str(stick)]) == 1
    assert "Nothing was changed" in capsys.readouterr().err


def _window(qtbot, tmp_path, db) -> MainWindow:
    window = MainWindow(Settings(str(tmp_path / "s.ini")), str(db))
    qtbot.addWidget(window)
    window.show()
    window.open_database()
    return window


def _nothing_waits(window) -> None:
    """Walk the stages of the first session: nothing queued, no promise to save."""
    window.open_session(sessions.list_sessions(window.store)[0].id)
    page = window.session_page
    for stage in ("focus", "vervolg", "vertrekpunt"):
        page.go_to(stage)
    assert page.controller.pending == 0
    assert "saved as soon as" not in page.banner.text()
    assert "not saved yet" not in page.saved_label.text()


def test_the_window_opens_read_only_with_a_banner(qtbot, tmp_path, stick):
    window = _window(qtbot, tmp_path, stick)
    try:
        assert window.store is not None and window.read_only
        assert window.home.heading.text() != window.home.tr("Opening the database…")
        assert "cannot be written where it is" in window.store_banner.text()
        assert window.backup_timer is None  # no backups queued onto a read-only stick
        _nothing_waits(window)
    finally:
        window.shutdown()


@pytest.fixture
def lock_is_a_folder(db_path):
    store = open_database(str(db_path))
    store.close()
    lock = db_path.with_name(db_path.name + ".lock")
    lock.unlink()
    lock.mkdir()
    return db_path


def test_a_lock_path_that_is_a_folder_gets_a_message_not_a_traceback(
    lock_is_a_folder, tmp_path, qtbot, capsys
):
    db = lock_is_a_folder
    assert main(["check", "--database", str(db)]) == 0
    assert main(["sessions", "--database", str(db)]) == 0
    store = open_database(str(db))
    try:
        assert store.read_only and store.read_only_cause == "lock"
    finally:
        store.close()
    window = _window(qtbot, tmp_path, db)
    try:
        assert "lock file" in window.store_banner.text()
    finally:
        window.shutdown()
    new = tmp_path / "nieuw.db"
    new.with_name(new.name + ".lock").mkdir()
    with pytest.raises(OpenFailure) as caught:
        open_database(str(new))
    assert "lock file" in caught.value.message


def test_a_read_only_second_window_queues_nothing(qtbot, tmp_path, db_path):
    open_database(str(db_path)).close()
    other = hold_database(db_path)

    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        next(b for b in box.buttons() if b.text() == "Open read-only").click()

    try:
        QTimer.singleShot(0, press)
        window = _window(qtbot, tmp_path, db_path)
        try:
            assert window.read_only
            _nothing_waits(window)
            assert "elsewhere" in window.store_banner.text()
        finally:
            window.shutdown()
    finally:
        other.kill()
        other.wait()

"""Edits that wait for the storage are never thrown away without a word: closing, switching the
language, opening another session ask first (keep the window, save them to a file, discard);
the file comes back with File → Bring back saved edits…; a journal outside the database's folder
keeps them through a crash and is offered at the next start."""

from __future__ import annotations

import json
import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from app.services import sessions, vertrekpunt
from app.ui.common.settings import Settings
from app.ui.session.waiting_journal import database_name, journal_path
from app.ui.shell.main_window import MainWindow
from tests.test_safety_storage import faulty, read_only
from tests.uitools import answer, seen

WORDS = ["Eerste zin van de groep", "Tweede zin", "Derde: coöperatie", "Vierde en laatste"]


opened: list[MainWindow] = []


def open_window(qtbot, tmp_path) -> MainWindow:
    # not qtbot.addWidget: its closing would meet the question about waiting edits when a test
    # fails halfway; the fixture closes them after discarding
    w = MainWindow(Settings(str(tmp_path / "s.ini")), str(tmp_path / "demo.db"))
    opened.append(w)
    w.show()
    w.open_database()
    return w


@pytest.fixture
def window(qtbot, tmp_path):
    w = open_window(qtbot, tmp_path)
    w.open_session(sessions.list_sessions(w.store)[0].id)
    w.session_page.go_to("vertrekpunt")
    w.session_page.page_by_key["vertrekpunt"].show_element("monitoring")
    yield w
    while opened:
        one = opened.pop()
        if one.session_page is not None:
            one.session_page.controller.discard_waiting()
        one.shutdown()
        one.close()
        one.deleteLater()


def observations(store, session_id) -> list[str]:
    return [o.text for o in vertrekpunt.list_observations(store, session_id, "monitoring")]


def type_four_while_refused(qtbot, window):
    page = window.session_page
    lst = page.page_by_key["vertrekpunt"].current_list
    lst.entry.setFocus()
    for text in WORDS:
        qtbot.keyClicks(lst.entry, text) if text.isascii() else _type(lst.entry, text)
        QTest.keyClick(lst.entry, Qt.Key.Key_Return)
    assert page.controller.waiting == 4
    return page.controller.session_id


def _type(widget, text):
    from tests.uitools import type_text

    type_text(widget, text)


def test_closing_with_edits_waiting_asks_and_keeping_the_window_keeps_them(qtbot, window):
    with faulty(window.store, read_only):
        sid = type_four_while_refused(qtbot, window)
        before = observations(window.store, sid)
        answer("Keep the window open")
        window.close()
        assert "4 edit(s) could not be saved yet" in seen[0]
        assert window.isVisible() and window.session_page.controller.waiting == 4
    window.session_page.controller.retry()
    assert observations(window.store, sid) == before + WORDS


def test_switching_language_with_edits_waiting_asks_instead_of_crashing(qtbot, window):
    with faulty(window.store, read_only):
        type_four_while_refused(qtbot, window)
        answer("Keep the window open")
        window.set_language("en")
        assert seen and window.session_page.controller.waiting == 4
        answer("Keep the window open")
        window.open_session(sessions.list_sessions(window.store)[-1].id)  # another session
        assert len(seen) == 1 and window.session_page.controller.waiting == 4


def test_saved_to_a_file_and_brought_back_later(qtbot, window, tmp_path, monkeypatch):
    stick = tmp_path / "usb" / "wachtend.intervisie-edits.jsonl"
    stick.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(stick), ""))
    with faulty(window.store, read_only):
        sid = type_four_while_refused(qtbot, window)
        before = observations(window.store, sid)
        journal = journal_path(database_name(window.store))
        assert journal.exists()
        answer("Save them to a file…", "OK")
        window.close()
        assert not window.isVisible()
    records = [json.loads(line) for line in stick.read_text(encoding="utf-8").splitlines()]
    assert [r["args"][-1] for r in records if "add_observation" in r["call"]] == WORDS
    assert not journal.exists()  # the file holds them now, once
    window.shutdown()

    again = open_window(qtbot, tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(stick), ""))
    answer("OK")
    next(
        a
        for a in again.findChildren(type(again.menuBar().actions()[0]))
        if a.text().replace("&", "") == "Bring back saved edits…"
    ).trigger()
    assert "4 edit(s) were saved." in seen[0]
    assert observations(again.store, sid) == before + WORDS
    again.shutdown()


def test_discarding_is_a_choice_and_then_nothing_waits(qtbot, window):
    with faulty(window.store, read_only):
        type_four_while_refused(qtbot, window)
        journal = journal_path(database_name(window.store))
        answer("Discard them")
        window.close()
        assert not window.isVisible()
        assert not journal.exists()


def test_the_journal_outlives_a_crash_and_is_offered_at_the_next_start(qtbot, window, tmp_path):
    with faulty(window.store, read_only):
        sid = type_four_while_refused(qtbot, window)
        before = observations(window.store, sid)
        journal = journal_path(database_name(window.store))
        assert journal.parent != (tmp_path / "demo.db").parent  # not beside the database
        assert stat.S_IMODE(journal.stat().st_mode) == 0o600
        left_by_the_crash = journal.read_bytes()
    window.session_page.controller.discard_waiting()  # the window is gone, as in a crash
    window.shutdown()
    journal.write_bytes(left_by_the_crash)

    answer("Keep them for later")
    later = open_window(qtbot, tmp_path)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert "4 edit(s) were waiting" in seen[0]
    assert observations(later.store, sid) == before, seen
    assert journal.exists(), (seen, list(journal.parent.iterdir()))
    later.shutdown()

    answer("Apply them", "OK")
    last = open_window(qtbot, tmp_path)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=3000)
    assert observations(last.store, sid) == before + WORDS
    assert not journal.exists()
    last.shutdown()


def test_restoring_a_backup_with_edits_waiting_asks_first(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from app.store.backup import make_backup
    from app.ui.shell import data_actions

    backup = make_backup(window.store.path, "handmatig")

    class ChosenBackup:  # the backup list, with this backup picked
        def __init__(self, *_args):
            pass

        def exec(self):
            return QDialog.DialogCode.Accepted

        def chosen(self):
            return backup

    monkeypatch.setattr(data_actions, "BackupList", ChosenBackup)
    with faulty(window.store, read_only):
        sid = type_four_while_refused(qtbot, window)
        store = window.store
        answer("Yes", "Keep the window open")
        window.show_backups()
        assert len(seen) == 2 and "4 edit(s)" in seen[1]
        assert window.store is store and window.session_page.controller.waiting == 4
    window.session_page.controller.retry()
    assert observations(window.store, sid)[-4:] == WORDS

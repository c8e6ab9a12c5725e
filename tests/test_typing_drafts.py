"""Typing is saved as it is typed: the "+ add" line is kept as a draft after the typing pause
(and is back, marked, after a restart), an open cell editor saves without Enter, the indicator
says saved only when everything on screen is in the database, a line added while the storage
waits stays visible and marked, and a refused read shows the banner instead of escaping a slot."""

from __future__ import annotations

import errno
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from app.services import communities, sessions, vertrekpunt
from app.ui.common.settings import Settings
from app.ui.shell.session_page import SessionPage
from app.vocabulary.changes import Change
from tests.test_safety_storage import faulty, read_only
from tests.uitools import type_text

PAUSE_MS = 400


@pytest.fixture
def session_id(store):
    c = communities.create_community(store, "Gebiedscoöperatie Test")
    return sessions.create_session(store, c.id, "Intervisie", date(2026, 3, 14)).id


def open_page(qtbot, store, session_id, tmp_path) -> SessionPage:
    p = SessionPage(store, session_id, Settings(str(tmp_path / "s.ini")))
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    qtbot.waitExposed(p)
    p.activateWindow()  # the keyboard goes to the active window (an in-place editor's focus)
    qtbot.waitUntil(p.isActiveWindow, timeout=2000)
    return p


def entry_line(page, element: str = "monitoring"):
    page.go_to("vertrekpunt")
    vp = page.page_by_key["vertrekpunt"]
    vp.show_element(element)
    return vp.current_list


def stored_drafts(store, session_id) -> dict:
    from app.services import drafts

    return drafts.list_drafts(store, session_id)


def texts(store, session_id, element="monitoring") -> list[str]:
    return [o.text for o in vertrekpunt.list_observations(store, session_id, element)]


def test_an_observation_typed_without_enter_is_kept_and_back_after_a_restart(
    qtbot, store, session_id, tmp_path
):
    page = open_page(qtbot, store, session_id, tmp_path)
    lst = entry_line(page)
    lst.entry.setFocus()
    type_text(lst.entry, "Monitoring gebeurt per project — niet regionaal")
    # still in the typing pause: on screen only, so the indicator may not say saved
    assert not page.saved_label.text().startswith("✓")
    qtbot.waitUntil(lambda: bool(stored_drafts(store, session_id)), timeout=PAUSE_MS * 3)
    assert stored_drafts(store, session_id) == {
        "vertrekpunt:monitoring:new-observation": "Monitoring gebeurt per project — niet regionaal"
    }
    qtbot.waitUntil(lambda: page.saved_label.text().startswith("✓"), timeout=1000)
    assert texts(store, session_id) == []  # a draft, not a line the group agreed on
    page.close()

    again = open_page(qtbot, store, session_id, tmp_path)  # the app started again
    lst = entry_line(again)
    assert lst.entry.text() == "Monitoring gebeurt per project — niet regionaal"
    assert lst.hint.isVisible() and lst.hint.text() == lst.draft_hint()  # marked: not added
    other = entry_line(again, "visie-regio")
    assert other.entry.text() == ""  # a draft belongs to its element's line
    lst = entry_line(again)
    lst.entry.setFocus()
    QTest.keyClick(lst.entry, Qt.Key.Key_Return)
    assert texts(store, session_id) == ["Monitoring gebeurt per project — niet regionaal"]
    assert stored_drafts(store, session_id) == {}  # added: the draft is gone
    assert lst.entry.text() == ""


def test_emptying_the_line_forgets_the_draft(qtbot, store, session_id, tmp_path):
    page = open_page(qtbot, store, session_id, tmp_path)
    lst = entry_line(page)
    lst.entry.setFocus()
    qtbot.keyClicks(lst.entry, "weg")
    qtbot.waitUntil(lambda: bool(stored_drafts(store, session_id)), timeout=PAUSE_MS * 3)
    for _ in range(3):
        QTest.keyClick(lst.entry, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: not stored_drafts(store, session_id), timeout=PAUSE_MS * 3)


def test_every_add_line_keeps_its_draft(qtbot, store, session_id, tmp_path):
    page = open_page(qtbot, store, session_id, tmp_path)
    vervolg = page.page_by_key["vervolg"]
    page.go_to("vervolg")
    vervolg.steps.entry.setFocus()
    qtbot.keyClicks(vervolg.steps.entry, "Eerste stap")
    page.go_to("aanpak")  # leaving the stage writes what waits for its pause at once
    assert stored_drafts(store, session_id) == {"vervolg:new-step": "Eerste stap"}


def test_an_open_cell_editor_is_saved_without_enter(qtbot, store, session_id, tmp_path):
    vertrekpunt.add_observation(store, session_id, "monitoring", "Eerste versie")
    page = open_page(qtbot, store, session_id, tmp_path)
    lst = entry_line(page)
    lst.table.setFocus()
    lst.table.selectRow(0)
    QTest.keyClick(lst.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    QTest.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(editor, ", herzien")
    assert not page.saved_label.text().startswith("✓")
    qtbot.waitUntil(
        lambda: texts(store, session_id) == ["Eerste versie, herzien"], timeout=PAUSE_MS * 3
    )
    # the refill after the save did not take the text out from under the cursor
    assert lst.table.state() == lst.table.State.EditingState
    type_text(editor, "!")
    assert editor.toPlainText() == "Eerste versie, herzien!"
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: texts(store, session_id) == ["Eerste versie, herzien!"], timeout=PAUSE_MS * 3
    )


def test_a_line_added_while_storage_waits_stays_visible_and_marked(
    qtbot, store, session_id, tmp_path
):
    page = open_page(qtbot, store, session_id, tmp_path)
    lst = entry_line(page)
    with faulty(store, read_only):
        lst.entry.setFocus()
        qtbot.keyClicks(lst.entry, "Wat de groep net zei")
        QTest.keyClick(lst.entry, Qt.Key.Key_Return)
        assert page.controller.waiting > 0
        assert lst.waiting_lines == ["Wat de groep net zei"]
        last = lst.table.item(lst.table.rowCount() - 1, lst.text_column)
        assert last.text() == "⏳ Wat de groep net zei" and last.font().italic()
        assert page.saved_label.text().startswith("⚠")
        page.controller.retry()  # still refused: still there, once
        assert lst.table.rowCount() == 1
    page.controller.retry()
    assert texts(store, session_id) == ["Wat de groep net zei"]
    assert lst.waiting_lines == []
    assert [lst.table.item(r, lst.text_column).text() for r in range(lst.table.rowCount())] == [
        "Wat de groep net zei"
    ]
    assert page.saved_label.text().startswith("✓")
    assert stored_drafts(store, session_id) == {}


def disk_gone(_con):
    raise OSError(errno.EIO, "Input/output error")


def test_a_refused_read_shows_the_banner_and_never_escapes_a_slot(
    qtbot, store, session_id, tmp_path
):
    vertrekpunt.add_observation(store, session_id, "monitoring", "er staat iets")
    page = open_page(qtbot, store, session_id, tmp_path)
    entry_line(page)
    with faulty(store, disk_gone):
        page.controller.changed.emit(Change.OBSERVATIONS)  # a list refill after an edit
        assert page.banner.isVisible()
        assert "cannot" in page.banner.text()
        page.page_by_key["vertrekpunt"].show_element("visie-regio")  # the navigator's refill
        page.go_to("focus")
        assert page.canvas._provider("monitoring") == []  # the canvas's hover read
    page.controller.retry()  # reading works again: the banner goes, the lists read again
    assert not page.banner.isVisible()


@pytest.mark.both_databases
def test_the_drafts_service_keeps_one_text_per_line_and_forgets_an_empty_one(store, session_id):
    from app.services import drafts

    place = "focus:new-focus-point"
    drafts.save_draft(store, session_id, place, "eerst")
    drafts.save_draft(store, session_id, place, "eerst, langer")
    drafts.save_draft(store, session_id, "aanpak:new-action", "actie")
    assert drafts.list_drafts(store, session_id) == {
        place: "eerst, langer",
        "aanpak:new-action": "actie",
    }
    drafts.save_draft(store, session_id, place, "   ")
    drafts.clear_draft(store, session_id, "aanpak:new-action")
    assert drafts.list_drafts(store, session_id) == {}
    drafts.save_draft(store, session_id, place, "weg met de sessie")
    sessions.delete_session(store, session_id)
    assert drafts.list_drafts(store, session_id) == {}

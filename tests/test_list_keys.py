"""Keys in the lists and fields of a session, pressed as a facilitator does: arrows in a line's
choice change that choice and nothing else, letters typed on a list are never swallowed, Tab is
no character in a note, and Tab leaves the home page's sessions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.services import sessions, vertrekpunt
from tests.uitools import open_window, type_text


@pytest.fixture
def window(qtbot, tmp_path):
    w = open_window(qtbot, tmp_path)
    yield w
    w.shutdown()


def _session(window):
    window.open_session(sessions.list_sessions(window.store)[-1].id)
    return window.session_page


def focused():
    return QApplication.focusWidget()


def key(k, mods=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(focused(), k, mods)
    QApplication.processEvents()


def test_arrows_in_a_lines_choice_change_that_choice_only(window):
    page = _session(window)
    store, sid = window.store, page.controller.session_id
    vp = page.page_by_key["vertrekpunt"]
    page.go_to("vertrekpunt")
    vp.show_element("vraagstukken")  # regional questions: status, type, transition per line
    lst = vp.current_list
    obs = vertrekpunt.list_observations(store, sid, "vraagstukken")[1]
    before = (obs.status, obs.complexity, obs.transition)
    lst.table.setFocus()
    lst.table.selectRow(1)  # the line, chosen as with a click on it
    kind = lst.table.cellWidget(1, 1)
    kind.setFocus()  # then its Type, as with a click on it
    start = kind.currentIndex()
    for _ in range(2):
        key(Qt.Key.Key_Down)
        assert focused() is lst.table.cellWidget(1, 1)  # the focus stays on the Type
    after = next(
        o for o in vertrekpunt.list_observations(store, sid, "vraagstukken") if o.id == obs.id
    )
    assert after.status == before[0] and after.transition == before[2]
    assert after.complexity == kind.itemData(start + 2)


def test_letters_typed_on_a_participants_cell_are_not_lost(window):
    page = _session(window)
    page.go_to("opening")
    panel = page.page_by_key["opening"].participants
    entry = panel.list.entry
    assert focused() is entry
    type_text(entry, "Zoë de Boer")
    key(Qt.Key.Key_Return)
    key(Qt.Key.Key_Tab)
    table = panel.list.table
    assert focused() is table
    row = table.currentRow()
    assert table.item(row, panel.list.text_column).text() == "Zoë de Boer"  # the new line
    key(Qt.Key.Key_Right)  # on the organisation cell
    type_text(focused(), "Hanzehogeschool")
    page.flush()
    people = {
        p.name: p for p in sessions.list_participants(window.store, page.controller.session_id)
    }
    assert people["Zoë de Boer"].organisation == "Hanzehogeschool"
    # on the name (no field in it) the letters go to the "+ add" line, where they are seen
    table.setFocus()
    key(Qt.Key.Key_Left)
    type_text(focused(), "Jan")
    assert focused() is entry and entry.text() == "Jan"


def test_tab_in_the_context_note_moves_on_and_is_never_saved(window, qtbot):
    page = _session(window)
    page.go_to("vertrekpunt")
    vp = page.page_by_key["vertrekpunt"]
    vp.show_element("monitoring")
    vp.note.setFocus()
    vp.note.selectAll()
    type_text(vp.note, "Beleidskaders")
    key(Qt.Key.Key_Tab)
    assert focused() is not vp.note
    page.flush()
    note = vertrekpunt.assessments(window.store, page.controller.session_id)["monitoring"]
    assert note.context_note == "Beleidskaders"


def test_tab_leaves_the_home_pages_sessions(window):
    home = window.home
    window.show_home()
    home.table.setFocus()
    key(Qt.Key.Key_Tab)
    assert focused() is not home.table
    assert not home.table.isAncestorOf(focused())
    home.table.setFocus()
    key(Qt.Key.Key_Backtab)
    assert focused() is not home.table


def test_ctrl_tab_in_a_list_turns_to_the_next_part(window):
    page = _session(window)
    page.go_to("vervolg")
    vervolg = page.page_by_key["vervolg"]
    vervolg.tabs.setCurrentIndex(2)  # the steps
    vervolg.steps.table.setFocus()
    key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert vervolg.tabs.currentIndex() == 3


@pytest.mark.parametrize("enter", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_on_the_home_pages_sessions_opens_the_selected_one(window, enter):
    home = window.home
    window.show_home()
    listed = [s.id for s in home._sessions]
    assert len(listed) >= 2, "the demo community has more than one session"
    home.table.setFocus()
    key(Qt.Key.Key_Down)  # the second session, chosen by arrow
    key(enter)
    assert window.stack.currentWidget() is window.session_page
    assert window.session_page.controller.session_id == listed[1]

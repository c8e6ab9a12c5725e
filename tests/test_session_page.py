"""The session window in the room: stages, the vertrekpunt list driven from the keyboard, the
saved indicator, and what the database holds afterwards."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services import communities, sessions, vertrekpunt
from app.ui.common.settings import Settings
from app.ui.shell.session_page import SessionPage
from tests.uitools import by_name, type_text


@pytest.fixture
def page(qtbot, store, tmp_path):
    c = communities.create_community(store, "Gebiedscoöperatie Test")
    s = sessions.create_session(store, c.id, "Intervisie", date(2026, 3, 14))
    p = SessionPage(store, s.id, Settings(str(tmp_path / "s.ini")))
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    qtbot.waitExposed(p)
    return p


def test_stages_move_with_next_back_and_keys_and_are_remembered(page, qtbot, store):
    assert page.current_stage() == "opening"
    qtbot.mouseClick(page.next, Qt.MouseButton.LeftButton)
    assert page.current_stage() == "vertrekpunt"
    QTest.keyClick(page, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert page.current_stage() == "vervolg"
    QTest.keyClick(page, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.current_stage() == "focus"
    info = sessions.get_session(store, page.controller.session_id)
    assert (info.current_stage, info.stage_reached) == ("focus", "vervolg")
    assert page.rail.state_of("focus") == "current"


def test_observations_typed_with_the_keyboard_are_stored(page, qtbot, store):
    page.go_to("vertrekpunt")
    vp = page.page_by_key["vertrekpunt"]
    vp.show_element("vraagstukken")
    lst = vp.current_list
    sid = page.controller.session_id
    lst.entry.setFocus()
    type_text(lst.entry, "Betrokkenheid mkb nog niet sterk — coöperatie 🌱")
    QTest.keyClick(lst.entry, Qt.Key.Key_Return)
    qtbot.keyClicks(lst.entry, "Vragen deels complex")
    QTest.keyClick(lst.entry, Qt.Key.Key_Return)
    [a, _b] = vertrekpunt.list_observations(page.store, sid, "vraagstukken")
    assert a.text == "Betrokkenheid mkb nog niet sterk — coöperatie 🌱"
    # status from the keyboard on the selected line
    lst.table.setFocus()
    lst.table.selectRow(1)
    QTest.keyClick(lst.table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert vertrekpunt.list_observations(page.store, sid, "vraagstukken")[1].status == 3
    # the type column is there for regional questions
    type_box = lst.table.cellWidget(1, 1)
    type_box.setCurrentIndex(type_box.findData("complex"))
    type_box.activated.emit(type_box.currentIndex())
    assert vertrekpunt.list_observations(page.store, sid, "vraagstukken")[1].complexity == "complex"
    # move up, delete, undo
    QTest.keyClick(lst.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert (
        next(o.text for o in vertrekpunt.list_observations(page.store, sid, "vraagstukken"))
        == "Vragen deels complex"
    )
    lst.table.selectRow(0)
    QTest.keyClick(lst.table, Qt.Key.Key_Delete)
    assert len(vertrekpunt.list_observations(page.store, sid, "vraagstukken")) == 1
    QTest.keyClick(lst.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = vertrekpunt.list_observations(page.store, sid, "vraagstukken")
    assert next(o.text for o in restored) == "Vragen deels complex"
    assert restored[0].complexity == "complex"
    assert page.saved_label.text().startswith("✓")


def test_element_status_and_context_note(page, qtbot, store):
    page.go_to("vertrekpunt")
    vp = page.page_by_key["vertrekpunt"]
    vp.show_element("samenstelling")
    box = by_name(vp, "Status of the element")
    box.setCurrentIndex(box.findData(4))
    box.activated.emit(box.currentIndex())
    note = by_name(vp, "Context note")
    note.setFocus()
    type_text(note, "RIS3 2021–2027; Łukasz")
    page.flush()
    a = vertrekpunt.assessments(store, page.controller.session_id)["samenstelling"]
    assert (a.status, a.context_note) == (4, "RIS3 2021–2027; Łukasz")
    assert "samenstelling" in [vp.navigator.current_key()]


def test_empty_line_gets_an_inline_hint_not_a_dialog(page, qtbot):
    page.go_to("vertrekpunt")
    lst = page.page_by_key["vertrekpunt"].current_list
    lst.entry.setFocus()
    QTest.keyClick(lst.entry, Qt.Key.Key_Return)
    assert lst.hint.isVisible() and lst.hint.text()


def test_a_session_left_open_by_a_killed_window_opens_again_without_a_question(
    qtbot, tmp_path, monkeypatch
):
    """A crash leaves the session marked in use on this computer; with a local file the next
    start takes it back silently instead of asking the facilitator in front of the room."""
    from app.services import presence
    from app.services.bootstrap import open_database
    from app.ui.shell import session_presence
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.startup import create_application

    db = tmp_path / "x.db"
    crashed = open_database(str(db))  # the window that died: its mark stays behind
    sid = sessions.list_sessions(crashed)[0].id
    presence.claim_session(crashed, sid, "Facilitator")
    _app, settings = create_application()
    window = MainWindow(settings, str(db))
    qtbot.addWidget(window)
    window.open_database()
    asked = []
    monkeypatch.setattr(session_presence, "ask_in_use", lambda *a: asked.append(a) or "read-only")
    window.open_session(sid)
    assert asked == []
    assert not window.session_page.store_read_only
    assert (
        presence.in_use(window.store, sid) is None
        or presence.in_use(window.store, sid).on_this_computer
    )
    window.shutdown()
    crashed.close()


def test_hostile_text_is_kept_verbatim_and_does_not_break_the_layout(page, qtbot, store):
    """A 10,000-character paste, emoji, right-to-left text, line breaks and control characters:
    stored as typed, shown as stored, and one row never takes over the page."""
    from app.ui.widgets.line_list import MAX_ROW_HEIGHT

    sid = page.controller.session_id
    texts = [
        "x" * 10_000,
        "🌱🚜 groen 👩🏽‍🌾",
        "שלום عربي mixed",
        "regel 1\nregel 2\n\nregel 4",
        "bel\x07 tab\t vt\x0b einde",
    ]
    for t in texts:
        vertrekpunt.add_observation(store, sid, "monitoring", t)
    page.go_to("vertrekpunt")
    vp = page.page_by_key["vertrekpunt"]
    vp.show_element("monitoring")
    lst = vp.current_list
    shown = [lst.table.item(r, lst.text_column).text() for r in range(lst.table.rowCount())]
    assert shown == texts
    assert [o.text for o in vertrekpunt.list_observations(store, sid, "monitoring")] == texts
    assert all(lst.table.rowHeight(r) <= MAX_ROW_HEIGHT for r in range(lst.table.rowCount()))
    assert lst.table.horizontalScrollBar().maximum() == 0  # nothing pushed sideways

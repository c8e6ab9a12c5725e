"""Stage 2, focus, driven as a facilitator would: observations turned into focus points, own
points typed, dot votes with + and -, the development path with its reason; and what the
database holds afterwards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from app.modeldef import current_definition
from app.services import focus, sessions, vertrekpunt
from app.ui.session.controller import SessionController
from app.ui.stages.focus import FocusPage
from tests.uitools import type_text


@pytest.fixture
def page(qtbot, demo_store, demo_session_id):
    controller = SessionController(demo_store, demo_session_id)
    p = FocusPage(controller, current_definition())
    qtbot.addWidget(p)
    p.resize(900, 700)
    p.reload()
    p.show()
    qtbot.waitExposed(p)
    return p


def points(p):
    return focus.list_focus_points(p.store, p.session_id, by_votes=True)


def shown_texts(p):
    t = p.focus_list.table
    return [t.item(r, p.focus_list.text_column).text() for r in range(t.rowCount())]


def test_an_observation_becomes_a_focus_point_and_keeps_its_link(page, qtbot):
    assert page.show_element("visie-onderwijs")
    free = [
        o
        for o in vertrekpunt.list_observations(page.store, page.session_id, "visie-onderwijs")
        if o.id not in {f.observation_id for f in points(page)}
    ]
    assert len(free) >= 2
    before = len(points(page))
    page.observations.setFocus()
    page.observations.setCurrentRow(0)
    QTest.keyClick(page.observations, Qt.Key.Key_Return)
    made = [f for f in points(page) if f.observation_id == free[0].id]
    assert len(made) == 1
    assert (made[0].element_key, made[0].text) == ("visie-onderwijs", free[0].text)
    assert page.focus_list.selected_id() == made[0].id
    assert page.observations.item(0).text().startswith("✓")
    # on to the next observation, made with the button; the same one again is refused with a
    # hint, not a copy
    assert page.observations.currentRow() == 1
    qtbot.mouseClick(page.make_focus, Qt.MouseButton.LeftButton)
    assert any(f.observation_id == free[1].id for f in points(page))
    page.observations.setCurrentRow(0)
    QTest.keyClick(page.observations, Qt.Key.Key_Return)
    assert len(points(page)) == before + 2
    assert page.focus_list.hint.isVisible()
    # the list says where each point came from, and (for all elements) which element it serves
    row = shown_texts(page).index(free[0].text)
    assert page.focus_list.table.item(row, 2).text() == page.tr("observation")
    assert page.focus_list.table.isColumnHidden(1)  # the element is named above the list
    page.element.setCurrentIndex(0)
    row = shown_texts(page).index(free[0].text)
    assert not page.focus_list.table.isColumnHidden(1)
    assert page.focus_list.table.item(row, 1).text() == "Visie onderwijs"


def test_own_focus_point_needs_an_element_and_is_typed_with_enter(page, qtbot):
    page.element.setCurrentIndex(0)  # all elements
    entry = page.focus_list.entry
    entry.setFocus()
    qtbot.keyClicks(entry, "Eigen punt")
    QTest.keyClick(entry, Qt.Key.Key_Return)
    assert page.focus_list.hint.isVisible() and entry.text() == "Eigen punt"
    assert "Eigen punt" not in [f.text for f in points(page)]
    page.show_element("monitoring")
    entry.clear()
    type_text(entry, "Reflectie structureel inbouwen — coöperatie 🌱")
    QTest.keyClick(entry, Qt.Key.Key_Return)
    [own] = [f for f in points(page) if f.text.startswith("Reflectie")]
    assert (own.text, own.element_key, own.observation_id) == (
        "Reflectie structureel inbouwen — coöperatie 🌱",
        "monitoring",
        None,
    )
    # the filtered list shows this element only, the own point marked as own
    assert shown_texts(page) == [f.text for f in points(page) if f.element_key == "monitoring"]
    assert page.focus_list.table.item(shown_texts(page).index(own.text), 2).text() == page.tr("own")


def test_dot_votes_with_plus_and_minus_sort_the_list(page, qtbot):
    page.element.setCurrentIndex(0)
    lst = page.focus_list
    last = points(page)[-1]
    lst.table.setFocus()
    lst.select_id(last.id)
    for _ in range(3):
        QTest.keyClick(lst.table, Qt.Key.Key_Plus)
    QTest.keyClick(lst.table, Qt.Key.Key_Minus)
    assert next(f for f in points(page) if f.id == last.id).votes == 2
    # the line stays under the pointer while voting goes on, then moves to the top
    qtbot.waitUntil(lambda: shown_texts(page)[0] == last.text, timeout=3000)
    assert lst.selected_id() == last.id
    # a count typed in the spin box of another line
    other = points(page)[3]
    spin = lst.table.cellWidget(lst._ids.index(other.id), 0)
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "5")
    assert next(f for f in points(page) if f.id == other.id).votes == 5
    qtbot.waitUntil(lambda: shown_texts(page)[:2] == [other.text, last.text], timeout=3000)
    assert [f.id for f in points(page)][:2] == [other.id, last.id]


def test_delete_and_undo_keep_votes_and_link(page, qtbot):
    page.element.setCurrentIndex(0)
    lst = page.focus_list
    first = points(page)[0]
    lst.table.setFocus()
    lst.select_id(first.id)
    QTest.keyClick(lst.table, Qt.Key.Key_Delete)
    assert first.id not in [f.id for f in points(page)]
    QTest.keyClick(lst.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = [f for f in points(page) if f.text == first.text]
    assert len(back) == 1 and back[0].observation_id == first.observation_id


def test_development_path_and_reason_are_saved(page, qtbot):
    page.tabs.setCurrentIndex(1)
    keys = list(page.path_buttons)
    second = page.path_buttons[keys[1]]
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    info = sessions.get_session(page.store, page.session_id)
    assert info.development_path == keys[1]
    assert page.path_hint.isVisible()  # chosen, but not yet why
    page.reason.setFocus()
    type_text(page.reason, "Klein en complex: één wijk, échte vraagstukken")
    page.controller.flush()
    info = sessions.get_session(page.store, page.session_id)
    assert (info.development_path, info.development_path_reason) == (
        keys[1],
        "Klein en complex: één wijk, échte vraagstukken",
    )
    assert not page.path_hint.isVisible()
    # switching the path keeps the reason; the keyboard chooses too
    first = page.path_buttons[keys[0]]
    first.setFocus()
    QTest.keyClick(first, Qt.Key.Key_Space)
    info = sessions.get_session(page.store, page.session_id)
    assert info.development_path == keys[0] and info.development_path_reason.startswith("Klein")
    page.reload()
    assert first.isChecked() and page.reason.toPlainText().startswith("Klein")


def test_a_closed_session_only_reads(page, qtbot):
    sessions.close_session(page.store, page.session_id)
    page.set_read_only(True)
    page.show_element("visie-regio")
    assert not page.make_focus.isEnabled()
    assert not any(b.isEnabled() for b in page.path_buttons.values())
    before = points(page)
    page.observations.setCurrentRow(0)
    QTest.keyClick(page.observations, Qt.Key.Key_Return)
    page.focus_list.table.setFocus()
    page.focus_list.select_id(before[0].id)
    QTest.keyClick(page.focus_list.table, Qt.Key.Key_Plus)
    QTest.keyClick(page.focus_list.table, Qt.Key.Key_Delete)
    assert points(page) == before

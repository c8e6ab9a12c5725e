"""Stage 3, vervolg, driven as a facilitator would: themes ticked and typed, the ambition typed
and pasted, the worked example's steps edited and reordered, indicators and review moments with
dates; and what the database holds afterwards."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from app.modeldef import current_definition
from app.services import communities, sessions, vervolg
from app.ui.session.controller import SessionController
from app.ui.stages.vervolg import VervolgPage
from tests.uitools import type_text


@pytest.fixture
def page(qtbot, store):
    c = communities.create_community(store, "Innovatiewerkplaats Helpman de Wijert")
    s = sessions.create_session(store, c.id, "Doorkijk", date(2026, 3, 14))
    p = VervolgPage(SessionController(store, s.id), current_definition())
    qtbot.addWidget(p)
    p.resize(900, 700)
    p.reload()
    p.show()
    qtbot.waitExposed(p)
    return p


def themes(p):
    return [(t.theme_key, t.label) for t in vervolg.list_themes(p.store, p.session_id)]


def step_texts(p):
    return [s.text for s in vervolg.list_steps(p.store, p.session_id)]


def test_model_themes_ticked_and_own_themes_typed(page, qtbot):
    lst = page.themes
    lst.setFocus()
    lst.setCurrentRow(1)
    QTest.keyClick(lst, Qt.Key.Key_Space)
    lst.setCurrentRow(4)
    QTest.keyClick(lst, Qt.Key.Key_Space)
    model = current_definition()
    assert themes(page) == [(model.themes[1].key, ""), (model.themes[4].key, "")]
    page.own_theme.setFocus()
    type_text(page.own_theme, "Krimp en leefbaarheid — Groningse dorpen")
    QTest.keyClick(page.own_theme, Qt.Key.Key_Return)
    assert themes(page)[-1] == (None, "Krimp en leefbaarheid — Groningse dorpen")
    assert page.own_theme.text() == ""
    # an empty own theme: an inline hint, nothing stored
    QTest.keyClick(page.own_theme, Qt.Key.Key_Return)
    assert page.theme_hint.isVisible() and len(themes(page)) == 3
    # unticking a model theme and the own theme removes them; the own one can come back
    lst.setFocus()
    lst.setCurrentRow(1)
    QTest.keyClick(lst, Qt.Key.Key_Space)
    own_row = lst.count() - 1
    lst.setCurrentRow(own_row)
    QTest.keyClick(lst, Qt.Key.Key_Space)
    assert themes(page) == [(model.themes[4].key, "")]
    assert lst.item(own_row).text().startswith("Krimp")  # still offered, unticked
    lst.setCurrentRow(own_row)
    QTest.keyClick(lst, Qt.Key.Key_Space)
    assert themes(page)[-1] == (None, "Krimp en leefbaarheid — Groningse dorpen")


def test_ambition_is_saved_verbatim_typed_and_pasted(page, qtbot):
    page.tabs.setCurrentIndex(1)
    page.ambition.setFocus()
    typed = "Een Groene Motor 🌱 voor de regio:\nwerkplaatsen in élk dorp"
    type_text(page.ambition, typed)
    qtbot.waitUntil(
        lambda: sessions.get_session(page.store, page.session_id).ambition == typed, timeout=2000
    )  # debounced: saved when typing pauses, without a button
    pasted = ("Zoë’s ambitie — 🚜🌾 " * 500)[:10_000]
    page.ambition.setPlainText(pasted)
    page.controller.flush()
    assert sessions.get_session(page.store, page.session_id).ambition == pasted
    page.reload()
    assert page.ambition.toPlainText() == pasted


def test_template_steps_are_edited_reordered_deleted_and_undone(page, qtbot):
    page.tabs.setCurrentIndex(2)
    assert page.template.isVisible()
    qtbot.mouseClick(page.template, Qt.MouseButton.LeftButton)
    template = [t.get("nl") for t in current_definition().steps]
    assert step_texts(page) == template
    assert not page.template.isVisible()  # a template is for an empty list
    table = page.steps.table
    # F2 edits the second step in place
    table.setFocus()
    table.selectRow(1)
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    editor.selectAll()
    type_text(editor, "Partijen in het ecosysteem in kaart brengen (mapping)")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    page.controller.flush()
    assert step_texts(page)[1] == "Partijen in het ecosysteem in kaart brengen (mapping)"
    # Alt+Down moves the first step down one place
    table.setFocus()
    table.selectRow(0)
    QTest.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert step_texts(page)[:2] == [
        "Partijen in het ecosysteem in kaart brengen (mapping)",
        template[0],
    ]
    assert page.steps.selected_id() == vervolg.list_steps(page.store, page.session_id)[1].id
    # an own step typed, one deleted and brought back in its place
    page.steps.entry.setFocus()
    qtbot.keyClicks(page.steps.entry, "Evalueren met de gebiedscooperatie")
    QTest.keyClick(page.steps.entry, Qt.Key.Key_Return)
    assert step_texts(page)[-1] == "Evalueren met de gebiedscooperatie"
    table.setFocus()
    table.selectRow(2)
    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert len(step_texts(page)) == 5 and template[2] not in step_texts(page)
    QTest.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert step_texts(page)[2] == template[2] and len(step_texts(page)) == 6


def test_indicators_and_review_moments_with_dates(page, qtbot):
    page.tabs.setCurrentIndex(3)
    lst = page.monitoring
    lst.entry.setFocus()
    for text in ("Aantal lopende projecten", "Halfjaarlijkse evaluatie met alle partners"):
        qtbot.keyClicks(lst.entry, text)
        QTest.keyClick(lst.entry, Qt.Key.Key_Return)
    first, second = vervolg.list_monitoring(page.store, page.session_id)
    assert (first.kind, second.kind) == ("indicator", "indicator")
    # the kind chosen from the keyboard in the row's choice box
    kind = lst.table.cellWidget(1, 0)
    kind.setFocus()
    QTest.keyClick(kind, Qt.Key.Key_Down)
    assert vervolg.list_monitoring(page.store, page.session_id)[1].kind == "review"
    # a date typed for the selected line, shown in the list
    lst.table.setFocus()
    lst.select_id(second.id)
    page.due.setFocus()
    qtbot.keyClicks(page.due, "1-9-2026")
    QTest.keyClick(page.due, Qt.Key.Key_Return)
    assert vervolg.list_monitoring(page.store, page.session_id)[1].due_on == date(2026, 9, 1)
    assert lst.table.item(1, 1).text() == "01-09-2026"
    # Up moves a day; a non-date gets an inline hint and changes nothing
    QTest.keyClick(page.due, Qt.Key.Key_Up)
    QTest.keyClick(page.due, Qt.Key.Key_Return)
    assert vervolg.list_monitoring(page.store, page.session_id)[1].due_on == date(2026, 9, 2)
    page.due.selectAll()
    qtbot.keyClicks(page.due, "31-2-2026")
    QTest.keyClick(page.due, Qt.Key.Key_Return)
    assert page.date_hint.isVisible()
    assert vervolg.list_monitoring(page.store, page.session_id)[1].due_on == date(2026, 9, 2)
    # empty is "no date"
    page.due.clear()
    QTest.keyClick(page.due, Qt.Key.Key_Return)
    assert vervolg.list_monitoring(page.store, page.session_id)[1].due_on is None
    assert not page.date_hint.isVisible()
    # delete and undo keep kind and place
    lst.table.setFocus()
    lst.select_id(second.id)
    QTest.keyClick(lst.table, Qt.Key.Key_Delete)
    QTest.keyClick(lst.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    items = vervolg.list_monitoring(page.store, page.session_id)
    assert [(i.text, i.kind) for i in items] == [
        ("Aantal lopende projecten", "indicator"),
        ("Halfjaarlijkse evaluatie met alle partners", "review"),
    ]


def test_a_closed_session_only_reads(page, qtbot):
    vervolg.add_theme(page.store, page.session_id, label="Eigen thema")
    sessions.close_session(page.store, page.session_id)
    page.reload()
    page.set_read_only(True)
    assert page.ambition.isReadOnly() and page.own_theme.isReadOnly()
    assert not page.template.isEnabled()
    page.themes.setFocus()
    page.themes.setCurrentRow(0)
    QTest.keyClick(page.themes, Qt.Key.Key_Space)
    assert themes(page) == [(None, "Eigen thema")]


def test_a_date_can_be_picked_from_the_calendar_with_the_keyboard(page, qtbot):
    page.tabs.setCurrentIndex(3)
    item = vervolg.add_monitoring(
        page.store, page.session_id, "Evaluatie", "review", date(2026, 6, 15)
    )
    page.reload()
    page.monitoring.select_id(item.id)
    page.due.setFocus()
    QTest.keyClick(page.due, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = page.due._calendar
    assert calendar.isVisible() and calendar.selectedDate().day() == 15
    QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)
    QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert vervolg.list_monitoring(page.store, page.session_id)[0].due_on == date(2026, 6, 16)

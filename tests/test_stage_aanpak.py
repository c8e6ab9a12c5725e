"""Stage 4, aanpak, driven as a facilitator would: an action typed into the list and filled in
the inline editor (owner, partners, dates, indicator, status, links, characteristics); a due
date before the start gets an inline hint and is not stored; and what the database holds."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.modeldef import current_definition
from app.services import aanpak, communities, focus, sessions, vervolg
from app.ui.session.controller import SessionController
from app.ui.stages.aanpak import AanpakPage
from tests.uitools import type_text


@pytest.fixture
def page(qtbot, store):
    c = communities.create_community(store, "Gebiedscoöperatie Westerkwartier")
    communities.add_actor(
        store, c.id, name="Docent-begeleider", organisation="Terra MBO", helix_role="onderwijs"
    )
    s = sessions.create_session(store, c.id, "Doorkijk", date(2026, 3, 14))
    sessions.add_participant(store, s.id, "Lector DCO", "Hanzehogeschool Groningen", "onderzoek")
    focus.add_focus_point(store, s.id, "visie-regio", "Visie expliciet maken", votes=2)
    focus.add_focus_point(store, s.id, "monitoring", "Monitoring opnemen", votes=5)
    vervolg.add_theme(store, s.id, "voedselketens")
    vervolg.add_theme(store, s.id, label="Krimp")
    p = AanpakPage(SessionController(store, s.id), current_definition())
    qtbot.addWidget(p)
    p.resize(900, 760)
    p.reload()
    p.show()
    qtbot.waitExposed(p)
    return p


def actions(p):
    return aanpak.list_actions(p.store, p.session_id)


def add_action(p, qtbot, title: str):
    p.actions.entry.setFocus()
    qtbot.keyClicks(p.actions.entry, title)
    QTest.keyClick(p.actions.entry, Qt.Key.Key_Return)


def tick(check_list, label_start: str) -> None:
    row = next(
        i for i in range(check_list.count()) if check_list.item(i).text().startswith(label_start)
    )
    check_list.setFocus()
    check_list.setCurrentRow(row)
    QTest.keyClick(check_list, Qt.Key.Key_Space)


def enter_date(field, qtbot, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def test_an_action_with_everything_is_stored(page, qtbot):
    assert page.empty.isVisible() and not page.editor.isVisible()
    add_action(page, qtbot, "Pilot kringlooplandbouw")
    [a] = actions(page)
    assert page.editor.isVisible() and page.editor.action_id == a.id
    ed = page.editor
    ed.description.setFocus()
    type_text(ed.description, "Met studenten van Terra en boeren uit het gebied — één pilot")
    ed.owner.setFocus()
    ed.owner.lineEdit().selectAll()
    type_text(ed.owner, "Gebiedscoöperatie Westerkwartier")
    tick(ed.partners, "Terra MBO")
    tick(ed.partners, "Lector DCO")
    ed.new_partner.setFocus()
    type_text(ed.new_partner, "Stichting Groene Ruimte")
    QTest.keyClick(ed.new_partner, Qt.Key.Key_Return)
    enter_date(ed.starts, qtbot, "1-4-2026")
    enter_date(ed.due, qtbot, "2026-09-30")
    ed.indicator.setFocus()
    qtbot.keyClicks(ed.indicator, "3 bedrijven doen mee")
    ed.status.setFocus()
    QTest.keyClick(ed.status, Qt.Key.Key_Down)
    tick(ed.focus_points, "Monitoring opnemen")
    tick(ed.themes, "Krimp")
    model = current_definition()
    tick(ed.characteristics, model.characteristics[1].label.get("nl"))
    tick(ed.characteristics, model.characteristics[4].label.get("nl"))
    page.controller.flush()
    [a] = actions(page)
    fps = {f.text: f.id for f in focus.list_focus_points(page.store, page.session_id)}
    own_theme = next(
        t.id for t in vervolg.list_themes(page.store, page.session_id) if t.label == "Krimp"
    )
    assert a.title == "Pilot kringlooplandbouw"
    assert a.description == "Met studenten van Terra en boeren uit het gebied — één pilot"
    assert a.owner == "Gebiedscoöperatie Westerkwartier"
    assert a.partners == ("Terra MBO", "Lector DCO", "Stichting Groene Ruimte")
    assert (a.starts_on, a.due_on) == (date(2026, 4, 1), date(2026, 9, 30))
    assert (a.indicator, a.status) == ("3 bedrijven doen mee", "bezig")
    assert a.focus_point_ids == (fps["Monitoring opnemen"],)
    assert a.theme_ids == (own_theme,)
    assert set(a.characteristics) == {model.characteristics[1].key, model.characteristics[4].key}
    # the list shows the status, the editor shows the stored action after a reload
    assert page.actions.table.cellWidget(0, 0).currentData() == "bezig"
    page.reload()
    assert ed.partners.checked_keys() == ["Terra MBO", "Lector DCO", "Stichting Groene Ruimte"]
    assert ed.due.text() == "30-09-2026" and ed.owner.currentText() == a.owner


def test_owner_and_partner_candidates_come_from_participants_and_actors(page, qtbot):
    add_action(page, qtbot, "Actie")
    owners = [page.editor.owner.itemText(i) for i in range(page.editor.owner.count())]
    assert {"Terra MBO", "Hanzehogeschool Groningen", "Docent-begeleider", "Lector DCO"} <= set(
        owners
    )
    assert page.editor.partners.keys()[:2] == ["Hanzehogeschool Groningen", "Terra MBO"]
    # the focus points are offered with the most votes first
    assert page.editor.focus_points.item(0).text().startswith("Monitoring opnemen")


def test_due_before_start_gets_an_inline_hint_and_is_not_stored(page, qtbot):
    add_action(page, qtbot, "Werkplaats openen")
    ed = page.editor
    enter_date(ed.starts, qtbot, "1-6-2026")
    enter_date(ed.due, qtbot, "1-3-2026")
    [a] = actions(page)
    assert (a.starts_on, a.due_on) == (date(2026, 6, 1), None)
    assert (
        ed.date_hint.isVisible() and "start date" in ed.date_hint.text()
    )  # English screen, English words
    assert not ed.hint.isVisible()  # the hint sits by the dates, not elsewhere
    # moving the start earlier fixes it: both dates are stored
    enter_date(ed.starts, qtbot, "1-2-2026")
    [a] = actions(page)
    assert (a.starts_on, a.due_on) == (date(2026, 2, 1), date(2026, 3, 1))
    assert not ed.date_hint.isVisible()
    # "no date" is possible
    ed.due.setFocus()
    ed.due.clear()
    QTest.keyClick(ed.due, Qt.Key.Key_Return)
    assert actions(page)[0].due_on is None


def test_empty_title_gets_a_hint_and_keeps_the_stored_title(page, qtbot):
    add_action(page, qtbot, "Icoonproject")
    ed = page.editor
    ed.title.setFocus()
    ed.title.selectAll()
    QTest.keyClick(ed.title, Qt.Key.Key_Delete)
    page.controller.flush()
    assert ed.hint.isVisible() and actions(page)[0].title == "Icoonproject"
    qtbot.keyClicks(ed.title, "Icoonproject Noordhorn")
    page.controller.flush()
    assert actions(page)[0].title == "Icoonproject Noordhorn" and not ed.hint.isVisible()
    assert page.actions.table.item(0, 1).text() == "Icoonproject Noordhorn"


def test_status_in_the_list_delete_and_undo_and_the_editor_follows(page, qtbot):
    add_action(page, qtbot, "Eerste")
    add_action(page, qtbot, "Tweede")
    first, second = actions(page)
    assert page.editor.action_id == second.id  # a new action is selected for editing
    aanpak.update_action(page.store, first.id, characteristics=["cyclisch"], owner="Terra MBO")
    page.actions.table.setFocus()
    page.actions.select_id(first.id)
    assert page.editor.title.text() == "Eerste" and page.editor.owner.currentText() == "Terra MBO"
    box = page.actions.table.cellWidget(0, 0)
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Down)
    QTest.keyClick(box, Qt.Key.Key_Down)
    assert actions(page)[0].status == "gereed"
    assert page.editor.status.currentData() == "gereed"
    page.actions.table.setFocus()
    page.actions.select_id(first.id)
    QTest.keyClick(page.actions.table, Qt.Key.Key_Delete)
    assert [a.title for a in actions(page)] == ["Tweede"]
    QTest.keyClick(page.actions.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = actions(page)[0]
    assert (back.title, back.status, back.characteristics) == ("Eerste", "gereed", ("cyclisch",))


def test_a_closed_session_only_reads(page, qtbot):
    add_action(page, qtbot, "Actie")
    sessions.close_session(page.store, page.session_id)
    page.set_read_only(True)
    ed = page.editor
    assert ed.title.isReadOnly() and ed.due.isReadOnly() and not ed.status.isEnabled()
    tick(ed.characteristics, current_definition().characteristics[0].label.get("nl"))
    assert actions(page)[0].characteristics == ()

"""The opening, driven as a facilitator would: the session's details typed, participants typed
and added from the known actors, the earlier session chosen and its actions reviewed from the
keyboard; and nothing changes once the session is closed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit

from app.services import aanpak, communities, sessions
from app.ui.common.settings import Settings
from app.ui.shell.session_page import SessionPage
from app.vocabulary.changes import Change
from tests.accessibility import unnamed_controls
from tests.uitools import type_text


@pytest.fixture
def earlier(demo_store, demo_session_id):
    """The demo session, with three actions to review."""
    aanpak.add_action(demo_store, demo_session_id, "Mapping van partijen", owner="Hanze")
    aanpak.add_action(demo_store, demo_session_id, "Open innovatieproces", owner="Terra MBO")
    return demo_session_id


@pytest.fixture
def page(qtbot, demo_store, earlier, tmp_path):
    info = sessions.get_session(demo_store, earlier)
    s = sessions.create_session(
        demo_store, info.community_id, "Tweede intervisie", date(2019, 10, 3)
    )
    p = SessionPage(demo_store, s.id, Settings(str(tmp_path / "s.ini")))
    qtbot.addWidget(p)
    p.resize(1280, 760)
    p.show()
    qtbot.waitExposed(p)
    p.go_to("opening")
    return p


@pytest.fixture
def opening(page):
    return page.page_by_key["opening"]


def sid(page) -> int:
    return page.controller.session_id


def people(page):
    return sessions.list_participants(page.store, sid(page))


def clear(edit: QLineEdit) -> None:
    edit.setFocus()
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Backspace)


def test_details_typed_are_saved_and_an_empty_title_is_not(page, opening, qtbot):
    clear(opening.title_edit)
    assert opening.title_hint.isVisibleTo(opening)
    page.controller.flush()
    assert sessions.get_session(page.store, sid(page)).title == "Tweede intervisie"

    qtbot.keyClicks(opening.title_edit, "Tweede ronde")
    assert not opening.title_hint.isVisibleTo(opening)
    type_text(opening.location, "Innovatiewerkplaats, Noordhorn — zaal ’t Gûd")
    type_text(opening.facilitator, "Zoë Øyen")
    opening.date_edit.setFocus()
    opening.date_edit.selectAll()
    type_text(opening.date_edit, "04102019")
    QTest.keyClick(opening.date_edit, Qt.Key.Key_Tab)
    # saved within a second of the last keystroke, without any save button
    qtbot.waitUntil(
        lambda: sessions.get_session(page.store, sid(page)).facilitator == "Zoë Øyen", timeout=1500
    )
    info = sessions.get_session(page.store, sid(page))
    assert info.title == "Tweede ronde"
    assert info.location == "Innovatiewerkplaats, Noordhorn — zaal ’t Gûd"
    assert info.held_on == date(2019, 10, 4)
    assert "Tweede ronde" in page.title.text()  # the header follows


def test_participants_typed_edited_in_place_deleted_and_undone(page, opening, qtbot):
    lst = opening.participants.list
    lst.entry.setFocus()
    type_text(lst.entry, "Zoë Øyen")
    QTest.keyClick(lst.entry, Qt.Key.Key_Return)
    qtbot.keyClicks(lst.entry, "Bart de Vries")
    QTest.keyClick(lst.entry, Qt.Key.Key_Return)
    assert [p.name for p in people(page)] == ["Zoë Øyen", "Bart de Vries"]
    assert opening.participants.heading.text().endswith("(2)")

    # organisation, helix role and role typed/chosen in place on the first row
    org, helix, role = (lst.table.cellWidget(0, c) for c in range(3))
    type_text(org, "Coöperatie Westerkwartier")
    helix.setFocus()
    QTest.keyClick(helix, Qt.Key.Key_Down)  # a closed combo moves to the next choice
    type_text(role, "notulist")
    page.controller.flush()
    zoe = people(page)[0]
    assert zoe.organisation == "Coöperatie Westerkwartier"
    assert zoe.helix_role == page.model.helix_roles[0].key
    assert zoe.role_in_session == "notulist"

    lst.table.setFocus()
    lst.table.selectRow(0)
    QTest.keyClick(lst.table, Qt.Key.Key_Delete)
    assert [p.name for p in people(page)] == ["Bart de Vries"]
    assert lst.undo_button.isVisibleTo(lst)
    QTest.keyClick(lst.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = people(page)
    assert [p.name for p in back] == ["Zoë Øyen", "Bart de Vries"]
    assert back[0].organisation == "Coöperatie Westerkwartier"


def test_known_actors_are_added_with_one_click_or_enter(page, opening, qtbot, demo_store):
    panel = opening.participants
    actors = communities.list_actors(
        demo_store, sessions.get_session(demo_store, sid(page)).community_id
    )
    assert panel.actor_list.count() == len(actors) == 6

    first = panel.actor_list.item(0)
    qtbot.mouseClick(
        panel.actor_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.actor_list.visualItemRect(first).center(),
    )
    panel.actor_list.setFocus()
    QTest.keyClick(panel.actor_list, Qt.Key.Key_Return)
    added = people(page)
    assert [p.actor_id for p in added] == [actors[0].id, actors[1].id]
    assert added[0].organisation == actors[0].organisation
    assert added[0].helix_role == actors[0].helix_role
    assert panel.actor_list.count() == 4  # those present are no longer offered

    # typing a known actor's name links the participant to that actor
    panel.list.entry.setFocus()
    type_text(panel.list.entry, actors[2].name.lower())
    QTest.keyClick(panel.list.entry, Qt.Key.Key_Return)
    assert people(page)[-1].actor_id == actors[2].id
    assert panel.actor_list.count() == 3


def test_every_control_has_an_accessible_name(page, opening, earlier):
    sessions.update_session(page.store, sid(page), continues_from_id=earlier)
    sessions.add_participant(page.store, sid(page), "Zoë Øyen")
    page.go_to("opening")
    assert opening.continuation.reviews.isVisible()
    assert unnamed_controls(opening) == []


def test_earlier_session_chosen_and_its_actions_reviewed_from_the_keyboard(
    page, opening, qtbot, earlier
):
    cont = opening.continuation
    assert not cont.reviews.isVisibleTo(opening)
    cont.earlier.setFocus()
    QTest.keyClick(cont.earlier, Qt.Key.Key_Down)
    assert sessions.get_session(page.store, sid(page)).continues_from_id == earlier
    assert cont.reviews.isVisibleTo(opening)
    table = cont.reviews.table
    assert table.rowCount() == 3

    table.setFocus()
    for row, key in ((0, Qt.Key.Key_1), (1, Qt.Key.Key_2), (2, Qt.Key.Key_3)):
        table.selectRow(row)
        QTest.keyClick(table, key)
    outcomes = [r.outcome for r in aanpak.reviews(page.store, sid(page))]
    assert outcomes == ["gereed", "doorgezet", "gestopt"]
    assert cont.info.text().startswith("3 of 3")

    # Enter on a row goes into its note; Enter there comes back to the list
    table.selectRow(0)
    QTest.keyClick(table, Qt.Key.Key_Return)
    note = cont.reviews.note_editor(cont.reviews.selected_id())
    assert note.hasFocus()
    type_text(note, "Afgerond, verslag bij Zoë")
    QTest.keyClick(note, Qt.Key.Key_Return)
    assert table.hasFocus()
    page.controller.flush()
    # the note stays with its action when the verdict changes
    QTest.keyClick(table, Qt.Key.Key_2)
    table.selectRow(2)
    QTest.keyClick(table, Qt.Key.Key_0)
    reviews = aanpak.reviews(page.store, sid(page))
    assert (reviews[0].outcome, reviews[0].note) == ("doorgezet", "Afgerond, verslag bij Zoë")
    assert reviews[2].outcome is None

    # the outcome combo on a row works as well
    box = table.cellWidget(2, 0)
    assert isinstance(box, QComboBox)
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Down)
    assert aanpak.reviews(page.store, sid(page))[2].outcome == "gereed"


def cont_outcome_labels(opening) -> set[str]:
    table = opening.continuation.reviews.table
    return {table.cellWidget(r, 0).currentText() for r in range(table.rowCount())}


def test_a_closed_session_cannot_be_changed_here(page, opening, qtbot, earlier):
    sessions.update_session(page.store, sid(page), continues_from_id=earlier)
    sessions.add_participant(page.store, sid(page), "Zoë Øyen")
    page.go_to("opening")
    page.controller.write(sessions.close_session, sid(page), what=Change.STATE)
    assert opening.read_only

    qtbot.keyClicks(opening.title_edit, "Anders")
    type_text(opening.participants.list.entry, "Nieuw")
    QTest.keyClick(opening.participants.list.entry, Qt.Key.Key_Return)
    table = opening.continuation.reviews.table
    table.setFocus()
    table.selectRow(0)
    QTest.keyClick(table, Qt.Key.Key_1)
    page.controller.flush()

    info = sessions.get_session(page.store, sid(page))
    assert info.title == "Tweede intervisie" and info.is_closed
    assert opening.title_edit.text() == "Tweede intervisie"
    assert opening.participants.list.entry.text() == ""
    assert cont_outcome_labels(opening) == {"– not reviewed"}
    assert [p.name for p in people(page)] == ["Zoë Øyen"]
    assert all(r.outcome is None for r in aanpak.reviews(page.store, sid(page)))
    assert not opening.participants.actor_list.isEnabled()
    assert not opening.continuation.earlier.isEnabled()
    assert not table.cellWidget(0, 0).isEnabled()

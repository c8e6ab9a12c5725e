"""The closing, driven as a facilitator would: the summary shows the session's essentials, the
note and the next date are saved, closing needs a second press, a closed session is read-only
everywhere until it is reopened."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services import aanpak, focus, sessions
from app.ui.common.settings import Settings
from app.ui.shell.session_page import SessionPage
from app.ui.stages import closing as stage_closing
from tests.accessibility import unnamed_controls
from tests.uitools import type_text


@pytest.fixture
def page(qtbot, demo_store, demo_session_id, tmp_path):
    aanpak.add_action(
        demo_store, demo_session_id, "Mapping van partijen", owner="Hanze", due_on=date(2019, 9, 1)
    )
    top = focus.list_focus_points(demo_store, demo_session_id)[3]
    focus.add_vote(demo_store, top.id, 4)
    p = SessionPage(demo_store, demo_session_id, Settings(str(tmp_path / "s.ini")))
    qtbot.addWidget(p)
    p.resize(1280, 760)
    p.show()
    qtbot.waitExposed(p)
    p.go_to("closing")
    return p


@pytest.fixture
def closing(page):
    return page.page_by_key["closing"]


def info(page):
    return sessions.get_session(page.store, page.controller.session_id)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_summary_shows_the_essentials(page, closing):
    texts = closing.summary.texts()
    assert texts[0] == "Participants (6)" and "Onderwijs 2" in texts[1]
    assert any("Lector Duurzaam Coöperatief Ondernemen" in t for t in texts)
    assert "Status per element (10 of 12 assessed)" in texts
    anchored = page.model.level(3)
    assert any(
        t.startswith(f"{anchored.label.get('nl')} (5):") and "Visie regio" in t for t in texts
    )
    voted = focus.list_focus_points(page.store, page.controller.session_id)[3]
    assert any(t.startswith("4 votes") and voted.text in t for t in texts)
    assert "Themes (7): " in " ".join(texts)
    assert any(t.startswith("Ambition: Vanuit deze thema's") and t.endswith("…") for t in texts)
    assert "Actions (2)" in texts
    assert "Mapping van partijen — Hanze — 01-09-2019" in texts
    assert all(card.isVisible() for card in closing.summary.cards)
    assert unnamed_controls(closing) == []


def test_note_and_next_date_are_saved_and_the_date_can_be_none(page, closing, qtbot):
    closing.note.setFocus()
    type_text(closing.note, "Samen verder met de Groene Motor — volgende keer bij Zoë.")
    qtbot.waitUntil(lambda: info(page).summary_note.startswith("Samen verder"), timeout=1500)
    assert info(page).summary_note == "Samen verder met de Groene Motor — volgende keer bij Zoë."

    assert closing.no_date.isChecked() and not closing.next_date.isEnabled()
    click(qtbot, closing.no_date)
    assert closing.next_date.isEnabled()
    suggested = closing.next_date.date()
    assert info(page).next_session_on == suggested
    closing.next_date.setFocus()
    closing.next_date.selectAll()
    type_text(closing.next_date, "2-5-2019")
    QTest.keyClick(closing.next_date, Qt.Key.Key_Return)
    page.controller.flush()
    assert info(page).next_session_on == date(2019, 5, 2)
    click(qtbot, closing.no_date)
    assert info(page).next_session_on is None


def test_closing_needs_a_second_press_and_makes_everything_read_only(page, closing, qtbot):
    click(qtbot, closing.close_button)
    assert not info(page).is_closed
    assert closing.close_button.text() == "Press again to close"
    assert closing.hint.isVisibleTo(closing)
    click(qtbot, closing.close_button)
    assert info(page).is_closed
    assert closing.reopen_button.isVisibleTo(closing)
    assert not closing.close_button.isVisibleTo(closing)
    assert closing.state.text().startswith("Closed")

    # typing anywhere changes nothing
    closing.note.setFocus()
    qtbot.keyClicks(closing.note, "nog iets")
    assert not closing.no_date.isEnabled()
    opening = page.page_by_key["opening"]
    page.go_to("opening")
    qtbot.keyClicks(opening.title_edit, " anders")
    qtbot.keyClicks(opening.participants.list.entry, "Nieuw")
    QTest.keyClick(opening.participants.list.entry, Qt.Key.Key_Return)
    page.controller.flush()
    after = info(page)
    assert after.summary_note == "" and after.title == "Intervisie en doorkijk"
    # and the screen does not pretend otherwise
    assert closing.note.toPlainText() == ""
    assert opening.title_edit.text() == "Intervisie en doorkijk"
    assert opening.participants.list.entry.text() == ""
    assert len(sessions.list_participants(page.store, after.id)) == 6

    # reopened on purpose: editable again
    page.go_to("closing")
    click(qtbot, closing.reopen_button)
    assert not info(page).is_closed
    assert closing.close_button.isVisibleTo(closing)
    closing.note.setFocus()
    qtbot.keyClicks(closing.note, "weer open")
    page.go_to("opening")  # leaving the stage writes what was typed
    assert info(page).summary_note == "weer open"
    opening.title_edit.setFocus()
    QTest.keyClick(opening.title_edit, Qt.Key.Key_End)
    qtbot.keyClicks(opening.title_edit, " 2")
    page.controller.flush()
    assert info(page).title == "Intervisie en doorkijk 2"


def test_a_single_press_expires_or_is_forgotten_on_leaving(page, closing, qtbot):
    closing._armed.setInterval(50)
    click(qtbot, closing.close_button)
    qtbot.waitUntil(lambda: closing.close_button.text() == "Close the session", timeout=1000)
    click(qtbot, closing.close_button)  # a first press again, not a second one
    assert not info(page).is_closed
    assert closing.close_button.text() == "Press again to close"
    assert stage_closing.ARMED_MS >= 3000  # long enough to find the button a second time

    qtbot.waitUntil(lambda: closing.close_button.text() == "Close the session", timeout=1000)
    closing._armed.setInterval(stage_closing.ARMED_MS)
    click(qtbot, closing.close_button)  # armed …
    page.go_to("aanpak")
    page.go_to("closing")
    click(qtbot, closing.close_button)  # … but that was another visit: armed again, not closed
    assert not info(page).is_closed
    assert closing.close_button.text() == "Press again to close"


@pytest.mark.parametrize("typed", ["15032027", "15-3-2027", "15-03-27", "2027-03-15"])
def test_the_next_date_typed_as_people_say_it_is_saved(page, closing, qtbot, typed):
    closing.no_date.setFocus()
    QTest.keyClick(closing.no_date, Qt.Key.Key_Space)  # a date after all
    QTest.keyClick(closing.no_date, Qt.Key.Key_Backtab)  # back into the date field
    assert closing.next_date.hasFocus()
    QTest.keyClick(closing.next_date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(closing.next_date, typed)
    QTest.keyClick(closing.next_date, Qt.Key.Key_Tab)  # leaving the field saves it
    page.controller.flush()
    assert info(page).next_session_on == date(2027, 3, 15)
    assert closing.next_date.text() == "15-03-2027"


def test_the_second_press_shows_its_seconds_and_says_when_it_expired(page, closing, qtbot):
    closing.close_button.setFocus()
    QTest.keyClick(closing.close_button, Qt.Key.Key_Space)
    assert closing.hint.isVisibleTo(closing)
    assert "Press again within 6 s to close" in closing.hint.text()
    closing._armed.setInterval(1500)  # the same wait, shorter, for the test
    closing._armed.start()
    qtbot.waitUntil(lambda: "within 1 s" in closing.hint.text(), timeout=3000)
    qtbot.waitUntil(lambda: "Not closed" in closing.hint.text(), timeout=3000)
    assert closing.hint.isVisibleTo(closing)
    assert closing.close_button.text() == "Close the session"
    assert not info(page).is_closed
    QTest.keyClick(closing.close_button, Qt.Key.Key_Space)  # a first press again
    assert not info(page).is_closed and "Press again within" in closing.hint.text()

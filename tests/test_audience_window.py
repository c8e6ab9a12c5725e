"""The audience window in the room: it follows the facilitator at once (stages, the element, the
line being typed, statuses), hides names on request, freezes, survives a language switch, and
its type is large enough for the back of the room at the common projector resolutions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from app.services import aanpak, sessions, vertrekpunt
from app.ui.audience.content import MIN_SHARE, look_for
from app.ui.common.settings import HIDE_NAMES, PROJECTOR_PROFILE, Settings, per_session
from app.ui.common.stage_names import stage_label, stage_question
from app.ui.shell.main_window import MainWindow
from app.vocabulary.changes import Change
from tests.uitools import type_text

NAMES = ("Anna de Vries", "Piet Jansen", "Karin Mulder")


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(Settings(str(tmp_path / "s.ini")), str(tmp_path / "demo.db"))
    qtbot.addWidget(w)
    w.show()
    w.open_database()
    w.open_session(sessions.list_sessions(w.store)[0].id)
    yield w
    w.room.set_audience(False)
    w.shutdown()


@pytest.fixture
def audience(window):
    window.room.set_audience(True)
    return window.room.audience


def _people(window) -> None:
    """Real names where the room could see them: participants, facilitator, an owner, a text."""
    store, sid = window.store, window.session_page.controller.session_id
    sessions.add_participant(store, sid, "Anna de Vries", "Terra MBO", "onderwijs")
    sessions.add_participant(store, sid, "Piet Jansen", "Gemeente Groningen", "overheid")
    sessions.update_session(store, sid, facilitator="Karin Mulder")
    vertrekpunt.add_observation(store, sid, "vraagstukken", "Vraag van piet jansen: wie trekt?")
    aanpak.add_action(store, sid, "Werkplaats met Karin Mulder", owner="Anna de Vries")
    window.open_session(sid)  # the page reads it all afresh


def test_opens_full_screen_and_follows_stages_at_once(window, audience):
    assert audience.isVisible() and audience.isFullScreen()
    assert audience.screen() is window.screen()  # one screen: it covers the laptop (mirrored)
    assert window.room.audience_action.isChecked()
    page = window.session_page
    page.go_to("focus")  # no event loop turn between: the signal carries it
    assert stage_question("focus") in audience.texts()
    QTest.keyClick(page, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert page.current_stage() == "aanpak"
    assert stage_question("aanpak") in audience.texts()
    bold = [k for k, lbl in audience.strip.labels.items() if lbl.font().bold()]
    assert bold == ["aanpak"]


def test_typing_and_the_element_reach_the_projector_as_typed(window, audience):
    page = window.session_page
    page.go_to("vertrekpunt")
    vp = page.page_by_key["vertrekpunt"]
    vp.show_element("competenties")
    assert audience.canvas.current() == "competenties"
    assert vp.element_title.text() in audience.texts()
    lst = vp.current_list
    lst.entry.setFocus()
    type_text(lst.entry, "Coöperatie groeit")
    assert "Coöperatie groeit▏" in audience.texts()
    QTest.keyClick(lst.entry, Qt.Key.Key_Return)
    shown = audience.texts()
    assert "Coöperatie groeit" in shown and "Coöperatie groeit▏" not in shown
    assert audience.canvas.current() == "competenties"
    page.go_to("focus")
    assert audience.canvas.current() is None


def test_a_status_recolours_the_projected_model(window, audience):
    page = window.session_page
    page.go_to("vertrekpunt")
    vp = page.page_by_key["vertrekpunt"]
    vp.show_element("monitoring")
    vp.status.setCurrentIndex(vp.status.findData(5))
    vp.status.activated.emit(vp.status.currentIndex())
    box = audience.canvas.figure_layout().element("monitoring")
    assert box.level_label == page.canvas.figure_layout().element("monitoring").level_label
    assert box.level_label == window.session_page.model.level(5).label.get("nl")
    assert "5" in next(
        w.text()
        for w in audience.findChildren(QLabel)
        if w.accessibleName() == "Status of the element" and w.isVisibleTo(audience)
    )


def _all_stage_texts(window, audience) -> str:
    seen = []
    for stage in ("opening", "vertrekpunt", "focus", "vervolg", "aanpak", "closing"):
        window.session_page.go_to(stage)
        if stage == "vertrekpunt":
            window.session_page.show_element("vraagstukken")
        seen += audience.texts()
    return "\n".join(seen).casefold()


def test_hiding_names_takes_every_name_off_the_wall(window, qtbot):
    _people(window)
    window.room.set_audience(True)
    audience = window.room.audience
    shown = _all_stage_texts(window, audience)
    assert all(n.casefold() in shown for n in NAMES)  # the names are there to be hidden
    window.room.names_action.trigger()
    assert audience.hides_names()
    hidden = _all_stage_texts(window, audience)
    assert not any(n.casefold() in hidden for n in NAMES)
    assert "onderwijs · terra mbo" in hidden and "overheid · gemeente groningen" in hidden
    # a name half typed does not appear letter by letter either
    window.session_page.go_to("vertrekpunt")
    entry = window.session_page.page_by_key["vertrekpunt"].current_list.entry
    type_text(entry, "Vraag aan Anna de V")
    assert "Vraag aan …▏" in audience.texts()
    # remembered for this session
    uuid = sessions.get_session(window.store, window.session_page.controller.session_id).uuid
    assert window.settings.get(per_session(HIDE_NAMES, uuid)) is True


def test_freeze_keeps_the_picture_until_unfrozen(window, audience):
    page = window.session_page
    page.go_to("vertrekpunt")
    window.room.freeze_action.trigger()
    assert audience.is_frozen() and window.room.frozen_mark.isVisibleTo(window)
    assert window.room.frozen_mark.text() not in audience.texts()
    before = audience.texts()
    page.go_to("aanpak")
    aanpak.add_action(window.store, page.controller.session_id, "Nieuwe actie")
    page.controller.changed.emit(Change.ACTIONS)
    assert audience.texts() == before
    window.room.freeze_action.trigger()
    assert not window.room.frozen_mark.isVisibleTo(window)
    assert stage_question("aanpak") in audience.texts()
    assert "Nieuwe actie" in audience.texts()


def test_f5_on_the_projector_closes_it_and_the_menu_knows(window, audience):
    QTest.keyClick(audience, Qt.Key.Key_F5)
    assert not audience.isVisible()
    assert not window.room.audience_action.isChecked()
    assert not window.room.freeze_action.isEnabled()


def test_a_language_switch_keeps_the_audience_window(window, audience):
    window.room.names_action.trigger()
    window.session_page.go_to("focus")
    window.set_language("en")
    try:
        assert window.room.audience is audience and audience.isVisible()
        assert audience.hides_names()
        assert stage_label("focus") == "2 Focus"
        window.session_page.go_to("vervolg")
        assert audience.strip.labels["vervolg"].text() == "3 Way forward"
        assert stage_question("vervolg") in audience.texts()
    finally:
        window.set_language("nl")


def test_projector_profile_is_per_session(window, audience):
    small = audience.content.look.body_px
    window.room.profile_action.trigger()
    assert audience.projector_profile() and audience.canvas.high_contrast()
    assert audience.content.look.body_px > small
    uuid = sessions.get_session(window.store, window.session_page.controller.session_id).uuid
    assert window.settings.get(per_session(PROJECTOR_PROFILE, uuid)) is True
    other = sessions.create_session(window.store, 1, "Later", __import__("datetime").date.today())
    window.open_session(other.id)
    assert not window.room.profile_action.isChecked() and not audience.projector_profile()


@pytest.mark.parametrize("height", [480, 600, 768, 800, 1080, 1200, 2160])
def test_the_smallest_type_is_a_fiftieth_of_the_height(height):
    for profile in (False, True):
        look = look_for(height, profile)
        assert min(look.small_px, look.body_px, look.heading_px) >= height * MIN_SHARE


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768), (1920, 1080)])
def test_text_on_the_wall_is_large_and_whole(window, audience, qtbot, size):
    width, height = size
    audience.showNormal()
    audience.setGeometry(0, 0, width, height)
    qtbot.waitUntil(lambda: audience.size().toTuple() == size)
    page = window.session_page
    for stage in ("vertrekpunt", "aanpak", "vervolg"):
        page.go_to(stage)
        labels = [w for w in audience.findChildren(QLabel) if w.isVisibleTo(audience) and w.text()]
        assert labels
        for label in labels:
            assert QFontInfo(label.font()).pixelSize() >= height / 50, label.text()
            assert _whole(label, audience), label.text()


def _whole(widget, window) -> bool:
    """Nothing of widget is cut off by any of its parents up to window."""
    while widget is not window:
        parent = widget.parentWidget()
        if not parent.rect().contains(widget.geometry()):
            return False
        widget = parent
    return True


def test_names_leave_a_frozen_wall_at_once(window, qtbot):
    _people(window)
    window.room.set_audience(True)
    audience = window.room.audience
    audience.showNormal()
    audience.setGeometry(0, 0, 1920, 1080)  # room for everyone who is here
    qtbot.waitUntil(lambda: audience.height() == 1080)
    window.session_page.go_to("opening")
    window.room.freeze_action.trigger()
    window.session_page.go_to("focus")  # looked up while frozen: the wall stays at the opening
    assert "Anna de Vries" in audience.texts()
    window.room.names_action.trigger()
    shown = audience.texts()
    assert stage_question("opening") in shown and "Onderwijs · Terra MBO" in shown
    assert not any(n in text for n in NAMES for text in shown)
    assert audience.is_frozen()

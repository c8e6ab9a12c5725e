"""Model versions in the window: the new-session dialog takes the newest unless the facilitator
picks another (by keyboard), and a follow-up moves to a newer version only after the group saw
what is carried and what has no place in it (the move dialog, from the Session menu's road and
from the new follow-up)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.modeldef import catalogue
from app.services import communities, sessions, vertrekpunt
from app.ui.community.model_move import ModelMoveDialog
from app.ui.widgets.forms import SessionForm
from tests.accessibility import unnamed_controls
from tests.model_versions import RENAMED, RETIRED, version_1_1
from tests.uitools import open_window, type_text


def _when_modal(cls, act, seen: list) -> None:
    """Do `act` on the modal dialog of this class as soon as it shows (never leave it open)."""

    def poll():
        box = QApplication.activeModalWidget()
        if not isinstance(box, cls):
            QTimer.singleShot(20, poll)
            return
        seen.append(box)
        try:
            act(box)
        finally:
            if box.isVisible():
                box.reject()

    QTimer.singleShot(20, poll)


def _fill_session_form(title: str, model_steps: int, continues: bool):
    def act(form: SessionForm) -> None:
        assert form.model is not None and form.model.currentData() == "1.1"  # newest first
        assert form.model.accessibleName() == "Model version"
        form.title_edit.setFocus()
        type_text(form.title_edit, title)
        form.continues.setFocus()
        QTest.keyClick(form.continues, Qt.Key.Key_End if continues else Qt.Key.Key_Home)
        form.model.setFocus()
        for _ in range(model_steps):
            QTest.keyClick(form.model, Qt.Key.Key_Down)
        QTest.keyClick(form.model, Qt.Key.Key_Return)

    return act


def test_the_new_session_dialog_takes_the_newest_version_or_the_one_picked(qtbot, tmp_path):
    catalogue.save_user_definition(version_1_1())
    w = open_window(qtbot, tmp_path)
    cid = w.home.current_community_id()
    seen: list = []
    _when_modal(SessionForm, _fill_session_form("Nieuwste versie", 0, False), seen)
    w.new_session(cid)
    assert (
        seen
        and sessions.get_session(w.store, w.session_page.controller.session_id).model_version
        == "1.1"
    )
    w.show_home()
    _when_modal(SessionForm, _fill_session_form("Op één punt nul", 1, False), seen)
    w.new_session(cid)
    info = sessions.get_session(w.store, w.session_page.controller.session_id)
    assert (info.title, info.model_version) == ("Op één punt nul", "1.0")
    w.shutdown()


def _earlier(store):
    c = communities.create_community(store, "Versies").id
    s = sessions.create_session(store, c, "Eerste", date(2026, 3, 1), model_version="1.0")
    vertrekpunt.set_assessment(store, s.id, RENAMED[0], status=4)
    vertrekpunt.set_assessment(store, s.id, RETIRED, status=2, context_note="weinig")
    vertrekpunt.add_observation(store, s.id, RETIRED, "De gemeente faciliteert nog niet")
    return c, s


@pytest.mark.both_databases
def test_the_move_dialog_shows_the_unmapped_items_before_it_moves(qtbot, store):
    catalogue.save_user_definition(version_1_1())
    c, first = _earlier(store)
    follow = sessions.create_session(store, c, "Tweede", date(2026, 6, 1), model_version="1.0")
    vertrekpunt.set_assessment(store, follow.id, RETIRED, status=2)
    vertrekpunt.add_observation(store, follow.id, RETIRED, "De gemeente faciliteert nog niet")
    vertrekpunt.set_assessment(store, follow.id, RENAMED[0], status=4)
    dialog = ModelMoveDialog(store, follow.id, [("1.1", "1.1")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed_controls(dialog) == []
    unmapped = [dialog.unmapped.item(i).text() for i in range(dialog.unmapped.count())]
    assert any("De gemeente faciliteert nog niet" in t for t in unmapped), unmapped
    assert len(unmapped) == 2  # the status and the observation of the retired area
    mapped = [dialog.mapped.item(i).text() for i in range(dialog.mapped.count())]
    assert any(t.startswith(f"{RENAMED[0]} → {RENAMED[1]}") for t in mapped), mapped
    assert sessions.get_session(store, follow.id).model_version == "1.0"  # nothing moved yet
    dialog.move_button.setFocus()
    QTest.keyClick(dialog.move_button, Qt.Key.Key_Space)
    moved = sessions.get_session(store, follow.id)
    assert moved.model_version == "1.1"
    assert "De gemeente faciliteert nog niet" in moved.summary_note  # shown, not dropped
    assert sessions.get_session(store, first.id).model_version == "1.0"


def test_a_follow_up_asked_on_a_newer_version_first_shows_the_move(qtbot, tmp_path):
    w = open_window(qtbot, tmp_path)
    cid = w.home.current_community_id()
    earlier = sessions.list_sessions(w.store, cid)[0]
    vertrekpunt.set_assessment(w.store, earlier.id, RETIRED, status=2)
    catalogue.save_user_definition(version_1_1())
    seen: list = []
    looked: list = []

    def look_and_cancel(dialog: ModelMoveDialog) -> None:
        looked.append(dialog.unmapped.count())
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    def then_the_move():
        _when_modal(ModelMoveDialog, look_and_cancel, seen)

    def fill(form):
        _fill_session_form("Vervolg", 0, True)(form)
        then_the_move()

    _when_modal(SessionForm, fill, seen)
    w.new_session(cid)
    assert looked and looked[0] >= 1  # the retired area's status had no place in 1.1
    info = sessions.get_session(w.store, w.session_page.controller.session_id)
    assert info.model_version == "1.0"  # the group said no: it stays on its own version
    w.shutdown()


def test_the_session_menu_moves_an_open_session_after_showing_the_plan(qtbot, tmp_path):
    w = open_window(qtbot, tmp_path)
    sid = sessions.list_sessions(w.store)[0].id
    vertrekpunt.set_assessment(w.store, sid, RETIRED, status=2)
    catalogue.save_user_definition(version_1_1())
    w.open_session(sid)
    action = next(
        a
        for a in w.session_menu.actions()
        if a.text().replace("&", "") == "Move to a newer model version…"
    )
    seen: list = []

    def move(dialog: ModelMoveDialog) -> None:
        assert dialog.unmapped.count() >= 1
        dialog.move_button.setFocus()
        QTest.keyClick(dialog.move_button, Qt.Key.Key_Space)

    _when_modal(ModelMoveDialog, move, seen)
    action.trigger()
    assert seen
    assert sessions.get_session(w.store, sid).model_version == "1.1"
    # the page opened again with the session's new model
    qtbot.waitUntil(
        lambda: w.session_page is not None and w.session_page.controller.session_id == sid,
        timeout=3000,
    )
    assert w.session_page.canvas._model.version == "1.1"
    w.shutdown()

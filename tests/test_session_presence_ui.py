"""The session window's side of working together: a refused edit says what the other facilitator
wrote and keeps the typed text; the window claims its session, beats, learns it was taken over,
and asks what to do when someone else runs the session."""

from __future__ import annotations

from datetime import date

import pytest

from app.services import communities, presence, sessions, vertrekpunt
from app.services.bootstrap import open_database
from app.ui.session.controller import SessionController
from app.ui.shell.session_presence import SessionPresence, open_session_presence
from app.vocabulary.based_on import based_on
from app.vocabulary.changes import Change, Outcome


@pytest.fixture
def two(database_url):
    a = open_database(database_url, with_demo=False)
    b = open_database(database_url, with_demo=False)
    c = communities.create_community(a, "Werkplaats Helpman")
    sid = sessions.create_session(a, c.id, "Sessie", date(2026, 3, 12)).id
    yield a, b, sid
    b.close()
    a.close()


def test_a_refused_edit_names_the_other_text_and_keeps_the_typed_one(qtbot, two):
    a, b, sid = two
    oid = vertrekpunt.add_observation(a, sid, "visie-regio", "Begin").id
    shown = based_on(vertrekpunt.list_observations(b, sid)[0])  # B's page shows it
    vertrekpunt.update_observation(a, oid, text="Versie van Anna")
    controller = SessionController(b, sid)
    changed = []
    controller.changed.connect(changed.append)
    with qtbot.waitSignal(controller.problem) as told:
        refused = controller.write(
            vertrekpunt.update_observation,
            oid,
            based_on=shown,
            text="Versie van Bram",
            what=Change.OBSERVATIONS,
        )
    assert refused.outcome is Outcome.REFUSED and refused.refusal == told.args[0]
    assert "Versie van Anna" in told.args[0]
    assert changed == []  # nothing reloads the page: Bram's text stays in the field
    assert controller.pending == 0  # not queued for a retry that would overwrite silently
    again = controller.write(
        vertrekpunt.update_observation,
        oid,
        text="Versie van Bram",
        based_on=shown,
        what=Change.OBSERVATIONS,
    )
    assert again.outcome is Outcome.SAVED and again.value.text == "Versie van Bram"


def test_the_window_claims_beats_and_learns_it_was_taken_over(qtbot, two):
    a, b, sid = two
    mine = SessionPresence(a, sid, "Anna")
    mine.start()
    assert mine.active and presence.in_use(b, sid).holder == "Anna"
    mine.beat()
    assert mine.active
    presence.claim_session(b, sid, "Bram", take_over=True)
    with qtbot.waitSignal(mine.takenOver) as told:
        mine.beat()
    assert "Bram" in told.args[0] and not mine.active
    mine.stop()
    assert presence.in_use(a, sid).holder == "Bram"


def test_opening_a_session_someone_runs_asks_and_follows_the_answer(qtbot, two):
    a, b, sid = two
    first = open_session_presence(None, a, sid, "Anna")
    assert first is not None and not first.read_only
    asked = []

    def answer(choice):
        def ask(_parent, holder):
            asked.append(holder.holder)
            return choice

        return ask

    assert open_session_presence(None, b, sid, "Bram", ask=answer("")) is None
    looking = open_session_presence(None, b, sid, "Bram", ask=answer("read-only"))
    assert looking.read_only and looking.presence is None
    assert presence.in_use(b, sid).holder == "Anna"
    taken = open_session_presence(None, b, sid, "Bram", ask=answer("take-over"))
    assert not taken.read_only and presence.in_use(a, sid).holder == "Bram"
    assert asked == ["Anna", "Anna", "Anna"]
    taken.presence.stop()
    first.presence.stop()
    assert presence.in_use(a, sid) is None


def test_the_question_names_who_and_offers_look_or_take_over(qtbot):
    from datetime import datetime

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.ui.shell.session_presence import ask_in_use

    holder = presence.InUse(
        "Anna", "anna", "laptop-7", datetime(2026, 3, 12, 9, 30), datetime(2026, 3, 12, 9, 31)
    )
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        next(b for b in box.buttons() if b.text() == "Take over").click()

    QTimer.singleShot(0, answer)
    assert ask_in_use(None, holder) == "take-over"
    assert "Anna (anna on laptop-7)" in seen["text"]
    assert {"Open read-only", "Take over"} <= set(seen["buttons"])

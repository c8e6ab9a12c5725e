"""The room's services on every database: ratings, dots and proposals stored with the session,
checked whoever calls, counted once, and a removed phone's inputs gone."""

from __future__ import annotations

import pytest

from app.modeldef import definition_for
from app.room import public
from app.room.state import Room
from app.services import focus, sessions, vertrekpunt
from app.services import room as svc
from app.services.errors import ServiceError, SessionClosed, TextTooLong

pytestmark = pytest.mark.both_databases


def _key(store, sid):
    s = sessions.get_session(store, sid)
    return definition_for(s.model_id, s.model_version).element_keys()[0]


def test_ratings_votes_and_proposals_are_checked_and_counted_once(demo_store, demo_session_id):
    store, sid = demo_store, demo_session_id
    key = _key(store, sid)
    svc.rate(store, sid, key, "a", 2)
    svc.rate(store, sid, key, "a", 4)
    svc.rate(store, sid, key, "b", 4)
    for bad in (("no-such-element", 2), (key, 0), (key, 10)):
        with pytest.raises(ServiceError):
            svc.rate(store, sid, bad[0], "c", bad[1])
    t = svc.tally(store, sid, key)
    assert t.spread == {4: 2} and t.rated == 2
    with pytest.raises(TextTooLong):
        svc.propose(store, sid, key, "a", "x" * 1001)
    with pytest.raises(ServiceError):
        svc.propose(store, sid, key, "a", " \x00 ")
    p = svc.propose(store, sid, key, "a", "Een voorstel\x00")
    assert p.text == "Een voorstel" and p.state == "waiting"
    f = focus.add_focus_point(store, sid, key, "Punt")
    svc.cast_votes(store, sid, "a", {f.id: 2}, allowed=3)
    svc.cast_votes(store, sid, "a", {f.id: 3}, allowed=3)  # replaced, not added
    with pytest.raises(ServiceError):
        svc.cast_votes(store, sid, "b", {f.id: 4}, allowed=3)
    assert svc.tally(store, sid, key).votes == {f.id: 3}
    svc.forget_device(store, sid, "a")
    t = svc.tally(store, sid, key)
    assert t.spread == {4: 1} and t.votes == {} and t.waiting == 0


def test_a_proposal_enters_only_when_accepted_and_a_closed_session_takes_nothing(
    demo_store, demo_session_id
):
    store, sid = demo_store, demo_session_id
    key = _key(store, sid)
    p = svc.propose(store, sid, key, "a", "Ondernemers missen")
    dropped = svc.propose(store, sid, key, "a", "Niet dit")
    svc.drop_proposal(store, dropped.id)
    texts = lambda: [o.text for o in vertrekpunt.list_observations(store, sid, key)]  # noqa: E731
    assert "Ondernemers missen" not in texts()
    made = svc.accept_proposal(store, p.id)
    assert made.text == "Ondernemers missen" and texts().count("Ondernemers missen") == 1
    assert "Niet dit" not in texts()
    assert [x.state for x in svc.proposals(store, sid, "accepted")] == ["accepted"]
    sessions.close_session(store, sid)
    with pytest.raises(SessionClosed):
        svc.rate(store, sid, key, "b", 2)
    with pytest.raises(SessionClosed):
        svc.propose(store, sid, key, "b", "Te laat")


def test_the_public_view_hides_names_and_counts_until_revealed(demo_store, demo_session_id):
    store, sid = demo_store, demo_session_id
    key = _key(store, sid)
    sessions.add_participant(store, sid, "Anna de Vries", "Terra MBO", "onderwijs")
    focus.add_focus_point(store, sid, key, "Vraag van anna de vries aan de gemeente")
    room = Room(store, sid)
    room.set(stage="focus", element_key=key)
    view = public.shared_view(room)
    assert all("vries" not in f["text"].lower() for f in view["focus"])
    assert view["votes"] is None and view["spread"] is None
    room.set(hide_names=False)
    assert any(
        "Anna de Vries".lower() in f["text"].lower() for f in public.shared_view(room)["focus"]
    )
    text = repr(public.shared_view(room))
    community = sessions.get_session(store, sid).community_name
    assert community not in text and "Terra MBO" not in text

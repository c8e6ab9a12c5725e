"""Two facilitators on one database (a shared PostgreSQL server; the same on SQLite): an edit never
silently overwrites the other's, both texts are kept, and a session being run is marked as in use.
Every test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import update

from app import models as m
from app.services import communities, focus, presence, rows, sessions, vertrekpunt, vervolg
from app.services.bootstrap import open_database
from app.services.errors import ConcurrentEdit, SessionInUse
from app.vocabulary.based_on import based_on

pytestmark = pytest.mark.both_databases


@pytest.fixture
def clients(database_url):
    """Laptop A and laptop B, each with its own connection to one database, and a session."""
    a = open_database(database_url, with_demo=False)
    b = open_database(database_url, with_demo=False)
    c = communities.create_community(a, "Buurtwerkplaats Helpman")
    sid = sessions.create_session(a, c.id, "Sessie 1", date(2026, 3, 12)).id
    yield a, b, sid
    b.close()
    a.close()


def _observation(a, b, sid, text="Er is een gedeelde visie"):
    """Both screens show a new observation: its id and what an edit on screen is based on."""
    oid = vertrekpunt.add_observation(a, sid, "visie-regio", text).id
    return oid, based_on(vertrekpunt.list_observations(b, sid)[0])


def _text(store, oid):
    return {o.id: o.text for o in vertrekpunt.list_observations(store, _sid_of(store, oid))}[oid]


def _sid_of(store, oid):
    with store.reading() as db:
        return db.get(m.Observation, oid).session_id


def test_the_second_writer_is_told_and_both_texts_are_kept(clients):
    a, b, sid = clients
    oid, shown = _observation(a, b, sid)
    vertrekpunt.update_observation(
        a, oid, text="Visie gedeeld door gemeente en school", based_on=shown
    )
    with pytest.raises(ConcurrentEdit) as told:
        vertrekpunt.update_observation(b, oid, text="Visie alleen bij de gemeente", based_on=shown)
    assert told.value.current == "Visie gedeeld door gemeente en school"
    assert told.value.rejected == "Visie alleen bij de gemeente"
    assert told.value.field == "text" and told.value.row_id == oid
    assert "Visie gedeeld door gemeente en school" in str(told.value)
    # nothing of B's was written: A's text stands, for both
    assert _text(a, oid) == _text(b, oid) == "Visie gedeeld door gemeente en school"
    # B has now seen A's text (the version the refusal named): saving again replaces it
    seen = {**shown, "version": told.value.version, "text": told.value.current}
    vertrekpunt.update_observation(
        b, oid, text="Visie alleen bij de gemeente (na overleg)", based_on=seen
    )
    assert _text(a, oid) == "Visie alleen bij de gemeente (na overleg)"


def test_changes_to_different_fields_of_one_row_both_stand(clients):
    a, b, sid = clients
    oid, shown = _observation(a, b, sid)
    vertrekpunt.update_observation(a, oid, text="Aangescherpt door A", based_on=shown)
    vertrekpunt.update_observation(b, oid, status=4, based_on=shown)
    got = vertrekpunt.list_observations(a, sid)[0]
    assert (got.text, got.status) == ("Aangescherpt door A", 4)


def test_saves_at_the_same_moment_are_caught_by_the_row_version(clients):
    """B's save has read the row when A's save commits: the version check refuses B's and the
    error carries A's text (the moment between read and write that no earlier check can see)."""
    a, b, sid = clients
    oid, _shown = _observation(a, b, sid)
    with pytest.raises(ConcurrentEdit) as told, b.transaction() as db:
        row = rows.get(db, m.Observation, oid)
        vertrekpunt.update_observation(a, oid, text="A was net eerder")
        rows.set_fields(row, {"text"}, {"text": "B tegelijk"})
    assert (told.value.current, told.value.rejected) == ("A was net eerder", "B tegelijk")
    assert _text(b, oid) == "A was net eerder"


def test_session_texts_and_steps_are_checked_too(clients):
    a, b, sid = clients
    step = vervolg.add_step(a, sid, "Stap 1")
    session_shown = based_on(sessions.get_session(b, sid))
    step_shown = based_on(vervolg.list_steps(b, sid)[0])
    sessions.update_session(a, sid, ambition="Ambitie van A")
    vervolg.update_step(a, step.id, "Stap 1 volgens A")
    with pytest.raises(ConcurrentEdit) as told:
        sessions.update_session(b, sid, ambition="Ambitie van B", based_on=session_shown)
    assert told.value.current == "Ambitie van A"
    with pytest.raises(ConcurrentEdit):
        vervolg.update_step(b, step.id, "Stap 1 volgens B", based_on=step_shown)


def test_dot_votes_placed_on_two_laptops_both_count(clients):
    a, b, sid = clients
    f = focus.add_focus_point(a, sid, "visie-regio", "Gedeelde agenda")
    focus.list_focus_points(b, sid)
    focus.add_vote(a, f.id)
    focus.add_vote(b, f.id)
    focus.add_vote(b, f.id, -5)
    focus.add_vote(a, f.id, 2)
    assert focus.list_focus_points(a, sid)[0].votes == 2


def test_a_session_in_use_is_marked_with_who_and_since(clients):
    a, b, sid = clients
    presence.claim_session(a, sid, facilitator="Anna")
    held = presence.in_use(b, sid)
    assert held is not None and held.holder == "Anna" and held.host and "Anna" in held.describe()
    assert presence.in_use(a, sid) is None  # not "someone else" for A itself
    with pytest.raises(SessionInUse) as told:
        presence.claim_session(b, sid, facilitator="Bram")
    assert told.value.holder.holder == "Anna"
    # looking (read-only) is fine; writing while Anna runs it is refused
    assert sessions.get_session(b, sid).title == "Sessie 1"
    with pytest.raises(SessionInUse):
        vertrekpunt.add_observation(b, sid, "visie-regio", "Van Bram")
    assert presence.heartbeat(a, sid)
    vertrekpunt.add_observation(a, sid, "visie-regio", "Van Anna")


def test_taking_over_stops_the_first_window_from_writing(clients):
    a, b, sid = clients
    presence.claim_session(a, sid, facilitator="Anna")
    presence.claim_session(b, sid, facilitator="Bram", take_over=True)
    assert presence.in_use(a, sid).holder == "Bram"
    assert not presence.heartbeat(a, sid)  # A's window learns it was taken over
    with pytest.raises(SessionInUse):
        sessions.update_session(a, sid, ambition="Nog van Anna")
    presence.release_session(a, sid)  # A closing does not free Bram's session
    assert presence.in_use(a, sid).holder == "Bram"
    presence.release_session(b, sid)
    assert presence.in_use(a, sid) is None


def test_a_mark_without_heartbeat_for_five_minutes_has_expired(clients):
    a, b, sid = clients
    presence.claim_session(a, sid, facilitator="Anna")
    with a.transaction() as db:
        old = presence.db_now(db) - presence.STALE_AFTER - timedelta(seconds=5)
        db.execute(update(m.SessionClaim).values(seen_at=old))
    assert presence.in_use(b, sid) is None
    vertrekpunt.add_observation(b, sid, "visie-regio", "Anna's laptop sliep")
    presence.claim_session(b, sid, facilitator="Bram")
    assert presence.in_use(a, sid).holder == "Bram"


def test_a_person_is_erased_on_the_server_too(clients):
    from app.services.privacy import erase_person

    a, b, sid = clients
    sessions.add_participant(a, sid, "Jan Jansen", organisation="Gemeente")
    vertrekpunt.add_observation(a, sid, "visie-regio", "Jan Jansen trekt de visie")
    counts = erase_person(b, "jan  jansen")
    assert counts.participants == 1 and counts.text_mentions == 1
    assert "Jansen" not in vertrekpunt.list_observations(a, sid)[0].text

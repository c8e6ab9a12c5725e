"""A lost answer during a commit: the server committed, the laptop was told the connection broke,
and the edit waits to be sent again. The replay must find what the first attempt saved: exactly
one row, one vote counted once, a delete that already happened is success. And two laptops
giving an element its first status at the same moment both end in one row, without an error
the window cannot show. Every test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import event, select
from sqlalchemy import exc as sa_exc

from app import models as m
from app.services import (
    aanpak,
    communities,
    focus,
    followup,
    sessions,
    vertrekpunt,
    vervolg,
)
from app.services.bootstrap import open_database
from app.services.errors import ServiceError, StorageUnavailable
from app.services.idempotent import with_client_ids
from app.services.retry_queue import RetryQueue
from app.vocabulary.changes import Change, Outcome

pytestmark = pytest.mark.both_databases


def _broken_connection(store) -> sa_exc.OperationalError:
    """What the driver raises when the connection dies before the commit's answer arrives."""
    if store.dialect == "postgresql":
        import psycopg

        orig = psycopg.OperationalError("server closed the connection unexpectedly")
    else:
        orig = sqlite3.OperationalError("disk I/O error")
    return sa_exc.OperationalError("COMMIT", {}, orig)


@contextmanager
def answer_lost(store, times: int = 1):
    """The next `times` commits are made, and then the client is told the connection broke."""
    left = [times]

    def after_commit(_session):
        if left[0] > 0:
            left[0] -= 1
            raise _broken_connection(store)

    event.listen(store._factory, "after_commit", after_commit)
    try:
        yield
    finally:
        event.remove(store._factory, "after_commit", after_commit)
    assert left[0] == 0, "the fault was never hit"


def _sent_twice(store, fn, *args, **kwargs):
    """What the waiting-edit queue does: the same call (its client id made once), the first
    answer lost, then sent again."""
    kwargs = with_client_ids(fn, kwargs)
    with answer_lost(store), pytest.raises(StorageUnavailable):
        fn(store, *args, **kwargs)
    return fn(store, *args, **kwargs)


def _count(store, model, **where) -> int:
    with store.reading() as db:
        q = select(model)
        for column, value in where.items():
            q = q.where(getattr(model, column) == value)
        return len(list(db.scalars(q)))


@pytest.fixture
def sid(store):
    c = communities.create_community(store, "Gebiedscoöperatie Westerkwartier")
    return sessions.create_session(store, c.id, "Sessie 1", date(2026, 3, 12)).id


ADDS = {
    "observation": (
        vertrekpunt.add_observation,
        ("visie-regio", "Er is een gedeelde visie"),
        m.Observation,
    ),
    "participant": (sessions.add_participant, ("Anna de Vries",), m.Participant),
    "focus point": (
        focus.add_focus_point,
        ("visie-regio", "Versnellen via de school"),
        m.FocusPoint,
    ),
    "own theme": (
        lambda s, sid, **kw: vervolg.add_theme(s, sid, label="Korte ketens", **kw),
        (),
        m.SessionTheme,
    ),
    "step": (vervolg.add_step, ("Partners uitnodigen",), m.Step),
    "template steps": (vervolg.add_template_steps, ("nl",), m.Step),
    "monitoring": (vervolg.add_monitoring, ("Aantal deelnemers",), m.MonitoringItem),
    "action": (aanpak.add_action, ("Proeftuin starten",), m.Action),
}


@pytest.mark.parametrize("kind", sorted(ADDS))
def test_an_add_sent_again_after_a_lost_answer_adds_one_row(store, sid, kind):
    fn, args, model = ADDS[kind]
    if kind == "own theme":  # the lambda must carry the service's mark to get an id
        fn.__dict__.update(vervolg.add_theme.__dict__)
    expected = 5 if kind == "template steps" else 1
    _sent_twice(store, fn, sid, *args)
    assert _count(store, model, session_id=sid) == expected


def test_a_session_a_community_and_an_actor_are_made_once(store):
    c = _sent_twice(store, communities.create_community, "Buurtwerkplaats Helpman")
    _sent_twice(store, communities.add_actor, c.id, name="Piet", organisation="Noorderpoort")
    _sent_twice(store, followup.start_session, c.id, "Sessie 1", date(2026, 3, 12))
    assert _count(store, m.Community) == 1
    assert _count(store, m.Actor) == 1
    assert _count(store, m.IntervisieSession) == 1


def test_a_follow_up_carries_its_observations_over_once(store, sid):
    vertrekpunt.add_observation(store, sid, "visie-regio", "Er is een gedeelde visie")
    community_id = sessions.get_session(store, sid).community_id
    new = _sent_twice(
        store,
        followup.start_session,
        community_id,
        "Sessie 2",
        date(2026, 6, 1),
        continues_from_id=sid,
    )
    assert _count(store, m.IntervisieSession) == 2
    assert _count(store, m.Observation, session_id=new.id) == 1


def test_a_dot_vote_sent_again_is_counted_once(store, sid):
    point = focus.add_focus_point(store, sid, "visie-regio", "Versnellen")
    after = _sent_twice(store, focus.add_vote, point.id, 1)
    assert after.votes == 1
    focus.add_vote(store, point.id, 1)  # a new vote (a new token) counts
    assert focus.list_focus_points(store, sid)[0].votes == 2


def test_a_delete_sent_again_is_success_and_undo_restores_once(store, sid):
    o = vertrekpunt.add_observation(store, sid, "visie-regio", "Weg ermee")
    assert _sent_twice(store, vertrekpunt.delete_observation, o.id) is None
    assert _count(store, m.Observation) == 0
    _sent_twice(store, vertrekpunt.restore_observation, o)
    assert [x.text for x in vertrekpunt.list_observations(store, sid)] == ["Weg ermee"]
    p = sessions.add_participant(store, sid, "Anna")
    assert _sent_twice(store, sessions.remove_participant, p.id) is None
    _sent_twice(store, sessions.restore_participant, p)
    assert _count(store, m.Participant) == 1


def test_the_retry_queue_binds_the_id_once(store, sid):
    queue = RetryQueue()
    with answer_lost(store):
        assert not queue.call(vertrekpunt.add_observation, store, sid, "visie-regio", "In de rij")
    assert queue.pending == 1 and queue.retry()
    assert _count(store, m.Observation) == 1


def test_the_session_window_replays_a_lost_answer_once(store, sid, qapp):
    """The real road: the session window's controller queues the edit and retries it."""
    from app.ui.session.controller import SessionController

    controller = SessionController(store, sid)
    with answer_lost(store):
        assert (
            controller.write(
                vertrekpunt.add_observation,
                sid,
                "visie-regio",
                "Er is een gedeelde visie",
                what=Change.OBSERVATIONS,
            ).outcome
            is Outcome.WAITING
        )
    assert controller.pending == 1
    controller.retry()
    assert controller.pending == 0
    assert [o.text for o in vertrekpunt.list_observations(store, sid)] == [
        "Er is een gedeelde visie"
    ]
    point = focus.add_focus_point(store, sid, "visie-regio", "Versnellen")
    with answer_lost(store):
        controller.write(focus.add_vote, point.id, 1, what=Change.FOCUS)
    assert controller.pending == 1
    controller.retry()
    assert controller.pending == 0
    assert focus.list_focus_points(store, sid)[0].votes == 1


def test_two_laptops_giving_an_element_its_first_status_at_once(database_url):
    """B looked (no status yet); A's first status is committed just before B's insert."""
    a = open_database(database_url, with_demo=False)
    b = open_database(database_url, with_demo=False)
    try:
        c = communities.create_community(a, "Helpman")
        sid = sessions.create_session(a, c.id, "Sessie 1", date(2026, 3, 12)).id
        fired = []

        def a_first(_conn, _cursor, statement, *_args):
            if statement.lstrip().upper().startswith("INSERT INTO ASSESSMENT") and not fired:
                fired.append(True)
                vertrekpunt.set_assessment(a, sid, "visie-regio", status=3)

        event.listen(b.engine, "before_cursor_execute", a_first)
        try:
            result = vertrekpunt.set_assessment(b, sid, "visie-regio", status=5)
        except ServiceError:  # told plainly (the window keeps the choice and retries)
            result = vertrekpunt.set_assessment(b, sid, "visie-regio", status=5)
        finally:
            event.remove(b.engine, "before_cursor_execute", a_first)
        assert fired and result.status == 5
        assert _count(a, m.Assessment, session_id=sid) == 1
        assert vertrekpunt.assessments(a, sid)["visie-regio"].status == 5
    finally:
        b.close()
        a.close()


def test_answers_cut_by_the_network_after_a_commit_are_sent_again_once(backend):
    """The real thing on a server: a proxy passes each COMMIT on and now and then cuts the
    connection before the answer comes back (benchmarks/lost_answers.py, small)."""
    if backend != "postgresql":
        pytest.skip("a network between laptop and server is the shared server's case")
    from benchmarks import lost_answers
    from tests.pg_tools import server_url

    figures = lost_answers.run(server_url(), edits=20, with_ids=True, seed=13)
    assert figures["answers lost"] > 0
    assert figures["duplicate rows"] == 0 and figures["lost"] == 0
    assert figures["votes"] == 20

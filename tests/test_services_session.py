"""Services of a session: what the database holds after the edits a facilitator makes."""

from __future__ import annotations

from datetime import date

import pytest

from app.services import aanpak, communities, focus, followup, sessions, vertrekpunt, vervolg
from app.services.errors import ServiceError, SessionClosed

pytestmark = pytest.mark.both_databases  # also on PostgreSQL (tests/pg_tools.py)


@pytest.fixture
def sid(store):
    c = communities.create_community(store, "Innovatiewerkplaats Helpman de Wijert")
    return sessions.create_session(store, c.id, "Eerste sessie", date(2026, 3, 14)).id


def texts(store, sid, key):
    return [o.text for o in vertrekpunt.list_observations(store, sid, key)]


def test_observations_add_edit_move_delete_and_undo(store, sid):
    odd = "Zoë 🌱 שלום\nline two\x07 " + "x" * 10_000
    a = vertrekpunt.add_observation(store, sid, "visie-regio", "eerste", status=2)
    b = vertrekpunt.add_observation(store, sid, "visie-regio", odd)
    c = vertrekpunt.add_observation(store, sid, "visie-regio", "derde")
    assert texts(store, sid, "visie-regio") == ["eerste", odd, "derde"]  # stored verbatim
    vertrekpunt.update_observation(store, a.id, text="eerste, herzien", status=4)
    vertrekpunt.move_observation(store, c.id, 0)
    assert texts(store, sid, "visie-regio") == ["derde", "eerste, herzien", odd]
    gone = vertrekpunt.delete_observation(store, b.id)
    assert texts(store, sid, "visie-regio") == ["derde", "eerste, herzien"]
    vertrekpunt.restore_observation(store, gone)
    assert texts(store, sid, "visie-regio") == ["derde", "eerste, herzien", odd]
    with pytest.raises(ServiceError):
        vertrekpunt.add_observation(store, sid, "visie-regio", "   ")
    with pytest.raises(ServiceError):
        vertrekpunt.update_observation(store, a.id, status=7 + 5)


def test_status_suggestion_and_element_states(store, sid):
    for level, cx in ((1, "enkelvoudig"), (2, "enkelvoudig"), (4, "complex")):
        vertrekpunt.add_observation(
            store, sid, "vraagstukken", f"vraag {level}", status=level, complexity=cx
        )
    obs = vertrekpunt.list_observations(store, sid, "vraagstukken")
    assert vertrekpunt.suggest_status(obs) == 2
    vertrekpunt.set_assessment(store, sid, "vraagstukken", status=3, context_note="RIS3")
    vertrekpunt.set_assessment(store, sid, "samenstelling", status=2)
    states = vertrekpunt.element_states(store, sid)
    assert states["vraagstukken"].status == 3
    assert states["vraagstukken"].observation_count == 3
    assert states["vraagstukken"].complexity_counts == {"enkelvoudig": 2, "complex": 1}
    assert states["samenstelling"].status == 2


def test_a_closed_session_is_read_only_until_reopened(store, sid):
    sessions.close_session(store, sid)
    with pytest.raises(SessionClosed):
        vertrekpunt.add_observation(store, sid, "visie-regio", "te laat")
    with pytest.raises(SessionClosed):
        sessions.update_session(store, sid, title="anders")
    sessions.reopen_session(store, sid)
    vertrekpunt.add_observation(store, sid, "visie-regio", "nu wel")
    assert texts(store, sid, "visie-regio") == ["nu wel"]


def test_focus_votes_path_themes_steps_actions(store, sid):
    o = vertrekpunt.add_observation(store, sid, "visie-onderwijs", "Nog geen systematiek voor LLO")
    f1 = focus.focus_from_observation(store, o.id)
    f2 = focus.add_focus_point(store, sid, "competenties", "Leren expliciet maken")
    focus.add_vote(store, f2.id, 3)
    assert [f.id for f in focus.list_focus_points(store, sid, by_votes=True)] == [f2.id, f1.id]
    assert f1.observation_id == o.id and f1.element_key == "visie-onderwijs"
    focus.set_development_path(store, sid, "complex-opschalen", "klein en complex")
    t = vervolg.add_theme(store, sid, "voedselketens")
    own = vervolg.add_theme(store, sid, label="Krimp en leefbaarheid")
    assert vervolg.add_theme(store, sid, "voedselketens").id == t.id  # chosen once
    steps = vervolg.add_template_steps(store, sid)
    assert len(steps) == 5
    a = aanpak.add_action(
        store,
        sid,
        "Pilot kringlooplandbouw",
        owner="Terra MBO",
        partners=["Hanzehogeschool", " "],
        starts_on=date(2026, 4, 1),
        due_on=date(2026, 9, 1),
        characteristics=["klein-beginnen"],
        focus_point_ids=[f1.id],
        theme_ids=[t.id, own.id],
        groenpact=["leven-lang-leren"],
    )
    assert a.partners == ("Hanzehogeschool",) and a.focus_point_ids == (f1.id,)
    assert a.groenpact == ("leven-lang-leren",)
    with pytest.raises(ServiceError):
        aanpak.update_action(store, a.id, due_on=date(2026, 1, 1))
    info = sessions.get_session(store, sid)
    assert (info.development_path, info.development_path_reason) == (
        "complex-opschalen",
        "klein en complex",
    )


def test_a_follow_up_starts_from_the_last_session_and_reviews_its_actions(store, sid):
    vertrekpunt.set_assessment(store, sid, "visie-regio", status=2)
    vertrekpunt.add_observation(store, sid, "visie-regio", "impliciet", status=2)
    act = aanpak.add_action(store, sid, "Mapping ecosysteem", owner="Gebiedscoöperatie")
    c_id = sessions.get_session(store, sid).community_id
    new = followup.start_session(store, c_id, "Tweede", date(2026, 9, 20), continues_from_id=sid)
    states = vertrekpunt.element_states(store, new.id)
    assert states["visie-regio"].status == 2 and states["visie-regio"].carried
    [carried] = vertrekpunt.list_observations(store, new.id)
    assert carried.carried and carried.text == "impliciet"
    vertrekpunt.update_observation(store, carried.id, status=3)
    assert not vertrekpunt.list_observations(store, new.id)[0].carried
    [review] = aanpak.reviews(store, new.id)
    assert (review.action_id, review.outcome) == (act.id, None)
    aanpak.review_action(store, new.id, act.id, "doorgezet", "loopt door in fase 2")
    assert aanpak.reviews(store, new.id)[0].outcome == "doorgezet"

"""The model's uses as services: a community in time, two sessions compared, follow-up with
carried statuses, actors and the knowledge questions need, GroenPact's action lines."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from app.modeldef import current_definition
from app.services import (
    aanpak,
    communities,
    compare,
    followup,
    groenpact,
    knowledge,
    sessions,
    timeline,
    version_keys,
    vertrekpunt,
)
from app.services.errors import ServiceError, SessionClosed
from app.vocabulary.refusals import Refusal


def _community_with_sessions(store, statuses: list[dict[str, int | None]]):
    """A community with a session per dict of statuses, a month apart, each continuing the last."""
    c = communities.create_community(store, "Coöperatie Noord")
    ids, previous = [], None
    for i, wanted in enumerate(statuses):
        s = followup.start_session(
            store, c.id, f"Sessie {i + 1}", date(2024, 1 + i, 15), continues_from_id=previous
        )
        for key, status in wanted.items():
            vertrekpunt.set_assessment(store, s.id, key, status=status)
        ids.append(s.id)
        previous = s.id
    return c.id, ids


def test_five_sessions_give_each_area_its_points_in_date_order(store):
    plan = [
        {"visie-regio": 1, "monitoring": 1},
        {"visie-regio": 2},
        {"visie-regio": 2, "monitoring": None},
        {"visie-regio": 3, "monitoring": 2},
        {"visie-regio": 4, "samenstelling": 3},
    ]
    cid, ids = _community_with_sessions(store, plan)
    t = timeline.community_timeline(store, cid)
    assert [s.id for s in t.sessions] == ids
    assert [s.held_on.month for s in t.sessions] == [1, 2, 3, 4, 5]
    regio = t.points["visie-regio"]
    assert [(p.session_id, p.status) for p in regio] == list(zip(ids, [1, 2, 2, 3, 4], strict=True))
    assert [p.held_on for p in regio] == [date(2024, m, 15) for m in range(1, 6)]
    # session 2 carried monitoring (1) over; session 3 cleared it; 4 and 5 set and carried 2
    assert [(p.session_id, p.status) for p in t.points["monitoring"]] == [
        (ids[0], 1),
        (ids[1], 1),
        (ids[3], 2),
        (ids[4], 2),
    ]
    assert [p.session_id for p in t.points["samenstelling"]] == [ids[4]]
    assert t.points["flexibiliteit"] == ()
    assert t.element_keys == current_definition().element_keys()
    assert t.missing == {}


def test_the_timeline_matches_elements_across_model_versions_and_names_the_gaps(store, monkeypatch):
    cid, ids = _community_with_sessions(store, [{"monitoring": 1}, {"monitoring": 3}])
    full = current_definition()
    older = dataclasses.replace(
        full, version="0.9", areas=tuple(a for a in full.areas if a.key != "arbeidsmarkt")
    )
    monkeypatch.setattr(
        version_keys, "definition_for", lambda mid, v: older if v == "0.9" else full
    )
    with store.transaction() as db:
        from app import models as m

        db.get(m.IntervisieSession, ids[0]).model_version = "0.9"
    t = timeline.community_timeline(store, cid)
    assert [p.status for p in t.points["monitoring"]] == [1, 3]  # matched by key
    assert t.missing == {"arbeidsmarkt": ("0.9",)}
    assert [s.model_version for s in t.sessions] == ["0.9", full.version]


def test_an_empty_community_has_an_empty_timeline(store):
    c = communities.create_community(store, "Leeg")
    t = timeline.community_timeline(store, c.id)
    assert t.sessions == () and all(not p for p in t.points.values())


def test_a_follow_up_starts_with_the_previous_statuses_marked_as_carried(store):
    cid, [first] = _community_with_sessions(store, [{"visie-regio": 3, "monitoring": 1}])
    obs = vertrekpunt.add_observation(
        store, first, "vraagstukken", "Een vraag", status=2, complexity="complex"
    )
    actor = communities.add_actor(store, cid, name="Lector", knowledge="verdienmodellen")
    knowledge.set_needed_knowledge(store, obs.id, "verdienmodellen, bouw")
    knowledge.set_question_actors(store, obs.id, [actor.id])
    second = followup.start_session(
        store, cid, "Vervolg", date(2024, 6, 1), continues_from_id=first
    ).id
    states = vertrekpunt.assessments(store, second)
    assert {k: (a.status, a.carried) for k, a in states.items()} == {
        "visie-regio": (3, True),
        "monitoring": (1, True),
    }
    [carried] = vertrekpunt.list_observations(store, second)
    assert carried.carried and carried.text == "Een vraag" and carried.complexity == "complex"
    assert carried.needed_knowledge == "verdienmodellen, bouw"
    assert carried.actor_ids == (actor.id,)
    assert followup.carried_counts(store, second) == {
        "visie-regio": (True, 0),
        "monitoring": (True, 0),
        "vraagstukken": (False, 1),
    }


def test_confirming_an_element_clears_its_carried_marks_only(store):
    cid, [first] = _community_with_sessions(store, [{"visie-regio": 3, "monitoring": 1}])
    vertrekpunt.add_observation(store, first, "visie-regio", "Visie A")
    vertrekpunt.add_observation(store, first, "monitoring", "Geen monitoring")
    second = followup.start_session(
        store, cid, "Vervolg", date(2024, 6, 1), continues_from_id=first
    ).id
    assert followup.confirm_carried(store, second, "visie-regio") == 2
    assert followup.confirm_carried(store, second, "visie-regio") == 0
    states = vertrekpunt.assessments(store, second)
    assert not states["visie-regio"].carried and states["visie-regio"].status == 3
    assert states["monitoring"].carried
    carried = {o.element_key: o.carried for o in vertrekpunt.list_observations(store, second)}
    assert carried == {"visie-regio": False, "monitoring": True}
    sessions.close_session(store, second)
    with pytest.raises(SessionClosed):
        followup.confirm_carried(store, second, "monitoring")


def test_two_sessions_compare_element_by_element(store):
    cid, (a, b) = _community_with_sessions(
        store,
        [
            {"visie-regio": 2, "monitoring": 3, "samenstelling": 2},
            {"visie-regio": 4, "monitoring": 1, "samenstelling": None},
        ],
    )
    vertrekpunt.add_observation(store, b, "visie-regio", "nieuw")
    result = compare.compare_sessions(store, a, b)
    rows = {e.key: e for e in result.elements}
    assert result.same_community
    assert (
        rows["visie-regio"].status_a,
        rows["visie-regio"].status_b,
        rows["visie-regio"].change,
    ) == (2, 4, 1)
    assert rows["monitoring"].change == -1
    assert rows["samenstelling"].status_b is None and rows["samenstelling"].change is None
    assert rows["flexibiliteit"].change is None
    assert rows["visie-regio"].observations_a == 0 and rows["visie-regio"].observations_b == 1
    # the carried-over status of an untouched element counts as the same
    vertrekpunt.set_assessment(store, a, "vorming-werking", status=3)
    c2 = followup.start_session(store, cid, "Derde", date(2024, 9, 1), continues_from_id=a)
    assert {e.key: e.change for e in compare.compare_sessions(store, a, c2.id).elements}[
        "vorming-werking"
    ] == 0


def test_two_communities_compare_without_totals(store):
    _, [a] = _community_with_sessions(store, [{"monitoring": 2}])
    other = communities.create_community(store, "Andere community")
    b = sessions.create_session(store, other.id, "Eerste", date(2024, 3, 1)).id
    vertrekpunt.set_assessment(store, b, "monitoring", status=2)
    result = compare.compare_sessions(store, a, b)
    assert not result.same_community
    assert {e.key: e.change for e in result.elements}["monitoring"] == 0
    assert not any(f.name in ("total", "score", "rank") for f in dataclasses.fields(result))


def test_the_gap_list_names_the_question_whose_knowledge_no_actor_holds(store):
    cid, [sid] = _community_with_sessions(store, [{}])
    communities.add_actor(
        store, cid, name="Lector", knowledge="Coöperatief ondernemen; Verdien-modellen"
    )
    mkb = communities.add_actor(store, cid, name="Ondernemer", knowledge="bouw, landbouw")
    covered = vertrekpunt.add_observation(store, sid, "vraagstukken", "Nieuwe verdienmodellen")
    lacking = vertrekpunt.add_observation(store, sid, "vraagstukken", "Biobased bouwen")
    other_area = vertrekpunt.add_observation(store, sid, "monitoring", "Niet een vraag")
    knowledge.set_needed_knowledge(store, covered.id, "verdien modellen,  COÖPERATIEF ondernemen")
    knowledge.set_needed_knowledge(store, lacking.id, "Bouw, biobased bouwmaterialen")
    knowledge.set_question_actors(store, lacking.id, [mkb.id])
    action = aanpak.add_action(store, sid, "Leerlab", actor_ids=[mkb.id])
    view = knowledge.actors_overview(store, cid)
    assert view.session_id == sid
    assert [q.text for q in view.questions] == ["Nieuwe verdienmodellen", "Biobased bouwen"]
    assert other_area.id not in {q.id for q in view.questions}
    [gap] = view.gaps
    assert gap.question.text == "Biobased bouwen"
    assert gap.missing == ("biobased bouwmaterialen",)
    assert gap.needed == ("Bouw", "biobased bouwmaterialen")
    by_name = {a.actor.name: a for a in view.actors}
    assert by_name["Lector"].tags == ("Coöperatief ondernemen", "Verdien-modellen")
    assert [q.text for q in by_name["Ondernemer"].questions] == ["Biobased bouwen"]
    assert [x.id for x in by_name["Ondernemer"].actions] == [action.id]
    assert by_name["Lector"].questions == () and by_name["Lector"].actions == ()


def test_tags_are_trimmed_and_unique_apart_from_case_and_spacing():
    assert knowledge.tags(" Bouw ,bouw;\nLandbouw,, biobased-economy , Biobased  economy") == (
        "Bouw",
        "Landbouw",
        "biobased-economy",
    )
    assert knowledge.tags("") == ()


def test_a_question_is_tied_to_actors_of_its_own_community_only(store):
    _cid, [sid] = _community_with_sessions(store, [{}])
    stranger = communities.add_actor(
        store, communities.create_community(store, "Elders").id, name="X"
    )
    q = vertrekpunt.add_observation(store, sid, "vraagstukken", "Vraag")
    with pytest.raises(ValueError):
        knowledge.set_question_actors(store, q.id, [stranger.id])


def test_actions_placed_on_the_model_and_the_groenpact_matrix(store):
    cid, (a, b) = _community_with_sessions(store, [{}, {}])
    first = aanpak.add_action(
        store,
        a,
        "Leerlab",
        groenpact=["innovatie", "innovatie"],
        element_keys=["vraagstukken", "competenties", "vraagstukken"],
        complexity="gecompliceerd",
        development_path="complex-opschalen",
    )
    aanpak.add_action(
        store, b, "Monitor", groenpact=["leven-lang-leren"], frame_items=["ris3-2014:energie"]
    )
    assert first.element_keys == ("vraagstukken", "competenties")
    assert first.groenpact == ("innovatie",)
    assert (first.complexity, first.development_path) == ("gecompliceerd", "complex-opschalen")
    matrix = groenpact.groenpact_matrix(store, cid)
    assert matrix.lines == tuple(g.key for g in current_definition().groenpact)
    assert [(r.title, r.lines) for r in matrix.rows] == [
        ("Leerlab", ("innovatie",)),
        ("Monitor", ("leven-lang-leren",)),
    ]
    assert matrix.rows[1].frame_items == ("ris3-2014:energie",)
    assert set(matrix.untouched_lines()) == set(matrix.lines) - {"innovatie", "leven-lang-leren"}
    with pytest.raises(ServiceError) as refusal:
        aanpak.update_action(store, first.id, complexity="heel moeilijk")
    assert refusal.value.code == Refusal.NO_SUCH_COMPLEXITY


def test_the_new_ties_and_placements_travel_in_an_exchange_file(demo_store, tmp_path):
    from app.services.bootstrap import open_database
    from app.services.exchange_export import export_community
    from app.services.exchange_import import import_file

    [c] = communities.list_communities(demo_store)
    exported = export_community(demo_store, c.id, tmp_path / "uit")
    other = open_database(str(tmp_path / "ander.db"), with_demo=False)
    try:
        cid = import_file(other, exported.path).community_id

        def seen(store, community_id):
            view = knowledge.actors_overview(store, community_id)
            ties = sorted(
                (a.actor.uuid, tuple(q.text for q in a.questions), tuple(x.text for x in a.actions))
                for a in view.actors
            )
            placed = [
                (r.title, r.lines, r.frame_items, r.element_keys)
                for r in groenpact.groenpact_matrix(store, community_id).rows
            ]
            return ties, [(g.question.text, g.missing) for g in view.gaps], placed

        assert seen(other, cid) == seen(demo_store, c.id)
        later = sessions.list_sessions(other, cid)[0].id
        # the new projects (the first session's action, continued, is not placed)
        placed = {
            (a.complexity, a.development_path)
            for a in aanpak.list_actions(other, later)
            if a.continued_from_uuid is None
        }
        assert placed == {
            ("gecompliceerd", "enkelvoudig-uitbouwen"),
            ("enkelvoudig", "enkelvoudig-uitbouwen"),
            ("complex", "complex-opschalen"),
        }
    finally:
        other.close()

"""The demo community is the seed's worked example, entered completely."""

from __future__ import annotations

import re
from pathlib import Path

from app.services import communities, sessions, snapshot

SEED = Path(__file__).resolve().parent.parent / "resources" / "demo" / "westerkwartier.toml"


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def test_a_new_database_holds_the_demo_community(demo_store, demo_session_id):
    [c] = communities.list_communities(demo_store)
    assert c.name == "Gebiedscoöperatie Westerkwartier" and c.is_demo
    snap = snapshot.session_snapshot(demo_store, demo_session_id)
    # every observation of the seed's vertrekpunt, under its heading
    by_area = {k: len(snap.observations_of(k)) for k in {o.element_key for o in snap.observations}}
    assert by_area == {
        "visie-regio": 9,
        "visie-onderwijs": 9,
        "vraagstukken": 7,
        "competenties": 5,
        "facilitering-regio": 5,
        "facilitering-community": 4,
        "monitoring": 1,
    }
    texts = [_norm(o.text) for o in snap.observations]
    assert "Nog geen systematiek voor LLO" in texts
    assert any(
        t.startswith("Binnen Gebiedscoöperatie eigen vertaling") and "Jongeren" in t for t in texts
    )
    # statuses follow the seed's wording
    status = {_norm(o.text): o.status for o in snap.observations}
    assert status["Nog geen verankering in curriculum en lesrooster"] == 1
    assert status["Reflectie & reflexiviteit alleen impliciet"] == 2
    assert status["Zeer uitgebreide en arbeidsintensieve coaching"] == 4
    # regional questions carry their type
    kinds = {o.complexity for o in snap.observations_of("vraagstukken")}
    assert kinds == {None, "enkelvoudig", "gecompliceerd", "complex"}
    # focus points, linked to the observation they came from
    assert len(snap.focus_points) == 24
    fp = next(f for f in snap.focus_points if f.text == "Systematiek voor LLO uitwerken")
    linked = next(o for o in snap.observations if o.id == fp.observation_id)
    assert linked.text == "Nog geen systematiek voor LLO"
    assert [t.theme_key for t in snap.themes] == [
        "voedselketens",
        "circulaire-economie",
        "biobased-economy",
        "inclusieve-economie",
        "energie-klimaat",
        "demografie",
        "zorg-gezondheid",
    ]
    assert "Groene Motor" in snap.session.ambition
    assert len(snap.steps) == 5
    assert len(snap.actions[0].characteristics) == 8
    assert len(snap.participants) == 6 and all(p.actor_id for p in snap.participants)


def _worked_example(store, community_id: int) -> list[str]:
    s = sessions.list_sessions(store, community_id)[-1]
    return [o.text for o in snapshot.session_snapshot(store, s.id).observations]


def test_restoring_replaces_only_the_apps_own_untouched_demo(demo_store, demo_session_id):
    from app.services import demo

    first = sessions.get_session(demo_store, demo_session_id).community_id
    other = communities.create_community(demo_store, "Innovatiewerkplaats Helpman")
    new_id = demo.restore_demo(demo_store)
    names = sorted(c.name for c in communities.list_communities(demo_store))
    assert names == ["Gebiedscoöperatie Westerkwartier", other.name]
    assert new_id != first and len(_worked_example(demo_store, new_id)) == 40


def test_restoring_keeps_a_demo_the_group_worked_in(demo_store, demo_session_id):
    from app.services import demo, vertrekpunt

    worked = sessions.get_session(demo_store, demo_session_id).community_id
    obs = vertrekpunt.list_observations(demo_store, demo_session_id)[0]
    vertrekpunt.update_observation(demo_store, obs.id, text="wat de groep schreef")
    fresh = communities.get_community(demo_store, demo.restore_demo(demo_store)).uuid
    again = demo.restore_demo(demo_store)  # the fresh one was untouched: replaced, not doubled
    names = sorted(c.name for c in communities.list_communities(demo_store))
    assert names == ["Gebiedscoöperatie Westerkwartier", "Gebiedscoöperatie Westerkwartier (kopie)"]
    assert "wat de groep schreef" in _worked_example(demo_store, worked)
    assert fresh != communities.get_community(demo_store, again).uuid
    assert "wat de groep schreef" not in _worked_example(demo_store, again)


def test_restoring_never_deletes_a_demo_that_came_from_a_file(
    demo_store, demo_session_id, tmp_path
):
    from app.services import demo
    from app.services.bootstrap import open_database
    from app.services.exchange_export import export_community
    from app.services.exchange_import import import_file

    cid = sessions.get_session(demo_store, demo_session_id).community_id
    exported = export_community(demo_store, cid, tmp_path / "demo")
    other = open_database(str(tmp_path / "ander.db"))  # its own demo, and the file's copy
    try:
        copied = import_file(other, exported.path, on_existing="copy")
        assert communities.get_community(other, copied.community_id).is_demo  # the flag travels
        demo.restore_demo(other)
        demo.restore_demo(other)
        names = sorted(c.name for c in communities.list_communities(other))
        assert copied.community_id in {c.id for c in communities.list_communities(other)}
        assert names == [
            "Gebiedscoöperatie Westerkwartier",
            "Gebiedscoöperatie Westerkwartier (kopie)",
        ]
        assert len(_worked_example(other, copied.community_id)) == 40
    finally:
        other.close()


def test_kopie_names_stay_unique(demo_store, demo_session_id, tmp_path):
    from app.services.exchange_export import export_community
    from app.services.exchange_import import import_file

    cid = sessions.get_session(demo_store, demo_session_id).community_id
    exported = export_community(demo_store, cid, tmp_path / "demo")
    for _ in range(2):
        import_file(demo_store, exported.path, on_existing="copy")
    names = sorted(c.name for c in communities.list_communities(demo_store))
    assert names == sorted(
        [
            "Gebiedscoöperatie Westerkwartier",
            "Gebiedscoöperatie Westerkwartier (kopie)",
            "Gebiedscoöperatie Westerkwartier (kopie 2)",
        ]
    )


def test_the_demo_has_a_later_session_marked_as_an_illustration(demo_store, demo_session_id):
    from app.services import followup, knowledge

    later, first = sessions.list_sessions(demo_store)
    assert first.id == demo_session_id and later.held_on > first.held_on
    assert "voorbeeld" in later.title.lower() and "niet in het brondocument" in later.summary_note
    assert later.continues_from_id == first.id
    snap = snapshot.session_snapshot(demo_store, later.id)
    before = snapshot.session_snapshot(demo_store, first.id)
    up = [
        k
        for k, a in snap.assessments.items()
        if k in before.assessments and a.status > before.assessments[k].status
    ]
    assert set(up) >= {"competenties", "monitoring"}
    assert all(
        a.status >= before.assessments[k].status
        for k, a in snap.assessments.items()
        if k in before.assessments
    )
    # revised observations are no longer carried; what the group did not revisit still is
    revised = next(o for o in snap.observations_of("monitoring"))
    assert revised.text.startswith("Eerste afspraken over monitoring") and not revised.carried
    assert snap.assessments["visie-regio"].carried
    assert followup.carried_counts(demo_store, later.id)["visie-regio"] == (True, 9)
    # the first session's action reviewed, new projects placed on the model and tagged
    assert [(r.action_title, r.outcome) for r in snap.reviews] == [
        ("Relevante innovatieprojecten binnen de Groene Motor", "doorgezet")
    ]
    placed = [a for a in snap.actions if a.element_keys and a.groenpact]
    assert len(placed) == 3 and placed[0].complexity and placed[0].development_path
    # actors tied to questions, and one question needs knowledge nobody has
    overview = knowledge.actors_overview(demo_store, first.community_id)
    assert overview.session_id == later.id
    assert sum(bool(a.questions) for a in overview.actors) >= 4
    [gap] = overview.gaps
    assert "biobased bouwmaterialen" in gap.question.text
    assert gap.missing == ("biobased bouwmaterialen",)


def test_an_imported_untouched_demo_is_not_the_apps_own(demo_store, demo_session_id, tmp_path):
    """The demo of another laptop, imported as it was (the flag and all): restoring keeps it."""
    from app.services import demo
    from app.services.bootstrap import open_database
    from app.services.exchange_export import export_community
    from app.services.exchange_import import import_file

    cid = sessions.get_session(demo_store, demo_session_id).community_id
    exported = export_community(demo_store, cid, tmp_path / "demo")
    other = open_database(str(tmp_path / "leeg.db"), with_demo=False)
    try:
        imported = import_file(other, exported.path).community_id
        demo.restore_demo(other)
        assert imported in {c.id for c in communities.list_communities(other)}
        assert len(communities.list_communities(other)) == 2
    finally:
        other.close()

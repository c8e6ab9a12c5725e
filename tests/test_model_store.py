"""Models kept with the data (#19): the lineage of a version, the diff between versions, every
session drawing with its own model whatever files are installed, and a follow-up moving to a
newer version with what cannot be mapped shown, never dropped."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from app.modeldef import UnknownModel, catalogue, current_definition, definition_for, registry
from app.modeldef.diff import diff_definitions
from app.modeldef.loader import ModelDefinitionError, parse_definition
from app.services import communities, followup, model_move, model_store, sessions, vertrekpunt
from app.services.errors import ServiceError
from tests.model_versions import ADDED, RENAMED, RETIRED, version_1_1

MODEL = "llo-community-learning"
pytestmark = pytest.mark.both_databases


def test_lineage_is_read_and_checked(backend):
    d = parse_definition(version_1_1())
    assert d.lineage.previous == "1.0"
    assert [(x.old, x.new) for x in d.lineage.map] == [RENAMED]
    wrong = version_1_1()
    wrong["lineage"]["map"][0]["new"] = "nowhere"
    with pytest.raises(ModelDefinitionError) as info:
        parse_definition(wrong)
    assert info.value.key == "lineage.map[0].new"
    twice = version_1_1()
    twice["lineage"]["map"].append({"old": RENAMED[0], "new": ADDED})
    with pytest.raises(ModelDefinitionError, match="mapped twice"):
        parse_definition(twice)
    assert current_definition().lineage is None


def test_diff_names_added_renamed_retired_and_maps_keys(backend):
    old, new = current_definition(), parse_definition(version_1_1())
    diff = diff_definitions(old, new)
    assert diff.added == (ADDED,) and diff.retired == (RETIRED,) and diff.renamed == (RENAMED,)
    assert diff.merged == () and diff.moved == () and not diff.is_empty
    assert diff.map_key(RENAMED[0]) == RENAMED[1]
    assert diff.map_key(RETIRED) is None and diff.map_key("monitoring") == "monitoring"
    assert diff_definitions(old, old).is_empty


def test_diff_of_a_merge_a_move_and_a_relabel(backend):
    raw = copy.deepcopy(current_definition().raw)
    raw["model"]["version"] = "2.0"
    raw["areas"] = [a for a in raw["areas"] if a["key"] != "facilitering-community"]
    for a in raw["areas"]:
        if a["key"] == "monitoring":
            a["perspective"] = "regio"
        if a["key"] == "visie-regio":
            a["label"] = {"nl": "Regiovisie", "en": "Regional vision"}
    raw["themes"] = raw["themes"][1:]
    raw["lineage"] = {
        "previous": "1.0",
        "map": [
            {"old": "facilitering-community", "new": "facilitering-regio"},
            {"old": "facilitering-regio", "new": "facilitering-regio"},
        ],
    }
    diff = diff_definitions(current_definition(), parse_definition(raw))
    assert diff.merged == (
        (("facilitering-regio", "facilitering-community"), "facilitering-regio"),
    )
    assert diff.moved == (("monitoring", "community", "regio"),)
    assert diff.relabelled == ("visie-regio",) and diff.retired == () and diff.added == ()
    assert diff.map_key("facilitering-community") == "facilitering-regio"
    assert any("themes: removed" in line for line in diff.other)


def _community(store):
    return communities.create_community(store, "Versies").id


def test_a_session_on_each_version_and_the_newest_by_default(store):
    c = _community(store)
    catalogue.save_user_definition(version_1_1())
    newest = sessions.create_session(store, c, "Nieuw", date(2026, 5, 1))
    older = sessions.create_session(store, c, "Oud", date(2026, 4, 1), model_version="1.0")
    assert (newest.model_version, older.model_version) == ("1.1", "1.0")
    listed = {
        (i.version, i.origin, i.sessions, i.in_database)
        for i in model_store.available_models(store)
    }
    assert listed == {("1.0", "shipped", 1, True), ("1.1", "user", 1, True)}
    with pytest.raises(ServiceError, match=r"9\.9"):
        sessions.create_session(store, c, "Geen", date(2026, 4, 1), model_version="9.9")


def test_the_session_keeps_its_own_model_after_the_file_is_gone(store, database_url):
    from app.diagram.layout import compute_layout
    from app.services.bootstrap import open_database
    from app.services.report_data import report_data

    c = _community(store)
    path = catalogue.save_user_definition(version_1_1())
    s = sessions.create_session(store, c, "Op 1.1", date(2026, 5, 1))
    vertrekpunt.set_assessment(store, s.id, ADDED, status=3)
    store.close()
    path.unlink()
    registry.clear()  # as a new start of the app
    with pytest.raises(UnknownModel):
        definition_for(MODEL, "1.1")
    again = open_database(database_url, with_demo=False)
    try:
        model = definition_for(MODEL, "1.1")
        assert model.version == "1.1" and ADDED in model.element_keys()
        data = report_data(again, s.id)
        assert data.model.version == "1.1" and ADDED in data.model.element_keys()
        layout = compute_layout(data.model, data.states)
        assert ADDED in {b.key for b in layout.elements}
        assert RETIRED not in {b.key for b in layout.elements}
        assert current_definition().version == "1.0"  # new sessions: the newest FILE
    finally:
        again.close()


def test_an_unknown_model_is_refused_never_the_newest(backend):
    with pytest.raises(UnknownModel, match=r"9\.9"):
        definition_for(MODEL, "9.9")


def test_writes_are_checked_against_the_sessions_own_model(store):
    c = _community(store)
    catalogue.save_user_definition(version_1_1())
    s = sessions.create_session(store, c, "Op 1.1", date(2026, 5, 1))
    with pytest.raises(ServiceError, match=RETIRED):
        vertrekpunt.add_observation(store, s.id, RETIRED, "bestaat niet meer")
    old = sessions.create_session(store, c, "Op 1.0", date(2026, 5, 1), model_version="1.0")
    with pytest.raises(ServiceError, match=ADDED):
        vertrekpunt.add_observation(store, old.id, ADDED, "bestaat nog niet")


def _earlier_session(store):
    c = _community(store)
    s = sessions.create_session(store, c, "Eerste", date(2026, 3, 1))
    vertrekpunt.set_assessment(store, s.id, RENAMED[0], status=4, context_note="sterk")
    vertrekpunt.set_assessment(store, s.id, RETIRED, status=2, context_note="weinig")
    vertrekpunt.add_observation(store, s.id, RENAMED[0], "Vakmensen leren van elkaar")
    vertrekpunt.add_observation(store, s.id, RETIRED, "De gemeente faciliteert nog niet")
    vertrekpunt.add_observation(store, s.id, "monitoring", "Er is een dashboard")
    return c, s


def test_a_follow_up_moves_to_the_new_version_and_shows_what_cannot_be_mapped(store):
    c, first = _earlier_session(store)
    catalogue.save_user_definition(version_1_1())
    follow = followup.start_session(
        store, c, "Tweede", date(2026, 6, 1), continues_from_id=first.id
    )
    assert follow.model_version == "1.0"  # it carries 1.0's keys: it starts there
    plan = model_move.plan_model_move(store, follow.id, "1.1")
    assert (plan.from_version, plan.to_version) == ("1.0", "1.1")
    mapped = {x.old_key: x for x in plan.mapped}
    assert mapped[RENAMED[0]].new_key == RENAMED[1] and mapped[RENAMED[0]].status == 4
    assert mapped[RENAMED[0]].observations == 1 and mapped["monitoring"].observations == 1
    shown = {(x.kind, x.element_key, x.text) for x in plan.unmapped}
    assert shown == {
        ("status", RETIRED, "weinig"),
        ("observation", RETIRED, "De gemeente faciliteert nog niet"),
    }
    model_move.move_session_model(store, follow.id, "1.1")
    moved = sessions.get_session(store, follow.id)
    assert moved.model_version == "1.1"
    statuses = vertrekpunt.assessments(store, follow.id)
    assert statuses[RENAMED[1]].status == 4 and RETIRED not in statuses
    texts = {(o.element_key, o.text) for o in vertrekpunt.list_observations(store, follow.id)}
    assert texts == {
        (RENAMED[1], "Vakmensen leren van elkaar"),
        ("monitoring", "Er is een dashboard"),
    }
    assert "De gemeente faciliteert nog niet" in moved.summary_note
    assert "Niet in versie 1.1" in moved.summary_note and "weinig" in moved.summary_note
    # the earlier session is as it was, with its own model
    earlier = {o.element_key for o in vertrekpunt.list_observations(store, first.id)}
    assert RETIRED in earlier and RENAMED[0] in earlier
    with pytest.raises(ServiceError, match="newer"):
        model_move.move_session_model(store, follow.id, "1.0")


def test_a_follow_up_asked_on_the_new_version_moves_at_once(store):
    c, first = _earlier_session(store)
    catalogue.save_user_definition(version_1_1())
    follow = followup.start_session(
        store, c, "Tweede", date(2026, 6, 1), continues_from_id=first.id, model_version="1.1"
    )
    assert follow.model_version == "1.1"
    assert vertrekpunt.assessments(store, follow.id)[RENAMED[1]].status == 4
    assert "De gemeente faciliteert nog niet" in follow.summary_note


def test_a_different_definition_under_a_stored_version_is_refused(store):
    c = _community(store)
    catalogue.save_user_definition(version_1_1())
    sessions.create_session(store, c, "Op 1.1", date(2026, 5, 1))
    other = version_1_1()
    other["areas"][0]["label"]["en"] = "Something else"
    with pytest.raises(model_store.ModelConflict, match=r"1\.1"):
        model_store.import_definition(store, parse_definition(other))
    assert model_store.stored(store)[(MODEL, "1.1")].areas[0].label.en != "Something else"


def _one_on_each_version(store):
    """A community's 1.0 session, then a 1.1 one, both with a status on the renamed area."""
    c, first = _earlier_session(store)
    catalogue.save_user_definition(version_1_1())
    second = sessions.create_session(store, c, "Op 1.1", date(2026, 6, 1))
    vertrekpunt.set_assessment(store, second.id, RENAMED[1], status=5)
    vertrekpunt.set_assessment(store, second.id, ADDED, status=2)
    vertrekpunt.add_observation(store, second.id, RENAMED[1], "Nu met leerwerkplaatsen")
    return c, first, second


def test_the_timeline_follows_a_renamed_area_across_versions(store):
    from app.services import timeline

    c, first, second = _one_on_each_version(store)
    t = timeline.community_timeline(store, c)
    assert [(p.session_id, p.status) for p in t.points[RENAMED[1]]] == [
        (first.id, 4),
        (second.id, 5),
    ]
    assert RENAMED[0] not in t.element_keys
    assert t.missing[RETIRED] == ("1.1",) and t.missing[ADDED] == ("1.0",)
    assert [(p.session_id, p.status) for p in t.points[RETIRED]] == [(first.id, 2)]


def test_compare_puts_a_renamed_area_on_one_row(store):
    from app.services import compare

    _c, first, second = _one_on_each_version(store)
    rows = {r.key: r for r in compare.compare_sessions(store, first.id, second.id).elements}
    row = rows[RENAMED[1]]
    assert (row.status_a, row.status_b, row.change) == (4, 5, 1)
    assert row.in_a and row.in_b and RENAMED[0] not in rows
    assert {p.text_b for p in row.said if p.text_b} == {"Nu met leerwerkplaatsen"}
    assert rows[RETIRED].in_a and not rows[RETIRED].in_b
    assert rows[ADDED].in_b and not rows[ADDED].in_a


def _merging_version() -> dict:
    """1.1 merges facilitering-community into facilitering-regio and drops a theme."""
    from app.modeldef.loader import shipped_definitions

    raw = copy.deepcopy(shipped_definitions()[(MODEL, "1.0")].raw)
    raw["model"]["version"] = "1.1"
    raw["areas"] = [a for a in raw["areas"] if a["key"] != "facilitering-community"]
    raw["themes"] = [t for t in raw["themes"] if t["key"] != "voedselketens"]
    raw["lineage"] = {
        "previous": "1.0",
        "map": [{"old": "facilitering-community", "new": "facilitering-regio"}],
    }
    return raw


def test_merged_areas_keep_a_status_they_agree_on_and_show_one_they_do_not(store):
    from app.services import vervolg

    c = _community(store)
    s = sessions.create_session(store, c, "Eerste", date(2026, 3, 1))
    vertrekpunt.set_assessment(store, s.id, "facilitering-regio", status=2, context_note="a")
    vertrekpunt.set_assessment(store, s.id, "facilitering-community", status=4, context_note="b")
    vertrekpunt.add_observation(store, s.id, "facilitering-community", "Samen gefaciliteerd")
    theme = vervolg.add_theme(store, s.id, theme_key="voedselketens")
    catalogue.save_user_definition(_merging_version())
    plan = model_move.plan_model_move(store, s.id, "1.1")
    assert plan.diff.merged == (
        (("facilitering-regio", "facilitering-community"), "facilitering-regio"),
    )
    assert {(x.kind, x.status) for x in plan.unmapped} == {("status", 2), ("status", 4)}
    model_move.move_session_model(store, s.id, "1.1", lang="en")
    statuses = vertrekpunt.assessments(store, s.id)
    assert statuses["facilitering-regio"].status is None  # the group decides again
    assert statuses["facilitering-regio"].context_note == "a\nb"
    assert "facilitering-community" not in statuses
    assert {o.element_key for o in vertrekpunt.list_observations(store, s.id)} == {
        "facilitering-regio"
    }
    note = sessions.get_session(store, s.id).summary_note
    assert note.startswith("Not in version 1.1 of the model") and "status 4 (b)" in note
    [kept] = vervolg.list_themes(store, s.id)
    assert kept.id == theme.id and kept.theme_key is None and kept.label  # now the group's own

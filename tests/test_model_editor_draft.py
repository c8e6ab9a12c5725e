"""The rules of a new model version, without a window: the next free number, a used or shipped
version refused, the loader's own check, and a rename/merge mapping only between real elements."""

from __future__ import annotations

from app.modeldef import current_definition
from app.ui.community.model_editor.draft import Draft, next_version

MODEL = current_definition()


def test_the_next_version_is_the_first_free_one():
    assert next_version("1.0", {"1.0"}) == "1.1"
    assert next_version("1.0", {"1.0", "1.1", "1.2"}) == "1.3"
    assert next_version("2", set()) == "2.1"


def test_a_draft_starts_as_a_new_version_that_passes_the_loaders_check():
    draft = Draft(MODEL, {"1.0", "1.1"})
    assert draft.version == "1.2"
    definition, where, problem = draft.check()
    assert definition is not None, (where, problem)
    assert definition.version == "1.2"
    assert draft.tables()["lineage"]["previous"] == "1.0"


def test_a_version_that_exists_is_refused_whatever_the_content():
    draft = Draft(MODEL, {"1.0", "1.1"})
    for taken in ("1.0", "1.1"):
        draft.raw["model"]["version"] = taken
        definition, where, problem = draft.check()
        assert definition is None and where == "model.version" and "exists already" in problem
    draft.raw["model"]["version"] = "0.9"
    assert draft.check()[1] == "model.version"


def test_the_loaders_schema_and_rules_name_the_field():
    draft = Draft(MODEL, {"1.0"})
    draft.raw["areas"][1]["perspective"] = "nergens"
    assert draft.check()[1] == "areas[1].perspective"
    draft.raw["areas"][1]["perspective"] = "regio"
    draft.raw["areas"].append(dict(draft.raw["areas"][0]))
    definition, _where, problem = draft.check()
    assert definition is None and "used twice" in problem


def test_a_mapping_joins_an_old_element_to_a_new_one_only():
    draft = Draft(MODEL, {"1.0"})
    gone = draft.raw["areas"].pop()["key"]
    draft.raw["lineage"]["map"].append({"old": gone, "new": "nieuw-gebied"})
    assert draft.check()[1] == "lineage.map[0].new"
    draft.raw["lineage"]["map"][0] = {"old": "nooit-bestaan", "new": "visie-regio"}
    assert draft.check()[1] == "lineage.map[0].old"
    draft.raw["lineage"]["map"][0] = {"old": gone, "new": "visie-regio"}
    definition, _where, _problem = draft.check()
    assert definition is not None

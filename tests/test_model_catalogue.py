"""Model files outside the package: the user's folder, saving a new version, refusing a change
under a version that exists (the foundation the model store and the editor share)."""

import copy

import pytest

from app.modeldef import catalogue
from app.modeldef.loader import ModelDefinitionError, current_definition


def _new_version(version: str) -> dict:
    raw = copy.deepcopy(current_definition().raw)
    raw["model"]["version"] = version
    return raw


def test_raw_round_trips_and_fingerprint_ignores_key_order():
    d = current_definition()
    again = catalogue.parse_definition(dict(reversed(list(d.raw.items()))))
    assert again == d and again.fingerprint == d.fingerprint


def test_saved_version_is_found_beside_the_shipped_one():
    raw = _new_version("1.1")
    raw["areas"][0]["label"]["en"] = "Renamed area"
    path = catalogue.save_user_definition(raw)
    assert path.parent == catalogue.user_model_dir() and (path.stat().st_mode & 0o777) == 0o600
    found = catalogue.file_definitions()
    assert found[("llo-community-learning", "1.1")].origin == "user"
    assert found[("llo-community-learning", "1.1")].definition.areas[0].label.en == "Renamed area"
    assert found[("llo-community-learning", "1.0")].origin == "shipped"


def test_a_changed_definition_under_an_existing_version_is_refused():
    raw = _new_version("1.0")
    raw["areas"][0]["label"]["en"] = "Something else"
    with pytest.raises(ModelDefinitionError, match="new version"):
        catalogue.save_user_definition(raw)
    assert catalogue.user_definition_files() == []


def test_an_invalid_definition_is_refused_and_nothing_written():
    raw = _new_version("1.2")
    del raw["areas"][0]["perspective"]
    with pytest.raises(ModelDefinitionError):
        catalogue.save_user_definition(raw)
    assert catalogue.user_definition_files() == []


def test_a_broken_user_file_is_left_out_and_named():
    catalogue.user_model_dir().mkdir(parents=True)
    (catalogue.user_model_dir() / "broken.toml").write_text("[model\n", encoding="utf-8")
    assert ("llo-community-learning", "1.0") in catalogue.file_definitions()
    assert [p.key for p in catalogue.problems()] == ["(syntax)"]

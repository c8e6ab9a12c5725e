"""The model definition: the shipped file is complete, and a broken one is named precisely."""

from __future__ import annotations

import copy
import tomllib

import pytest

from app.modeldef import ModelDefinitionError, current_definition, load_definition, parse_definition
from app.resources import model_dir

SHIPPED = model_dir() / "community-learning-1.0.toml"


def _raw() -> dict:
    with open(SHIPPED, "rb") as fh:
        return tomllib.load(fh)


def test_the_shipped_model_holds_the_seed():
    m = current_definition()
    assert (m.id, m.version) == ("llo-community-learning", "1.0")
    assert {p.position for p in m.perspectives} == {"left", "right", "bottom", "centre"}
    assert [a.label.nl for a in m.areas if a.perspective != "arbeidsmarkt"] == [
        "Visie regionale ontwikkeling en beroepspraktijk",
        "Vraagstukken uit de praktijk/regio",
        "Visie en structuur vanuit het onderwijs",
        "Gevraagde competenties vanuit LLO",
        "Facilitering en skills vanuit regio en kennisinstellingen",
        "Facilitering en skills vanuit de lerende community",
        "Monitoring en kwaliteitsborging",
    ]
    assert m.areas_of("arbeidsmarkt"), "the labour market must be assessable"
    assert [c.key for c in m.conditions] == [
        "samenstelling",
        "vorming-werking",
        "facilitering",
        "flexibiliteit",
    ]
    assert [c.key for c in m.complexity] == ["enkelvoudig", "gecompliceerd", "complex"]
    assert len(m.paths) == 2 and len(m.steps) == 5 and len(m.characteristics) == 8
    assert len(m.themes) == 7 and len(m.groenpact) == 6 and len(m.uses) == 5
    assert {f.key for f in m.frames} == {"ris3-2014", "ris3-2021"}
    assert [lv.fill for lv in m.levels] == ["#F2F2F2", "#A1DAB4", "#41B6C4", "#2166AC", "#081D58"]
    assert [lv.icon for lv in m.levels] == ["○", "◔", "◑", "◕", "●"]
    assert m.level(None).label.nl == "Niet besproken"
    for item in list(m.areas) + list(m.conditions) + list(m.themes):
        assert item.label.nl and item.label.en


@pytest.mark.parametrize(
    "edit, key, words",
    [
        (lambda r: r["areas"][2].pop("label"), "areas[2]", "'label' is a required property"),
        (lambda r: r["areas"][0]["label"].pop("en"), "areas[0].label", "'en'"),
        (
            lambda r: r["scale"]["levels"][1].update(fill="green"),
            "scale.levels[1].fill",
            "does not match",
        ),
        (
            lambda r: r["areas"][1].update(perspective="nowhere"),
            "areas[1].perspective",
            "not one of the perspectives",
        ),
        (
            lambda r: r["themes"].append(copy.deepcopy(r["themes"][0])),
            "themes[7].key",
            "used twice",
        ),
        (lambda r: r.update(extra=1), "(top level)", "extra"),
    ],
)
def test_a_broken_definition_names_file_key_and_problem(edit, key, words):
    raw = _raw()
    edit(raw)
    with pytest.raises(ModelDefinitionError) as info:
        parse_definition(raw, "broken.toml")
    assert info.value.path == "broken.toml"
    assert info.value.key == key
    assert words in info.value.problem


def test_syntax_errors_and_missing_files_are_named(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[model\nid = 1", encoding="utf-8")
    with pytest.raises(ModelDefinitionError) as info:
        load_definition(bad)
    assert str(bad) in str(info.value) and info.value.key == "(syntax)"
    with pytest.raises(ModelDefinitionError):
        load_definition(tmp_path / "missing.toml")


def test_every_session_records_its_model_version(store):
    from app.services import communities, sessions

    c = communities.create_community(store, "Test")
    s = sessions.create_session(store, c.id, "Eerste", __import__("datetime").date(2026, 3, 1))
    assert (s.model_id, s.model_version) == ("llo-community-learning", "1.0")


def test_a_changed_file_is_checked_again_and_an_unchanged_one_is_not(tmp_path, monkeypatch):
    """The schema check is remembered per exact file content: editing the file (here: breaking
    it) is caught at the next start, while an unchanged file skips the validator."""
    import app.modeldef.loader as loader

    copy = tmp_path / "m.toml"
    copy.write_bytes(SHIPPED.read_bytes())
    calls = []
    real = loader._check_schema
    monkeypatch.setattr(
        loader, "_check_schema", lambda raw, path: (calls.append(path), real(raw, path))
    )
    load_definition(copy)
    load_definition(copy)
    assert len(calls) == 1
    copy.write_text(
        SHIPPED.read_text(encoding="utf-8").replace('key = "afwezig"', 'key = "Afwezig!"'),
        encoding="utf-8",
    )
    with pytest.raises(ModelDefinitionError) as info:
        load_definition(copy)
    assert info.value.key == "scale.levels[0].key"

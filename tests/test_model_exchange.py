"""Exchange files carry the model definitions their sessions use (#19): a laptop without the
model file imports them, and a different definition under the same id and version is refused
with nothing imported."""

from __future__ import annotations

from datetime import date

import pytest

from app.modeldef import catalogue, definition_for, registry
from app.services import communities, model_store, sessions, vertrekpunt
from app.services.bootstrap import open_database
from app.services.exchange_export import export_community
from app.services.exchange_file import ExchangeRejected
from app.services.exchange_import import import_file
from tests.exchange_tools import read_doc, write_doc
from tests.model_versions import ADDED, version_1_1

MODEL = "llo-community-learning"
pytestmark = pytest.mark.both_databases


def _exported_on_1_1(store, tmp_path):
    c = communities.create_community(store, "Met model 1.1")
    catalogue.save_user_definition(version_1_1())
    s = sessions.create_session(store, c.id, "Op 1.1", date(2026, 5, 1))
    vertrekpunt.set_assessment(store, s.id, ADDED, status=4)
    vertrekpunt.add_observation(store, s.id, ADDED, "Een nieuw netwerk")
    return export_community(store, c.id, tmp_path / "uit").path


def _fresh_laptop(monkeypatch, tmp_path, name: str):
    """Other folders (no user model files), a new database, nothing registered."""
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / name / var.lower()))
    registry.clear()
    return open_database(str(tmp_path / name / "intervisie.db"), with_demo=False)


def test_the_file_carries_the_model_and_a_fresh_laptop_imports_it(store, tmp_path, monkeypatch):
    path = _exported_on_1_1(store, tmp_path)
    carried = {
        (e["definition"]["model"]["id"], e["definition"]["model"]["version"])
        for e in read_doc(path)["models"]
    }
    assert carried == {(MODEL, "1.1")}
    store.close()
    laptop = _fresh_laptop(monkeypatch, tmp_path, "laptop")
    try:
        assert catalogue.file_definitions().get((MODEL, "1.1")) is None
        result = import_file(laptop, path)
        imported = sessions.get_session(laptop, result.sessions[0])
        assert imported.model_version == "1.1"
        assert vertrekpunt.assessments(laptop, imported.id)[ADDED].status == 4
        assert ADDED in definition_for(MODEL, "1.1").element_keys()
        info = {(i.version, i.origin, i.sessions) for i in model_store.available_models(laptop)}
        assert (("1.1", "database", 1)) in info
    finally:
        laptop.close()
    registry.clear()  # a new start of the app on that laptop: the database keeps the model
    again = open_database(str(tmp_path / "laptop" / "intervisie.db"), with_demo=False)
    try:
        assert ADDED in definition_for(MODEL, "1.1").element_keys()
    finally:
        again.close()


def test_a_different_definition_under_the_same_version_is_refused(store, tmp_path, monkeypatch):
    path = _exported_on_1_1(store, tmp_path)
    doc = read_doc(path)
    doc["models"][0]["definition"]["areas"][0]["label"]["nl"] = "Iets anders"
    changed = write_doc(doc, tmp_path / "anders.intervisie")
    before = {s.id for s in sessions.list_sessions(store)}
    with pytest.raises(ExchangeRejected, match="differs") as info:
        import_file(store, changed, on_existing="copy")
    assert MODEL in str(info.value) and "Nothing was changed" in str(info.value)
    assert {s.id for s in sessions.list_sessions(store)} == before
    # and on a laptop whose database (not its files) has the other 1.1
    store.close()
    laptop = _fresh_laptop(monkeypatch, tmp_path, "laptop")
    try:
        import_file(laptop, path)
        registry.clear()  # only the database knows 1.1 now
        with pytest.raises(ExchangeRejected, match="differs"):
            import_file(laptop, changed, on_existing="copy")
        assert len(sessions.list_sessions(laptop)) == 1
    finally:
        laptop.close()


def test_an_invalid_carried_model_is_refused_by_name(store, tmp_path):
    path = _exported_on_1_1(store, tmp_path)
    doc = read_doc(path)
    del doc["models"][0]["definition"]["areas"][0]["perspective"]
    broken = write_doc(doc, tmp_path / "kapot.intervisie")
    with pytest.raises(ExchangeRejected, match=r"1\.1") as info:
        import_file(store, broken, on_existing="copy")
    assert "areas[0]" in str(info.value)

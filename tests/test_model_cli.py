"""`intervisie model list/show/export/import/diff` and what `intervisie check` says about the
models (#19), run as the command line runs."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.main import main
from app.modeldef import catalogue, registry
from app.services import communities, sessions
from app.services.bootstrap import open_database
from tests.model_versions import ADDED, RENAMED, RETIRED, version_1_1

MODEL = "llo-community-learning"


@pytest.fixture
def db(tmp_path):
    """A database with a session on 1.0 and one on 1.1 (a user model file)."""
    path = tmp_path / "intervisie.db"
    store = open_database(str(path), with_demo=False)
    c = communities.create_community(store, "CLI")
    sessions.create_session(store, c.id, "Op 1.0", date(2026, 4, 1))
    catalogue.save_user_definition(version_1_1())
    sessions.create_session(store, c.id, "Op 1.1", date(2026, 5, 1))
    store.close()
    registry.clear()
    return str(path)


def test_model_list_says_versions_sessions_and_origin(db, capsys):
    assert main(["model", "list", "--database", db, "--json"]) == 0
    rows = {(r["id"], r["version"]): r for r in json.loads(capsys.readouterr().out)}
    assert rows[(MODEL, "1.0")]["origin"] == "shipped" and rows[(MODEL, "1.0")]["sessions"] == 1
    assert rows[(MODEL, "1.1")]["origin"] == "user" and rows[(MODEL, "1.1")]["in_database"]
    assert main(["model", "list", "--database", db]) == 0
    out = capsys.readouterr().out
    assert f"{MODEL} 1.1  1 session · the user's model folder" in out


def test_model_show_and_diff(db, capsys):
    assert main(["model", "show", MODEL, "1.1", "--database", db]) == 0
    out = capsys.readouterr().out
    assert f"{ADDED}: Netwerken in de regio" in out and RETIRED not in out
    assert f"made from:  1.0 ({RENAMED[0]} → {RENAMED[1]})" in out
    assert main(["model", "diff", MODEL, "1.0", "1.1", "--database", db]) == 0
    out = capsys.readouterr().out
    assert f"added:      {ADDED}" in out and f"retired:    {RETIRED}" in out
    assert f"renamed:    {RENAMED[0]} → {RENAMED[1]}" in out
    assert main(["model", "show", MODEL, "7.0", "--database", db]) == 1
    assert "7.0" in capsys.readouterr().err


def test_export_from_the_database_and_import_on_another_laptop(db, tmp_path, monkeypatch, capsys):
    for p in catalogue.user_definition_files():
        p.unlink()  # the file is gone: the database's copy is exported
    out = tmp_path / "gedeeld.toml"
    assert main(["model", "export", MODEL, "1.1", str(out), "--database", db]) == 0
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "other-laptop"))
    registry.clear()
    other = str(tmp_path / "other.db")
    open_database(other, with_demo=False).close()
    registry.clear()
    assert main(["model", "import", str(out), "--database", other]) == 0
    assert "imported" in capsys.readouterr().out
    assert (MODEL, "1.1") in catalogue.file_definitions()
    assert catalogue.file_definitions()[(MODEL, "1.1")].origin == "user"
    # the same again is fine; a different content under 1.1 is refused, nothing written
    assert main(["model", "import", str(out), "--database", other]) == 0
    changed = out.read_text(encoding="utf-8").replace("Netwerken in de regio", "Iets anders")
    (tmp_path / "anders.toml").write_text(changed, encoding="utf-8")
    before = catalogue.user_definition_files()
    assert main(["model", "import", str(tmp_path / "anders.toml"), "--database", other]) == 1
    err = capsys.readouterr().err
    assert "1.1" in err and "Nothing was changed" in err
    assert catalogue.user_definition_files() == before


def test_check_warns_of_a_model_file_that_differs_and_one_left_out(db, capsys):
    [path] = catalogue.user_definition_files()
    changed = version_1_1()
    changed["areas"][0]["label"]["en"] = "Changed under the same number"
    path.write_text(catalogue.to_toml(changed), encoding="utf-8")
    (path.parent / "kapot.toml").write_text("[model\n", encoding="utf-8")
    assert main(["check", "--database", db]) == 0  # the sessions are safe: warnings
    out = capsys.readouterr().out
    assert f"warning:    model {MODEL} 1.1: the database's copy" in out
    assert "model file left out" in out and "kapot.toml" in out

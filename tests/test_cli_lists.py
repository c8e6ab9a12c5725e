"""`intervisie communities` shows the ids that `export --community` and `takeout` need."""

from __future__ import annotations

import json

from app.main import main
from app.services.bootstrap import open_database


def test_communities_lists_ids_regions_and_session_counts(tmp_path, capsys):
    db = str(tmp_path / "x.db")
    open_database(db).close()  # the first start of the app makes the demo
    assert main(["communities", "--database", db]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].split()[0] == "1"
    assert "Gebiedscoöperatie Westerkwartier" in lines[0] and "2 sessions" in lines[0]
    assert main(["communities", "--database", db, "--json"]) == 0
    (c,) = json.loads(capsys.readouterr().out)
    assert c["id"] == 1 and c["sessions"] == 2 and c["demo"] is True
    assert c["region"] and c["last_session_on"]


def test_sessions_of_one_community(tmp_path, capsys):
    db = str(tmp_path / "x.db")
    open_database(db).close()
    assert main(["sessions", "--community", "1", "--database", db, "--json"]) == 0
    assert {s["community_id"] for s in json.loads(capsys.readouterr().out)} == {1}
    assert main(["sessions", "--community", "99", "--database", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []

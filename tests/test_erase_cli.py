"""`intervisie erase NAME`: the same review as the app, as text; --yes takes the full name."""

from __future__ import annotations

import io
from datetime import date

from app.main import main
from app.services import communities, sessions, vertrekpunt
from app.services.bootstrap import open_database

NAME = "Zoë Geheimnaam"


def _database(path):
    store = open_database(str(path), with_demo=False)
    try:
        c = communities.create_community(store, "Dorp")
        s = sessions.create_session(store, c.id, "Eerste", date(2026, 1, 5), facilitator=NAME)
        sessions.add_participant(store, s.id, NAME, "Waterschap", "overheid")
        vertrekpunt.add_observation(
            store, s.id, "monitoring", "Zoe geheimnaam belde; Geheimnaams plan; Zoë van de bakker"
        )
        return s.id
    finally:
        store.close()


def _texts(path, sid):
    store = open_database(str(path), with_demo=False)
    try:
        return (
            [p.name for p in sessions.list_participants(store, sid)],
            sessions.get_session(store, sid).facilitator,
            vertrekpunt.list_observations(store, sid)[0].text,
        )
    finally:
        store.close()


def test_erase_asks_per_group_and_erases_what_was_chosen(tmp_path, monkeypatch, capsys):
    db = tmp_path / "i.db"
    sid = _database(db)
    # full name: yes; surname alone: yes; first name alone (the baker's Zoë): no
    monkeypatch.setattr("sys.stdin", io.StringIO("y\ny\nn\n"))
    assert main(["erase", NAME, "--database", str(db)]) == 0
    out = capsys.readouterr().out
    assert "full name “Zoë Geheimnaam” — 3 mention(s)" in out
    assert "surname only “Geheimnaams” — 1 mention(s)" in out
    assert "»Zoë« van de bakker" in out
    assert _texts(db, sid) == ([], "", "[verwijderd] belde; [verwijderd] plan; Zoë van de bakker")


def test_erase_yes_takes_the_full_name_and_lists_the_rest(tmp_path, capsys):
    db = tmp_path / "i.db"
    sid = _database(db)
    assert main(["erase", NAME, "--yes", "--database", str(db)]) == 0
    out = capsys.readouterr().out
    assert "left (may be somebody else): surname only “Geheimnaams”" in out
    assert "erased: 1 participation(s)" in out
    assert _texts(db, sid) == ([], "", "[verwijderd] belde; Geheimnaams plan; Zoë van de bakker")


def test_erase_quit_changes_nothing(tmp_path, monkeypatch, capsys):
    db = tmp_path / "i.db"
    sid = _database(db)
    monkeypatch.setattr("sys.stdin", io.StringIO("q\n"))
    assert main(["erase", NAME, "--database", str(db)]) == 1
    assert "nothing was changed" in capsys.readouterr().out
    assert _texts(db, sid)[0] == [NAME]

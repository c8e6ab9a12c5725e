"""`intervisie sessions` finds a session's id; `intervisie report` writes its PDF."""

from __future__ import annotations

import json

from app.main import main
from app.services.bootstrap import open_database
from tests.report_tools import pdf_text


def demo_database(path) -> str:
    """The app's first start makes the demo (sessions and report only read: they never do)."""
    open_database(str(path)).close()
    return str(path)


def test_sessions_lists_the_demo_as_table_and_json(tmp_path, capsys):
    db = demo_database(tmp_path / "x.db")
    assert main(["sessions", "--database", db]) == 0
    line = next(x for x in capsys.readouterr().out.strip().splitlines() if x.split()[0] == "1")
    assert "2019-03-14" in line
    assert "Gebiedscoöperatie Westerkwartier · Intervisie en doorkijk" in line
    assert main(["sessions", "--database", db, "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    first = found[-1]
    assert {k: first[k] for k in ("id", "held_on", "community", "title", "state")} == {
        "id": 1,
        "held_on": "2019-03-14",
        "community": "Gebiedscoöperatie Westerkwartier",
        "title": "Intervisie en doorkijk",
        "state": "open",
    }
    assert first["community_id"] == 1
    assert first["model"] == {"id": "llo-community-learning", "version": "1.0"}


def test_report_writes_the_pdf_in_the_language_asked(tmp_path, capsys):
    db, out = demo_database(tmp_path / "x.db"), tmp_path / "verslag.pdf"
    assert main(["report", "--session", "1", "--out", str(out), "--database", db]) == 0
    assert f"written: {out}" in capsys.readouterr().out
    assert "1 Vertrekpunt" in pdf_text(out.read_bytes())
    english = tmp_path / "report.pdf"
    assert (
        main(
            [
                "report",
                "--session",
                "1",
                "--out",
                str(english),
                "--lang",
                "en",
                "--anonymous",
                "--database",
                db,
            ]
        )
        == 0
    )
    text = pdf_text(english.read_bytes())
    assert "1 Starting point" in text and "Participant 1 (Society" in text
    assert "Coördinator gebiedscoöperatie" not in text
    assert not list(tmp_path.glob("*.part"))


def test_report_explains_a_wrong_session_or_an_unwritable_file(tmp_path, capsys):
    db = demo_database(tmp_path / "x.db")
    assert (
        main(["report", "--session", "42", "--out", str(tmp_path / "a.pdf"), "--database", db]) == 1
    )
    assert "there is no session 42" in capsys.readouterr().err
    nowhere = tmp_path / "no-such-folder" / "a.pdf"
    assert main(["report", "--session", "1", "--out", str(nowhere), "--database", db]) == 1
    assert "could not write" in capsys.readouterr().err
    assert not nowhere.parent.exists()

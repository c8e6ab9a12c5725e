"""The report's optional sections on the model's uses: absent unless asked for; when asked, the
projects on the model, GroenPact's action lines, actors and the knowledge gap, the timeline and
a comparison — with people hidden in the anonymised report and community names on request."""

from __future__ import annotations

from datetime import date

import pytest

from app.reports.builder import render
from app.services import communities, sessions, vertrekpunt
from app.services.report_data import report_data
from tests.report_tools import pdf_text

ALL = dict(
    include_timeline=True, include_actors=True, include_groenpact=True, include_projects=True
)


@pytest.fixture
def later(demo_store, demo_session_id):
    return sessions.list_sessions(demo_store)[0].id


def _text(store, session_id, lang="nl", anonymous=False, **options) -> str:
    return pdf_text(render(report_data(store, session_id, **options), lang, anonymous))


def _part(text: str, start: str, end: str | None = None) -> str:
    """From a section's heading to the next one's (the last time each occurs: the contents
    page names them first)."""
    return text[text.rindex(start) : text.rindex(end) if end else None]


def test_the_sections_stay_out_unless_asked_for(demo_store, later):
    text = _text(demo_store, later)
    for title in (
        "Projecten op het model",
        "GroenPact-actielijnen",
        "Actoren en kennis",
        "In de tijd",
        "Twee sessies naast elkaar",
    ):
        assert title not in text
    assert report_data(demo_store, later).uses is None


def test_the_report_holds_every_section_asked_for(demo_store, later, demo_session_id):
    text = _text(demo_store, later, compare_with=demo_session_id, **ALL)
    # projects on the model, numbered as in the action plan, and where nothing happens yet
    projects = _part(text, "Projecten op het model", "GroenPact-actielijnen")
    assert (
        "1 Leerlab korte ketens Vraagstukken, Competenties LLO, Facilitering community" in projects
    )
    assert "Nog geen project op: Visie regio" in projects
    # every initiative of the community against the action lines
    matrix = _part(text, "GroenPact-actielijnen", "Actoren en kennis")
    assert "Relevante innovatieprojecten binnen de Groene Motor" in matrix
    assert "LLO-arrangement voor ondernemers" in matrix
    assert "Nog geen initiatief voor: Internationaal, Imago." in matrix
    # actors, their knowledge and ties, and the question nobody has the knowledge for
    actors = _part(text, "Actoren en kennis", "In de tijd")
    assert "Lector Duurzaam Coöperatief Ondernemen" in actors and "verdienmodellen" in actors
    gaps = actors[actors.index("Vragen zonder de kennis die nodig is") :]
    assert "biobased bouwmaterialen?" in gaps and "nodig: biobased bouwmaterialen" in gaps
    # the timeline's dates, and the comparison's two sides and differences without totals
    timeline = _part(text, "In de tijd", "Twee sessies naast elkaar")
    assert "14 mrt 2019" in timeline and "10 okt 2019" in timeline
    side = _part(text, "Twee sessies naast elkaar")
    assert "A: Gebiedscoöperatie Westerkwartier · Intervisie en doorkijk · 14 maart 2019" in side
    assert "Monitoring 1 Afwezig 2 Impliciet omhoog" in side
    assert "Visie regio 3 In ontwikkeling 3 In ontwikkeling gelijk" in side
    assert "totaal" not in side.lower() and "score" not in side.lower().replace(
        "geen totalen of scores", ""
    )


def test_communities_compared_can_stay_unnamed(demo_store, demo_session_id):
    other = communities.create_community(demo_store, "Coöperatie Zuidhorn")
    s = sessions.create_session(demo_store, other.id, "Eerste keer", date(2020, 2, 1))
    vertrekpunt.set_assessment(demo_store, s.id, "monitoring", status=3)
    text = _text(demo_store, s.id, compare_with=demo_session_id, hide_names=True)
    side = _part(text, "Twee sessies naast elkaar")
    assert "A: Community A · Intervisie en doorkijk" in side
    assert "B: Community B · Eerste keer" in side
    assert "Zuidhorn" not in side and "Westerkwartier" not in side
    assert "Monitoring 1 Afwezig 3 In ontwikkeling hoger in B" in side


def test_the_anonymised_report_names_no_contact_person(demo_store, later):
    with demo_store.transaction() as db:
        from app import models as m

        actor = db.query(m.Actor).filter_by(name="Lector Duurzaam Coöperatief Ondernemen").one()
        actor.contact = "lector@example.org"
    text = _text(demo_store, later, lang="en", anonymous=True, include_actors=True)
    actors = _part(text, "Actors and knowledge")
    assert "Lector Duurzaam" not in actors and "lector@example.org" not in actors
    assert "Hanzehogeschool Groningen" in actors  # organisations stay
    assert "Questions without the knowledge they need" in actors


def test_the_command_line_adds_sections_on_request(tmp_path, capsys):
    from app.main import main
    from app.services.bootstrap import open_database

    db, out = str(tmp_path / "x.db"), tmp_path / "r.pdf"
    open_database(db).close()  # the first start makes the demo; report only reads
    assert (
        main(
            [
                "report",
                "--session",
                "2",
                "--out",
                str(out),
                "--include",
                "groenpact,actors",
                "--compare-with",
                "1",
                "--database",
                db,
            ]
        )
        == 0
    )
    text = pdf_text(out.read_bytes())
    assert "Actoren en kennis" in text and "Twee sessies naast elkaar" in text
    assert "In de tijd" not in text

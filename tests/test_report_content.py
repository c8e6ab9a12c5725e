"""The session report says what the session holds: every observation, accelerator, theme, step
and action of the demo; what changed since the earlier session; in English on request; with
names replaced by roles when anonymised; and with any script the group typed."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from app.modeldef import current_definition
from app.reports.anonymise import anonymise
from app.services import (
    aanpak,
    communities,
    focus,
    followup,
    sessions,
    snapshot,
    vertrekpunt,
    vervolg,
)
from app.services.report_data import report_data
from tests.report_tools import norm, pdf_pages, pdf_text, report


@pytest.fixture
def demo(demo_store, demo_session_id):
    return snapshot.session_snapshot(demo_store, demo_session_id)


@pytest.fixture
def later(demo_store, demo_session_id):
    """A follow-up of the demo half a year on: two areas moved up, one down, the demo's action
    reviewed."""
    demo = sessions.get_session(demo_store, demo_session_id)
    s = followup.start_session(
        demo_store,
        demo.community_id,
        "Tweede intervisie",
        date(2019, 10, 3),
        continues_from_id=demo_session_id,
    )
    vertrekpunt.set_assessment(demo_store, s.id, "visie-regio", status=4)  # 3 -> 4
    vertrekpunt.set_assessment(demo_store, s.id, "monitoring", status=3)  # 1 -> 3
    vertrekpunt.set_assessment(demo_store, s.id, "competenties", status=1)  # 2 -> 1
    action = aanpak.list_actions(demo_store, demo_session_id)[0]
    aanpak.review_action(
        demo_store,
        s.id,
        action.id,
        "doorgezet",
        "Eerste twee projecten lopen; derde wacht op subsidie",
    )
    return s.id


def test_demo_report_holds_everything_the_session_holds(demo_store, demo_session_id, demo):
    pdf = report(demo_store, demo_session_id)
    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf)
    model = current_definition()
    expected = [o.text for o in demo.observations] + [f.text for f in demo.focus_points]
    expected += [model.find(model.themes, t.theme_key).label.nl for t in demo.themes]
    expected += [x.text for x in demo.steps]
    for a in demo.actions:
        expected += [a.title, a.description, a.owner, a.indicator, *a.partners]
    expected += [p.name for p in demo.participants]
    assert len(demo.observations) >= 40 and len(demo.focus_points) >= 20
    missing = [t for t in expected if norm(t) not in text]
    assert missing == []
    # the ambition's paragraphs, the areas' statuses and the stage titles
    assert norm(demo.session.ambition.split("\n\n")[0]) in text
    assert "Status: 1 · Afwezig" in text and "Status: 3 · In ontwikkeling" in text
    for stage in ("1 Vertrekpunt", "2 Focus", "3 Vervolg", "4 Aanpak", "Voorwaarden voor succes"):
        assert stage in text
    # accelerators link back to the observation they came from
    assert "Uit observatie 5 bij Visie regio" in text
    # no comparison without an earlier session
    assert "Sinds de vorige sessie" not in text


def test_pages_are_numbered_with_a_running_header_and_contents(demo_store, demo_session_id):
    pages = pdf_pages(report(demo_store, demo_session_id))
    total = len(pages)
    assert total >= 6
    # page 2, the page at a glance, has its own title instead of the running header
    assert pages[1].startswith("In een oogopslag")
    for n, page in enumerate(pages[2:], start=3):
        assert f"Pagina {n} van {total}" in page
        assert "Gebiedscoöperatie Westerkwartier · Intervisie en doorkijk" in page
    contents = pages[2]
    assert contents.startswith("Inhoud") or "Inhoud" in contents
    # the contents give the page each section really starts on
    for title in ("1 Vertrekpunt", "2 Focus", "4 Aanpak"):
        page = int(re.search(re.escape(title) + r" (\d+)", contents).group(1))
        assert pages[page - 1].count(title) >= 1


def _row(text: str, label: str, labels: list[str]) -> str:
    """The comparison table's row of one element: from its label up to the next label."""
    start = text.index(label)
    ends = [text.find(other, start + len(label)) for other in labels if other != label]
    end = min([e for e in ends if e > start] or [len(text)])
    return text[start:end]


def test_follow_up_report_shows_what_moved_and_what_became_of_the_actions(demo_store, later):
    text = pdf_text(report(demo_store, later))
    intro = "Sinds de vorige sessie Vergeleken met “Intervisie en doorkijk” van 14 maart 2019."
    section = text[text.index(intro) : text.index("1 Vertrekpunt Waar staan we nu?")]
    model = current_definition()
    labels = [model.element_label(k) for k in model.element_keys()]
    assert _row(section, "Visie regionale ontwikkeling en beroepspraktijk", labels).endswith(
        "omhoog "
    )
    assert "omhoog" in _row(section, "Monitoring en kwaliteitsborging", labels)
    assert "omlaag" in _row(section, "Gevraagde competenties vanuit LLO", labels)
    assert "gelijk" in _row(section, "Visie en structuur vanuit het onderwijs", labels)
    assert "niet te vergelijken" in _row(section, "Aansluiting op de arbeidsmarkt", labels)
    # what moved is named, not tallied (issue 17: learning, not scoring)
    assert "2 omhoog, 1 omlaag" not in section
    assert "Omhoog: Visie regionale ontwikkeling en beroepspraktijk (" in section
    assert "Omlaag: Gevraagde competenties vanuit LLO (" in section
    # the review of the demo's action
    assert "Wat werd er van de acties?" in section
    assert "Relevante innovatieprojecten binnen de Groene Motor" in section
    assert "Doorgezet" in section
    assert "Eerste twee projecten lopen; derde wacht op subsidie" in section
    assert "Vervolg op Intervisie en doorkijk (14 maart 2019)" in text
    # the continued action is in this session's plan, with its life so far
    plan = text[text.index("Actieplan") :]
    assert "Relevante innovatieprojecten binnen de Groene Motor" in plan
    assert "sinds voorjaar 2019: " in plan and " → doorgezet" in plan


def test_a_session_held_later_is_not_an_earlier_session(demo_store, demo_session_id, later):
    data = report_data(demo_store, demo_session_id)
    assert data.earlier is None
    assert report_data(demo_store, later).earlier.snapshot.session.id == demo_session_id


def test_without_declared_follow_up_the_session_held_before_is_compared(
    demo_store, demo_session_id
):
    demo = sessions.get_session(demo_store, demo_session_id)
    s = sessions.create_session(demo_store, demo.community_id, "Los gesprek", date(2019, 6, 9))
    text = pdf_text(report(demo_store, s.id))
    assert "Vergeleken met “Intervisie en doorkijk” van 14 maart 2019." in text
    section = text[text.index("Wat werd er van de acties?") :]
    assert "Relevante innovatieprojecten binnen de Groene Motor" in section
    assert "Nog niet besproken" in section


def test_english_report_uses_english_labels(demo_store, demo_session_id):
    text = pdf_text(report(demo_store, demo_session_id, lang="en"))
    for label in (
        "SESSION REPORT",
        "1 Starting point",
        "Where do we stand now?",
        "Vision on regional development and professional practice",
        "Conditions for success",
        "Accelerators",
        "Innovation themes",
        "Food chains",
        "Action plan",
        "Owner and partners",
        "Status: 3 · Emerging",
        "From observation 5 of Regional vision",
        "14 March 2019",
    ):
        assert label in text, label
    for dutch in ("SESSIEVERSLAG", "Vertrekpunt", "Versnellers", "Voedselketens", "maart"):
        assert dutch not in text, dutch


def test_anonymous_report_names_no_participant(demo_store, demo_session_id, demo):
    owner = demo.participants[1].name
    aanpak.add_action(
        demo_store,
        demo_session_id,
        "Werkplaatsoverleg plannen",
        owner=owner,
        partners=[demo.participants[2].name, "Terra MBO"],
    )
    text = pdf_text(report(demo_store, demo_session_id, anonymous=True))
    for p in demo.participants:
        assert p.name not in text, p.name
    assert "Deelnemer 1 (Maatschappij, Gebiedscoöperatie Westerkwartier)" in text
    assert "Deelnemer 2 (Onderwijs, Innovatiewerkplaats Noordhorn)" in text  # the owner
    assert "Deelnemer 3 (Onderwijs, Terra MBO)" in text  # a partner
    assert "Geanonimiseerde versie" in text
    # observations are untouched
    assert norm(demo.observations[0].text) in text


def test_actions_show_their_place_in_groenpact_and_the_policy_frame(demo_store, demo_session_id):
    aanpak.add_action(
        demo_store,
        demo_session_id,
        "Leerlab voedselketen",
        groenpact=["innovatie", "leven-lang-leren"],
        frame_items=["voedselzekerheid"],
        characteristics=["klein-beginnen"],
    )
    text = pdf_text(report(demo_store, demo_session_id))
    assert "GroenPact: Innovatie; Leven Lang Leren" in text
    assert (
        "RIS3 Noord-Nederland 2014–2020: Voedselzekerheid, duurzame landbouw en bio-economie"
    ) in text


def test_anonymising_finds_names_in_free_text_however_typed(store):
    c = communities.create_community(store, "Dorp")
    s = sessions.create_session(
        store, c.id, "Overleg met Anna Straße", date(2026, 2, 2), facilitator="Piet Hein"
    )
    sessions.add_participant(store, s.id, "Anna Straße", "Gemeente", "overheid")
    sessions.add_participant(store, s.id, "Zoe\u0308 de Vries", "", "onderwijs")  # ë decomposed
    vertrekpunt.add_observation(
        store,
        s.id,
        "monitoring",
        "ANNA STRASSE belt zoë de vries; Piet Hein notuleert; Annaliese blijft Annaliese",
    )
    data = anonymise(report_data(store, s.id))
    assert data.snapshot.observations[0].text == (
        "Deelnemer 1 (Overheid, Gemeente) belt Deelnemer 2 (Onderwijs); Procesbegeleider "
        "notuleert; Annaliese blijft Annaliese"
    )
    assert data.snapshot.session.title == "Overleg met Deelnemer 1 (Overheid, Gemeente)"
    assert data.snapshot.session.facilitator == "Procesbegeleider"
    assert [p.name for p in data.snapshot.participants] == [
        "Deelnemer 1 (Overheid, Gemeente)",
        "Deelnemer 2 (Onderwijs)",
    ]


def test_votes_path_tracking_and_closing_are_reported(demo_store, demo_session_id, demo):
    sid = demo_session_id
    favourite = demo.focus_points[-1]  # the group's last accelerator gets the most votes
    focus.add_vote(demo_store, favourite.id, 5)
    focus.add_vote(demo_store, demo.focus_points[0].id, 2)
    focus.set_development_path(
        demo_store, sid, "complex-opschalen", "De vragen in de wijk zijn al complex"
    )
    vervolg.add_monitoring(
        demo_store,
        sid,
        "Jaarlijkse peiling onder ondernemers",
        kind="review",
        due_on=date(2019, 12, 1),
    )
    sessions.update_session(
        demo_store,
        sid,
        summary_note="Eerste stap gezet.\n\nDoorpakken.",
        next_session_on=date(2019, 10, 3),
    )
    pdf = report(demo_store, sid)
    text = pdf_text(pdf)
    # grouped under their element, the element with the most votes first
    table = text[text.index("Stemmen Versnellers") :]
    assert table.index("· 5 stemmen") < table.index(favourite.text)
    assert (
        table.index(favourite.text)
        < table.index(demo.focus_points[0].text)
        < table.index(demo.focus_points[1].text)
    )
    assert f"5 {favourite.text}" in table
    assert (
        "Ontwikkelpad Complex op kleine schaal beginnen, in iteraties opschalen "
        "Beginnen met complexe vraagstukken"
    ) in text
    assert "Waarom: De vragen in de wijk zijn al complex" in text
    assert (
        "Evaluatiemoment — Jaarlijkse peiling onder ondernemers (uiterlijk 1 december 2019)" in text
    )
    assert (
        "Afronding Samenvatting Eerste stap gezet. Doorpakken. Volgende sessie: 3 oktober 2019"
        in text
    )
    sizes = [
        (round(float(p.mediabox.width)), round(float(p.mediabox.height)))
        for p in PdfReader(io.BytesIO(pdf)).pages
    ]
    # A4 portrait, but the model figure's own page, which is A4 landscape
    assert sizes.count((842, 595)) == 1 and set(sizes) == {(595, 842), (842, 595)}


def test_policy_frame_tags_print_as_their_labels(demo_store):
    """Actions tagged with RIS3 items show the frame's and the item's names, never stored keys."""
    from app.services import sessions
    from tests.report_tools import norm, pdf_text, report

    later = next(s for s in sessions.list_sessions(demo_store) if "voorbeeld" in s.title)
    text = norm(pdf_text(report(demo_store, later.id)))
    assert "ris3-2014:" not in text
    assert "Voedselzekerheid, duurzame landbouw en bio-economie" in text

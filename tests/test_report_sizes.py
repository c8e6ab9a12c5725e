"""Large sessions make valid reports with nothing cut off: a 5,000-character observation, an
action plan of 60 rows (one taller than a page), a session with 200 observations."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from app.modeldef import current_definition
from app.services import aanpak, communities, sessions, vertrekpunt
from tests.report_tools import pdf_text, report


@pytest.fixture
def sid(store):
    c = communities.create_community(store, "Werkplaats Øresund")
    return sessions.create_session(store, c.id, "Grote sessie", date(2026, 5, 20)).id


def words(prefix: str, count: int) -> list[str]:
    """Distinct words that cannot be mistaken for one another, to check word by word."""
    return [f"{prefix}{i:04d}" for i in range(count)]


def missing(text: str, expected: list[str]) -> list[str]:
    return [w for w in expected if w not in text]


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_a_5000_character_observation_is_printed_whole(store, sid):
    long = words("lang", 700)
    body = " ".join(long)
    assert len(body) > 5000
    vertrekpunt.add_observation(store, sid, "visie-onderwijs", body, status=2)
    text = pdf_text(report(store, sid))
    assert missing(text, long) == []
    assert body in text  # in order, unbroken by page headers or the status mark


def test_an_action_plan_of_60_rows_runs_over_pages_with_every_cell_whole(store, sid):
    expected: list[str] = []
    for i in range(60):
        title, desc, ind = words(f"t{i:02d}x", 3), words(f"d{i:02d}x", 25), words(f"i{i:02d}x", 6)
        owner, partners = f"Eigenaar{i:02d}", [f"PartnerA{i:02d}", f"PartnerB{i:02d}"]
        aanpak.add_action(
            store,
            sid,
            " ".join(title),
            description=" ".join(desc),
            owner=owner,
            partners=partners,
            indicator=" ".join(ind),
            starts_on=date(2026, 6, 1),
            due_on=date(2026, 12, 1),
            characteristics=["cyclisch", "klein-beginnen"],
        )
        expected += title + desc + ind + [owner] + partners
    # one cell taller than a whole page must continue on the next page, not be cut off
    tall = words("hoog", 900)
    aanpak.add_action(store, sid, "Een heel lange actie", description=" ".join(tall))
    pdf = report(store, sid)
    assert pages(pdf) > 8
    text = pdf_text(pdf)
    assert missing(text, expected + tall) == []
    assert text.count("Cyclische aanpak") == 60


def test_200_observations_all_appear(store, sid):
    keys = current_definition().element_keys()
    expected: list[str] = []
    for i in range(200):
        own = words(f"o{i:03d}w", 12)
        vertrekpunt.add_observation(
            store, sid, keys[i % len(keys)], " ".join(own), status=i % 5 + 1
        )
        expected += own
    pdf = report(store, sid)
    text = pdf_text(pdf)
    assert missing(text, expected) == []
    assert "Inhoud" in text  # long enough for a table of contents

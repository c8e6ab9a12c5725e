"""When the session had a room, the report shows what the phones said: the spread of their
ratings per element beside the group's status, and their dots per accelerator; counts only,
never a device. Without a room, no such section."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from app.services import room, snapshot
from tests.report_tools import pdf_text, report


@pytest.mark.both_databases
def test_the_rooms_spread_and_votes_are_in_the_report(demo_store, demo_session_id):
    sid = demo_session_id
    for i, level in enumerate((2, 3, 3, 4, 3)):
        room.rate(demo_store, sid, "visie-regio", f"phone-{i}", level)
    room.rate(demo_store, sid, "monitoring", "phone-0", 1)
    points = snapshot.session_snapshot(demo_store, sid).focus_points
    room.cast_votes(demo_store, sid, "phone-0", {points[3].id: 2, points[0].id: 1}, allowed=3)
    room.cast_votes(demo_store, sid, "phone-1", {points[3].id: 3}, allowed=3)
    pdf = report(demo_store, sid)
    text = pdf_text(pdf)
    section = text[text.index("Wat de zaal zei Elke deelnemer") :]  # not the contents line
    assert "beoordeeld met 5 telefoons" in section
    assert "1× 2 · Impliciet, 3× 3 · In ontwikkeling, 1× 4 · Expliciet" in section
    assert "1× 1 · Afwezig" in section
    votes = section[section.index("Stemmen uit de zaal gestemd") :]
    assert "gestemd met 2 telefoons" in votes
    assert f"5 {points[3].text}" in votes and f"1 {points[0].text}" in votes
    assert votes.index(points[3].text) < votes.index(points[0].text)
    assert "phone-" not in text  # never which phone
    outline = [o.title for o in PdfReader(io.BytesIO(pdf)).outline if not isinstance(o, list)]
    assert "Wat de zaal zei" in outline
    english = pdf_text(report(demo_store, sid, lang="en"))
    assert "What the room said" in english and "rated on 5 phones" in english


def test_without_a_room_there_is_no_room_section(demo_store, demo_session_id):
    assert "Wat de zaal zei" not in pdf_text(report(demo_store, demo_session_id))

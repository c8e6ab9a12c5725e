"""Writes are checked against the session's own model: an element it does not have, or a status
outside its scale, is refused with a plain message and nothing is stored."""

from __future__ import annotations

import pytest

from app.services import focus, vertrekpunt
from app.services.errors import ServiceError


def test_an_unknown_element_or_status_is_refused(demo_store, demo_session_id):
    sid = demo_session_id
    before = len(vertrekpunt.list_observations(demo_store, sid))
    with pytest.raises(ServiceError, match="no element “bestaat-niet”"):
        vertrekpunt.add_observation(demo_store, sid, "bestaat-niet", "tekst")
    with pytest.raises(ServiceError, match="no element"):
        vertrekpunt.set_assessment(demo_store, sid, "bestaat-niet", status=3)
    with pytest.raises(ServiceError, match="Status 9 is not on the scale"):
        vertrekpunt.set_assessment(demo_store, sid, "visie-regio", status=9)
    with pytest.raises(ServiceError, match="Status 7 is not on the scale"):
        vertrekpunt.add_observation(demo_store, sid, "visie-regio", "tekst", status=7)
    obs = vertrekpunt.list_observations(demo_store, sid)[0]
    with pytest.raises(ServiceError, match="Status 6"):
        vertrekpunt.update_observation(demo_store, obs.id, status=6)
    with pytest.raises(ServiceError, match="no element"):
        focus.add_focus_point(demo_store, sid, "bestaat-niet", "tekst")
    assert len(vertrekpunt.list_observations(demo_store, sid)) == before
    assert "bestaat-niet" not in vertrekpunt.assessments(demo_store, sid)
    assert vertrekpunt.assessments(demo_store, sid)["visie-regio"].status != 9
    # what the scale has is stored
    vertrekpunt.set_assessment(demo_store, sid, "visie-regio", status=5)
    assert vertrekpunt.assessments(demo_store, sid)["visie-regio"].status == 5

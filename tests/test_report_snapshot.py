"""A report is gathered from one read transaction: a save made by another client while the data
is gathered is in the next report, never half in this one."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from app.services import report_data as rd
from app.services import vertrekpunt
from app.services.bootstrap import open_database


@pytest.mark.both_databases
def test_the_report_reads_one_transaction(demo_store, demo_session_id):
    checkouts = []
    listener = lambda *a: checkouts.append(1)  # noqa: E731
    event.listen(demo_store.engine, "checkout", listener)
    try:
        data = rd.report_data(
            demo_store,
            demo_session_id,
            include_timeline=True,
            include_actors=True,
            include_groenpact=True,
            include_projects=True,
        )
    finally:
        event.remove(demo_store.engine, "checkout", listener)
    assert data.snapshot.observations
    assert len(checkouts) == 1


@pytest.mark.both_databases
def test_a_save_elsewhere_in_the_middle_does_not_show_half(
    demo_store, demo_session_id, database_url, monkeypatch
):
    other = open_database(database_url)
    first_obs = None
    real_states = rd.element_states

    def states_after_another_save(store, session_id):
        # between reading the observations and the element states, another client adds an
        # observation and sets its element's status
        nonlocal first_obs
        first_obs = vertrekpunt.add_observation(
            other, session_id, "visie-regio", "Tussendoor opgeslagen"
        )
        vertrekpunt.set_assessment(other, session_id, "visie-regio", status=4)
        return real_states(store, session_id)

    monkeypatch.setattr(rd, "element_states", states_after_another_save)
    try:
        data = rd.report_data(demo_store, demo_session_id)
    finally:
        other.close()
    texts = [o.text for o in data.snapshot.observations]
    assert "Tussendoor opgeslagen" not in texts
    assert data.states["visie-regio"].status != 4
    assert data.states["visie-regio"].observation_count == len(
        data.snapshot.observations_of("visie-regio")
    )
    # and the next report has both
    monkeypatch.setattr(rd, "element_states", real_states)
    again = rd.report_data(demo_store, demo_session_id)
    assert "Tussendoor opgeslagen" in [o.text for o in again.snapshot.observations]
    assert again.states["visie-regio"].status == 4

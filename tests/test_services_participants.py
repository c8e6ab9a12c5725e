"""Participants: removing returns who was removed, restoring puts them back in their place,
moving reorders, and a closed session refuses all of it."""

from datetime import date

import pytest

from app.services import communities, sessions
from app.services.errors import SessionClosed

pytestmark = pytest.mark.both_databases  # also on PostgreSQL (tests/pg_tools.py)


@pytest.fixture
def session_id(store):
    c = communities.create_community(store, "Testgemeenschap")
    return sessions.create_session(store, c.id, "Eerste", date(2024, 5, 1)).id


def names(store, sid):
    return [p.name for p in sessions.list_participants(store, sid)]


def test_remove_and_restore_keeps_place_and_fields(store, session_id):
    for n in ("Anna", "Bart", "Cas"):
        sessions.add_participant(store, session_id, n)
    bart = sessions.list_participants(store, session_id)[1]
    sessions.update_participant(
        store, bart.id, organisation="Terra", helix_role="onderwijs", role_in_session="notulist"
    )
    removed = sessions.remove_participant(store, bart.id)
    assert removed.name == "Bart" and removed.organisation == "Terra"
    assert names(store, session_id) == ["Anna", "Cas"]
    back = sessions.restore_participant(store, removed)
    assert names(store, session_id) == ["Anna", "Bart", "Cas"]
    assert (back.organisation, back.helix_role, back.role_in_session) == (
        "Terra",
        "onderwijs",
        "notulist",
    )


def test_move_participant(store, session_id):
    ids = [sessions.add_participant(store, session_id, n).id for n in ("Anna", "Bart", "Cas")]
    sessions.move_participant(store, ids[2], 0)
    assert names(store, session_id) == ["Cas", "Anna", "Bart"]


def test_closed_session_refuses_participant_edits(store, session_id):
    p = sessions.add_participant(store, session_id, "Anna")
    sessions.close_session(store, session_id)
    with pytest.raises(SessionClosed):
        sessions.remove_participant(store, p.id)
    with pytest.raises(SessionClosed):
        sessions.move_participant(store, p.id, 0)
    assert names(store, session_id) == ["Anna"]

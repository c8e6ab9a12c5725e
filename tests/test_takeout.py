"""Offline first on a shared server: take a community out into a laptop's file, edit it offline
while others edit the server, bring it back; what both changed is reported and both sides kept.
Runs with the server on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from app.main import main
from app.services import communities, presence, sessions, snapshot, vertrekpunt
from app.services.bootstrap import open_database
from app.services.errors import ConcurrentEdit, ServiceError
from app.services.takeout import bring_back, taken_out, takeout
from app.vocabulary.based_on import based_on

pytestmark = pytest.mark.both_databases


@pytest.fixture
def network(store):
    """The shared database with one community and a session of four observations."""
    c = communities.create_community(store, "Gebiedscoöperatie Oost", region="Groningen")
    s = sessions.create_session(store, c.id, "Startsessie", date(2026, 3, 12))
    texts = ["Visie is er nog niet", "Scholen doen mee", "Geen budget", "Loket ontbreekt"]
    obs = [vertrekpunt.add_observation(store, s.id, "visie-regio", x).id for x in texts]
    vertrekpunt.set_assessment(store, s.id, "visie-regio", status=2, context_note="")
    sessions.update_session(store, s.id, ambition="Samen een leerlab")
    return store, c.id, s.id, obs


def _laptop_edits(laptop, obs_texts):
    sid = sessions.list_sessions(laptop)[0].id
    by_text = {o.text: o.id for o in vertrekpunt.list_observations(laptop, sid)}
    vertrekpunt.update_observation(
        laptop, by_text["Visie is er nog niet"], text="Visie is in de maak (laptop)"
    )
    vertrekpunt.update_observation(
        laptop, by_text["Scholen doen mee"], text="Twee scholen doen mee (laptop)"
    )
    vertrekpunt.delete_observation(laptop, by_text["Geen budget"])
    vertrekpunt.delete_observation(laptop, by_text["Loket ontbreekt"])
    vertrekpunt.add_observation(laptop, sid, "visie-regio", "Nieuw op de laptop")
    vertrekpunt.set_assessment(laptop, sid, "visie-regio", status=3)
    sessions.update_session(laptop, sid, ambition="Leerlab voor de regio (laptop)")
    c = communities.list_communities(laptop)[0]
    sessions.create_session(laptop, c.id, "Vervolgsessie offline", date(2026, 4, 2))


def _server_edits(server, sid, obs):
    vertrekpunt.update_observation(server, obs[1], text="Drie scholen doen mee (server)")
    vertrekpunt.update_observation(server, obs[3], text="Loket komt er (server)")
    vertrekpunt.set_assessment(server, sid, "visie-regio", status=4)
    sessions.update_session(server, sid, ambition="Leerlab met de provincie (server)")


def test_take_out_edit_offline_and_bring_back_reports_conflicts_and_keeps_both(network, tmp_path):
    server, cid, sid, obs = network
    out = takeout(server, cid, tmp_path / "laptop.db")
    assert out.community_name == "Gebiedscoöperatie Oost" and out.sessions == 1
    assert taken_out(server, communities.get_community(server, cid).uuid).role == "server"

    laptop = open_database(str(out.path))
    try:
        assert not communities.list_communities(laptop)[0].is_demo  # only the community
        _laptop_edits(laptop, obs)
        _server_edits(server, sid, obs)
        result = bring_back(laptop, server)
        with pytest.raises(ServiceError, match="already brought back"):
            bring_back(laptop, server)
    finally:
        laptop.close()

    snap = snapshot.session_snapshot(server, sid)
    texts = [o.text for o in snap.observations]
    # changed on the laptop only: taken; deleted on the laptop only: gone; new: added
    assert "Visie is in de maak (laptop)" in texts and "Nieuw op de laptop" in texts
    assert "Geen budget" not in texts
    # changed on both: the server's stays, the laptop's beside it as a marked copy
    assert "Drie scholen doen mee (server)" in texts
    copy = [x for x in texts if x.endswith("Twee scholen doen mee (laptop)")]
    assert len(copy) == 1 and copy[0].startswith("[Conflict: versie van de laptop")
    # deleted on the laptop, changed on the server: kept
    assert "Loket komt er (server)" in texts
    # a long text changed on both holds both; a status keeps the server's, the laptop's noted
    assert "Leerlab met de provincie (server)" in snap.session.ambition
    assert "Leerlab voor de regio (laptop)" in snap.session.ambition
    status = snap.assessments["visie-regio"]
    assert status.status == 4 and "status = 3" in status.context_note
    # a session made offline arrives
    assert {s.title for s in sessions.list_sessions(server)} == {
        "Startsessie",
        "Vervolgsessie offline",
    }
    reported = {(c.what, c.field) for c in result.conflicts}
    assert reported == {
        ("observation", "text"),
        ("observation", None),
        ("intervisie_session", "ambition"),
        ("assessment", "status"),
    }
    assert all("laptop" in c.describe() or c.field is None for c in result.conflicts)
    assert result.deleted == 1 and result.added >= 3
    assert taken_out(server, communities.get_community(server, cid).uuid) is None


def test_what_the_server_deleted_stays_deleted_unless_the_laptop_changed_it(network, tmp_path):
    server, cid, sid, obs = network
    out = takeout(server, cid, tmp_path / "laptop.db")
    vertrekpunt.delete_observation(server, obs[0])
    vertrekpunt.delete_observation(server, obs[1])
    laptop = open_database(str(out.path))
    try:
        lsid = sessions.list_sessions(laptop)[0].id
        second = next(
            o for o in vertrekpunt.list_observations(laptop, lsid) if o.text == "Scholen doen mee"
        )
        vertrekpunt.update_observation(laptop, second.id, text="Scholen doen echt mee")
        result = bring_back(laptop, server)
    finally:
        laptop.close()
    texts = [o.text for o in vertrekpunt.list_observations(server, sid)]
    assert "Visie is er nog niet" not in texts and "Scholen doen echt mee" in texts
    assert [c.resolution for c in result.conflicts] == [
        "deleted on the server but changed on the laptop: brought back"
    ]


def test_bringing_back_into_a_session_someone_runs_is_not_blocked_but_checked(network, tmp_path):
    """The merge writes with the same version checks as any client: the facilitator running the
    session meanwhile is told when they edit a row the merge changed under their eyes."""
    server, cid, sid, obs = network
    out = takeout(server, cid, tmp_path / "laptop.db")
    shown = vertrekpunt.list_observations(server, sid)  # on the facilitator's screen
    presence.claim_session(server, sid, facilitator="Anna")
    laptop = open_database(str(out.path))
    returning = open_database(server.url)  # the laptop's own connection to the server
    try:
        lsid = sessions.list_sessions(laptop)[0].id
        first = vertrekpunt.list_observations(laptop, lsid)[0]
        vertrekpunt.update_observation(laptop, first.id, text="Van de laptop")
        bring_back(laptop, returning)
    finally:
        returning.close()
        laptop.close()
    with pytest.raises(ConcurrentEdit) as told:
        vertrekpunt.update_observation(
            server,
            obs[0],
            text="Anna typt verder",
            based_on=based_on(next(o for o in shown if o.id == obs[0])),
        )
    assert told.value.current == "Van de laptop"


def test_take_out_and_bring_back_on_the_command_line(network, tmp_path, capsys):
    server, cid, _sid, obs = network
    laptop_file = tmp_path / "offline.db"
    assert (
        main(["takeout", "--community", str(cid), "--from", server.url, "--to", str(laptop_file)])
        == 0
    )
    assert "taken out" in capsys.readouterr().out
    assert (
        main(["takeout", "--community", str(cid), "--from", server.url, "--to", str(laptop_file)])
        == 1
    )  # never over an existing file
    capsys.readouterr()
    laptop = open_database(str(laptop_file))
    try:
        lsid = sessions.list_sessions(laptop)[0].id
        first = vertrekpunt.list_observations(laptop, lsid)[1]
        vertrekpunt.update_observation(laptop, first.id, text="Offline aangepast")
    finally:
        laptop.close()
    vertrekpunt.update_observation(server, obs[1], text="Online aangepast")
    assert main(["bringback", "--from", str(laptop_file), "--to", server.url]) == 0
    printed = capsys.readouterr().out
    assert "1 conflict" in printed and "Offline aangepast" in printed
    assert "Online aangepast" in printed


def test_a_take_out_the_server_cannot_record_leaves_no_file(network, tmp_path):
    from app.services.errors import StorageUnavailable

    server, cid, _sid, _obs = network
    looking = open_database(server.url, read_only=True)
    try:
        with pytest.raises(StorageUnavailable):
            takeout(looking, cid, tmp_path / "laptop.db")
    finally:
        looking.close()
    assert list(tmp_path.glob("laptop.db*")) == []
    assert takeout(server, cid, tmp_path / "laptop.db").sessions == 1

"""Importing a community that is already here: the service asks; merging takes, row by row, the
version changed last and adds what is new; keeping both makes a separate copy. And the anonymised
export names nobody."""

from __future__ import annotations

import json
import zipfile
from datetime import date

import pytest

from app.services import communities, sessions, vertrekpunt
from app.services.bootstrap import open_database
from app.services.exchange_export import export_community
from app.services.exchange_import import NeedsDecision, import_file
from tests.safety_tools import db_files, fingerprint

pytestmark = pytest.mark.both_databases  # also on PostgreSQL (tests/pg_tools.py)


@pytest.fixture
def laptops(demo_store, demo_session_id, tmp_path):
    """Laptop A (the demo) and laptop B, which imported A's export."""
    a = demo_store
    cid = sessions.get_session(a, demo_session_id).community_id
    first = export_community(a, cid, tmp_path / "eerste")
    b_path = tmp_path / "b.db"
    b = open_database(str(b_path), with_demo=False)
    import_file(b, first.path)
    yield a, b, b_path, cid
    b.close()


def _obs(store):
    sid = sessions.list_sessions(store)[0].id
    return sid, vertrekpunt.list_observations(store, sid)


def test_merge_keeps_the_later_edit_of_each_row_and_adds_what_is_new(laptops, tmp_path):
    a, b, b_path, cid = laptops
    sid_a, obs_a = _obs(a)
    sid_b, obs_b = _obs(b)
    x, y, w = obs_a[0].uuid, obs_a[1].uuid, obs_a[2].uuid
    by_uuid_b = {o.uuid: o.id for o in obs_b}
    by_uuid_a = {o.uuid: o.id for o in obs_a}
    vertrekpunt.update_observation(a, by_uuid_a[w], text="W volgens A")
    vertrekpunt.update_observation(b, by_uuid_b[x], text="X volgens B")
    vertrekpunt.update_observation(b, by_uuid_b[w], text="W volgens B, later")
    vertrekpunt.add_observation(b, sid_b, "monitoring", "alleen op B")
    vertrekpunt.update_observation(a, by_uuid_a[y], text="Y volgens A")
    vertrekpunt.add_observation(a, sid_a, "monitoring", "nieuw op A")
    second = export_community(a, cid, tmp_path / "tweede")

    before = fingerprint(*db_files(b_path))
    with pytest.raises(NeedsDecision) as asked:
        import_file(b, second.path)
    assert asked.value.sessions_here == asked.value.sessions_in_file  # every session is here
    assert "Merge" in str(asked.value)
    assert fingerprint(*db_files(b_path)) == before  # asking changed nothing

    result = import_file(b, second.path, on_existing="merge")
    assert result.mode == "merge" and result.added == 1 and result.updated == 1  # Y; not W
    texts = {o.uuid: o.text for o in _obs(b)[1]}
    assert texts[x] == "X volgens B"           # B's later edit stays
    assert texts[y] == "Y volgens A"           # A's later edit arrives
    assert texts[w] == "W volgens B, later"    # both edited: the later one wins
    assert {"alleen op B", "nieuw op A"} <= set(texts.values())  # nothing is deleted
    assert len(communities.list_communities(b)) == 1


def test_merge_joins_two_statuses_given_to_the_same_element(laptops, tmp_path):
    a, b, _, cid = laptops
    new = sessions.create_session(a, cid, "Derde", date(2025, 11, 1))
    import_file(b, export_community(a, cid, tmp_path / "met-derde").path, on_existing="merge")
    sid_b = next(s.id for s in sessions.list_sessions(b) if s.uuid == new.uuid)
    vertrekpunt.set_assessment(b, sid_b, "monitoring", status=2)   # each laptop its own row …
    vertrekpunt.set_assessment(a, new.id, "monitoring", status=4)  # … A's is the later one
    import_file(b, export_community(a, cid, tmp_path / "weer").path, on_existing="merge")
    assert vertrekpunt.assessments(b, sid_b)["monitoring"].status == 4


def test_keeping_both_makes_a_separate_community_with_its_own_ids(laptops, tmp_path):
    a, b, _, cid = laptops
    again = export_community(a, cid, tmp_path / "nogmaals")
    result = import_file(b, again.path, on_existing="copy")
    names = sorted(c.name for c in communities.list_communities(b))
    assert result.mode == "copy" and names[1] == names[0] + " (kopie)"
    original, copy = (sessions.list_sessions(b, c.id)[0] for c in
                      sorted(communities.list_communities(b), key=lambda c: c.id))
    assert original.uuid != copy.uuid
    uuids_a = {o.uuid for o in _obs(a)[1]}
    copied = vertrekpunt.list_observations(b, copy.id)
    assert {o.text for o in copied} == {o.text for o in _obs(a)[1]}
    assert not uuids_a & {o.uuid for o in copied}


def test_the_anonymised_export_names_nobody(demo_store, demo_session_id, tmp_path):
    s = demo_store
    sessions.update_session(s, demo_session_id, facilitator="Anne de Wit")
    sessions.add_participant(s, demo_session_id, "Bert Bos", "Noorderpoort")
    vertrekpunt.add_observation(s, demo_session_id, "monitoring",
                                "Bert Bos en anne de wit zien kansen")
    cid = sessions.get_session(s, demo_session_id).community_id
    communities.add_actor(s, cid, name="Bert Bos", organisation="Noorderpoort",
                          contact="bert@example.nl")
    out = export_community(s, cid, tmp_path / "anoniem", anonymise=True)
    raw = zipfile.ZipFile(out.path).read("intervisie.json").decode("utf-8")
    for secret in ("Anne de Wit", "anne de wit", "Bert Bos", "bert@example.nl"):
        assert secret not in raw
    doc = json.loads(raw)
    assert doc["anonymised"] is True
    assert "Noorderpoort" in raw  # organisations stay
    other = open_database(str(tmp_path / "ander.db"), with_demo=False)
    try:
        sid = import_file(other, out.path).sessions[0]
        texts = [o.text for o in vertrekpunt.list_observations(other, sid)]
        names = {p.name for p in sessions.list_participants(other, sid)}
        facilitator = sessions.get_session(other, sid).facilitator
    finally:
        other.close()
    assert facilitator.startswith("Deelnemer ")
    said = [x for x in texts if x.endswith(f" en {facilitator} zien kansen")]
    assert len(said) == 1 and said[0].split(" en ")[0] in names  # Bert, by his pseudonym

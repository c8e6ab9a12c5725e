"""Importing a community that is already here: the service asks; merging is the three-way merge
of bringing back (what changed on one side is taken, what changed on both is kept twice and
listed); keeping both makes a separate copy. And the anonymised export names nobody."""

from __future__ import annotations

import json
import zipfile
from datetime import date

import pytest

from app.main import main
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


def _state(store) -> dict:
    """Every observation's text and status and every element's note, by uuid."""
    sid, obs = _obs(store)
    notes = {a.element_key: a.context_note for a in vertrekpunt.assessments(store, sid).values()}
    return {"obs": {o.uuid: (o.text, o.status) for o in obs}, "notes": notes}


def test_a_merge_keeps_both_sides_of_what_both_laptops_changed(laptops, tmp_path, capsys):
    """The same observation's text and status, and its element's note, changed on both laptops:
    both kept and every conflict listed with both values; what changed on one side only is
    taken or stays; the same file imported again changes nothing."""
    a, b, b_path, cid = laptops
    sid_a, obs_a = _obs(a)
    sid_b, obs_b = _obs(b)
    x, y, z = obs_a[0], obs_a[1], obs_a[2]
    on_b = {o.uuid: o.id for o in obs_b}
    key = x.element_key
    vertrekpunt.update_observation(a, x.id, text="X volgens A", status=4)
    vertrekpunt.set_assessment(a, sid_a, key, context_note="Noot van A")
    vertrekpunt.update_observation(a, y.id, text="Y volgens A")  # only on A
    vertrekpunt.add_observation(a, sid_a, "monitoring", "nieuw op A")
    vertrekpunt.update_observation(b, on_b[x.uuid], text="X volgens B", status=2)
    vertrekpunt.set_assessment(b, sid_b, key, context_note="Noot van B")
    vertrekpunt.update_observation(b, on_b[z.uuid], text="Z volgens B")  # only on B
    second = export_community(a, cid, tmp_path / "tweede")

    before = fingerprint(*db_files(b_path))
    with pytest.raises(NeedsDecision) as asked:
        import_file(b, second.path)
    assert asked.value.sessions_here == asked.value.sessions_in_file  # every session is here
    assert "Merge" in str(asked.value)
    assert fingerprint(*db_files(b_path)) == before  # asking changed nothing

    b.close()  # the command line imports it, as a facilitator would type it
    assert main(["import", "--merge", str(second.path), "--database", str(b_path)]) == 0
    out = capsys.readouterr().out
    b = open_database(str(b_path))
    try:
        state = _state(b)
        texts = [text for text, _status in state["obs"].values()]
        assert state["obs"][x.uuid] == ("X volgens B", 2)  # B's version stays …
        copies = [t for t in texts if t.startswith("[Conflict: versie uit het bestand")]
        assert len(copies) == 1 and copies[0].endswith("X volgens A")  # … A's beside it
        assert state["obs"][y.uuid][0] == "Y volgens A"  # changed on A only: taken
        assert state["obs"][z.uuid][0] == "Z volgens B"  # changed on B only: stays
        assert "nieuw op A" in texts
        note = state["notes"][key]
        assert note.startswith("Noot van B") and note.endswith("Noot van A")
        # every conflict listed with both values
        assert "3 conflicts" in out
        for here, there in (
            ("X volgens B", "X volgens A"),
            ("“2”", "“4”"),
            ("Noot van B", "Noot van A"),
        ):
            assert any(here in line and there in line for line in out.splitlines()), out

        again = import_file(b, second.path, on_existing="merge")
        assert (again.added, again.updated, again.deleted, again.conflicts) == (0, 0, 0, [])
        assert _state(b) == state

        # and back: A merges B's file, and both laptops hold the same, without new conflicts
        third = export_community(b, communities.list_communities(b)[0].id, tmp_path / "derde")
        back = import_file(a, third.path, on_existing="merge")
        assert back.conflicts == []
        assert sorted(_state(a)["obs"].values()) == sorted(state["obs"].values())
        assert _state(a)["notes"] == state["notes"]
    finally:
        b.close()


def test_what_one_laptop_deleted_goes_when_the_other_did_not_change_it(laptops, tmp_path):
    a, b, _, cid = laptops
    _sid_a, obs_a = _obs(a)
    vertrekpunt.delete_observation(a, obs_a[0].id)
    vertrekpunt.delete_observation(a, obs_a[1].id)
    on_b = {o.uuid: o.id for o in _obs(b)[1]}
    vertrekpunt.update_observation(b, on_b[obs_a[1].uuid], text="B werkte hieraan")
    result = import_file(b, export_community(a, cid, tmp_path / "weg").path, on_existing="merge")
    left = {o.uuid for o in _obs(b)[1]}
    assert obs_a[0].uuid not in left and obs_a[1].uuid in left
    assert result.deleted == 1 and [c.field for c in result.conflicts] == [None]


def test_two_statuses_given_to_the_same_element_are_one_row_and_a_conflict(laptops, tmp_path):
    a, b, _, cid = laptops
    new = sessions.create_session(a, cid, "Derde", date(2025, 11, 1))
    import_file(b, export_community(a, cid, tmp_path / "met-derde").path, on_existing="merge")
    sid_b = next(s.id for s in sessions.list_sessions(b) if s.uuid == new.uuid)
    vertrekpunt.set_assessment(b, sid_b, "monitoring", status=2)  # each laptop its own row
    vertrekpunt.set_assessment(a, new.id, "monitoring", status=4)
    result = import_file(b, export_community(a, cid, tmp_path / "weer").path, on_existing="merge")
    assert vertrekpunt.assessments(b, sid_b)["monitoring"].status == 2
    assert "status = 4" in vertrekpunt.assessments(b, sid_b)["monitoring"].context_note
    assert [(c.field, c.server, c.laptop) for c in result.conflicts] == [("status", 2, 4)]


def test_keeping_both_makes_a_separate_community_with_its_own_ids(laptops, tmp_path):
    a, b, _, cid = laptops
    again = export_community(a, cid, tmp_path / "nogmaals")
    result = import_file(b, again.path, on_existing="copy")
    names = sorted(c.name for c in communities.list_communities(b))
    assert result.mode == "copy" and names[1] == names[0] + " (kopie)"
    original, copy = (
        sessions.list_sessions(b, c.id)[0]
        for c in sorted(communities.list_communities(b), key=lambda c: c.id)
    )
    assert original.uuid != copy.uuid
    uuids_a = {o.uuid for o in _obs(a)[1]}
    copied = vertrekpunt.list_observations(b, copy.id)
    assert {o.text for o in copied} == {o.text for o in _obs(a)[1]}
    assert not uuids_a & {o.uuid for o in copied}


def test_the_anonymised_export_names_nobody(demo_store, demo_session_id, tmp_path):
    s = demo_store
    sessions.update_session(s, demo_session_id, facilitator="Anne de Wit")
    sessions.add_participant(s, demo_session_id, "Bert Bos", "Noorderpoort")
    vertrekpunt.add_observation(
        s, demo_session_id, "monitoring", "Bert Bos en anne de wit zien kansen"
    )
    cid = sessions.get_session(s, demo_session_id).community_id
    communities.add_actor(
        s, cid, name="Bert Bos", organisation="Noorderpoort", contact="bert@example.nl"
    )
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

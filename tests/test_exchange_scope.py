"""An import touches only its own community: files that reuse another community's ids, rename
the community they belong to, continue a session of another community, name a model version this
app does not have, or carry undecodable text are refused with a plain message, and the database
is byte-identical afterwards."""

from __future__ import annotations

from datetime import date

import pytest

from app.main import main
from app.services import communities, sessions, vertrekpunt
from app.services.bootstrap import open_database
from app.services.exchange_export import export_community, export_session
from app.services.exchange_file import ExchangeRejected
from app.services.exchange_import import import_file
from tests.exchange_tools import fresh_ids, read_doc, write_doc
from tests.safety_tools import db_files, fingerprint


@pytest.fixture
def two_communities(demo_store, demo_session_id, tmp_path):
    """The demo, its export, and another community here with an actor and an observation."""
    store = demo_store
    demo_id = sessions.get_session(store, demo_session_id).community_id
    exported = export_community(store, demo_id, tmp_path / "demo")
    oost = communities.create_community(store, "Gebiedscoöperatie Oost")
    actor = communities.add_actor(store, oost.id, name="Wim Oost", organisation="Waterschap")
    s = sessions.create_session(store, oost.id, "Start Oost", date(2026, 3, 1))
    obs = vertrekpunt.add_observation(store, s.id, "visie-regio", "Oost's eigen observatie")
    return store, exported.path, oost, actor, s, obs


def _as_new_community(doc: dict) -> dict:
    doc = fresh_ids(doc)
    doc["community"]["name"] = "Aanval"
    return doc


def _refused(store, path, **kwargs) -> str:
    before = fingerprint(*db_files(store.path))
    with pytest.raises(ExchangeRejected) as refused:
        import_file(store, path, **kwargs)
    assert fingerprint(*db_files(store.path)) == before
    return str(refused.value)


def test_a_new_community_reusing_an_observations_id_is_refused(two_communities, tmp_path):
    store, path, oost, _actor, s, obs = two_communities
    doc = _as_new_community(read_doc(path))
    doc["sessions"][0]["observations"][0]["uuid"] = obs.uuid
    hostile = write_doc(doc, tmp_path / "obs.intervisie")
    message = _refused(store, hostile)
    assert "observation" in message and obs.uuid in message and oost.name in message
    assert "Nothing was changed" in message
    assert [o.text for o in vertrekpunt.list_observations(store, s.id)] == [obs.text]
    # keeping both gives the file's rows new ids: Oost's observation stays where it is
    copied = import_file(store, hostile, on_existing="copy")
    assert copied.mode == "copy" and copied.community_name == "Aanval"
    assert [o.uuid for o in vertrekpunt.list_observations(store, s.id)] == [obs.uuid]


def test_a_new_community_reusing_an_actors_id_is_refused(two_communities, tmp_path):
    store, path, oost, actor, _s, _obs = two_communities
    doc = _as_new_community(read_doc(path))
    old = doc["community"]["actors"][0]["uuid"]
    doc["community"]["actors"][0]["uuid"] = actor.uuid
    for p in doc["sessions"][0]["participants"]:
        p["actor"] = actor.uuid if p["actor"] == old else p["actor"]
    for s in doc["sessions"]:  # every link to the actor follows, as a careful forger would
        for row in s["observations"] + s["actions"]:
            row["actors"] = [actor.uuid if u == old else u for u in row["actors"]]
        for p in s["participants"]:
            p["actor"] = actor.uuid if p["actor"] == old else p["actor"]
    message = _refused(store, write_doc(doc, tmp_path / "actor.intervisie"))
    assert "actor" in message and actor.uuid in message
    assert [a.name for a in communities.list_actors(store, oost.id)] == ["Wim Oost"]


def test_a_session_of_another_community_cannot_be_taken_over(two_communities, tmp_path):
    store, path, oost, _actor, s, _obs = two_communities
    doc = read_doc(path)
    doc["sessions"][0]["uuid"] = s.uuid  # the demo's file claims Oost's session
    message = _refused(store, write_doc(doc, tmp_path / "sessie.intervisie"), on_existing="merge")
    assert "session" in message and oost.name in message
    assert sessions.get_session(store, s.id).community_id == oost.id


def test_continuing_a_session_of_another_community_is_refused(two_communities, tmp_path):
    store, path, oost, _actor, s, _obs = two_communities
    doc = _as_new_community(read_doc(path))
    doc["sessions"][0]["continues_from"] = s.uuid
    message = _refused(store, write_doc(doc, tmp_path / "verder.intervisie"))
    assert "continues from a session" in message and oost.name in message


def test_a_plain_session_import_never_changes_the_community_here(
    demo_store, demo_session_id, tmp_path
):
    a = demo_store
    cid = sessions.get_session(a, demo_session_id).community_id
    b = open_database(str(tmp_path / "b.db"), with_demo=False)
    try:
        import_file(b, export_community(a, cid, tmp_path / "eerst").path)
        here = communities.list_communities(b)[0]
        later = sessions.create_session(a, cid, "Vervolg op A", date(2026, 5, 1))
        doc = read_doc(export_session(a, later.id, tmp_path / "sessie").path)
        doc["community"].update(name="Gekaapt", description="", updated_at="2099-01-01T00:00:00")
        doc["community"]["actors"][0].update(name="Hernoemd", updated_at="2099-01-01T00:00:00")
        result = import_file(b, write_doc(doc, tmp_path / "hernoem.intervisie"))
        after = communities.get_community(b, here.id)
        assert result.mode == "new" and result.community_id == here.id
        assert (after.name, after.description) == (here.name, here.description)
        assert "Hernoemd" not in {x.name for x in communities.list_actors(b, here.id)}
        assert later.uuid in {x.uuid for x in sessions.list_sessions(b, here.id)}
    finally:
        b.close()


def test_an_unknown_model_version_is_refused_by_name(two_communities, tmp_path):
    store, path, *_ = two_communities
    doc = _as_new_community(read_doc(path))
    doc["sessions"][0]["model_version"] = "9.9"
    message = _refused(store, write_doc(doc, tmp_path / "model.intervisie"))
    assert "'9.9'" in message


def test_a_lone_surrogate_is_refused_in_plain_words_on_the_command_line(
    demo_store, demo_session_id, tmp_path, capsys
):
    cid = sessions.get_session(demo_store, demo_session_id).community_id
    doc = _as_new_community(read_doc(export_community(demo_store, cid, tmp_path / "d").path))
    doc["sessions"][0]["observations"][0]["text"] = "kapot \ud800 teken"
    hostile = write_doc(doc, tmp_path / "surrogaat.intervisie")
    db = demo_store.path
    demo_store.close()
    before = fingerprint(db)
    assert main(["import", str(hostile), "--database", str(db)]) == 1
    err = capsys.readouterr().err
    assert "invalid character" in err and "Nothing was changed" in err
    assert "Traceback" not in err and "UnicodeEncodeError" not in err
    assert fingerprint(db) == before

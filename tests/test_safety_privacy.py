"""Personal data stays personal: the database, its backups and exports are readable by the user
only, and one action erases a person from every session, down to the bytes of the file."""

from __future__ import annotations

import os
import stat
import sys
from datetime import date

import pytest

from app.services import aanpak, communities, sessions, vertrekpunt
from app.services.bootstrap import open_database
from app.services.errors import ServiceError
from app.services.exchange_export import export_community
from app.services.privacy import ERASED, erase_person
from app.store.backup import list_backups, make_backup

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@posix_only
def test_database_backups_and_exports_are_the_users_only(db_path, tmp_path):
    previous = os.umask(0o022)  # an ordinary desktop umask would leave new files world-readable
    try:
        store = open_database(str(db_path))
        try:
            _check_private(store, db_path, tmp_path)
        finally:
            store.close()
    finally:
        os.umask(previous)


def _check_private(demo_store, db_path, tmp_path):
    communities.create_community(demo_store, "Privé")
    assert mode(db_path) == 0o600
    assert mode(f"{db_path}-wal") == 0o600
    assert mode(f"{db_path}.lock") == 0o600
    backup = make_backup(db_path, "handmatig")
    assert mode(backup.path) == 0o600 and mode(backup.path.parent) == 0o700
    export = export_community(
        demo_store, communities.list_communities(demo_store)[0].id, tmp_path / "uit"
    )
    assert mode(export.path) == 0o600


@posix_only
def test_a_database_readable_by_others_is_made_private_on_open(db_path):
    open_database(str(db_path)).close()
    os.chmod(db_path, 0o644)
    open_database(str(db_path)).close()
    assert mode(db_path) == 0o600


@pytest.fixture
def with_anne(store):
    c = communities.create_community(store, "Privacy", description="Opgezet met Anne de Wit.")
    first = sessions.create_session(
        store, c.id, "Eerste", date(2025, 1, 10), facilitator="Anne de Wit"
    )
    second = sessions.create_session(store, c.id, "Tweede", date(2025, 2, 10))
    for s in (first, second):
        sessions.add_participant(store, s.id, "Anne de Wit", "Gemeente")
        sessions.add_participant(store, s.id, "Bert Bos", "Noorderpoort")
    vertrekpunt.add_observation(
        store, first.id, "monitoring", "anne  de wit vertelde over de pilot; Bert knikte"
    )
    aanpak.add_action(
        store,
        second.id,
        "Pilot",
        owner="Anne de Wit",
        partners=["Bert Bos", "Anne de Wit", "Gemeente"],
    )
    communities.add_actor(
        store, c.id, name="Anne de Wit", organisation="Gemeente", contact="anne@example.nl"
    )
    return c.id, first.id, second.id


def test_erase_person_removes_them_from_every_session(store, with_anne, db_path):
    _, first, second = with_anne
    counts = erase_person(store, " anne DE wit ")
    assert (
        counts.participants,
        counts.facilitators,
        counts.owners,
        counts.partners,
        counts.actors,
    ) == (2, 1, 1, 1, 1)
    assert counts.text_mentions == 2  # the description and the observation
    for sid in (first, second):
        assert [p.name for p in sessions.list_participants(store, sid)] == ["Bert Bos"]
    assert sessions.get_session(store, first).facilitator == ""
    action = aanpak.list_actions(store, second)[0]
    assert action.owner == "" and action.partners == ("Bert Bos", "Gemeente")
    obs = vertrekpunt.list_observations(store, first)[0]
    assert obs.text == f"{ERASED} vertelde over de pilot; Bert knikte"
    actor = communities.list_actors(store, with_anne[0])[0]
    assert (actor.name, actor.contact, actor.organisation) == ("", "", "Gemeente")
    raw = db_path.read_bytes() + (
        db_path.with_name(db_path.name + "-wal").read_bytes()
        if os.path.exists(f"{db_path}-wal")
        else b""
    )
    assert b"Anne de Wit" not in raw and b"anne@example.nl" not in raw  # gone from the file too


def test_erase_person_can_clean_the_backups_too(store, with_anne, db_path):
    make_backup(db_path, "handmatig")
    counts = erase_person(store, "Anne de Wit", include_backups=True)
    assert counts.backups == 1
    for b in list_backups(db_path):
        assert b"Anne de Wit" not in b.path.read_bytes()


def test_erase_person_needs_a_real_name(store, with_anne):
    with pytest.raises(ServiceError):
        erase_person(store, " a ")

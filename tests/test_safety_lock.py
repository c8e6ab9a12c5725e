"""One writer: a second copy of the app on the same file is told the file is open elsewhere and
does not write; the lock a killed copy leaves behind is no obstacle."""

from __future__ import annotations

import json
import os
import signal
import socket
import sys

import pytest

from app.services import communities, vertrekpunt
from app.services.bootstrap import FileInUse, open_database
from app.services.errors import ServiceError, StorageUnavailable
from app.store import lock
from tests.safety_tools import db_files, fingerprint, hold_database

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")


def test_a_second_copy_is_told_and_can_only_look(db_path):
    open_database(str(db_path)).close()
    other = hold_database(db_path)
    try:
        with pytest.raises(FileInUse) as caught:
            open_database(str(db_path))
        assert caught.value.holder.pid == other.pid
        assert "open in Intervisie elsewhere" in caught.value.message
        assert socket.gethostname() in caught.value.message

        before = fingerprint(*db_files(db_path))
        store = open_database(str(db_path), read_only=True)
        try:
            assert store.read_only
            community = communities.list_communities(store)[0]  # looking works
            assert community.name
            session_id = store_session(store)
            with pytest.raises(StorageUnavailable) as refused:
                vertrekpunt.add_observation(store, session_id, "monitoring", "niet opslaan")
            assert refused.value.reason == "read-only"
            assert isinstance(refused.value, ServiceError)  # the UI's usual catch sees it too
        finally:
            store.close()
        assert fingerprint(*db_files(db_path)) == before
    finally:
        other.kill()
        other.wait()


def store_session(store) -> int:
    from app.services import sessions

    return sessions.list_sessions(store)[0].id


def test_a_killed_copy_leaves_no_lock_in_the_way(db_path):
    open_database(str(db_path)).close()
    other = hold_database(db_path)
    assert lock.read_holder(lock.lock_path_for(db_path)).pid == other.pid
    os.kill(other.pid, signal.SIGKILL)
    other.wait()
    store = open_database(str(db_path))  # no question asked, nothing to clean by hand
    try:
        assert lock.read_holder(lock.lock_path_for(db_path)).pid == os.getpid()
        communities.create_community(store, "Na de crash")
    finally:
        store.close()


def test_a_stale_lock_file_naming_a_dead_process_is_taken_over(db_path):
    open_database(str(db_path)).close()
    lock.lock_path_for(db_path).write_text(
        json.dumps(
            {"pid": 999999, "host": "elders", "user": "iemand", "since": "2020-01-01T10:00:00"}
        )
    )
    store = open_database(str(db_path))
    try:
        assert lock.read_holder(lock.lock_path_for(db_path)).pid == os.getpid()
    finally:
        store.close()


def test_one_program_may_open_its_file_twice_and_releases_on_close(db_path):
    first = open_database(str(db_path))
    second = open_database(str(db_path))  # the same program: SQLite's business, not a 2nd copy
    assert lock.held_in_process(db_path)
    first.close()
    assert lock.held_in_process(db_path)
    second.close()
    assert not lock.held_in_process(db_path)
    assert lock.read_holder(lock.lock_path_for(db_path)) is None  # emptied: names nobody


def test_read_only_is_refused_for_a_file_that_does_not_exist(tmp_path):
    from app.services.bootstrap import OpenFailure

    with pytest.raises(OpenFailure) as caught:
        open_database(str(tmp_path / "nieuw.db"), read_only=True)
    assert "does not exist" in caught.value.message
    assert not (tmp_path / "nieuw.db").exists()

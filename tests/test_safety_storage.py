"""When the storage refuses a write (full disk, read-only, locked), the services say so with a
StorageUnavailable the UI can show as a banner, nothing half-written remains, and the retry queue
keeps the typed text and writes it, in order, once writing works again."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import event

from app.services import communities, sessions, vertrekpunt
from app.services.bootstrap import open_database
from app.services.errors import ServiceError, StorageUnavailable
from app.services.retry_queue import RetryQueue
from app.store.backup import integrity_ok


@pytest.fixture
def session_id(store):
    c = communities.create_community(store, "Opslag")
    return sessions.create_session(store, c.id, "Vol", date(2025, 3, 1)).id


@contextmanager
def faulty(store, fault):
    """Every connection of the store gets `fault` (a function of the raw sqlite3 connection)."""

    def on_connect(dbapi_connection, _record):
        fault(dbapi_connection)

    store.engine.dispose()
    event.listen(store.engine, "connect", on_connect)
    try:
        yield
    finally:
        event.remove(store.engine, "connect", on_connect)
        store.engine.dispose()


def disk_full(con):
    # SQLite's own "database or disk is full" path: the file may not grow by a single page
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.execute(f"PRAGMA max_page_count={pages}")


def read_only(con):
    con.execute("PRAGMA query_only=ON")


def texts(store, session_id):
    return [o.text for o in vertrekpunt.list_observations(store, session_id)]


@pytest.mark.parametrize("fault, reason", [(disk_full, "full"), (read_only, "read-only")])
def test_a_refused_write_is_a_clear_storage_unavailable(store, session_id, fault, reason):
    with faulty(store, fault), pytest.raises(StorageUnavailable) as caught:
        vertrekpunt.add_observation(store, session_id, "monitoring", "x" * 20_000)
    assert caught.value.reason == reason
    assert isinstance(caught.value, ServiceError)
    assert "Nothing you typed is lost" in str(caught.value)
    assert texts(store, session_id) == []  # nothing half-written


def test_a_locked_file_is_a_storage_unavailable_too(store, session_id, db_path):
    other = sqlite3.connect(db_path)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with (
            faulty(store, lambda con: con.execute("PRAGMA busy_timeout=50")),
            pytest.raises(StorageUnavailable) as caught,
        ):
            vertrekpunt.set_assessment(store, session_id, "monitoring", status=3)
        assert caught.value.reason == "locked"
    finally:
        other.rollback()
        other.close()


def test_the_queue_keeps_edits_in_order_and_writes_them_when_room_returns(store, session_id):
    queue = RetryQueue()
    ok = vertrekpunt.add_observation(store, session_id, "monitoring", "eerst").id
    with faulty(store, disk_full):
        assert not queue.submit(
            lambda: vertrekpunt.add_observation(
                store, session_id, "monitoring", "wat de groep net zei " + "x" * 20_000
            ),
            "nieuw",
        )
        assert not queue.submit(
            lambda: vertrekpunt.update_observation(
                store, ok, text="eerst, herzien " + "y" * 20_000
            ),
            "herzien",
        )
        assert queue.pending == 2 and queue.labels() == ["nieuw", "herzien"]
        assert not queue.retry()  # still full: still waiting, still in order
        assert queue.last_failure.reason == "full"
    assert queue.retry()
    assert queue.pending == 0 and queue.last_failure is None
    found = texts(store, session_id)
    assert found[0].startswith("eerst, herzien") and found[1].startswith("wat de groep net zei")


def test_an_edit_refused_on_replay_for_its_own_reason_lets_the_rest_through(store, session_id):
    queue = RetryQueue()
    gone = vertrekpunt.add_observation(store, session_id, "monitoring", "weg").id
    with faulty(store, read_only):
        queue.submit(lambda: vertrekpunt.update_observation(store, gone, text="te laat"))
        queue.submit(lambda: vertrekpunt.add_observation(store, session_id, "monitoring", "na"))
    vertrekpunt.delete_observation(store, gone)  # e.g. deleted meanwhile on this laptop
    assert queue.retry()
    assert texts(store, session_id) == ["na"]
    assert len(queue.refused) == 1


def test_a_really_full_disk(tmp_path):
    """A tiny tmpfs, filled to the brim: the write fails with 'full', the typed text waits, and
    once space is freed it is written; the file checks out whole."""
    mnt = tmp_path / "klein"
    mnt.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mnt)],
        capture_output=True,
        text=True,
        check=False,
    )
    if sys.platform != "linux" or mounted.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {mounted.stderr.strip()}")
    store = None
    try:
        store = open_database(str(mnt / "vol.db"), with_demo=False)
        c = communities.create_community(store, "Klein")
        sid = sessions.create_session(store, c.id, "Vol", date(2025, 3, 1)).id
        ballast = mnt / "ballast"
        ballast.write_bytes(b"\0" * 400_000)
        for size in (50_000, 4_000, 100):  # to the brim: not even a small edit fits
            with pytest.raises(StorageUnavailable) as caught:
                for i in range(500):
                    vertrekpunt.add_observation(store, sid, "monitoring", f"{i} " + "z" * size)
            assert caught.value.reason == "full"
        before = len(texts(store, sid))
        queue = RetryQueue()
        assert not queue.submit(
            lambda: vertrekpunt.add_observation(store, sid, "monitoring", "wat de groep net zei")
        )
        ballast.unlink()
        assert queue.retry()
        found = texts(store, sid)
        assert len(found) == before + 1 and found[-1] == "wat de groep net zei"
        store.close()
        store = None
        assert integrity_ok(mnt / "vol.db")[0]
    finally:
        if store is not None:
            store.close()
        subprocess.run(["umount", str(mnt)], capture_output=True, check=False)


def test_the_window_keeps_its_waiting_edits_in_the_one_queue(store):
    """The session controller waits in app.services.retry_queue (one queue in the app): a draft
    typed on while waiting replaces its waiting version in place, the order stays."""
    from app.services.retry_queue import RetryQueue, Waiting

    q = RetryQueue()
    q.enqueue(Waiting(lambda: None, "a", merge="draft:x", payload=1))
    q.enqueue(Waiting(lambda: None, "b", payload=2))
    q.enqueue(Waiting(lambda: None, "a2", merge="draft:x", payload=3))
    assert [w.payload for w in q] == [3, 2]
    from app.ui.session import controller

    assert controller.RetryQueue is RetryQueue

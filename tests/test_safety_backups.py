"""Backups: made at start, every ten minutes while there are changes and on close; thinned to a
sensible number; listed and restored from the command line, the current file kept aside first."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.main import main
from app.services import communities, sessions
from app.services.bootstrap import open_database
from app.services.errors import ServiceError
from app.services.recovery import restore_backup
from app.store.backup import BackupInfo, integrity_ok, list_backups, make_backup
from app.store.backup_schedule import BackupSchedule
from app.store.retention import thin, to_delete


class Clock:
    def __init__(self):
        self.now = datetime(2025, 5, 1, 9, 0)

    def __call__(self):
        return self.now


def test_the_schedule_backs_up_at_start_while_changing_and_on_close(demo_store, db_path):
    clock = Clock()
    schedule = BackupSchedule(db_path, clock=clock)
    assert schedule.start().reason == "start"
    assert not schedule.due()  # nothing changed yet
    communities.create_community(demo_store, "Nieuw")
    schedule.note_change()
    clock.now += timedelta(minutes=9)
    assert not schedule.due() and schedule.run_if_due() is None
    clock.now += timedelta(minutes=1)
    made = schedule.run_if_due()
    assert made.reason == "periodiek" and integrity_ok(made.path)[0]
    assert not schedule.due(clock.now + timedelta(hours=1))  # no changes since: no new copy
    assert schedule.close() is None  # nothing new to keep
    schedule.note_change()
    closing = schedule.close()
    assert closing.reason == "afsluiten"
    assert [b.reason for b in list_backups(db_path)] == ["afsluiten", "periodiek", "start"]


def test_a_failing_backup_does_not_interrupt_and_is_tried_again(demo_store, db_path):
    clock = Clock()
    schedule = BackupSchedule(db_path, clock=clock)
    schedule.start()
    schedule.note_change()
    clock.now += timedelta(minutes=10)
    schedule.db_path = db_path.with_name("weg.db")  # the copy cannot be made (no such file)
    assert schedule.run_if_due() is None and schedule.last_error
    assert schedule.due()  # still owed
    schedule.db_path = db_path
    assert schedule.run_if_due() is not None and schedule.last_error is None


def _fake(made_at: datetime, name: str) -> BackupInfo:
    return BackupInfo(Path(name), made_at, "periodiek", 1)


def test_retention_keeps_the_last_day_then_daily_then_monthly():
    now = datetime(2025, 6, 30, 12, 0)
    backups = [_fake(now - timedelta(hours=h), f"h{h}") for h in range(0, 24, 2)]  # last day
    backups += [
        _fake(now - timedelta(days=d, hours=h), f"d{d}-{h}") for d in range(2, 29) for h in (0, 3)
    ]  # two a day
    backups += [
        _fake(datetime(2025, mo, day, 10), f"m{mo}-{day}") for mo in (1, 2, 3) for day in (3, 17)
    ]  # two a month, long ago
    doomed = {b.path.name for b in to_delete(backups, now)}
    kept = {b.path.name for b in backups} - doomed
    assert {f"h{h}" for h in range(0, 24, 2)} <= kept
    assert all(f"d{d}-0" in kept and f"d{d}-3" in doomed for d in range(2, 29))  # newest per day
    assert {"m1-17", "m2-17", "m3-17"} <= kept and {"m1-3", "m2-3", "m3-3"} <= doomed


def test_retention_never_deletes_the_newest_verified_backup(demo_store, db_path):
    old = make_backup(db_path, "periodiek")
    much_later = old.made_at + timedelta(days=400)
    assert to_delete([old], much_later) == []
    newer = make_backup(db_path, "periodiek")
    newer.path.write_bytes(b"damaged by the disk")  # the newest no longer verifies …
    thin(db_path, now=much_later)
    assert old.path.exists()  # … so the older one that does is kept


def test_restore_keeps_the_current_file_aside_first(demo_store, db_path):
    backup = make_backup(db_path, "handmatig")
    communities.create_community(demo_store, "Na de backup")
    demo_store.close()
    result = restore_backup(db_path, backup)
    assert result.kept_aside is not None and integrity_ok(result.kept_aside)[0]
    store = open_database(str(db_path))
    try:
        assert "Na de backup" not in [c.name for c in communities.list_communities(store)]
        with pytest.raises(ServiceError, match="Close the database"):
            restore_backup(db_path, backup)  # not under an open store
    finally:
        store.close()
    aside = open_database(str(result.kept_aside))
    try:
        assert "Na de backup" in [c.name for c in communities.list_communities(aside)]
    finally:
        aside.close()


def test_restore_refuses_a_backup_that_does_not_verify(demo_store, db_path):
    bad = make_backup(db_path, "handmatig")
    bad.path.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    demo_store.close()
    before = db_path.read_bytes()
    with pytest.raises(ServiceError, match="not whole"):
        restore_backup(db_path, bad)
    assert db_path.read_bytes() == before


def test_backup_list_and_restore_on_the_command_line(demo_store, db_path, capsys):
    make_backup(db_path, "handmatig")
    sid = sessions.list_sessions(demo_store)[0].id
    kept = [s.id for s in sessions.list_sessions(demo_store)]
    sessions.delete_session(demo_store, sid)  # oops
    demo_store.close()
    assert main(["backup", "list", "--verify", "--database", str(db_path)]) == 0
    listing = capsys.readouterr().out
    assert "handmatig" in listing and "verified" in listing
    assert main(["backup", "restore", "1", "--database", str(db_path)]) == 0
    assert "kept as" in capsys.readouterr().out
    store = open_database(str(db_path))
    try:
        assert [s.id for s in sessions.list_sessions(store)] == kept
    finally:
        store.close()


def test_backup_restore_is_refused_while_the_app_has_the_file(demo_store, db_path, capsys):
    from tests.safety_tools import hold_database

    make_backup(db_path, "handmatig")
    demo_store.close()
    other = hold_database(db_path)
    try:
        assert main(["backup", "restore", "--database", str(db_path)]) == 1
        assert "open in Intervisie elsewhere" in capsys.readouterr().err
    finally:
        other.kill()
        other.wait()

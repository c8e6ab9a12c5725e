"""The questions a person answers: restore the newest backup of a damaged file, open read-only
when another copy has the file, merge or keep both; and the backup timer of the window."""

from __future__ import annotations

import pytest

from app.services import sessions
from app.services.bootstrap import open_database
from app.services.exchange_import import NeedsDecision
from app.store.backup import list_backups, make_backup
from app.ui.shell.backup_timer import BackupTimer
from app.ui.shell.safety_prompts import ask_merge_or_copy, open_with_questions
from tests.safety_tools import hold_database
from tests.uitools import answer, seen


@pytest.fixture
def damaged(db_path):
    open_database(str(db_path)).close()
    backup = make_backup(db_path, "handmatig")
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    return db_path, backup


def test_a_damaged_file_is_restored_from_the_offered_backup(qtbot, damaged):
    db, backup = damaged
    answer("Restore the backup")
    store = open_with_questions(None, str(db))
    try:
        assert f"{backup.made_at:%Y-%m-%d %H:%M}" in seen[0]
        assert sessions.list_sessions(store)
    finally:
        store.close()


def test_declining_the_restore_leaves_the_file_as_it_is(qtbot, damaged):
    db, _ = damaged
    before = db.read_bytes()
    answer("Not now")
    assert open_with_questions(None, str(db)) is None
    assert db.read_bytes() == before


def test_a_file_open_elsewhere_can_be_opened_read_only(qtbot, db_path):
    open_database(str(db_path)).close()
    other = hold_database(db_path)
    try:
        answer("Open read-only")
        store = open_with_questions(None, str(db_path))
        try:
            assert store.read_only and "open in Intervisie elsewhere" in seen[0]
        finally:
            store.close()
    finally:
        other.kill()
        other.wait()


def test_merge_or_keep_both(qtbot):
    answer("Keep both")
    assert ask_merge_or_copy(None, NeedsDecision("Westerkwartier", 1, 1)) == "copy"
    assert "Westerkwartier" in seen[0]


def test_the_backup_timer_backs_up_at_start_and_on_close_after_changes(qtbot, demo_store, db_path):
    timer = BackupTimer(db_path)
    timer.start()
    timer.tick()  # nothing changed: no new backup
    timer.note_change()
    timer.stop()
    assert [b.reason for b in list_backups(db_path)] == ["afsluiten", "start"]

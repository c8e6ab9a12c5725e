"""A backup that cannot be made, a database that fails SQLite's full integrity check, and the WAL
journal deleted under the running app: the window says so in a banner that stays (not a status-bar
line of 15 seconds), and a backup is made at once, elsewhere when the usual folder refuses."""

from __future__ import annotations

import sqlite3

import pytest

from app.paths import data_dir
from app.services import communities
from app.services.bootstrap import open_database
from app.store.backup import integrity_ok, list_backups
from app.store.backup_schedule import BackupSchedule
from app.ui.common.settings import Settings
from app.ui.shell.main_window import MainWindow


def block_backups(db_path):
    """The backups folder cannot be made: a file is in its place (as good as a full or
    read-only folder, and it works for root too)."""
    folder = db_path.parent / "backups"
    if folder.is_dir():
        for p in folder.iterdir():
            p.unlink()
        folder.rmdir()
    folder.write_text("not a folder")


def hurt_an_index(db_path):
    """Damage that SQLite's quick_check does not see and its full integrity_check does: an
    index whose entries no longer match its table (the file still opens as usual)."""
    con = sqlite3.connect(db_path)
    con.execute("CREATE INDEX ix_probe ON community(name)")
    con.commit()
    con.execute("PRAGMA writable_schema=ON")
    con.execute(
        "UPDATE sqlite_master SET sql='CREATE INDEX ix_probe ON community(region)' "
        "WHERE name='ix_probe'"
    )
    con.commit()
    con.close()


def test_a_failing_backup_is_made_elsewhere_at_once(demo_store, db_path):
    block_backups(db_path)
    schedule = BackupSchedule(db_path)
    made = schedule.start()
    assert schedule.trouble.kind == "failed" and "backups" in schedule.trouble.detail
    assert made is not None and made.path == schedule.trouble.elsewhere
    assert data_dir() in made.path.parents  # the user's data folder, not the database's
    assert integrity_ok(made.path)[0]


def test_the_full_integrity_check_runs_with_each_backup(demo_store, db_path):
    demo_store.close()
    hurt_an_index(db_path)
    store = open_database(str(db_path))  # the quick check at opening passes
    try:
        schedule = BackupSchedule(db_path)
        assert schedule.start() is None
        assert schedule.trouble.kind == "damaged"
        assert "missing from index ix_probe" in schedule.trouble.detail
    finally:
        store.close()


@pytest.fixture
def window(qtbot, tmp_path, db_path):
    def start() -> MainWindow:
        w = MainWindow(Settings(str(tmp_path / "s.ini")), str(db_path))
        qtbot.addWidget(w)
        w.show()
        w.open_database()
        w.backup_timer.start()  # at once, not after the first paint
        opened.append(w)
        return w

    opened: list[MainWindow] = []
    yield start
    for w in opened:
        w.shutdown()


def test_the_window_shows_a_failed_backup_in_a_banner(window, db_path):
    open_database(str(db_path)).close()
    block_backups(db_path)
    w = window()
    text = w.store_banner.text()
    assert "could not be made" in text and "elsewhere instead" in text
    assert str(w.backup_timer.schedule.trouble.elsewhere) in text


def test_the_window_shows_a_failed_integrity_check(window, db_path):
    open_database(str(db_path)).close()
    hurt_an_index(db_path)
    w = window()
    assert "integrity check" in w.store_banner.text()
    assert "ix_probe" in w.store_banner.text()


def test_a_deleted_journal_is_rescued_backed_up_and_told(window, db_path):
    w = window()
    communities.create_community(w.store, "Voor het wissen")
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists()
    wal.unlink()  # a cleaning tool under the running app
    communities.create_community(w.store, "Na het wissen")
    w.backup_timer.tick()
    text = w.store_banner.text()
    assert "journal file (-wal) was deleted" in text
    rescue = next(b for b in list_backups(db_path) if b.reason == "noodkopie")
    assert str(rescue.path) in text
    con = sqlite3.connect(f"file:{rescue.path}?mode=ro", uri=True)
    names = {r[0] for r in con.execute("SELECT name FROM community")}
    con.close()
    assert {"Voor het wissen", "Na het wissen"} <= names
    communities.create_community(w.store, "Daarna")  # and writing goes on, in a new journal
    w.shutdown()
    store = open_database(str(db_path))
    try:
        found = {c.name for c in communities.list_communities(store)}
        assert {"Voor het wissen", "Na het wissen", "Daarna"} <= found
    finally:
        store.close()

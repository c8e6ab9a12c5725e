"""A database file that is missing or empty while backups beside it hold the group's work is
never silently replaced by a fresh one: every command refuses and names the newest verified
backup, commands that only read never create a file, only `migrate --start-empty` (or the
window's button) starts empty, and thinning keeps the backups that may be all that is left."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app.main import main
from app.services import communities, sessions
from app.services.bootstrap import open_database
from app.services.recovery import restore_backup
from app.store import retention
from app.store.backup import make_backup
from app.store.retention import thin


@pytest.fixture
def lost(db_path):
    """The group's database with one backup; then the file is emptied (a half-copied stick)."""
    store = open_database(str(db_path))
    communities.create_community(store, "Eigen werk")
    store.close()
    backup = make_backup(db_path, "handmatig")
    for suffix in ("", "-wal", "-shm"):
        p = db_path.with_name(db_path.name + suffix)
        if p.exists():
            p.unlink()
    return backup


@pytest.mark.parametrize("how", ["missing", "zero bytes"])
@pytest.mark.parametrize(
    "command",
    [
        ["sessions"],
        ["check"],
        ["export", "uit.intervisie"],
        ["report", "--session", "1", "--out", "r.pdf"],
        ["import", "x.intervisie"],
        ["migrate"],
        ["backup", "make"],
    ],
)
def test_every_command_refuses_and_names_the_backup(
    lost, db_path, capsys, how, command, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    if how == "zero bytes":
        db_path.write_bytes(b"")

    # the conftest's XDG folders (data, config, cache) are the app's own, not the database's:
    # the command's log goes there
    def beside():
        return sorted(
            p.name for p in tmp_path.iterdir() if p.name not in ("data", "config", "cache")
        )

    before = beside()
    assert main([*command, "--database", str(db_path)]) != 0
    err = capsys.readouterr().err
    assert lost.path.name in err and "2 communities and 2 sessions" in err
    assert "Nothing has been created" in err
    assert beside() == before  # not a byte made
    assert (db_path.stat().st_size if db_path.exists() else 0) == 0


def test_reading_commands_never_create_a_file(tmp_path, capsys):
    db = tmp_path / "nieuw" / "x.db"
    for command in (
        ["sessions"],
        ["check"],
        ["export", str(tmp_path / "e.intervisie")],
        ["report", "--session", "1", "--out", str(tmp_path / "r.pdf")],
        ["backup", "list"],
    ):
        assert main([*command, "--database", str(db)]) != 0
        assert "does not exist" in capsys.readouterr().err or command[0] == "backup"
    assert not (tmp_path / "nieuw").exists()
    assert not (tmp_path / "r.pdf").exists() and not (tmp_path / "e.intervisie").exists()


def test_the_window_path_refuses_too_and_start_empty_is_explicit(lost, db_path, capsys):
    from app.services.bootstrap import DatabaseMissing

    with pytest.raises(DatabaseMissing) as caught:
        open_database(str(db_path))  # what the window calls: no demo over the group's work
    assert caught.value.backup.path == lost.path and caught.value.contents == (2, 2)
    assert main(["migrate", "--start-empty", "--database", str(db_path)]) == 0
    store = open_database(str(db_path))
    try:
        assert communities.list_communities(store) == []  # empty, no demo on top
    finally:
        store.close()
    assert lost.path.exists()


def test_backup_list_still_shows_what_brings_it_back(lost, db_path, capsys):
    assert main(["backup", "list", "--database", str(db_path)]) == 1
    out = capsys.readouterr()
    assert lost.path.name in out.out and "missing or empty" in out.err
    assert main(["backup", "restore", "--database", str(db_path)]) == 0
    store = open_database(str(db_path))
    try:
        assert "Eigen werk" in [c.name for c in communities.list_communities(store)]
    finally:
        store.close()


def _old_backups(db_path, now, days):
    """Two backups a day for `days` days before now (so thinning has work)."""
    return [
        _backup_at(db_path, now - timedelta(days=d + 2, hours=h))
        for d in range(days)
        for h in (9, 12)
    ]


def test_nothing_is_thinned_in_the_week_after_the_database_was_made_again(lost, db_path):
    now = datetime.now()
    db_path.write_bytes(lost.path.read_bytes())  # a stand-in for the old file, to copy from
    made = _old_backups(db_path, now, 3)
    db_path.unlink()
    assert main(["migrate", "--start-empty", "--database", str(db_path)]) == 0
    assert thin(db_path, now + timedelta(days=6)) == []
    assert all(p.exists() for p in made)
    assert thin(db_path, now + timedelta(days=8))  # after the week the usual rules again


def _backup_at(db_path, at):
    p = db_path.parent / "backups" / f"{db_path.stem}-{at:%Y%m%d-%H%M%S-%f}-periodiek.db"
    make_backup(db_path, "periodiek").path.rename(p)
    return p


def test_the_newest_backup_that_holds_more_is_never_thinned(lost, db_path):
    """The reported loss: the group's backups of a morning, then an empty database made that
    afternoon; the afternoon's (empty) backups are the day's newest, so the day rule let every
    backup with the group's work go."""
    day = datetime.now() - timedelta(days=2)
    db_path.write_bytes(lost.path.read_bytes())
    lost.path.unlink()
    work = [_backup_at(db_path, day.replace(hour=h, minute=0)) for h in (9, 10)]
    db_path.unlink()
    open_database(str(db_path), start_empty=True).close()
    (db_path.parent / "backups" / f"{db_path.stem}.fresh.json").unlink()  # the week is over
    empty = [_backup_at(db_path, day.replace(hour=h, minute=0)) for h in (15, 16)]
    deleted = thin(db_path)
    assert work[0] in deleted  # the usual rules still thin
    assert work[1].exists()  # the newest one with the group's work stays
    assert all(p.exists() for p in empty)
    restore_backup(db_path, work[1])
    store = open_database(str(db_path))
    try:
        assert "Eigen werk" in [c.name for c in communities.list_communities(store)]
        assert sessions.list_sessions(store)
    finally:
        store.close()


def test_a_restore_holds_thinning_back_for_a_week(demo_store, db_path):
    b = make_backup(db_path, "handmatig")
    demo_store.close()
    restore_backup(db_path, b.path)
    assert retention.fresh_since(db_path) > datetime.now() - timedelta(minutes=1)


def test_killed_backups_leave_no_journal_litter(db_path, demo_store):
    folder = db_path.parent / "backups"
    make_backup(db_path, "start")
    old = datetime.now() - timedelta(hours=2)
    litter = [
        folder / f"{db_path.stem}-20250101-090000-000000-periodiek.db.part",
        folder / f"{db_path.stem}-20250101-090000-000000-periodiek.db.part-journal",
    ]
    import os

    for p in litter:
        p.write_bytes(b"half")
        os.utime(p, (old.timestamp(), old.timestamp()))
    deleted = thin(db_path)
    assert set(litter) <= set(deleted) and not any(p.exists() for p in litter)

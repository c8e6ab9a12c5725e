"""The window on a missing or empty database beside backups of the group's work: it offers the
newest verified backup with its date and contents, and starts empty only when that is chosen."""

from __future__ import annotations

import pytest

from app.services import communities
from app.services.bootstrap import open_database
from app.store.backup import make_backup
from app.ui.common.settings import Settings
from app.ui.shell.main_window import MainWindow
from tests.uitools import answer, seen


@pytest.fixture
def emptied(db_path):
    store = open_database(str(db_path))
    communities.create_community(store, "Eigen werk")
    store.close()
    backup = make_backup(db_path, "handmatig")
    db_path.write_bytes(b"")  # a half-copied stick: the name is there, the work is not
    return backup


def _open(qtbot, tmp_path, db_path) -> MainWindow:
    w = MainWindow(Settings(str(tmp_path / "s.ini")), str(db_path))
    qtbot.addWidget(w)
    w.show()
    w.open_database()
    return w


def names(store) -> list[str]:
    return [c.name for c in communities.list_communities(store)]


def test_the_window_offers_the_newest_backup_and_restores_it(qtbot, tmp_path, db_path, emptied):
    answer("Restore the backup")
    w = _open(qtbot, tmp_path, db_path)
    try:
        assert f"{emptied.made_at:%Y-%m-%d %H:%M}" in seen[0]
        assert "2 communities and 2 sessions" in seen[0]
        assert "Eigen werk" in names(w.store)
    finally:
        w.shutdown()


def test_not_now_creates_nothing(qtbot, tmp_path, db_path, emptied):
    answer("Not now")
    w = _open(qtbot, tmp_path, db_path)
    try:
        assert w.store is None and db_path.stat().st_size == 0
    finally:
        w.shutdown()


def test_start_empty_only_on_the_button(qtbot, tmp_path, db_path, emptied):
    answer("Start with an empty database")
    w = _open(qtbot, tmp_path, db_path)
    try:
        assert names(w.store) == []  # empty on purpose: not the demo over the group's work
        assert emptied.path.exists()
    finally:
        w.shutdown()

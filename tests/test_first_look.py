"""The first look at the database file (app.store.first_look): the same communities and sessions
as the services list, read with the standard library before SQLAlchemy is loaded, only from a
plain up-to-date file and without writing a byte; anything else waits for the storage layer.
On the window: the list is on screen before SQLAlchemy is imported, and a database that then
does not open leaves nothing of the first look behind."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.services import communities, followup, sessions
from app.services.bootstrap import open_database
from app.store.first_look import first_look

ROOT = Path(__file__).resolve().parent.parent


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _with_more(path: Path) -> None:
    store = open_database(str(path))
    try:
        for name in ("Zuidhorn", "ääland", "Ameland", "zwolle"):  # case and accents in the order
            c = communities.create_community(store, name, region=f"Regio {name}")
            for i in range(3):
                s = followup.start_session(store, c.id, f"Sessie {i}", date(2024, 1 + i, 5))
                if i == 1:
                    sessions.close_session(store, s.id)
    finally:
        store.close()


@pytest.mark.parametrize("more", [False, True])
def test_the_first_look_reads_what_the_services_list(tmp_path, more):
    path = tmp_path / "x.db"
    open_database(str(path)).close()  # the demo
    if more:
        _with_more(path)
    before = _digest(path)
    listed, first_sessions = first_look(str(path))
    assert _digest(path) == before  # read-only: not a byte changed
    store = open_database(str(path))
    try:
        expected = communities.list_communities(store)
        assert listed == expected
        assert first_sessions == sessions.list_sessions(store, expected[0].id)
        assert [c.session_count for c in listed] == [c.session_count for c in expected]
    finally:
        store.close()


def test_anything_but_a_plain_up_to_date_file_waits_for_the_storage_layer(tmp_path):
    assert first_look(str(tmp_path / "missing.db")) is None
    (tmp_path / "empty.db").write_bytes(b"")
    assert first_look(str(tmp_path / "empty.db")) is None
    (tmp_path / "junk.db").write_bytes(b"not a database at all" * 100)
    assert first_look(str(tmp_path / "junk.db")) is None
    plain = tmp_path / "other.db"
    with sqlite3.connect(plain) as c:  # somebody else's SQLite file
        c.execute("CREATE TABLE t (x)")
    assert first_look(str(plain)) is None
    older = tmp_path / "older.db"
    open_database(str(older)).close()
    with sqlite3.connect(older) as c:
        c.execute("UPDATE alembic_version SET version_num = '0012_cycle'")
    assert first_look(str(older)) is None  # a migration first: the storage layer decides
    assert first_look("postgresql://nobody@localhost/nothing") is None
    assert not (tmp_path / "missing.db").exists()  # and no file is ever made


PROBE = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from app.ui.shell.startup import start_window
app, w = start_window(sys.argv[1])
seen = {}

class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and w.home.communities.count() and "list" not in seen:
            seen["list"] = {"sqlalchemy": "sqlalchemy" in sys.modules,
                            "rows": w.home.table.rowCount(), "store": w.store is not None}
        return False

probe = Probe()
w.home.communities.viewport().installEventFilter(probe)

def done():
    if w.store is not None:
        app.quit()
    else:
        QTimer.singleShot(5, done)

QTimer.singleShot(0, done)
QTimer.singleShot(30000, app.quit)
app.exec()
print(json.dumps({**seen, "after": w.home.communities.count(), "open": w.home.open_button.isEnabled()}))
w.shutdown()
"""


def test_the_list_is_on_screen_before_sqlalchemy_is_imported(tmp_path):
    db = tmp_path / "x.db"
    open_database(str(db)).close()
    r = subprocess.run(
        [sys.executable, "-c", PROBE, str(db)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        cwd=ROOT,
        check=False,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    got = json.loads(r.stdout.strip().splitlines()[-1])
    assert got["list"] == {"sqlalchemy": False, "rows": 2, "store": False}
    assert got["after"] == 1 and got["open"]  # then filled again from the services, ready


def test_a_database_that_then_does_not_open_leaves_no_list(qtbot, tmp_path, monkeypatch):
    from app.ui.common.settings import Settings
    from app.ui.shell import safety_prompts
    from app.ui.shell.main_window import MainWindow

    db = tmp_path / "x.db"
    open_database(str(db)).close()
    w = MainWindow(Settings(str(tmp_path / "s.ini")), str(db))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    # the user answers the in-use question with Cancel: nothing is opened
    monkeypatch.setattr(safety_prompts, "open_with_questions", lambda *_a, **_k: None)
    w.look_then_open()
    assert w.home.communities.count() == 1 and w.home.table.rowCount() == 2
    assert not w.home.open_button.isEnabled()  # opening waits for the storage layer
    qtbot.waitUntil(lambda: w.home.heading.text() == "No database open", timeout=5000)
    assert w.home.communities.count() == 0 and w.home.table.rowCount() == 0
    w.shutdown()

"""PySide's per-import check for `__feature__` gives the same answers without keeping the source of
every module imported after it in linecache (19 MB for SQLAlchemy, the models and the services)."""

from __future__ import annotations

import json
import subprocess
import sys

import sqlalchemy.orm.session as sa_session

import app.ui.shell.home_page as home_page
from app.ui.common.import_scan import install, mentions_pyside

# the app's start-up, then what it imports after the first paint
PROBE = """
import json, linecache, sys
from app.ui.shell.startup import create_application
create_application()
import app.services.bootstrap, app.services.communities
kept = [f for f in linecache.cache if "sqlalchemy" in f or "app/services" in f]
print(json.dumps(kept))
"""


def test_the_answers_are_pysides_own():
    assert mentions_pyside(home_page) is True
    assert mentions_pyside(sa_session) is False
    assert mentions_pyside(sys) is False  # no file: no source for inspect either


def test_it_replaces_the_scan_of_this_pyside():
    assert install() is True
    assert sys.modules["shibokensupport.feature"]._mod_uses_pyside is mentions_pyside


def test_the_modules_loaded_after_the_window_leave_no_source_behind(tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    r = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    assert json.loads(r.stdout.strip().splitlines()[-1]) == []

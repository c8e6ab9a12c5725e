"""Start-up: the first window appears before the heavy libraries are imported, and the app opens
on the demo community."""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROBE = r"""
import gc, json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from app.ui.shell.startup import start_window
app, w = start_window(sys.argv[1])
seen = {}

class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "first" not in seen:
            seen["first"] = sorted(m for m in ("pyqtgraph", "reportlab", "alembic", "sqlalchemy")
                                   if m in sys.modules)
            seen["gc_at_paint"] = gc.isenabled()
        return False

probe = Probe()
w.installEventFilter(probe)

def wait_for_list():
    if w.home.communities.count() and w.store is not None:  # open, past the first look
        QTimer.singleShot(50, app.quit)  # settle() runs right after the fill
    else:
        QTimer.singleShot(5, wait_for_list)

QTimer.singleShot(0, wait_for_list)
QTimer.singleShot(30000, app.quit)
app.exec()
print(json.dumps({"first": seen.get("first"),
                  "after": sorted(m for m in ("pyqtgraph", "reportlab", "alembic")
                                  if m in sys.modules),
                  "communities": w.home.communities.count(),
                  "heading": w.home.heading.text(),
                  "sessions": w.home.table.rowCount(),
                  "gc_at_paint": seen.get("gc_at_paint"), "gc_after": gc.isenabled()}))
w.shutdown()
"""


def _probe(db) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run(
        [sys.executable, "-c", PROBE, str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=os.path.dirname(os.path.dirname(__file__)),
        check=False,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    return json.loads(r.stdout.strip().splitlines()[-1])


def test_heavy_modules_wait_until_after_the_first_window(tmp_path):
    db = tmp_path / "x.db"
    first = _probe(db)  # creates the file (alembic is needed to stamp a new file)
    assert first["heading"] == "Gebiedscoöperatie Westerkwartier"
    again = _probe(db)  # an up-to-date file
    assert again["first"] == []
    assert "alembic" not in again["after"]
    assert "pyqtgraph" not in again["after"] and "reportlab" not in again["after"]
    # the worked example and its illustrative follow-up
    assert again["communities"] == 1 and again["sessions"] == 2
    # no collections while the app starts (everything made then lives on), back on once filled
    assert again["gc_at_paint"] is False and again["gc_after"] is True

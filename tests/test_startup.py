"""Start-up: the first window appears before the heavy libraries are imported, and the app opens
on the demo community."""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROBE = r"""
import json, sys
from PySide6.QtCore import QTimer
from app.ui.startup import create_application
from app.ui.main_window import MainWindow
app, settings = create_application()
w = MainWindow(settings, sys.argv[1])
w.show()
app.processEvents()
heavy_at_first_paint = sorted(m for m in ("pyqtgraph", "reportlab", "alembic", "sqlalchemy")
                              if m in sys.modules)
w.open_database()
print(json.dumps({"first": heavy_at_first_paint,
                  "after": sorted(m for m in ("pyqtgraph", "reportlab", "alembic")
                                  if m in sys.modules),
                  "communities": w.home.communities.count(),
                  "heading": w.home.heading.text(),
                  "sessions": w.home.table.rowCount()}))
w.shutdown()
"""


def _probe(db) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([sys.executable, "-c", PROBE, str(db)], capture_output=True, text=True,
                       env=env, timeout=120, cwd=os.path.dirname(os.path.dirname(__file__)))
    assert r.returncode == 0, r.stderr[-3000:]
    return json.loads(r.stdout.strip().splitlines()[-1])


def test_heavy_modules_wait_until_after_the_first_window(tmp_path):
    db = tmp_path / "x.db"
    first = _probe(db)          # creates the file (alembic is needed to stamp a new file)
    assert first["heading"] == "Gebiedscoöperatie Westerkwartier"
    again = _probe(db)          # an up-to-date file
    assert again["first"] == []
    assert "alembic" not in again["after"]
    assert "pyqtgraph" not in again["after"] and "reportlab" not in again["after"]
    # the worked example and its illustrative follow-up
    assert again["communities"] == 1 and again["sessions"] == 2

"""Memory: resident set size with the main window and the canvas open on the demo session, and
after 2,000 edits (growth).

Run: python -m benchmarks.memory [edits]
"""

from __future__ import annotations

import gc
import sys

from benchmarks.common import print_table, temp_db

TARGET_MB = 200


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def measure(edits: int = 2000) -> dict:
    from PySide6.QtWidgets import QApplication

    from app.ui.shell.startup import create_application

    # in the app's order: the application first, the window, then the services it opens with
    _app, settings = create_application()
    from app.services import sessions, vertrekpunt
    from app.ui.shell.main_window import MainWindow

    window = MainWindow(settings, str(temp_db("memory.db")))
    window.resize(1366, 768)
    window.show()
    window.open_database()
    sid = sessions.list_sessions(window.store)[0].id
    window.open_session(sid)
    page = window.session_page
    page.go_to("vertrekpunt")
    QApplication.processEvents()
    gc.collect()
    opened = rss_mb()
    vp = page.page_by_key["vertrekpunt"]
    obs = vertrekpunt.list_observations(window.store, sid, "visie-regio")
    at_half = None
    for i in range(edits):
        # the edits a session is made of: retyping a line, then a status
        target = obs[i % len(obs)]
        page.controller.write(
            vertrekpunt.update_observation,
            target.id,
            text=f"{target.text} ({i})",
            what="observation-text",
        )
        page.controller.write(
            vertrekpunt.update_observation, target.id, status=1 + i % 5, what="observations"
        )
        if i % 50 == 0:
            QApplication.processEvents()
        if i == edits // 2:
            gc.collect()
            at_half = rss_mb()
    QApplication.processEvents()
    gc.collect()
    after = rss_mb()
    window.shutdown()
    del vp
    return {
        "opened_mb": opened,
        "half_mb": at_half or opened,
        "after_mb": after,
        "edits": edits,
        "growth_mb": after - (at_half or opened),
    }


def rows(r: dict) -> list:
    return [
        (
            "resident memory, window and canvas open",
            f"{r['opened_mb']:.0f} MB",
            f"< {TARGET_MB} MB",
            r["opened_mb"] < TARGET_MB,
        ),
        (
            f"after {r['edits']} edits",
            f"{r['after_mb']:.0f} MB",
            f"< {TARGET_MB} MB",
            r["after_mb"] < TARGET_MB,
        ),
        (
            "growth over the second half of the edits",
            f"{r['growth_mb']:+.1f} MB",
            "not growing (< 5 MB)",
            r["growth_mb"] < 5,
        ),
    ]


def measure_apart(edits: int = 2000) -> dict:
    """The same in a fresh process: what other benchmarks left behind must not count."""
    import json
    import os
    import subprocess

    r = subprocess.run(
        [sys.executable, "-m", "benchmarks.memory", str(edits), "--json"],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    if r.returncode != 0:
        raise RuntimeError(f"memory benchmark failed: {r.stderr[-2000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    result = measure(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
    if "--json" in sys.argv:
        import json

        print(json.dumps(result))
    else:
        print("memory (offscreen)")
        print_table(rows(result))

"""Start-up: process start to the first painted window and to the community list filled, on a
database with 100 sessions, against a bare PySide6 window started the same way.

Run: python -m benchmarks.startup [runs]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from benchmarks.common import print_table, temp_db


def _run(args: list[str]) -> dict[str, float | str]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.startup_child", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    marks: dict[str, float | str] = {}
    for line in proc.stdout:
        word, _, rest = line.strip().partition(" ")
        marks[word] = (time.perf_counter() - t0) * 1000
        if word == "painted":
            marks["heavy"] = rest
    try:
        _out, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        _out, err = proc.communicate()
    wanted = {"painted"} | ({"listed", "opened"} if args[0] == "app" else set())
    if not wanted <= set(marks):  # a crash must not pass as a fast start
        raise RuntimeError(f"start-up child {args} did not finish: {err[-2000:]}")
    return marks


def make_database(sessions: int = 100) -> str:
    from datetime import date, timedelta

    from app.services import communities
    from app.services import sessions as sess
    from app.services.bootstrap import open_database

    path = temp_db("startup.db")
    store = open_database(str(path))
    per = max(1, sessions // 10)
    made = 1  # the demo
    for c in range(10):
        community = communities.create_community(store, f"Community {c:02d}")
        for i in range(per):
            if made >= sessions:
                break
            sess.create_session(
                store, community.id, f"Sessie {i}", date(2020, 1, 1) + timedelta(days=30 * i)
            )
            made += 1
    store.close()
    return str(path)


def measure(runs: int = 7, sessions: int = 100) -> dict:
    db = make_database(sessions)
    _run(["app", db])  # warm the file cache and the .pyc files once
    bare = [_run(["bare"])["painted"] for _ in range(runs)]
    app = [_run(["app", db]) for _ in range(runs)]
    bare_ms = statistics.median(bare)
    first_ms = statistics.median(r["painted"] for r in app)
    listed_ms = statistics.median(r["listed"] for r in app)
    opened_ms = statistics.median(r["opened"] for r in app)
    return {
        "opened_ms": opened_ms,
        "opened_ratio": opened_ms / bare_ms,
        "bare_ms": bare_ms,
        "first_window_ms": first_ms,
        "list_filled_ms": listed_ms,
        "first_ratio": first_ms / bare_ms,
        "listed_ratio": listed_ms / bare_ms,
        "heavy_at_first_paint": app[-1]["heavy"] or "none",
        "sessions": sessions,
    }


def rows(r: dict) -> list:
    return [
        ("bare PySide6 window, first paint", f"{r['bare_ms']:.0f} ms", "", None),
        (
            "app: first painted window",
            f"{r['first_window_ms']:.0f} ms",
            f"{r['first_ratio']:.2f}x bare, <= 2x",
            r["first_ratio"] <= 2.0,
        ),
        (
            f"app: community list filled ({r['sessions']} sessions)",
            f"{r['list_filled_ms']:.0f} ms",
            f"{r['listed_ratio']:.2f}x bare, <= 4x",
            r["listed_ratio"] <= 4,
        ),
        (
            "app: database open, page filled from it",
            f"{r['opened_ms']:.0f} ms",
            f"{r['opened_ratio']:.2f}x bare",
            None,
        ),
        (
            "heavy modules at first paint",
            r["heavy_at_first_paint"],
            "none of pyqtgraph, reportlab, alembic",
            not any(
                m in str(r["heavy_at_first_paint"]) for m in ("pyqtgraph", "reportlab", "alembic")
            ),
        ),
    ]


if __name__ == "__main__":
    print("start-up, median of runs, each a fresh process (offscreen)")
    print_table(rows(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 7)))

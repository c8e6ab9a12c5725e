"""How fast a community's timeline opens with many sessions, offscreen.

Run: python -m benchmarks.timeline [sessions]

A community gets `sessions` sessions (default 500), each with a status for every element of the
model (twelve: 6,000 statuses). Measured: the service (one query for all sessions), and opening
the view — service, chart with a line and markers per element, legend, session list, shown and
painted. The first opening in a process also imports pyqtgraph (heavy, and imported only then);
it is measured once on its own, then the median of further openings.
"""

from __future__ import annotations

import sys
import time
from datetime import date, timedelta

from benchmarks.common import median_ms, print_table, temp_db

TARGET_MS = 500.0


def fill(store, sessions: int) -> int:
    """A community with `sessions` sessions a week apart, every element assessed in each."""
    from app import models as m
    from app.modeldef import current_definition

    model = current_definition()
    keys = model.element_keys()
    with store.transaction() as db:
        c = m.Community(name="Benchmark-community")
        db.add(c)
        start = date(2015, 1, 5)
        for i in range(sessions):
            s = m.IntervisieSession(
                title=f"Sessie {i + 1}",
                held_on=start + timedelta(weeks=i),
                model_id=model.id,
                model_version=model.version,
            )
            s.assessments = [
                m.Assessment(element_key=k, status=1 + (i // 40 + j) % 5)
                for j, k in enumerate(keys)
            ]
            c.sessions.append(s)
        db.flush()
        return c.id


def measure(sessions: int = 500, runs: int = 7) -> dict:
    from PySide6.QtWidgets import QApplication

    from app.services.bootstrap import open_database
    from app.services.timeline import community_timeline

    app = QApplication.instance() or QApplication([])
    store = open_database(str(temp_db()), with_demo=False)
    try:
        cid = fill(store, sessions)
        service = median_ms(lambda: community_timeline(store, cid), runs=15)

        def open_view():
            from app.ui.community.timeline import TimelineView

            view = TimelineView(store, cid)
            view.show()
            view.repaint()
            app.processEvents()
            view.close()
            view.deleteLater()
            return view

        t = time.perf_counter()
        first = open_view()
        first_ms = (time.perf_counter() - t) * 1000
        points = sum(first.point_count(k) for k in first.items)
        view_ms = median_ms(open_view, runs=runs, warmup=1)
    finally:
        store.close()
    return {
        "sessions": sessions,
        "points": points,
        "service_ms": service,
        "first_open_ms": first_ms,
        "open_ms": view_ms,
    }


def rows(r: dict) -> list:
    return [
        (
            f"timeline service ({r['sessions']} sessions, {r['points']} points)",
            f"{r['service_ms']:.1f} ms",
            "",
            None,
        ),
        (
            f"open the timeline view ({r['sessions']} sessions)",
            f"{r['open_ms']:.0f} ms",
            f"< {TARGET_MS:.0f} ms",
            r["open_ms"] < TARGET_MS,
        ),
        ("first open in a process (imports pyqtgraph)", f"{r['first_open_ms']:.0f} ms", "", None),
    ]


def main(argv: list[str]) -> int:
    r = measure(int(argv[0]) if argv else 500)
    print_table(rows(r))
    return 0 if r["open_ms"] < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

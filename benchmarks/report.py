"""How long the PDF report takes to build: the demo session, and a session of 200 observations.

Run: python -m benchmarks.report [runs]

The data are read once; the figure is the median time of render() (layout, contents page when
long, fonts embedded), which is what Export PDF… waits for.
"""

from __future__ import annotations

import sys
from datetime import date

from benchmarks.common import median_ms, print_table, temp_db

DEMO_TARGET_MS = 500
LARGE_TARGET_MS = 2000


def _large_session(store) -> int:
    """200 observations of about a line and a half each, spread over every element, with
    statuses and a few accelerators, themes and actions, as a long day's session might hold."""
    from app.modeldef import current_definition
    from app.services import aanpak, communities, focus, sessions, vertrekpunt

    model = current_definition()
    keys = model.element_keys()
    c = communities.create_community(store, "Benchmarkcoöperatie")
    sid = sessions.create_session(store, c.id, "Lange sessie", date(2026, 4, 1)).id
    for i in range(200):
        o = vertrekpunt.add_observation(
            store, sid, keys[i % len(keys)],
            f"Observatie {i}: de samenwerking tussen onderwijs, ondernemers en gemeente rond "
            f"vraagstuk {i} verloopt nog grotendeels impliciet en zonder vaste afspraken",
            status=i % 5 + 1)
        if i % 10 == 0:
            focus.focus_from_observation(store, o.id)
    for key in keys:
        vertrekpunt.set_assessment(store, sid, key, status=3)
    for i in range(10):
        aanpak.add_action(store, sid, f"Actie {i}", owner="Gebiedscoöperatie",
                          partners=["Terra MBO"], indicator="Twee pilots lopen")
    return sid


def main(runs: int = 7) -> int:
    from app.reports.builder import render
    from app.services import sessions
    from app.services.bootstrap import open_database
    from app.services.report_data import report_data

    store = open_database(str(temp_db("report.db")))
    try:
        demo = report_data(store, sessions.list_sessions(store)[0].id)
        large = report_data(store, _large_session(store))
    finally:
        store.close()
    demo_ms = median_ms(lambda: render(demo), runs=runs, warmup=1)
    large_ms = median_ms(lambda: render(large), runs=runs, warmup=1)
    print(f"PDF report build time, median of {runs} runs:")
    print_table([
        ("demo session", f"{demo_ms:.0f} ms", f"< {DEMO_TARGET_MS} ms", demo_ms < DEMO_TARGET_MS),
        ("200 observations", f"{large_ms:.0f} ms", f"< {LARGE_TARGET_MS} ms",
         large_ms < LARGE_TARGET_MS),
    ])
    return 0 if demo_ms < DEMO_TARGET_MS and large_ms < LARGE_TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main(*(int(a) for a in sys.argv[1:2])))

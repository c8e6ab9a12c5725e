"""How long the PDF report takes to build: the demo session, and a session of 200 observations.

Run: python -m benchmarks.report [runs]

The data are read once; the figure is the median time of render() (layout, contents page when
long, fonts embedded), which is what Export PDF… waits for.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta

from benchmarks.common import median_ms, print_table, temp_db

DEMO_TARGET_MS = 500
LARGE_TARGET_MS = 2000


def _large_session(store, count: int = 200) -> int:
    """200 observations of about a line and a half each, spread over every element, with
    statuses and a few accelerators, themes and actions, as a long day's session might hold."""
    from app.modeldef import current_definition
    from app.services import aanpak, communities, focus, sessions, vertrekpunt

    model = current_definition()
    keys = model.element_keys()
    c = communities.create_community(store, "Benchmarkcoöperatie")
    sid = sessions.create_session(store, c.id, "Lange sessie", date(2026, 4, 1)).id
    for i in range(count):
        o = vertrekpunt.add_observation(
            store,
            sid,
            keys[i % len(keys)],
            f"Observatie {i}: de samenwerking tussen onderwijs, ondernemers en gemeente rond "
            f"vraagstuk {i} verloopt nog grotendeels impliciet en zonder vaste afspraken",
            status=i % 5 + 1,
        )
        if i % 10 == 0:
            focus.focus_from_observation(store, o.id)
    for key in keys:
        vertrekpunt.set_assessment(store, sid, key, status=3)
    for i in range(10):
        aanpak.add_action(
            store,
            sid,
            f"Actie {i}",
            owner="Gebiedscoöperatie",
            partners=["Terra MBO"],
            indicator="Twee pilots lopen",
        )
    return sid


def _community_of(store, sessions: int) -> int:
    """A community with `sessions` sessions, each following the one before (statuses and
    observations carried over and revised, an action each); returns the last session."""
    from app.modeldef import current_definition
    from app.services import aanpak, communities, followup, vertrekpunt

    keys = current_definition().element_keys()
    c = communities.create_community(store, "Coöperatie met historie")
    previous = None
    for i in range(sessions):
        s = followup.start_session(
            store,
            c.id,
            f"Sessie {i + 1}",
            date(2020, 1, 6) + timedelta(days=14 * i),
            continues_from_id=previous,
        )
        for j, key in enumerate(keys[:6]):
            vertrekpunt.set_assessment(store, s.id, key, status=1 + (i + j) % 5)
        vertrekpunt.add_observation(store, s.id, keys[i % len(keys)], f"Nieuw inzicht {i}")
        aanpak.add_action(store, s.id, f"Actie uit sessie {i + 1}", owner="Terra MBO")
        previous = s.id
    return previous


def measure(runs: int = 7, observations: int = 200, history: int = 50) -> dict:
    from app.reports.builder import render
    from app.services import sessions
    from app.services.bootstrap import open_database
    from app.services.report_data import report_data

    store = open_database(str(temp_db("report.db")))
    try:
        demo = report_data(store, sessions.list_sessions(store)[0].id)
        large = report_data(store, _large_session(store, observations))
        last = _community_of(store, history)
        community = report_data(
            store,
            last,
            include_timeline=True,
            include_actors=True,
            include_groenpact=True,
            include_projects=True,
        )
    finally:
        store.close()
    return {
        "demo_ms": median_ms(lambda: render(demo), runs=runs, warmup=1),
        "large_ms": median_ms(lambda: render(large), runs=runs, warmup=1),
        "community_ms": median_ms(lambda: render(community), runs=runs, warmup=1),
        "observations": observations,
        "history": history,
    }


def rows(r: dict) -> list:
    return [
        (
            "report: demo session",
            f"{r['demo_ms']:.0f} ms",
            f"< {DEMO_TARGET_MS} ms",
            r["demo_ms"] < DEMO_TARGET_MS,
        ),
        (
            f"report: {r['observations']} observations",
            f"{r['large_ms']:.0f} ms",
            f"< {LARGE_TARGET_MS} ms",
            r["large_ms"] < LARGE_TARGET_MS,
        ),
        (
            f"report: a community with {r['history']} sessions (all sections on the model's uses)",
            f"{r['community_ms']:.0f} ms",
            f"< {LARGE_TARGET_MS} ms",
            r["community_ms"] < LARGE_TARGET_MS,
        ),
    ]


def main(runs: int = 7) -> int:
    r = measure(runs)
    print(f"PDF report build time, median of {runs} runs:")
    print_table(rows(r))
    return 0 if all(met for *_x, met in rows(r)) else 1


if __name__ == "__main__":
    sys.exit(main(*(int(a) for a in sys.argv[1:2])))

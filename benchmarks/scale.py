"""Scale: open and list a database with 10,000 sessions in 200 communities.

Run: python -m benchmarks.scale [sessions] [communities]
"""

from __future__ import annotations

import sys
import time
from datetime import date, datetime, timedelta

from benchmarks.common import median_ms, print_table, temp_db

TARGET_MS = 200


def make_database(sessions: int, communities: int) -> str:
    """Rows written in bulk (the services would take minutes for 10,000 sessions); the shape is
    what the services write."""
    from sqlalchemy import insert

    from app import models as m
    from app.models.base import new_uuid
    from app.services.bootstrap import open_database

    path = temp_db("scale.db")
    store = open_database(str(path), with_demo=False)
    now = datetime(2026, 1, 1)
    with store.engine.begin() as conn:
        conn.execute(
            insert(m.Community),
            [
                {
                    "name": f"Community {c:03d}",
                    "region": "Noord",
                    "description": "",
                    "is_demo": False,
                    "uuid": new_uuid(),
                    "created_at": now,
                    "updated_at": now,
                }
                for c in range(communities)
            ],
        )
        conn.execute(
            insert(m.IntervisieSession),
            [
                {
                    "community_id": 1 + i % communities,
                    "title": f"Sessie {i}",
                    "held_on": date(2015, 1, 1) + timedelta(days=i % 4000),
                    "location": "",
                    "facilitator": "",
                    "model_id": "llo-community-learning",
                    "model_version": "1.0",
                    "current_stage": "aanpak",
                    "stage_reached": "aanpak",
                    "state": "closed",
                    "development_path_reason": "",
                    "ambition": "",
                    "summary_note": "",
                    "uuid": new_uuid(),
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(sessions)
            ],
        )
    store.close()
    return str(path)


def measure(sessions: int = 10_000, communities: int = 200, runs: int = 7) -> dict:
    from app.services import communities as comm
    from app.services import sessions as sess
    from app.services.bootstrap import open_database

    db = make_database(sessions, communities)

    def open_and_list() -> None:
        store = open_database(db)
        found = comm.list_communities(store)
        sess.list_sessions(store, found[0].id)
        store.close()

    def list_all() -> None:
        sess.list_sessions(store)

    store = open_database(db)
    t = time.perf_counter()
    everything = sess.list_sessions(store)
    first_all = (time.perf_counter() - t) * 1000
    assert len(everything) == sessions
    result = {
        "sessions": sessions,
        "communities": communities,
        "open_and_list_ms": median_ms(open_and_list, runs),
        "list_communities_ms": median_ms(lambda: comm.list_communities(store), runs),
        "list_all_sessions_ms": median_ms(list_all, runs),
        "list_all_first_ms": first_all,
    }
    store.close()
    return result


def rows(r: dict) -> list:
    n = f"{r['sessions']:,} sessions in {r['communities']} communities"
    return [
        (
            f"open + list communities + one community's sessions ({n})",
            f"{r['open_and_list_ms']:.0f} ms",
            f"< {TARGET_MS} ms",
            r["open_and_list_ms"] < TARGET_MS,
        ),
        (
            "list the communities (with counts)",
            f"{r['list_communities_ms']:.0f} ms",
            f"< {TARGET_MS} ms",
            r["list_communities_ms"] < TARGET_MS,
        ),
        ("list every session", f"{r['list_all_sessions_ms']:.0f} ms", "", None),
    ]


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    print("scale, median of runs")
    print_table(rows(measure(*args)))

"""A shared PostgreSQL server over loopback, against the laptop's SQLite file in the same run:
listing 10,000 sessions (200 communities) and saving an edit (one observation's text, through the
service the session window calls: the version and in-use checks included).

Run: python -m benchmarks.postgres [URL] [sessions]
URL defaults to $INTERVISIE_BENCH_POSTGRES_URL, then $INTERVISIE_TEST_POSTGRES_URL; the run works
in a schema of its own and drops it afterwards. For figures that mean something, point it at a
server with PostgreSQL's default durability (`INTERVISIE_PG_DURABLE=1 INTERVISIE_PG_PORT=54330
bash .ci/postgres.sh` starts one; the test server runs with fsync off).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
import uuid
from datetime import date, datetime, timedelta

from benchmarks.common import median_ms, percentile, print_table, temp_db

LIST_TARGET_MS = 500  # the home page lists every session of the network
SAVE_TARGET_MS = 50  # a pause in typing is saved well within the debounce of 400 ms


def _schema_url(base: str, schema: str) -> str:
    from sqlalchemy.engine import make_url

    u = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    return u.render_as_string(hide_password=False)


def _fill(store, sessions: int, communities: int) -> int:
    """Rows in bulk, shaped as the services write them; returns a session to edit in."""
    from sqlalchemy import insert, select

    from app import models as m

    now = datetime(2026, 1, 1)
    stamp = {"created_at": now, "updated_at": now}
    with store.engine.begin() as conn:
        conn.execute(
            insert(m.Community),
            [
                {
                    "name": f"Community {c:03d}",
                    "region": "Noord",
                    "description": "",
                    "is_demo": False,
                    "uuid": str(uuid.uuid4()),
                    **stamp,
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
                    "state": "open" if i == sessions - 1 else "closed",
                    "development_path_reason": "",
                    "ambition": "",
                    "summary_note": "",
                    "uuid": str(uuid.uuid4()),
                    **stamp,
                }
                for i in range(sessions)
            ],
        )
        return conn.execute(
            select(m.IntervisieSession.id).where(m.IntervisieSession.state == "open")
        ).scalar()


def _measure_store(target: str, sessions: int, communities: int, edits: int) -> dict:
    from app.services import communities as comm
    from app.services import sessions as sess
    from app.services import vertrekpunt
    from app.services.bootstrap import open_database

    store = open_database(target, with_demo=False)
    try:
        sid = _fill(store, sessions, communities)
        t = time.perf_counter()
        assert len(sess.list_sessions(store)) == sessions
        first = (time.perf_counter() - t) * 1000
        listed = median_ms(lambda: sess.list_sessions(store), runs=7)
        one = comm.list_communities(store)[0].id
        per_community = median_ms(lambda: sess.list_sessions(store, one), runs=15)
        oid = vertrekpunt.add_observation(store, sid, "visie-regio", "Begin").id
        vertrekpunt.list_observations(store, sid)
        saves = []
        for i in range(edits):
            t = time.perf_counter()
            vertrekpunt.update_observation(store, oid, text=f"Versie {i} van de observatie")
            saves.append((time.perf_counter() - t) * 1000)
        return {
            "list_all_first_ms": first,
            "list_all_ms": listed,
            "list_one_community_ms": per_community,
            "save_median_ms": statistics.median(saves),
            "save_p95_ms": percentile(saves, 95),
        }
    finally:
        store.close()


def measure(url: str, sessions: int = 10_000, communities: int = 200, edits: int = 200) -> dict:
    from sqlalchemy import create_engine

    from app.store.engine import server_url

    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url(url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
        fsync = conn.exec_driver_sql("SHOW fsync").scalar()
        version = conn.exec_driver_sql("SHOW server_version").scalar()
    try:
        pg = _measure_store(_schema_url(url, schema), sessions, communities, edits)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()
    sqlite = _measure_store(str(temp_db("compare.db")), sessions, communities, edits)
    return {
        "sessions": sessions,
        "communities": communities,
        "edits": edits,
        "server": f"PostgreSQL {version}, fsync {fsync}",
        "postgres": pg,
        "sqlite": sqlite,
    }


def rows(r: dict) -> list:
    out = []
    for name, key in (("PostgreSQL", "postgres"), ("SQLite", "sqlite")):
        x = r[key]
        out += [
            (
                f"{name}: list all {r['sessions']:,} sessions",
                f"{x['list_all_ms']:.0f} ms",
                f"< {LIST_TARGET_MS} ms",
                x["list_all_ms"] < LIST_TARGET_MS,
            ),
            (f"{name}: list all, first time", f"{x['list_all_first_ms']:.0f} ms", "-", None),
            (
                f"{name}: list one community's sessions",
                f"{x['list_one_community_ms']:.1f} ms",
                "-",
                None,
            ),
            (
                f"{name}: save an edit (median of {r['edits']})",
                f"{x['save_median_ms']:.2f} ms",
                f"< {SAVE_TARGET_MS} ms",
                x["save_median_ms"] < SAVE_TARGET_MS,
            ),
            (
                f"{name}: save an edit (p95)",
                f"{x['save_p95_ms']:.2f} ms",
                f"< {SAVE_TARGET_MS} ms",
                x["save_p95_ms"] < SAVE_TARGET_MS,
            ),
        ]
    return out


def main(argv: list[str]) -> int:
    url = (
        argv[0]
        if argv
        else os.environ.get("INTERVISIE_BENCH_POSTGRES_URL")
        or os.environ.get("INTERVISIE_TEST_POSTGRES_URL")
    )
    if not url:
        print(__doc__)
        return 2
    sessions = int(argv[1]) if len(argv) > 1 else 10_000
    r = measure(url, sessions)
    print(f"{r['server']}, over loopback; SQLite file on the same machine")
    print_table(rows(r))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

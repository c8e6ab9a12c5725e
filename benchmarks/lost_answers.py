"""Lost answers from a shared server: a TCP proxy in front of PostgreSQL passes a COMMIT on and
then, at random (one in five), cuts the connection before the server's answer comes back. The
server has committed; the laptop sees a broken connection, the edit waits and is sent again by
the waiting-edit queue (app.services.retry_queue). Counted: observations added and dot votes
placed, commits whose answer was lost, duplicate rows, lost edits, votes counted. Run once with
the ids made on the client (as the app does) and once without, to show what they prevent.

Run: python -m benchmarks.lost_answers [URL] [edits]
URL defaults to $INTERVISIE_BENCH_POSTGRES_URL, then $INTERVISIE_TEST_POSTGRES_URL; the run works
in a schema of its own and drops it afterwards.
"""

from __future__ import annotations

import contextlib
import functools
import os
import random
import socket
import sys
import threading
import time
import uuid
from collections import Counter
from datetime import date

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

CUT_SHARE = 0.2


class _Proxy:
    def __init__(self, host: str, port: int, seed: int | None = None):
        self.target = (host, port)
        self.random = random.Random(seed)
        self.armed = threading.Event()
        self.cuts = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:  # closed: the run is over
                return
            server = socket.create_connection(self.target)
            cut = threading.Event()
            threading.Thread(
                target=self._pipe, args=(client, server, True, cut), daemon=True
            ).start()
            threading.Thread(
                target=self._pipe, args=(server, client, False, cut), daemon=True
            ).start()

    def _pipe(self, src, dst, to_server: bool, cut: threading.Event) -> None:
        try:
            while True:
                data = src.recv(65536)
                if not data or (not to_server and cut.is_set()):
                    break  # the answer to the COMMIT is never passed on
                if (
                    to_server
                    and self.armed.is_set()
                    and b"COMMIT" in data
                    and self.random.random() < CUT_SHARE
                ):
                    cut.set()
                    dst.sendall(data)
                    time.sleep(0.05)  # the server commits meanwhile
                    self.cuts += 1
                    break
                dst.sendall(data)
        except OSError:
            pass
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()


def run(base_url: str, edits: int, with_ids: bool, seed: int | None = None) -> dict:
    from app.services import communities, focus, sessions, vertrekpunt
    from app.services.bootstrap import open_database
    from app.services.retry_queue import RetryQueue
    from app.store.engine import server_url

    url = make_url(base_url)
    proxy = _Proxy(url.host or "127.0.0.1", url.port or 5432, seed)
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url(base_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        target = (
            url.set(port=proxy.port)
            .update_query_dict({"options": f"-csearch_path={schema}"})
            .render_as_string(hide_password=False)
        )
        store = open_database(target, with_demo=False)
        c = communities.create_community(store, "Lost answers")
        sid = sessions.create_session(store, c.id, "Sessie", date(2026, 1, 1)).id
        point = focus.add_focus_point(store, sid, "visie-regio", "stemmen")
        proxy.armed.set()
        queue = RetryQueue()
        for i in range(edits):
            for fn, args in (
                (vertrekpunt.add_observation, (sid, "visie-regio", f"obs {i}")),
                (focus.add_vote, (point.id, 1)),
            ):
                if with_ids:
                    queue.call(fn, store, *args)
                else:  # as before: the same call sent again, nothing to recognise it by
                    queue.submit(functools.partial(fn, store, *args))
                while not queue.retry():
                    time.sleep(0.01)
        proxy.armed.clear()
        counts = Counter(o.text for o in vertrekpunt.list_observations(store, sid))
        votes = focus.list_focus_points(store, sid)[0].votes
        store.close()
    finally:
        proxy.listener.close()
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()
    return {
        "client ids": "yes" if with_ids else "no",
        "edits": 2 * edits,
        "answers lost": proxy.cuts,
        "duplicate rows": sum(v - 1 for v in counts.values() if v > 1),
        "lost": sum(1 for i in range(edits) if counts[f"obs {i}"] == 0),
        "votes": votes,
    }


def main(argv: list[str]) -> None:
    base = (
        argv[0]
        if argv
        else os.environ.get("INTERVISIE_BENCH_POSTGRES_URL")
        or os.environ.get("INTERVISIE_TEST_POSTGRES_URL")
    )
    if not base:
        sys.exit("give a postgresql:// URL (or set INTERVISIE_TEST_POSTGRES_URL)")
    edits = int(argv[1]) if len(argv) > 1 else 150
    for with_ids in (False, True):
        figures = run(base, edits, with_ids)
        figures["votes"] = f"{figures['votes']} of {edits}"
        print(figures, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])

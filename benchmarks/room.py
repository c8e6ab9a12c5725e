"""The room under load on loopback: 15 phones (httpx clients, each from its own loopback address)
join, rate the element several times and cast their dots, all at once. Figures: every rating and
every dot counted once, and the time from a phone's tap to the projector's redraw that shows it.

The projector here is a thread doing what the window's panel does on each change (the same
tally read, after the same wake-up from the server's thread), without painting it.

Run: python -m benchmarks.room [phones]
"""

from __future__ import annotations

import asyncio
import random
import sys
import threading
import time
from datetime import date

from benchmarks.common import percentile, print_table, temp_db

P99_MS = 200


class Projector:
    """Redraws on every change: (version read, when the redraw finished)."""

    def __init__(self, room):
        from app.services import room as svc

        self.room, self.svc = room, svc
        self.wake = threading.Event()
        self.draws: list[tuple[int, float]] = []
        self.stop = False
        room.listen(self.wake.set)
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop:
            if not self.wake.wait(0.2):
                continue
            self.wake.clear()
            v = self.room.version
            self.svc.tally(self.room.store, self.room.session_id, self.room.element_key)
            self.draws.append((v, time.perf_counter()))

    def shown_at(self, version: int) -> float | None:
        return next((t for v, t in self.draws if v >= version), None)


async def _tap(c, path: str, body: dict, log: list, refused: list) -> None:
    t0 = time.perf_counter()
    r = await c.post(path, json=body)
    if r.status_code == 200:
        log.append((t0, r.json()["v"]))
    else:
        refused.append((path, r.status_code))


async def _phones(url: str, code: str, n: int, act) -> list:
    """n phones, each from its own loopback address (the room limits joins per address)."""
    import httpx

    clients = [
        httpx.AsyncClient(
            base_url=url,
            timeout=30,
            transport=httpx.AsyncHTTPTransport(local_address=f"127.0.0.{i + 2}"),
        )
        for i in range(n)
    ]
    try:
        for c in clients:
            assert (await c.post("join", json={"code": code})).status_code == 200
        return await act(clients)
    finally:
        for c in clients:
            await c.aclose()


def measure(phones: int = 15, taps: int = 8) -> dict:
    from app.modeldef import definition_for
    from app.room.serve import RoomServer
    from app.room.state import Room
    from app.services import communities, focus, sessions
    from app.services import room as svc
    from app.services.bootstrap import open_database

    store = open_database(str(temp_db()), with_demo=False)
    c = communities.create_community(store, "Bench")
    s = sessions.create_session(store, c.id, "Bench", date(2026, 1, 1))
    key = definition_for(s.model_id, s.model_version).element_keys()[0]
    points = [focus.add_focus_point(store, s.id, key, f"Punt {i}").id for i in range(5)]
    room = Room(store, s.id, dots=3)
    room.set(stage="vertrekpunt", element_key=key)
    server = RoomServer(room, "127.0.0.1", 0)
    server.start()
    projector = Projector(room)
    log: list = []
    refused: list = []
    levels: list[int] = [0] * phones
    dots: list[dict[int, int]] = [{} for _ in range(phones)]

    async def session(clients):
        async def one(i, c):
            rng = random.Random(i)
            for _ in range(taps):  # rating, with changes of mind
                await asyncio.sleep(rng.uniform(0.12, 0.3))
                levels[i] = rng.randint(1, 5)
                await _tap(c, "rate", {"level": levels[i]}, log, refused)

        await asyncio.gather(*(one(i, c) for i, c in enumerate(clients)))
        room.set(stage="focus")

        async def vote(i, c):
            rng = random.Random(100 + i)
            for _ in range(taps // 2):  # dots, placed and moved
                await asyncio.sleep(rng.uniform(0.12, 0.3))
                mine: dict[int, int] = {}
                for _ in range(room.dots):
                    p = rng.choice(points)
                    mine[p] = mine.get(p, 0) + 1
                dots[i] = mine
                await _tap(c, "vote", {"dots": {str(k): v for k, v in mine.items()}}, log, refused)

        await asyncio.gather(*(vote(i, c) for i, c in enumerate(clients)))

    try:
        asyncio.run(_phones(server.url, room.code, phones, session))
        time.sleep(0.3)
    finally:
        projector.stop = True
        server.stop()
    latencies = [
        (shown - t0) * 1000 for t0, v in log if (shown := projector.shown_at(v)) is not None
    ]
    tally = svc.tally(store, s.id, key)
    expected_votes: dict[int, int] = {}
    for mine in dots:
        for p, n in mine.items():
            expected_votes[p] = expected_votes.get(p, 0) + n
    expected_spread: dict[int, int] = {}
    for level in levels:
        expected_spread[level] = expected_spread.get(level, 0) + 1
    before = {f.id: f.votes for f in focus.list_focus_points(store, s.id)}
    svc.add_votes_to_focus_points(store, s.id)
    svc.add_votes_to_focus_points(store, s.id)  # pressed twice: counted once
    after = {f.id: f.votes for f in focus.list_focus_points(store, s.id)}
    store.close()
    return {
        "phones": phones,
        "taps": len(log),
        "refused": len(refused),
        "unseen": len(log) - len(latencies),
        "votes_once": tally.votes == expected_votes
        and all(after[p] - before[p] == expected_votes.get(p, 0) for p in after),
        "ratings_once": tally.spread == expected_spread and tally.rated == phones,
        "median_ms": percentile(latencies, 50) if latencies else float("nan"),
        "p99_ms": percentile(latencies, 99) if latencies else float("nan"),
    }


def rows(r: dict) -> list:
    return [
        (
            f"room: {r['phones']} phones, every rating and dot counted once",
            "yes" if r["votes_once"] and r["ratings_once"] else "NO",
            "yes",
            r["votes_once"] and r["ratings_once"],
        ),
        (
            f"room: tap to projector, median ({r['taps']} taps, {r['refused']} refused)",
            f"{r['median_ms']:.1f} ms",
            "",
            None,
        ),
        (
            "room: tap to projector, p99",
            f"{r['p99_ms']:.1f} ms",
            f"<= {P99_MS} ms",
            r["p99_ms"] <= P99_MS and r["unseen"] == 0 and r["refused"] == 0,
        ),
    ]


if __name__ == "__main__":
    print_table(rows(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 15)))

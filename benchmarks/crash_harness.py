"""Kill the service layer mid-edit, again and again, and check that nothing acknowledged is lost.

A child process opens the database as the app does (lock, checks), then makes scripted edits
through app.services (add/update/delete an observation, set an element's status and note). Before
each edit it prints what it is about to do ("try"), after the commit returns it prints "ack". The
parent kills it with SIGKILL at a random moment (sometimes while it is still opening the file),
then opens the file itself: SQLite's integrity check must pass, and every acknowledged edit must
be there. The one edit in flight may have landed or not; both are fine.

The next child opens the same file: the lock a killed child left behind must not be in its way.

Used by tests/test_crash_safety.py (20 kills) and benchmarks/crash.py (200 kills).
Child: python -m benchmarks.crash_harness child DB SESSION_ID SEED
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ELEMENTS = ("visie-regio", "vraagstukken", "competenties", "monitoring", "flexibiliteit")


# ---- the child ----------------------------------------------------------------------------------
def _say(**what) -> None:
    sys.stdout.write(json.dumps(what) + "\n")
    sys.stdout.flush()


def child(db: str, session_id: int, seed: int) -> None:
    from app.services import vertrekpunt
    from app.services.bootstrap import open_database

    store = open_database(db, with_demo=False)
    rng = random.Random(seed)
    ids = [o.id for o in vertrekpunt.list_observations(store, session_id)]
    _say(ready=True)
    n = 0
    while True:
        n += 1
        tag = f"{seed}-{n}"
        roll = rng.random()
        if roll < 0.35 or not ids:
            element, status = rng.choice(ELEMENTS), rng.randint(1, 5)
            _say(op="add", text=f"obs {tag}", status=status)
            o = vertrekpunt.add_observation(store, session_id, element, f"obs {tag}", status)
            ids.append(o.id)
            _say(ack="add", id=o.id, text=o.text, status=o.status)
        elif roll < 0.7:
            oid, status = rng.choice(ids), rng.randint(1, 5)
            _say(op="update", id=oid, text=f"upd {tag}", status=status)
            vertrekpunt.update_observation(store, oid, text=f"upd {tag}", status=status)
            _say(ack="update", id=oid, text=f"upd {tag}", status=status)
        elif roll < 0.92:
            element, status = rng.choice(ELEMENTS), rng.randint(1, 5)
            _say(op="assess", element=element, status=status, note=f"note {tag}")
            vertrekpunt.set_assessment(
                store, session_id, element, status=status, context_note=f"note {tag}"
            )
            _say(ack="assess", element=element, status=status, note=f"note {tag}")
        else:
            oid = ids.pop(rng.randrange(len(ids)))
            _say(op="delete", id=oid)
            vertrekpunt.delete_observation(store, oid)
            _say(ack="delete", id=oid)


# ---- the parent ---------------------------------------------------------------------------------
@dataclass
class CrashReport:
    kills: int = 0
    killed_while_opening: int = 0
    acknowledged: int = 0
    lost: list[str] = field(default_factory=list)  # acknowledged edits not found
    integrity_failures: list[str] = field(default_factory=list)
    open_failures: list[str] = field(default_factory=list)  # a child that could not open
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not (self.lost or self.integrity_failures or self.open_failures)


@dataclass
class _Expected:
    observations: dict[int, tuple[str, int]] = field(default_factory=dict)
    assessments: dict[str, tuple[int, str]] = field(default_factory=dict)


def _read(db: Path) -> tuple[str, dict, dict]:
    con = sqlite3.connect(db)
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        obs = {i: (t, s) for i, t, s in con.execute("SELECT id, text, status FROM observation")}
        ass = {
            k: (s, n)
            for k, s, n in con.execute("SELECT element_key, status, context_note FROM assessment")
        }
    finally:
        con.close()
    return integrity, obs, ass


def _settle(expected: _Expected, messages: list[dict], obs: dict, ass: dict) -> int:
    """Apply the child's acknowledged edits to what must be there; then the one in flight, as
    the file has it (landed or not). Returns the number of acknowledged edits."""
    acks, in_flight = 0, None
    for msg in messages:
        if "op" in msg:
            in_flight = msg
        elif "ack" in msg:
            acks += 1
            in_flight = None
            if msg["ack"] in ("add", "update"):
                expected.observations[msg["id"]] = (msg["text"], msg["status"])
            elif msg["ack"] == "assess":
                expected.assessments[msg["element"]] = (msg["status"], msg["note"])
            else:
                expected.observations.pop(msg["id"], None)
    if in_flight is None:
        return acks
    op = in_flight["op"]
    if op == "add":
        for oid, row in obs.items():
            if row[0] == in_flight["text"]:
                expected.observations[oid] = row
    elif op == "update" and obs.get(in_flight["id"]) == (in_flight["text"], in_flight["status"]):
        expected.observations[in_flight["id"]] = obs[in_flight["id"]]
    elif op == "assess" and ass.get(in_flight["element"]) == (
        in_flight["status"],
        in_flight["note"],
    ):
        expected.assessments[in_flight["element"]] = ass[in_flight["element"]]
    elif op == "delete" and in_flight["id"] not in obs:
        expected.observations.pop(in_flight["id"], None)
    return acks


def _differences(expected: _Expected, obs: dict, ass: dict) -> list[str]:
    lost = [
        f"observation {i}: expected {v}, found {obs.get(i)}"
        for i, v in expected.observations.items()
        if obs.get(i) != v
    ]
    lost += [
        f"observation {i} should have been deleted" for i in obs if i not in expected.observations
    ]
    lost += [
        f"assessment {k}: expected {v}, found {ass.get(k)}"
        for k, v in expected.assessments.items()
        if ass.get(k) != v
    ]
    return lost


def _prepare(db: Path) -> int:
    from datetime import date

    from app.services import communities, sessions
    from app.services.bootstrap import open_database

    store = open_database(str(db), with_demo=False)
    try:
        c = communities.create_community(store, "Crash test")
        return sessions.create_session(store, c.id, "Kill me", date(2025, 1, 1)).id
    finally:
        store.close()


def _one_round(
    db: Path, session_id: int, seed: int, rng: random.Random, max_delay: float, report: CrashReport
) -> list[dict]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "benchmarks.crash_harness",
            "child",
            str(db),
            str(session_id),
            str(seed),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    messages: list[dict] = []
    ready = threading.Event()

    def drain() -> None:  # keep the pipe empty, so the child never waits on a full pipe
        for line in proc.stdout:
            msg = json.loads(line)
            if msg.get("ready"):
                ready.set()
            else:
                messages.append(msg)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    if rng.random() < 0.1:  # now and then during start-up: lock, checks, opening
        time.sleep(rng.uniform(0.0, 0.4))
        report.killed_while_opening += not ready.is_set()
    else:
        if not ready.wait(30):
            report.open_failures.append(f"seed {seed}: never became ready")
        time.sleep(rng.uniform(0.0, max_delay))
    if proc.poll() is not None:
        report.open_failures.append(
            f"seed {seed}: exited by itself ({proc.returncode}): {proc.stderr.read()[-500:]}"
        )
    else:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        report.kills += 1
    reader.join(10)
    proc.stderr.close()
    return messages


def run(folder: Path, kills: int = 20, seed: int = 1, max_delay: float = 0.3) -> CrashReport:
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "crash.db"
    started = time.perf_counter()
    session_id = _prepare(db)
    rng = random.Random(seed)
    report = CrashReport()
    expected = _Expected()
    for round_no in range(kills):
        messages = _one_round(db, session_id, seed * 100_000 + round_no, rng, max_delay, report)
        integrity, obs, ass = _read(db)
        if integrity != "ok":
            report.integrity_failures.append(f"round {round_no}: {integrity}")
        report.acknowledged += _settle(expected, messages, obs, ass)
        report.lost += [f"round {round_no}: {d}" for d in _differences(expected, obs, ass)]
    report.seconds = time.perf_counter() - started
    return report


if __name__ == "__main__" and sys.argv[1:2] == ["child"]:
    child(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))

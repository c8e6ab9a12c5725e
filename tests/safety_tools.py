"""Helpers for the safety tests: a second copy of the app in another process, file fingerprints,
and the entry-line draft under SIGKILL (a child window that types, and is killed)."""

from __future__ import annotations

import hashlib
import json
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_HOLDER = """
import sys
from app.services.bootstrap import open_database
store = open_database(sys.argv[1])
print("HELD", flush=True)
sys.stdin.read()
"""


def hold_database(db: Path) -> subprocess.Popen:
    """Another running copy of the app with db open; returns once it holds the file."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(db)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    line = proc.stdout.readline()
    assert line.strip() == "HELD", line
    return proc


def fingerprint(*paths: Path) -> dict[str, str | None]:
    """sha256 of each file (None when absent): 'byte-identical' made checkable."""
    out = {}
    for p in paths:
        out[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else None
    return out


def db_files(db: Path) -> tuple[Path, Path]:
    return db, Path(f"{db}-wal")


# ---- the entry-line draft under SIGKILL ---------------------------------------------------------
DRAFT_ELEMENTS = ("visie-regio", "vraagstukken", "competenties", "monitoring", "flexibiliteit")

_TYPIST = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.services.bootstrap import open_database
from app.ui.shell.session_page import SessionPage
from app.ui.common.settings import Settings
from tests.safety_tools import DRAFT_ELEMENTS
from tests.uitools import type_text

db, session_id, ini, element, text = sys.argv[1:6]
app = QApplication([])
store = open_database(db, with_demo=False)
page = SessionPage(store, int(session_id), Settings(ini))
page.show()
page.go_to("vertrekpunt")
vp = page.page_by_key["vertrekpunt"]
found = {}
for key in DRAFT_ELEMENTS:  # what a restart shows in each element's "+ add" line
    vp.show_element(key)
    found[key] = vp.current_list.entry.text()
print(json.dumps({"found": found}), flush=True)
vp.show_element(element)
entry = vp.current_list.entry
entry.setFocus()
entry.selectAll()  # typing replaces the draft an earlier round left in this line

def acknowledge(_when):
    if not page.controller.pending:  # the indicator says saved: the draft is committed
        print(json.dumps({"ack": text}), flush=True)

page.controller.saved.connect(acknowledge)
type_text(entry, text)  # one key event per character, no Enter
print(json.dumps({"typed": text}), flush=True)
app.exec()
"""


@dataclass
class DraftKills:
    kills: int = 0
    acknowledged: int = 0  # drafts the child saw committed before it was killed
    drafts: int = 0  # rounds whose draft was in the file after the kill
    lost: list[str] = field(default_factory=list)  # acknowledged (or >= 1 s old) and gone
    not_shown: list[str] = field(default_factory=list)  # in the file, not in its line on restart


def _draft_in_file(db: Path, session_id: int, element: str) -> str | None:
    con = sqlite3.connect(db)
    try:
        row = con.execute(
            "SELECT text FROM draft WHERE session_id = ? AND place = ?",
            (session_id, f"vertrekpunt:{element}:new-observation"),
        ).fetchone()
    finally:
        con.close()
    return None if row is None else row[0]


def kill_typists(folder: Path, kills: int = 6, seed: int = 3) -> DraftKills:
    """Each round a child opens the session window, types an observation into an element's
    "+ add" line without Enter, and is SIGKILLed at a random moment up to 1.5 s later. A draft
    the child saw committed, or one typed at least a second before the kill, must be in the file;
    the next child must show every draft in its line."""
    from datetime import date

    from app.services import communities, sessions
    from app.services.bootstrap import open_database

    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "typing.db"
    store = open_database(str(db), with_demo=False)
    c = communities.create_community(store, "Typen")
    session_id = sessions.create_session(store, c.id, "Getypt", date(2025, 1, 1)).id
    store.close()
    rng = random.Random(seed)
    report = DraftKills()
    expected: dict[str, str] = {}
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    for round_no in range(kills + 1):  # the last child only looks
        element = DRAFT_ELEMENTS[round_no % len(DRAFT_ELEMENTS)]
        text = f"ronde {round_no}: wat de groep zegt — coöperatie"
        proc = subprocess.Popen(
            [
                sys.executable,
                "-c",
                _TYPIST,
                str(db),
                str(session_id),
                str(folder / "s.ini"),
                element,
                text,
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        found = json.loads(proc.stdout.readline())["found"]
        report.not_shown += [
            f"round {round_no}: {key} shows {found.get(key)!r}, file has {want!r}"
            for key, want in expected.items()
            if found.get(key) != want
        ]
        if round_no == kills:
            proc.kill()
            proc.wait()
            break
        assert json.loads(proc.stdout.readline()) == {"typed": text}
        typed_at = time.monotonic()
        delay = rng.uniform(0.0, 1.5)
        acked = _read_until(proc, typed_at + delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        report.kills += 1
        old_enough = time.monotonic() - typed_at >= 1.0
        stored = _draft_in_file(db, session_id, element)
        report.acknowledged += acked
        report.drafts += stored == text
        if stored is not None:
            expected[element] = stored
        if (acked or old_enough) and stored != text:
            report.lost.append(f"round {round_no}: {stored!r} instead of {text!r}")
    return report


def _read_until(proc: subprocess.Popen, deadline: float) -> bool:
    """Wait until the deadline; True when the child acknowledged its draft before then."""
    acked = False
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return acked
        ready, _, _ = select.select([proc.stdout], [], [], left)
        if ready:
            line = proc.stdout.readline()
            acked = acked or '"ack"' in line

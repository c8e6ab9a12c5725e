"""Helpers for the safety tests: a second copy of the app in another process, file fingerprints."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
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
    proc = subprocess.Popen([sys.executable, "-c", _HOLDER, str(db)], cwd=ROOT, env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
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

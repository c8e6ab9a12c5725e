"""The long crash run: 200 SIGKILLs of the service layer in the middle of editing; every
acknowledged edit must survive and the file must pass SQLite's integrity check every time.

Run: python -m benchmarks.crash [kills] [seed]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from benchmarks.common import print_table
from benchmarks.crash_harness import run


def main(kills: int = 200, seed: int = 7) -> int:
    folder = Path(tempfile.mkdtemp(prefix="intervisie-crash-"))
    r = run(folder, kills=kills, seed=seed)
    print(
        f"crash run: {r.kills} kills ({r.killed_while_opening} while opening the file), "
        f"{r.acknowledged} acknowledged edits, {r.seconds:.0f} s, in {folder}"
    )
    print_table(
        [
            ("kills", str(r.kills), f"{kills}", r.kills == kills),
            ("acknowledged edits lost", str(len(r.lost)), "0", not r.lost),
            (
                "integrity check failures",
                str(len(r.integrity_failures)),
                "0",
                not r.integrity_failures,
            ),
            (
                "restarts refused (stale lock, damage)",
                str(len(r.open_failures)),
                "0",
                not r.open_failures,
            ),
            ("acknowledged edits per second", f"{r.acknowledged / r.seconds:.0f}", "-", None),
        ]
    )
    for problem in (r.lost + r.integrity_failures + r.open_failures)[:20]:
        print("  ", problem)
    return 0 if r.ok else 1


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    sys.exit(main(*args))

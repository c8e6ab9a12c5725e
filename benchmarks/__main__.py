"""The benchmark suite: every figure of docs/performance.md, measured on this machine, each the
median of several runs, ratios measured in the same run.

Run: python -m benchmarks          (full sizes; a few minutes on 2 cores)
     python -m benchmarks --smoke  (tiny sizes: checks the suite runs, figures mean little)
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time

from benchmarks import (
    canvas,
    memory,
    outputs,
    report,
    report_command,
    room,
    save_latency,
    scale,
    startup,
)
from benchmarks.common import print_table

FRAME_MS = 16


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as fh:
            cpu = next(
                (ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), cpu
            )
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def canvas_rows(r: dict) -> list:
    return [
        (
            f"canvas ({r['form']}): recolour after one change",
            f"{r['recolour_ms']:.2f} ms",
            f"< {FRAME_MS} ms",
            r["recolour_ms"] < FRAME_MS,
        ),
        (
            f"canvas ({r['form']}): full redraw",
            f"{r['redraw_ms']:.2f} ms",
            f"< {FRAME_MS} ms",
            r["redraw_ms"] < FRAME_MS,
        ),
    ]


def save_rows(r: dict) -> list:
    return [
        (
            f"save: keystroke to saved, median ({r['edits']} edits)",
            f"{r['keystroke_to_saved_median_ms']:.1f} ms",
            "",
            None,
        ),
        (
            "save: keystroke to saved, p99",
            f"{r['keystroke_to_saved_p99_ms']:.1f} ms",
            "< 10 ms (commit)",
            None,
        ),
        (
            "save: commit and acknowledge, p99",
            f"{r['commit_p99_ms']:.2f} ms",
            "< 10 ms",
            r["commit_p99_ms"] < 10,
        ),
        (
            "save: longest UI-thread stall",
            f"{r['longest_ui_stall_ms']:.0f} ms",
            "< 50 ms",
            r["longest_ui_stall_ms"] < 50,
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, to check the suite")
    args = parser.parse_args()
    smoke = args.smoke
    started = time.perf_counter()
    rows: list = []
    rows += startup.rows(startup.measure(runs=1 if smoke else 7, sessions=5 if smoke else 100))
    rows += save_rows(save_latency.measure(20 if smoke else 500))
    rows += canvas_rows(canvas.measure(runs=4 if smoke else 200))
    rows += report.rows(
        report.measure(
            runs=1 if smoke else 7, observations=20 if smoke else 200, history=3 if smoke else 50
        )
    )
    rows += outputs.rows(outputs.measure(runs=1 if smoke else 5))
    rows += report_command.rows(report_command.measure(runs=1 if smoke else 3))
    rows += scale.rows(
        scale.measure(200 if smoke else 10_000, 4 if smoke else 200, runs=1 if smoke else 7)
    )
    try:
        from benchmarks import timeline
    except ImportError:
        timeline = None
    if timeline is not None:
        rows += timeline.rows(
            timeline.measure(sessions=10 if smoke else 500, runs=1 if smoke else 7)
        )
    rows += room.rows(room.measure(phones=3 if smoke else 15, taps=2 if smoke else 8))
    rows += memory.rows(memory.measure_apart(40 if smoke else 2000))
    print(f"Intervisie benchmarks{' (smoke sizes)' if smoke else ''} on {machine()}")
    print_table(rows)
    missed = [r[0] for r in rows if r[3] is False]
    print(
        f"{len(rows)} figures, {len(missed)} targets missed, {time.perf_counter() - started:.0f} s"
    )
    return 0 if smoke or not missed else 1


if __name__ == "__main__":
    sys.exit(main())

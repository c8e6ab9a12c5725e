"""Shared bits of the benchmark scripts: timing, medians, percentiles, a table."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app as a facilitator has it starts from compiled bytecode (pip compiles a wheel on install,
# the bundle ships .pyc); a developer shell with PYTHONDONTWRITEBYTECODE would make every measured
# start compile every one of the app's modules from source instead, which no user ever waits for.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
# benchmarks write no settings or logs into the user's own folders
_HOME = tempfile.mkdtemp(prefix="intervisie-bench-home-")
os.environ.setdefault("XDG_CONFIG_HOME", os.path.join(_HOME, "config"))
os.environ.setdefault("XDG_DATA_HOME", os.path.join(_HOME, "data"))
os.environ.setdefault("XDG_CACHE_HOME", os.path.join(_HOME, "cache"))


def median_ms(fn: Callable[[], object], runs: int = 15, warmup: int = 2) -> float:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def temp_db(name: str = "bench.db") -> Path:
    return Path(tempfile.mkdtemp(prefix="intervisie-bench-")) / name


def print_table(rows: list[tuple[str, str, str, bool | None]]) -> None:
    """rows: (measure, figure, target, met)."""
    width = max(len(r[0]) for r in rows)
    for measure, figure, target, met in rows:
        mark = "" if met is None else ("  ok" if met else "  MISSED")
        print(f"{measure:<{width}}  {figure:>14}  target {target}{mark}")

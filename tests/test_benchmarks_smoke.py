"""The benchmark suite runs (tiny sizes): every figure of docs/performance.md is produced. The
figures themselves are not judged here; timing tests would flake."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_benchmark_suite_runs_at_smoke_size(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "c"),
        "XDG_DATA_HOME": str(tmp_path / "d"),
        "XDG_CACHE_HOME": str(tmp_path / "k"),
    }
    r = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--smoke"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-3000:]
    out = r.stdout
    for figure in (
        "first painted window",
        "community list filled",
        "heavy modules",
        "keystroke to saved",
        "UI-thread stall",
        "recolour",
        "full redraw",
        "report: demo session",
        "report: a community with",
        "list the communities",
        "open the timeline view",
        "resident memory",
        "growth",
        "tap to projector",
    ):
        assert figure in out, figure

"""Any projector: every stage fits 1024x768, 1366x768 and 1920x1080, the first window fits the
screen, presentation mode grows with it (in a process per screen, see tests/room_screen_sizes.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SIZES = ("1024x768", "1366x768", "1920x1080")


@pytest.mark.parametrize("size", SIZES)
def test_the_room_on_a_screen_of(size, tmp_path):
    width, height = (int(v) for v in size.split("x"))
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "beamer",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", ROOM_SCREEN=size)
    root = Path(__file__).resolve().parent.parent
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(root / "tests" / "room_screen_sizes.py"),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        timeout=500,
        check=False,
    )
    assert r.returncode == 0, r.stdout[-6000:] + r.stderr[-2000:]
    assert " failed" not in r.stdout

"""Screens plugged in and out during a session: the rules of choose_screen, and the audience
window on two virtual screens (in a process of its own, see tests/audience_two_screens.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.ui.audience.screens import choose_screen

TWO_SCREENS = {
    "screens": [
        {
            "name": "laptop",
            "x": 0,
            "y": 0,
            "width": 1366,
            "height": 768,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        },
        {
            "name": "projector",
            "x": 1366,
            "y": 0,
            "width": 1920,
            "height": 1080,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        },
    ]
}


def test_first_placement_prefers_the_projector():
    assert choose_screen([], ["laptop", "projector"], None, "laptop") == "projector"
    assert choose_screen([], ["projector", "laptop"], None, "laptop") == "projector"
    assert choose_screen([], ["laptop"], None, "laptop") == "laptop"  # mirrored: one screen
    assert choose_screen([], [], None, "laptop") is None


def test_unplugging_the_projector_brings_the_window_back_to_the_laptop():
    assert choose_screen(["laptop", "projector"], ["laptop"], "projector", "laptop") == "laptop"


def test_plugging_a_projector_in_moves_the_window_onto_it():
    assert choose_screen(["laptop"], ["laptop", "beamer"], "laptop", "laptop") == "beamer"


def test_a_second_projector_does_not_make_the_picture_jump():
    assert choose_screen(["laptop", "a"], ["laptop", "a", "b"], "a", "laptop") == "a"


def test_the_projector_swapped_for_another_one():
    assert choose_screen(["laptop", "a"], ["laptop", "b"], "a", "laptop") == "b"


def test_without_a_known_home_any_live_screen_will_do():
    assert choose_screen(["a", "b"], ["b"], "a", None) == "b"
    assert choose_screen(["laptop", "a"], ["a"], "laptop", "laptop") == "a"


def test_audience_window_on_two_virtual_screens(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(TWO_SCREENS))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    root = Path(__file__).resolve().parent.parent
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(root / "tests" / "audience_two_screens.py"),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        timeout=300,
        check=False,
    )
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]
    assert "1 passed" in r.stdout

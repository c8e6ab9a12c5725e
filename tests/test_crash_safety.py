"""A group's work survives the app being killed mid-edit: 20 SIGKILLs at random moments, and every
acknowledged edit is there afterwards, in a file that passes SQLite's integrity check. (The long
run, 200 kills, is benchmarks/crash.py.)"""

from __future__ import annotations

import sys

import pytest

from benchmarks.crash_harness import _differences, _Expected, _settle, run

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def test_twenty_kills_lose_no_acknowledged_edit(tmp_path):
    report = run(tmp_path, kills=20, seed=11)
    assert report.kills == 20
    assert report.acknowledged > 100  # the kills really landed among edits
    assert report.integrity_failures == []
    assert report.lost == []
    assert report.open_failures == []  # each restart got past the lock the killed child held


def test_the_checker_notices_a_lost_edit():
    """The harness's bookkeeping is not a rubber stamp: an acknowledged edit missing from the
    file, or a deleted one still there, is reported."""
    expected = _Expected()
    messages = [
        {"op": "add", "text": "obs 1", "status": 3},
        {"ack": "add", "id": 1, "text": "obs 1", "status": 3},
        {"op": "assess", "element": "monitoring", "status": 2, "note": "n"},
        {"ack": "assess", "element": "monitoring", "status": 2, "note": "n"},
        {"op": "update", "id": 1, "text": "upd 2", "status": 4},
    ]  # in flight, not landed
    assert _settle(expected, messages, {1: ("obs 1", 3)}, {"monitoring": (2, "n")}) == 2
    assert _differences(expected, {1: ("obs 1", 3)}, {"monitoring": (2, "n")}) == []
    assert _differences(expected, {}, {"monitoring": (2, "n")})  # acknowledged add is gone
    assert _differences(expected, {1: ("obs 1", 3)}, {"monitoring": (1, "n")})
    assert _differences(expected, {1: ("obs 1", 3), 2: ("ghost", 1)}, {"monitoring": (2, "n")})


def test_a_typed_line_without_enter_survives_sigkill_and_is_back_in_its_line(tmp_path):
    """The entry-line draft: a child window types into the new-observation line without Enter
    and is killed up to 1.5 s later; nothing the child saw saved, nor anything typed a second
    before the kill, is lost, and the next window shows every draft in its line."""
    from tests.safety_tools import kill_typists

    report = kill_typists(tmp_path, kills=6, seed=3)
    assert report.kills == 6
    assert report.drafts >= 1 and report.acknowledged >= 1  # the kills met saved drafts
    assert report.lost == []
    assert report.not_shown == []

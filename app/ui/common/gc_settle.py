"""Keep Python's garbage collector out of the typing.

A full collection walks every object the app holds (Qt wrappers, the ORM, the model); in a
session window that is a pause of about 100 ms, felt as a stutter when it lands on a keystroke.
Once a window is built, its objects live long: collect once and freeze them, so later collections
only look at what typing creates. Unfreezing first lets the previous window's garbage go. Full collections then wait for a pause
in the typing (collect_when_idle), instead of striking in the middle of it."""

from __future__ import annotations

import gc
import time

# young collections stay automatic (they are quick); a full one only after many of them
_THRESHOLDS = (700, 10, 1000)


def hold_during_start() -> None:
    """No collections while the app starts: everything made then (modules, classes, the ORM's
    mappings, the first window) lives as long as the app, so walking it is wasted time — about a
    fifth of the time to a filled community list on a 2-core laptop. settle() turns them back on."""
    gc.disable()


def settle() -> None:
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    gc.set_threshold(*_THRESHOLDS)
    gc.enable()


def collect_when_idle(last_activity: float, quiet_seconds: float = 3.0) -> bool:
    """A full collection, when nothing was typed for quiet_seconds (time.monotonic based)."""
    if time.monotonic() - last_activity < quiet_seconds:
        return False
    gc.collect()
    return True

"""Full garbage collections wait for a pause in the typing."""

from __future__ import annotations

import gc
import time

from app.ui.common.gc_settle import collect_when_idle, settle


def test_settle_freezes_what_exists_and_full_collections_wait_for_quiet():
    try:
        settle()
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold()[2] >= 100  # no full collection after every ten young ones
        assert not collect_when_idle(time.monotonic())  # typing just now
        assert collect_when_idle(time.monotonic() - 10)  # quiet for ten seconds
    finally:
        gc.unfreeze()
        gc.set_threshold(700, 10, 10)

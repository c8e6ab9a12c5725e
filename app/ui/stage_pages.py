"""Which page shows which stage.

Imported statically, on purpose: a missing or broken stage module fails at start-up (and in the
tests) instead of silently showing an empty page, and PyInstaller finds every page for the bundle.
"""

from __future__ import annotations

from app.ui.stage_aanpak import AanpakPage
from app.ui.stage_base import StagePage
from app.ui.stage_closing import ClosingPage
from app.ui.stage_focus import FocusPage
from app.ui.stage_opening import OpeningPage
from app.ui.stage_vertrekpunt import VertrekpuntPage
from app.ui.stage_vervolg import VervolgPage

PAGE_CLASSES: dict[str, type[StagePage]] = {
    "opening": OpeningPage,
    "vertrekpunt": VertrekpuntPage,
    "focus": FocusPage,
    "vervolg": VervolgPage,
    "aanpak": AanpakPage,
    "closing": ClosingPage,
}


def make_page(key: str, controller, model) -> StagePage:
    return PAGE_CLASSES[key](controller, model)

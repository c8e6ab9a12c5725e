"""Which page shows which stage.

The pages are imported by name, not looked up at run time: a missing or broken stage module
fails at start (and in the desktop bundle's build) instead of showing an empty page.
"""

from __future__ import annotations

from app.ui.stages.aanpak import AanpakPage
from app.ui.stages.base import StagePage
from app.ui.stages.closing import ClosingPage
from app.ui.stages.focus import FocusPage
from app.ui.stages.opening import OpeningPage
from app.ui.stages.vertrekpunt import VertrekpuntPage
from app.ui.stages.vervolg import VervolgPage

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

"""Which page shows which stage."""

from __future__ import annotations

import importlib

from app.ui.stage_base import StagePage

PAGE_CLASSES = {
    "opening": ("app.ui.stage_opening", "OpeningPage"),
    "vertrekpunt": ("app.ui.stage_vertrekpunt", "VertrekpuntPage"),
    "focus": ("app.ui.stage_focus", "FocusPage"),
    "vervolg": ("app.ui.stage_vervolg", "VervolgPage"),
    "aanpak": ("app.ui.stage_aanpak", "AanpakPage"),
    "closing": ("app.ui.stage_closing", "ClosingPage"),
}


def make_page(key: str, controller, model) -> StagePage:
    module, name = PAGE_CLASSES[key]
    try:
        cls = getattr(importlib.import_module(module), name)
    except ModuleNotFoundError:
        cls = type(name, (StagePage,), {"key": key})
    return cls(controller, model)

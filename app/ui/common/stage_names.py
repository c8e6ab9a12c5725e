"""Stage names for the interface, from the model definition in the interface language."""

from __future__ import annotations

from app.modeldef import current_definition
from app.ui.common.i18n import current_language

STAGES = ("opening", "vertrekpunt", "focus", "vervolg", "aanpak", "closing")


def stage_label(key: str, with_number: bool = True) -> str:
    try:
        stage = current_definition().stage(key)
    except KeyError:
        return key
    label = stage.label.get(current_language())
    return f"{stage.number} {label}" if with_number and stage.number else label


def stage_question(key: str) -> str:
    return current_definition().stage(key).question.get(current_language())

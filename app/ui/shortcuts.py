"""The keyboard shortcuts of a session, in one list: the help shows it, the pages use it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


NEXT_STAGE = "Ctrl+PgDown"
PREVIOUS_STAGE = "Ctrl+PgUp"
STAGE_KEYS = ("Alt+1", "Alt+2", "Alt+3", "Alt+4", "Alt+5", "Alt+6")
TOGGLE_CANVAS = "F9"
ENLARGE_CANVAS = "F10"
TIMER = "Ctrl+T"
UNDO = "Ctrl+Z"


def shortcut_help() -> str:
    rows = [
        (f"{NEXT_STAGE} / {PREVIOUS_STAGE}", _tr("next / previous stage")),
        ("Alt+1 … Alt+6", _tr("go to a stage (opening … closing)")),
        ("Enter", _tr("add the typed line (observation, focus point, step, …)")),
        ("F2", _tr("edit the selected line in place")),
        ("Delete", _tr("delete the selected line")),
        (UNDO, _tr("undo the last delete")),
        ("Alt+Up / Alt+Down", _tr("move the selected line up or down")),
        ("Ctrl+0 … Ctrl+5", _tr("in a list: set the selected line's status (0 = not assessed)")),
        ("+ / -", _tr("in the focus list: one vote more or less")),
        (TIMER, _tr("start or stop the stage timer")),
        (TOGGLE_CANVAS, _tr("show or hide the model")),
        (ENLARGE_CANVAS, _tr("enlarge the model")),
        ("Ctrl++ / Ctrl+-", _tr("larger / smaller text")),
    ]
    return "\n".join(f"{k}\t{v}" for k, v in rows)

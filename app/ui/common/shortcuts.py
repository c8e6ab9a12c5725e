"""The keyboard shortcuts of a session, in one list: the help shows it, the pages use it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


NEXT_STAGE = "Ctrl+PgDown"
PREVIOUS_STAGE = "Ctrl+PgUp"
STAGE_KEYS = ("Alt+1", "Alt+2", "Alt+3", "Alt+4", "Alt+5", "Alt+6")
TOGGLE_CANVAS = "F9"
ENLARGE_CANVAS = "F10"
TIMER = "Ctrl+T"
AUDIENCE_WINDOW = "F5"
PRESENTATION_MODE = "F11"
UNDO = "Ctrl+Z"
# Window-wide keys that a focused text field must not swallow: on X11 a QLineEdit takes the
# Emacs keys (Ctrl+A, B, D, E, F, H, K, U, W …) before any shortcut, so none of those is used.
HOME = "Alt+Home"
NEW_SESSION = "Ctrl+N"
NEW_COMMUNITY = "Ctrl+Shift+N"
EXPORT_REPORT = "Ctrl+R"
EXPORT_REPORT_OPTIONS = "Ctrl+Shift+R"
PRINT_REPORT = "Ctrl+P"
QUIT = "Ctrl+Q"
HELP = "F1"
MODEL_EDITOR = "Ctrl+Shift+M"
CLOSE_WINDOW = "Ctrl+W"  # and Escape: the community windows (timeline, compare, …)


def shortcut_help() -> str:
    rows = [
        (f"{NEXT_STAGE} / {PREVIOUS_STAGE}", translate("Shortcuts", "next / previous stage")),
        ("Alt+1 … Alt+6", translate("Shortcuts", "go to a stage (opening … closing)")),
        ("Enter", translate("Shortcuts", "add the typed line (observation, focus point, step, …)")),
        ("F2", translate("Shortcuts", "edit the selected line in place")),
        ("Delete", translate("Shortcuts", "delete the selected line")),
        (UNDO, translate("Shortcuts", "undo the last delete")),
        ("Alt+Up / Alt+Down", translate("Shortcuts", "move the selected line up or down")),
        (
            "Ctrl+0 … Ctrl+5",
            translate("Shortcuts", "in a list: set the selected line's status (0 = not assessed)"),
        ),
        ("+ / -", translate("Shortcuts", "in the focus list: one vote more or less")),
        (TIMER, translate("Shortcuts", "start or stop the stage timer")),
        (TOGGLE_CANVAS, translate("Shortcuts", "show or hide the model")),
        (ENLARGE_CANVAS, translate("Shortcuts", "enlarge the model")),
        (AUDIENCE_WINDOW, translate("Shortcuts", "open or close the audience window (projector)")),
        (PRESENTATION_MODE, translate("Shortcuts", "presentation mode on one screen (on / off)")),
        ("Ctrl++ / Ctrl+-", translate("Shortcuts", "larger / smaller text")),
        (
            "1 / 2 / 3, 0",
            translate(
                "Shortcuts",
                "in the review of earlier actions: done / continues / stopped, 0 clears",
            ),
        ),
        ("Alt+Down", translate("Shortcuts", "in a date field: open the calendar")),
        (NEW_SESSION, translate("Shortcuts", "new session of the selected community")),
        (NEW_COMMUNITY, translate("Shortcuts", "new community")),
        (HOME, translate("Shortcuts", "back to the communities and sessions")),
        (MODEL_EDITOR, translate("Shortcuts", "the model editor (a new version of the model)")),
        (EXPORT_REPORT, translate("Shortcuts", "export the report as PDF")),
        (EXPORT_REPORT_OPTIONS, translate("Shortcuts", "export the report with options")),
        (PRINT_REPORT, translate("Shortcuts", "print the report")),
        (
            f"{CLOSE_WINDOW} / Esc",
            translate("Shortcuts", "close a community window (timeline, compare, …)"),
        ),
        (HELP, translate("Shortcuts", "this list")),
        (QUIT, translate("Shortcuts", "quit")),
        (
            "Alt+" + translate("Shortcuts", "letter"),
            translate("Shortcuts", "open a menu (the underlined letter)"),
        ),
    ]
    # a table of unwrapped lines: tabs do not line up in a message box, and the longer Dutch
    # texts wrapped under the keys
    cells = "".join(
        f"<tr><td style='white-space:pre; padding-right:16px'>{escape(k)}</td>"
        f"<td style='white-space:pre'>{escape(v)}</td></tr>"
        for k, v in rows
    )
    return f"<table>{cells}</table>"

"""An action's life in a line, for the opening's review list and the aanpak's editor:
"since 10-04-2025 (Voorjaar): in progress → continued → done". Each step says what became of
the action in that session, so the line is readable without colour."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def step_word(word: str) -> str:
    words = {"open": QCoreApplication.translate("ActionHistory", "open"),
             "bezig": QCoreApplication.translate("ActionHistory", "in progress"),
             "gereed": QCoreApplication.translate("ActionHistory", "done"),
             "gestopt": QCoreApplication.translate("ActionHistory", "stopped"),
             "doorgezet": QCoreApplication.translate("ActionHistory", "continued")}
    return words.get(word, word)


def history_text(steps) -> str:
    """steps: HistoryStep rows, oldest first; empty text for none."""
    if not steps:
        return ""
    first = steps[0]
    return (QCoreApplication.translate("ActionHistory", "since %1 (%2): %3")
            .replace("%1", f"{first.held_on:%d-%m-%Y}").replace("%2", first.session_title)
            .replace("%3", " → ".join(step_word(s.word) for s in steps)))


def history_detail(steps) -> str:
    """One line per session, for a tooltip: "10-04-2025 · Voorjaar: in progress"."""
    return "\n".join(f"{s.held_on:%d-%m-%Y} · {s.session_title}: {step_word(s.word)}"
                     for s in steps)

"""An action's life in a line, for the opening's review list and the aanpak's editor:
"since 10-04-2025 (Voorjaar): in progress → continued → done". Each step says what became of
the action in that session, so the line is readable without colour."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.common.i18n import current_language
from app.ui.widgets.choices import element_label


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


def trace_text(t, model, session_id: int) -> str:
    """An action's trace, a line per focus point or theme: "→ focus point (element) ← from the
    observation “…”", naming the session when it was an earlier one."""
    lines = []
    for f in t.focus:
        line = QCoreApplication.translate("ActionHistory", "→ focus point: %1 (%2)")
        line = line.replace("%1", f.text).replace(
            "%2", element_label(model, f.element_key, short=True))
        if f.observation_id is not None:
            came = QCoreApplication.translate("ActionHistory", " ← from the observation “%1”")
            line += came.replace("%1", f.observation_text)
        if f.session_id != session_id:
            line += f"  [{f.session_title}]"
        lines.append(line)
    for th in t.themes:
        name = th.label or next((x.label.get(current_language()) for x in model.themes
                                 if x.key == th.theme_key), th.theme_key or "")
        line = QCoreApplication.translate("ActionHistory", "→ theme: %1").replace("%1", name)
        if th.element_keys:
            elements = ", ".join(element_label(model, k, short=True) for k in th.element_keys)
            line += QCoreApplication.translate("ActionHistory", " · works on %1").replace(
                "%1", elements)
        if th.session_id != session_id:
            line += f"  [{th.session_title}]"
        lines.append(line)
    return "\n".join(lines) or QCoreApplication.translate(
        "ActionHistory", "not yet linked to a focus point or theme")


def served_by_text(actions) -> str:
    """The trace back from an observation: the actions serving it, through which focus point."""
    return "\n".join(
        QCoreApplication.translate("ActionHistory", "served by: %1 (%2, %3) through “%4”")
        .replace("%1", a.title).replace("%2", step_word(a.status))
        .replace("%3", a.session_title).replace("%4", a.via_focus) for a in actions)

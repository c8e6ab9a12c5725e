"""An action's life in a line, for the opening's review list and the aanpak's editor:
"since 10-04-2025 (Voorjaar): in progress → continued → done". Each step says what became of
the action in that session, so the line is readable without colour."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.common.i18n import current_language
from app.ui.stages.trace_list import TraceTarget
from app.ui.widgets.choices import element_label


def step_word(word: str) -> str:
    words = {
        "open": QCoreApplication.translate("ActionHistory", "open"),
        "bezig": QCoreApplication.translate("ActionHistory", "in progress"),
        "gereed": QCoreApplication.translate("ActionHistory", "done"),
        "gestopt": QCoreApplication.translate("ActionHistory", "stopped"),
        "doorgezet": QCoreApplication.translate("ActionHistory", "continued"),
    }
    return words.get(word, word)


def history_text(steps) -> str:
    """steps: HistoryStep rows, oldest first; empty text for none."""
    if not steps:
        return ""
    first = steps[0]
    return (
        QCoreApplication.translate("ActionHistory", "since %1 (%2): %3")
        .replace("%1", f"{first.held_on:%d-%m-%Y}")
        .replace("%2", first.session_title)
        .replace("%3", " → ".join(step_word(s.word) for s in steps))
    )


def history_detail(steps) -> str:
    """One line per session, for a tooltip: "10-04-2025 · Voorjaar: in progress"."""
    return "\n".join(
        f"{s.held_on:%d-%m-%Y} · {s.session_title}: {step_word(s.word)}" for s in steps
    )


def trace_rows(t, model, session_id: int) -> list[tuple[str, TraceTarget | None]]:
    """An action's trace, a row per focus point, its observation and theme, each with where it
    leads: "→ focus point (element)", "← from the observation “…”", naming the session when it
    was an earlier one."""
    rows: list[tuple[str, TraceTarget | None]] = []
    for f in t.focus:
        where = f"  [{f.session_title}]" if f.session_id != session_id else ""
        line = QCoreApplication.translate("ActionHistory", "→ focus point: %1 (%2)")
        line = line.replace("%1", f.text).replace(
            "%2", element_label(model, f.element_key, short=True)
        )
        rows.append((line + where, TraceTarget("focus", f.focus_id, f.session_id, f.element_key)))
        if f.observation_id is not None:
            came = QCoreApplication.translate("ActionHistory", " ← from the observation “%1”")
            rows.append(
                (
                    "  " + came.replace("%1", f.observation_text) + where,
                    TraceTarget(
                        "observation", f.observation_id, f.session_id, f.observation_element
                    ),
                )
            )
    for th in t.themes:
        name = th.label or next(
            (x.label.get(current_language()) for x in model.themes if x.key == th.theme_key),
            th.theme_key or "",
        )
        line = QCoreApplication.translate("ActionHistory", "→ theme: %1").replace("%1", name)
        if th.element_keys:
            elements = ", ".join(element_label(model, k, short=True) for k in th.element_keys)
            line += QCoreApplication.translate("ActionHistory", " · works on %1").replace(
                "%1", elements
            )
        if th.session_id != session_id:
            line += f"  [{th.session_title}]"
        rows.append((line, TraceTarget("theme", th.theme_id, th.session_id)))
    return rows


def no_trace() -> str:
    return QCoreApplication.translate("ActionHistory", "not yet linked to a focus point or theme")


def served_by_rows(actions) -> list[tuple[str, TraceTarget | None]]:
    """The trace forward from an observation: each action serving it, leading to the action."""
    return [(served_line(a), TraceTarget("action", a.action_id, a.session_id)) for a in actions]


def served_line(a) -> str:
    return (
        QCoreApplication.translate("ActionHistory", "served by: %1 (%2, %3) through “%4”")
        .replace("%1", a.title)
        .replace("%2", step_word(a.status))
        .replace("%3", a.session_title)
        .replace("%4", a.via_focus)
    )


def served_by_text(actions) -> str:
    """The trace back from an observation: the actions serving it, through which focus point."""
    return "\n".join(served_line(a) for a in actions)

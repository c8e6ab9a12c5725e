"""Following the trace: a row of an action's trace, or of the actions serving an observation,
takes the session page to that stage, element and row. A row of an earlier session (an action
continued from there) opens that session in the window and goes there."""

from __future__ import annotations

from PySide6.QtCore import QTimer

STAGE_OF = {"observation": "vertrekpunt", "focus": "focus", "theme": "vervolg", "action": "aanpak"}


def go_there(session_page, target) -> bool:
    """In this session: the stage, then the row; False when the row is not (or no longer)
    there."""
    stage = STAGE_OF[target.kind]
    session_page.go_to(stage)
    page = session_page.page_by_key[stage]
    if target.kind == "observation":
        return page.show_observation(target.item_id, target.element_key)
    if target.kind == "focus":
        return page.show_focus_point(target.item_id, target.element_key)
    if target.kind == "theme":
        return page.show_theme(target.item_id)
    return page.show_action(target.item_id)


def follow_elsewhere(window, target) -> None:
    """Another session's row: open that session (the window asks what leaving asks), then go
    there — after the clicked page has finished its click, as opening replaces it."""

    def later() -> None:
        window.open_session(target.session_id)
        page = window.session_page
        if page is not None and page.controller.session_id == target.session_id:
            go_there(page, target)

    QTimer.singleShot(0, later)

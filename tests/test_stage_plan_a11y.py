"""Focus, vervolg and aanpak from the keyboard: every control a Tab can reach has an accessible
name (a screen reader, and a facilitator's tests, find it by that name), on every tab of a page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QTabBar, QTabWidget, QWidget

from app.modeldef import current_definition
from app.ui.session.controller import SessionController
from app.ui.stages.aanpak import AanpakPage
from app.ui.stages.focus import FocusPage
from app.ui.stages.vervolg import VervolgPage


def unnamed_controls(page: QWidget) -> list[str]:
    out = []
    for w in page.findChildren(QWidget):
        reachable = w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(page)
        named = w.accessibleName() or (isinstance(w, QTabBar) and w.parent().accessibleName())
        # the editor inside a named control (a combo's or a spin box's line edit)
        parent = w.parent()
        inside = (
            isinstance(parent, (QAbstractSpinBox, QComboBox))
            and parent.accessibleName()
            and parent.lineEdit() is w
        )
        if reachable and not named and not inside:
            out.append(f"{type(w).__name__} under {type(w.parent()).__name__}")
    return out


@pytest.mark.parametrize("cls", [FocusPage, VervolgPage, AanpakPage])
def test_every_reachable_control_is_named(qtbot, demo_store, demo_session_id, cls):
    page = cls(SessionController(demo_store, demo_session_id), current_definition())
    qtbot.addWidget(page)
    page.reload()
    page.show()
    if cls is FocusPage:
        page.show_element("visie-regio")  # the observations of an element are shown
    tabs = page.findChild(QTabWidget)
    for index in range(tabs.count() if tabs else 1):
        if tabs:
            tabs.setCurrentIndex(index)
        assert unnamed_controls(page) == []

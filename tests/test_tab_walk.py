"""Every stage walked by Tab alone at 1024x768, as a facilitator without a mouse does: every
control of the stage is reached, none keeps the focus (no table, list or field traps Tab), and
Shift+Tab walks the same way back. Entering a stage puts the cursor in its entry line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QWidget,
)

from app.services import sessions
from app.ui.common.stage_names import STAGES
from tests.uitools import open_window

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
)


@pytest.fixture
def window(qtbot, tmp_path):
    w = open_window(qtbot, tmp_path)
    w.open_session(sessions.list_sessions(w.store)[-1].id)
    yield w
    w.shutdown()


def interactive_widgets(root: QWidget) -> set[QWidget]:
    """The controls on screen a keyboard must reach: visible, enabled, taking Tab focus.
    (A spin box's or combo's own line edit belongs to it; scroll bars are the mouse's.)"""
    out = set()
    for w in root.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or isinstance(w, QScrollBar):
            continue
        if not w.isVisible() or not w.isEnabled() or not w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(w.parent(), (QAbstractSpinBox, QComboBox)):
            continue
        out.add(w)
    return out


def focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None, "the focus went nowhere"
    return w


def walk(start: QWidget, key, limit: int = 250) -> list[QWidget]:
    """Press key from start until the focus comes back to start; the widgets passed."""
    start.setFocus()
    QApplication.processEvents()
    seen = [focused()]
    for _ in range(limit):
        QTest.keyClick(focused(), key)
        QApplication.processEvents()
        if focused() is seen[0]:
            return seen
        seen.append(focused())
    names = [f"{type(w).__name__}:{w.accessibleName()}" for w in seen[-12:]]
    raise AssertionError(f"Tab never came back to the start; it ended going round {names}")


def tab_views(page: QWidget) -> list[tuple[QTabWidget | None, int]]:
    """Each part of a stage that is on screen at a time: every tab of its tab widget."""
    tabs = page.findChildren(QTabWidget)
    if not tabs:
        return [(None, 0)]
    return [(tabs[0], i) for i in range(tabs[0].count())]


@pytest.mark.parametrize("stage", STAGES)
def test_tab_alone_reaches_and_leaves_every_control_of_the_stage(window, stage):
    page = window.session_page
    page.go_to(stage)
    stage_page = page.page_by_key[stage]
    if stage == "aanpak" and not stage_page.actions.table.rowCount():
        pytest.fail("the demo has actions")
    for tabs, index in tab_views(stage_page):
        if tabs is not None:
            tabs.setCurrentIndex(index)
        QApplication.processEvents()
        start = stage_page.entry_widget() or stage_page
        wanted = interactive_widgets(stage_page)
        assert wanted, stage
        forward = walk(start, Qt.Key.Key_Tab)
        missing = [f"{type(w).__name__}:{w.accessibleName()}" for w in wanted if w not in forward]
        assert missing == [], (stage, index)
        unnamed = [type(w).__name__ for w in forward if not w.accessibleName()]
        assert unnamed == [], (stage, index)  # a screen reader says what each one is
        backward = walk(start, Qt.Key.Key_Backtab)
        # Shift+Tab walks the same round the other way
        assert backward[1:] == list(reversed(forward[1:])), (stage, index)


def test_the_current_lines_choices_follow_the_list_and_then_tab_leaves(window):
    page = window.session_page
    page.go_to("vertrekpunt")
    vp = page.page_by_key["vertrekpunt"]
    vp.show_element("vraagstukken")  # regional questions: status, type and transition
    lst = vp.current_list
    lst.entry.setFocus()
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is lst.table
    QTest.keyClick(lst.table, Qt.Key.Key_Down)
    QTest.keyClick(lst.table, Qt.Key.Key_Down)  # the arrows move inside the list
    assert focused() is lst.table and lst.table.currentRow() == 2
    order = [lst.table]
    for _ in range(4):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        order.append(focused())
    row_choices = [lst.table.cellWidget(2, c) for c in range(3)]
    assert order[1:4] == row_choices
    assert order[4] is lst.add_button


@pytest.mark.parametrize(
    "stage,entry",
    [
        ("opening", lambda p: p.participants.list.entry),
        ("vertrekpunt", lambda p: p.current_list.entry),
        ("focus", lambda p: p.element),
        ("vervolg", lambda p: p.themes),
        ("aanpak", lambda p: p.actions.entry),
        ("closing", lambda p: p.note),
    ],
)
def test_entering_a_stage_puts_the_cursor_in_its_entry_line(window, stage, entry):
    page = window.session_page
    page.go_to("opening" if stage != "opening" else "closing")
    page.rail.setFocus()
    digit = STAGES.index(stage) + 1
    QTest.keyClick(focused(), getattr(Qt.Key, f"Key_{digit}"), Qt.KeyboardModifier.AltModifier)
    assert page.current_stage() == stage
    assert focused() is entry(page.page_by_key[stage])


def test_ctrl_page_down_into_the_vertrekpunt_types_a_new_observation(window):
    page = window.session_page
    page.go_to("opening")
    QTest.keyClick(focused(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    vp = page.page_by_key["vertrekpunt"]
    assert focused() is vp.current_list.entry


def test_tab_alone_goes_round_the_home_page(window):
    window.show_home()
    home = window.home
    QApplication.processEvents()
    forward = walk(home.communities, Qt.Key.Key_Tab)
    missing = [
        f"{type(w).__name__}:{w.accessibleName()}"
        for w in interactive_widgets(home)
        if w not in forward
    ]
    assert missing == []
    assert home.table in forward and home.open_button in forward
    assert [type(w).__name__ for w in forward if not w.accessibleName()] == []

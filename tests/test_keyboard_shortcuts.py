"""Window-wide keys as a facilitator presses them with the cursor in a text field: none is
swallowed by the field, none means two things, every one is in the F1 list, every menu item has
its own underlined letter, and the small dialogs take typing in their first field."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from shiboken6 import isValid

from app.services import communities, sessions, vertrekpunt
from app.ui.common.i18n import install_language
from app.ui.common.settings import ZOOM, Settings
from app.ui.common.shortcuts import shortcut_help
from app.ui.shell import session_menu
from app.ui.shell.main_window import MainWindow
from tests.uitools import type_text


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(Settings(str(tmp_path / "s.ini")), str(tmp_path / "demo.db"))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.open_database()
    yield w
    w.shutdown()


def _open_demo(window):
    window.open_session(sessions.list_sessions(window.store)[-1].id)
    return window.session_page


def _entry_line(page) -> QLineEdit:
    vp = page.page_by_key["vertrekpunt"]
    page.go_to("vertrekpunt")
    line = next(e for e in vp.findChildren(QLineEdit) if e.isVisible() and not e.isReadOnly())
    line.setFocus()
    QApplication.processEvents()
    return line


def _keys_bound(window) -> set[str]:
    keys = {
        a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()
    }
    keys |= {s.key().toString() for s in window.findChildren(QShortcut) if not s.key().isEmpty()}
    return keys


def test_every_key_of_the_window_is_in_the_f1_list(window):
    _open_demo(window)
    help_text = re.sub(r"<[^>]+>", " ", shortcut_help()).replace("&amp;", "&")
    stage_keys = {f"Alt+{n}" for n in range(1, 7)}
    missing = [
        k
        for k in sorted(_keys_bound(window))
        if k not in help_text and k not in stage_keys and k not in ("Ctrl+=", "Ctrl++", "Ctrl+-")
    ]  # Qt's zoom keys, listed as Ctrl++
    assert missing == []


def test_no_key_means_two_things(window):
    _open_demo(window)
    seen: dict[str, int] = {}
    for a in window.findChildren(QAction):
        if not a.shortcut().isEmpty():
            k = a.shortcut().toString()
            seen[k] = seen.get(k, 0) + 1
    assert {k: n for k, n in seen.items() if n > 1} == {}
    # Ctrl+0 … Ctrl+5 are the lists' status keys: no window action may take them
    assert not {f"Ctrl+{d}" for d in range(6)} & set(seen)


def test_ctrl_0_in_a_list_sets_the_status_and_leaves_the_text_size(window, qtbot):
    page = _open_demo(window)
    store, sid = window.store, page.controller.session_id
    vp = page.page_by_key["vertrekpunt"]
    page.go_to("vertrekpunt")
    obs = next(o for o in vertrekpunt.list_observations(store, sid) if o.status is not None)
    vp.show_element(obs.element_key)
    table = vp.current_list.table
    ids = [o.id for o in vertrekpunt.list_observations(store, sid, obs.element_key)]
    table.setFocus()
    table.selectRow(ids.index(obs.id))
    QTest.keyClick(table, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)  # larger text
    size = window.settings.get(ZOOM)
    assert size > 100
    QTest.keyClick(table, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    status = {o.id: o.status for o in vertrekpunt.list_observations(store, sid)}[obs.id]
    assert status is None
    assert window.settings.get(ZOOM) == size


@pytest.mark.parametrize(
    "key,mods,slot",
    [
        (Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier, "export_report"),
        (
            Qt.Key.Key_R,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            "export_report_with_options",
        ),
        (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier, "print_report"),
    ],
)
def test_report_keys_work_with_the_cursor_in_a_text_field(
    window, qtbot, monkeypatch, key, mods, slot
):
    called = []
    monkeypatch.setattr(session_menu, slot, lambda *a, **k: called.append(slot))
    page = _open_demo(window)
    window.session_menu.clear()
    page.fill_menu(window.session_menu)
    line = _entry_line(page)
    type_text(line, "half getypt")
    QTest.keyClick(line, key, mods)
    assert called == [slot]
    assert line.text() == "half getypt"


def test_home_and_new_session_keys(window, qtbot, monkeypatch):
    page = _open_demo(window)
    line = _entry_line(page)
    QTest.keyClick(line, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.home
    asked = []
    monkeypatch.setattr(window, "new_session", lambda cid: asked.append(cid))
    QTest.keyClick(window.home, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == [window.home.current_community_id()]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_menu_item_has_its_own_underlined_letter(window, lang):
    window.set_language(lang)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        letters = []
        for a in menu.actions():
            if a.isSeparator() or not a.text():
                continue
            text = a.text().replace("&&", "")
            assert "&" in text, (lang, a.text())
            letters.append(text[text.index("&") + 1].lower())
        assert len(letters) == len(set(letters)), (lang, menu.title(), letters)
    install_language("en")


def test_the_new_community_dialog_takes_typing_in_its_name_field(window, qtbot):
    seen = {}

    def type_and_accept():
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not shown yet on a busy machine: look again shortly
            QTimer.singleShot(50, type_and_accept)
            return
        try:
            focused = dialog.focusWidget()
            seen["focused"] = focused.accessibleName() if focused is not None else None
            type_text(focused, "Coöperatie Noord")
            QTest.keyClick(focused, Qt.Key.Key_Space)
            type_text(focused, "Oost")
            QTest.keyClick(focused, Qt.Key.Key_Return)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()  # never leave the test waiting on a dialog

    QTimer.singleShot(100, type_and_accept)
    window.new_community()
    assert seen["focused"] == "Community name"
    names = [c.name for c in communities.list_communities(window.store)]
    assert "Coöperatie Noord Oost" in names


def test_escape_and_ctrl_w_close_a_community_window(window, qtbot):
    window.show_home()
    for key, mods in (
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    ):
        view = window.home.uses.open("actors")
        qtbot.waitExposed(view)
        view.windowHandle().requestActivate()
        qtbot.waitUntil(lambda v=view: QApplication.activeWindow() is v, timeout=2000)
        QTest.keyClick(QApplication.focusWidget() or view, key, mods)
        qtbot.waitUntil(lambda v=view: not isValid(v) or not v.isVisible(), timeout=2000)

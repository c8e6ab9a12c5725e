"""Presentation mode on one (mirrored) screen: what the room need not see goes, the rest grows,
the keys keep working, and off again everything is as it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.services import sessions
from app.ui.audience.presentation import SCALE
from app.ui.common.settings import Settings
from app.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(Settings(str(tmp_path / "s.ini")), str(tmp_path / "demo.db"))
    qtbot.addWidget(w)
    w.show()
    w.open_database()
    w.open_session(sessions.list_sessions(w.store)[0].id)
    w.session_page.go_to("vertrekpunt")
    yield w
    w.room.set_presentation(False)
    w.shutdown()


def _px(widget) -> int:
    return QFontInfo(widget.font()).pixelSize()


def test_f11_hides_what_the_room_need_not_see_and_enlarges_the_rest(window):
    page = window.session_page
    heading = page.page_by_key["vertrekpunt"].heading
    entry = page.page_by_key["vertrekpunt"].current_list.entry
    sizes = _px(heading), _px(entry), _px(page.saved_label)
    QTest.keyClick(window, Qt.Key.Key_F11)
    QApplication.processEvents()  # Qt hands a new application font to the widgets from there
    assert window.room.presentation.on and window.room.presentation_action.isChecked()
    assert window.isFullScreen()
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not page.rail.isVisible() and not page.next.isVisible()
    assert page.timer.isVisible() and page.saved_label.isVisible() and page.title.isVisible()
    assert _px(heading) >= sizes[0] * SCALE - 1 and _px(entry) >= sizes[1] * SCALE - 1
    assert _px(heading) > sizes[0] and _px(entry) > sizes[1]
    assert _px(page.saved_label) < _px(entry)  # small, still there
    # the keys still work without the menus and the rail
    QTest.keyClick(page, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert page.current_stage() == "focus"
    QTest.keyClick(window, Qt.Key.Key_F11)
    QApplication.processEvents()
    assert not window.room.presentation.on and not window.isFullScreen()
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    assert page.rail.isVisible() and page.next.isVisible()
    assert (_px(heading), _px(entry), _px(page.saved_label)) == sizes


def test_the_projector_profile_presents_in_high_contrast(window):
    page = window.session_page
    window.room.profile_action.trigger()
    window.room.set_presentation(True)
    assert page.canvas.high_contrast()
    window.room.set_presentation(False)
    assert not page.canvas.high_contrast()  # the window's own setting again (off)


def test_a_language_switch_while_presenting_stays_presenting(window):
    window.room.set_presentation(True)
    app_size = QApplication.font().pointSizeF()
    window.set_language("en")
    try:
        page = window.session_page
        assert window.room.presentation.on and not window.menuBar().isVisible()
        assert not page.rail.isVisible()
        assert QApplication.font().pointSizeF() == app_size
        heading = page.page_by_key["vertrekpunt"].heading
        window.room.set_presentation(False)
        enlarged_off = _px(heading)
        window.room.set_presentation(True)
        assert _px(heading) > enlarged_off
    finally:
        window.set_language("nl")


def test_text_size_changed_while_presenting_keeps_the_enlargement(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.startup import create_application

    _app, settings = create_application()
    window = MainWindow(settings, str(tmp_path / "z.db"))
    qtbot.addWidget(window)
    window.open_database()
    normal = QApplication.font().pointSizeF()
    window.room.presentation.set_on(True)
    presenting = QApplication.font().pointSizeF()
    assert presenting > normal
    window.zoom(+1)
    bigger = QApplication.font().pointSizeF()
    assert bigger > presenting
    window.room.presentation.set_on(False)
    assert normal < QApplication.font().pointSizeF() < bigger
    window.zoom(0)
    window.shutdown()

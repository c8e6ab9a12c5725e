"""Run by tests/test_room_screen_sizes.py in a process of its own whose one virtual screen has the
size in ROOM_SCREEN (1024x768, 1366x768, 1920x1080): the Qt platform's screens are fixed before
the QApplication exists. Not collected on its own (no test_ prefix)."""

from __future__ import annotations

import os

import pytest
from PySide6.QtGui import QFontInfo, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.services import sessions
from app.ui.common.i18n import install_language, reset_language
from app.ui.common.settings import ZOOM, Settings
from app.ui.common.stage_names import STAGES
from app.ui.common.zoom import apply_zoom
from app.ui.shell import window_place
from app.ui.shell.main_window import MainWindow

WIDTH, HEIGHT = (int(v) for v in os.environ["ROOM_SCREEN"].split("x"))
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSpinBox,
)


@pytest.fixture(params=["nl", "en"])
def window(request, qtbot, tmp_path):
    install_language(request.param)  # Dutch words are the longer ones
    apply_zoom(ZOOM.default)  # the app's own text size, as create_application sets it
    w = MainWindow(Settings(str(tmp_path / "s.ini")), str(tmp_path / "demo.db"))
    qtbot.addWidget(w)
    w.show()
    w.open_database()
    w.open_session(sessions.list_sessions(w.store)[0].id)
    yield w
    w.room.set_presentation(False)
    w.shutdown()
    reset_language()


def _outside(window: QWidget) -> list[str]:
    """Interactive widgets not wholly inside the window. A widget inside a scrolled area counts
    where its scrolled area is (it is reached by scrolling)."""
    bad = []
    for w in window.findChildren(QWidget):
        if not (w.isVisible() and isinstance(w, INTERACTIVE)):
            continue
        shown = w
        parent = w.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent, QAbstractScrollArea) and parent is not w:
                shown = parent
            parent = parent.parentWidget()
        top_left = shown.mapTo(window, shown.rect().topLeft())
        bottom_right = shown.mapTo(window, shown.rect().bottomRight())
        if (
            top_left.x() < 0
            or top_left.y() < 0
            or bottom_right.x() >= window.width()
            or bottom_right.y() >= window.height()
        ):
            bad.append(
                f"{type(w).__name__} {w.accessibleName() or w.objectName()!r} "
                f"{top_left.toTuple()}–{bottom_right.toTuple()}"
            )
    return bad


def _every_stage(window, qtbot) -> dict[str, list[str]]:
    found = {}
    for key in STAGES:
        window.session_page.go_to(key)
        qtbot.wait(30)
        # what the layout needs at the least: a window narrower than that squeezes or cuts
        hint = window.minimumSizeHint()
        assert hint.width() <= WIDTH and hint.height() <= HEIGHT, (key, hint)
        assert window.width() <= WIDTH and window.height() <= HEIGHT, (key, window.size())
        found[key] = _outside(window)
    return found


def test_every_stage_fits_the_screen(window, qtbot):
    window.setGeometry(window.screen().availableGeometry())
    qtbot.wait(30)
    assert _every_stage(window, qtbot) == {key: [] for key in STAGES}


def test_every_stage_fits_in_presentation_mode(window, qtbot):
    window.room.set_presentation(True)
    qtbot.waitUntil(lambda: window.isFullScreen())
    assert _every_stage(window, qtbot) == {key: [] for key in STAGES}


def test_presentation_body_text_grows_with_the_screen(window, qtbot):
    entry = window.session_page.page_by_key["vertrekpunt"].current_list.entry
    window.room.set_presentation(True)
    QApplication.processEvents()
    assert QFontInfo(entry.font()).pixelSize() >= HEIGHT / 40 - 0.5


def test_the_first_window_fits_the_screen_with_its_title_bar(qtbot, tmp_path):
    w = MainWindow(Settings(str(tmp_path / "s.ini")), str(tmp_path / "demo.db"))
    qtbot.addWidget(w)
    available = QGuiApplication.primaryScreen().availableGeometry()
    # a window manager adds its title bar above the window: the window itself must leave room
    # for it, or open maximized (then the window manager fits it)
    assert w.opens_maximized or (
        w.width() <= available.width()
        and w.height() + window_place.DECORATION <= available.height()
    )
    assert w.minimumSizeHint().width() <= available.width()
    w.shutdown()


def test_the_last_geometry_is_remembered_for_this_screen(qtbot, tmp_path):
    settings = Settings(str(tmp_path / "s.ini"))
    first = MainWindow(settings, str(tmp_path / "demo.db"))
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(20, 30, 900, 600)
    qtbot.wait(20)
    first.close()
    first.shutdown()
    again = MainWindow(settings, str(tmp_path / "demo.db"))
    qtbot.addWidget(again)
    assert again.geometry().size().toTuple() == (900, 600)
    key = window_place.geometry_setting(QGuiApplication.primaryScreen()).key
    assert key.endswith(f"{WIDTH}x{HEIGHT}")  # another screen size starts fitted again
    again.shutdown()


def test_no_stage_name_is_cut_in_the_rail(window, qtbot):
    """Also with the text enlarged for the room (View → larger text)."""
    from PySide6.QtGui import QFontMetrics

    window.setGeometry(window.screen().availableGeometry())
    rail = window.session_page.rail
    try:
        for zoom in (100, 130):
            apply_zoom(zoom)
            QApplication.processEvents()
            for key in STAGES:  # each name bold once, as the current stage
                window.session_page.go_to(key)
                qtbot.wait(20)
                for i in range(rail.count()):
                    item = rail.item(i)
                    need = QFontMetrics(item.font()).horizontalAdvance(item.text())
                    assert need <= rail.visualItemRect(item).width(), (zoom, item.text(), need)
    finally:
        apply_zoom(ZOOM.default)


def _smallest_label_px(canvas) -> float:
    zoom = canvas.transform().m11()
    return min(box.label.size for box in canvas.figure_layout().elements) * zoom


def test_the_models_labels_are_readable_from_the_back(window, qtbot):
    """Beside the stages and on the audience view, no element label under 1/50 of the screen's
    height (#16 finding 4): numbers and a key where the short labels would be smaller."""
    window.setGeometry(window.screen().availableGeometry())
    window.session_page.go_to("vertrekpunt")
    qtbot.wait(50)
    canvas = window.session_page.canvas
    assert _smallest_label_px(canvas) >= HEIGHT / 50, (canvas.form(), canvas.viewport().size())
    window.room.set_audience(True)
    try:
        qtbot.wait(50)
        audience = window.room.audience.canvas
        assert _smallest_label_px(audience) >= HEIGHT / 50, audience.form()
        if audience.form().startswith("numbered"):
            assert len(audience.figure_layout().key) == 2 * len(audience.figure_layout().elements)
    finally:
        window.room.set_audience(False)

"""Notices follow the desktop's palette, high contrast reaches the facilitator's widgets, and no
interface file but style.py fixes a colour for text on the desktop's own surfaces."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.services import sessions
from app.ui.common import style
from app.ui.common.settings import Settings
from app.ui.shell.main_window import MainWindow
from tests.test_dark_palette import _dark

ROOT = Path(__file__).resolve().parent.parent
SHEET = re.compile(r"background:\s*(#[0-9A-Fa-f]{6});\s*color:\s*(#[0-9A-Fa-f]{6})")
# drawn on a ground of their own (the model, the wall, the timeline chart), not the desktop's
OWN_GROUND = {
    "app/ui/common/style.py",
    "app/ui/canvas/view.py",
    "app/ui/canvas/items.py",
    "app/ui/canvas/project_overlay.py",
    "app/ui/audience/content.py",
    "app/ui/community/timeline.py",
    # the small band picture: the figure's band on its own white ground, as the figure
    "app/ui/community/timeline_plan.py",
}


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(Settings(str(tmp_path / "s.ini")), str(tmp_path / "demo.db"))
    qtbot.addWidget(w)
    w.show()
    w.open_database()
    w.open_session(sessions.list_sessions(w.store)[0].id)
    yield w
    w.shutdown()


@pytest.fixture
def dark_desktop(qapp):
    before = QApplication.palette()
    QApplication.setPalette(_dark())
    yield
    QApplication.setPalette(before)


def _notices(window):
    window.session_page._show_banner("Deze sessie is afgesloten.")
    window.store_banner.show_text("Er kon geen back-up worden gemaakt.")
    return window.session_page.banner, window.store_banner.label


def test_a_notice_on_a_dark_desktop_is_dark_and_readable(dark_desktop, window):
    for label in _notices(window):
        ground, text = (QColor(c) for c in SHEET.search(label.styleSheet()).groups())
        assert ground.lightnessF() < 0.5, label.styleSheet()  # no glaring block on a dark screen
        assert style.contrast(ground, text) >= 7


def test_high_contrast_reaches_the_widgets_and_goes_back(window):
    before = QApplication.palette()
    window.toggle_contrast(True)
    p = QApplication.palette()
    for fg, bg in (
        (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
        (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    ):
        assert style.contrast(p.color(fg), p.color(bg)) >= 19
    assert window.session_page.canvas.high_contrast()
    for label in _notices(window):
        ground, text = (QColor(c) for c in SHEET.search(label.styleSheet()).groups())
        assert style.contrast(ground, text) >= 19
    window.toggle_contrast(False)
    assert QApplication.palette() == before
    assert not window.session_page.canvas.high_contrast()


def test_the_projector_profile_presents_the_widgets_in_high_contrast(window):
    window.room.profile_action.trigger()
    window.room.set_presentation(True)
    assert style.high_contrast_on()
    window.room.set_presentation(False)
    assert not style.high_contrast_on()


def test_no_interface_file_fixes_a_text_colour_for_the_desktop():
    found = []
    for path in sorted((ROOT / "app" / "ui").rglob("*.py")):
        rel = str(path.relative_to(ROOT))
        if rel in OWN_GROUND:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(
                r"#[0-9A-Fa-f]{6}\b|#[0-9A-Fa-f]{3}\b", line.split("  # ")[0]
            ) and not line.lstrip().startswith("#"):
                found.append(f"{rel}:{n}: {line.strip()}")
    assert found == []

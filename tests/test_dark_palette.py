"""A dark desktop theme keeps every label readable: no text colour fixed for a white window."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QWidget

from app.ui.common import style
from app.ui.common.settings import Settings
from app.ui.shell.session_page import SessionPage

STAGES = ("opening", "vertrekpunt", "focus", "vervolg", "aanpak", "closing")
SHEET_COLOUR = re.compile(r"(?<![-\w])color:\s*(#[0-9A-Fa-f]{6})")


def _dark() -> QPalette:
    p = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, QColor("#202124"))
        p.setColor(group, QPalette.ColorRole.WindowText, QColor("#E8EAED"))
        p.setColor(group, QPalette.ColorRole.Base, QColor("#2B2C2F"))
        p.setColor(group, QPalette.ColorRole.Text, QColor("#E8EAED"))
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#9AA0A6"))
    return p


@pytest.fixture
def dark_app(qapp):
    before = QApplication.palette()
    QApplication.setPalette(_dark())
    yield
    QApplication.setPalette(before)


def _unreadable(root: QWidget) -> list[str]:
    bad = []
    for w in root.findChildren(QWidget):
        if not w.isVisible():
            continue
        ground = w.palette().color(QPalette.ColorRole.Window)
        for colour in SHEET_COLOUR.findall(w.styleSheet()):
            if style.contrast(QColor(colour), ground) < 4.5:
                bad.append(
                    f"{type(w).__name__} {w.accessibleName() or w.objectName()}: "
                    f"{colour} on {ground.name()}"
                )
        if isinstance(w, QListWidget):
            base = w.palette().color(QPalette.ColorRole.Base)
            for i in range(w.count()):
                brush = w.item(i).foreground()
                disabled = not w.item(i).flags() & Qt.ItemFlag.ItemIsEnabled
                if disabled and brush.style() == Qt.BrushStyle.NoBrush and w.item(i).text():
                    bad.append(f"greyed-out item {w.item(i).text()[:30]!r}")
                if (
                    brush.style() != Qt.BrushStyle.NoBrush
                    and style.contrast(brush.color(), base) < 4.5
                ):
                    bad.append(f"list item {w.item(i).text()[:30]!r}: {brush.color().name()}")
    return bad


def test_every_stage_is_readable_on_a_dark_desktop(
    dark_app, qtbot, demo_store, demo_session_id, tmp_path
):
    page = SessionPage(demo_store, demo_session_id, Settings(str(tmp_path / "s.ini")))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    found = {}
    for key in STAGES:
        page.go_to(key)
        qtbot.wait(20)
        found[key] = _unreadable(page)
    assert found == {key: [] for key in STAGES}


def test_warning_and_carried_colours_stand_out_on_light_and_dark(qapp):
    for palette in (QPalette(QColor("#F0F0F0")), _dark()):
        w = QLabel()
        w.setPalette(palette)
        ground = palette.color(QPalette.ColorRole.Window)
        assert style.contrast(style.warning_colour(w), ground) >= 4.5
        assert style.contrast(style.carried_colour(w), ground) >= 4.5


def test_a_hint_on_a_dark_desktop_is_light_red(dark_app, qapp):
    from app.ui.widgets.labels import hint_label

    hint = hint_label()
    assert (
        style.contrast(QColor(SHEET_COLOUR.search(hint.styleSheet()).group(1)), QColor("#202124"))
        >= 4.5
    )

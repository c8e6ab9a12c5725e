"""The session rail's names follow the text size (View → text size, presentation mode)."""

from __future__ import annotations

from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication

from app.ui.common.zoom import apply_zoom
from app.ui.shell.stage_rail import RAIL_SCALE, StageRail


def test_the_rail_follows_the_text_size(qtbot):
    before = QApplication.font()
    rail = StageRail()
    qtbot.addWidget(rail)
    rail.show_states("vertrekpunt", "vertrekpunt", set())
    try:
        apply_zoom(100)
        QApplication.processEvents()  # Qt posts the change to every widget
        normal = QFontInfo(rail.font()).pixelSize()
        current = rail.item(1).font()
        apply_zoom(200)
        QApplication.processEvents()
        large = QFontInfo(rail.font()).pixelSize()
        assert large >= 1.8 * normal
        assert rail.font().pointSizeF() == QApplication.font().pointSizeF() * RAIL_SCALE
        # the current stage stays bold, at the new size; the others plain
        assert rail.item(1).font().bold() and not rail.item(0).font().bold()
        assert rail.item(1).font().pointSizeF() > 1.8 * current.pointSizeF()
        assert rail.sizeHint().width() > 0
    finally:
        QApplication.setFont(before)

"""Projector-readable type: one zoom level scales the application font everywhere."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from app.ui.common.settings import ZOOM_STEPS

BASE_POINT_SIZE = 12.0


def apply_zoom(percent: int) -> None:
    font = QFont(QApplication.font())
    font.setPointSizeF(BASE_POINT_SIZE * percent / 100)
    QApplication.setFont(font)


def step(percent: int, direction: int) -> int:
    """The next zoom step up (+1) or down (-1) from percent."""
    if direction > 0:
        return next((z for z in ZOOM_STEPS if z > percent), ZOOM_STEPS[-1])
    return next((z for z in reversed(ZOOM_STEPS) if z < percent), ZOOM_STEPS[0])

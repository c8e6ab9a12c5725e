"""A window's first size, fitted to the screen it opens on.

A fixed size (1280x760) is wider than a 1024x768 beamer: the right side of the window, with its
buttons, lies off the screen where the room cannot see it and the mouse cannot reach it. Every
window that has a preferred size asks here instead.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

DECORATION = 40  # a window manager's title bar and frame, which Qt counts outside
ROOMY = (1440, 900)  # below this the main window opens maximized: every pixel is needed


def fitted(available: QRect, preferred: tuple[int, int]) -> tuple[QRect, bool]:
    """The geometry centred on a screen with this available area, and whether to maximize."""
    maximize = available.width() < ROOMY[0] or available.height() < ROOMY[1]
    width = min(preferred[0], available.width() - DECORATION // 2)
    height = min(preferred[1], available.height() - DECORATION)
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect, maximize


def fit_to_screen(window: QWidget, preferred: tuple[int, int]) -> None:
    """Give a top-level window its preferred size, or as much of it as its screen has."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:  # no screen at all (a test without a platform): the preferred size
        window.resize(*preferred)
        return
    rect, _maximize = fitted(screen.availableGeometry(), preferred)
    window.setGeometry(rect)

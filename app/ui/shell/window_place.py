"""Where the main window opens: fitted to the screen it opens on, or where it was the last time
on that same screen.

A fixed first size (1280x760) does not fit a 1366x768 laptop once the window manager adds its
title bar and panel, and is wider than a 1024x768 beamer. A geometry saved on the big office
screen is no good on the projector either, so the last geometry is remembered per screen (its
name and size: the same beamer in another room counts as the same screen).
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow

from app.ui.common.screen_fit import DECORATION, fitted
from app.ui.common.settings import WINDOW_GEOMETRY, Setting, Settings

PREFERRED = (1280, 800)  # what the stages are designed for, when the screen has room
__all__ = ["DECORATION", "PREFERRED", "place", "remember", "screen_key"]


def screen_key(screen: QScreen) -> str:
    size = screen.size()
    name = "".join(c if c.isalnum() else "_" for c in (screen.name() or "screen"))
    return f"{name}_{size.width()}x{size.height()}"


def geometry_setting(screen: QScreen) -> Setting:
    return Setting(f"{WINDOW_GEOMETRY.key}/{screen_key(screen)}", bytes, b"")


def place(window: QMainWindow, settings: Settings, screen: QScreen | None = None) -> bool:
    """Give window its geometry before it is shown; True when it should open maximized."""
    screen = screen or window.screen() or QGuiApplication.primaryScreen()
    saved = settings.get(geometry_setting(screen))
    if saved and window.restoreGeometry(saved):
        return window.isMaximized()
    rect, maximize = fitted(screen.availableGeometry(), PREFERRED)
    window.setGeometry(rect)
    return maximize


def remember(window: QMainWindow, settings: Settings) -> None:
    screen = window.screen() or QGuiApplication.primaryScreen()
    settings.set(geometry_setting(screen), window.saveGeometry())

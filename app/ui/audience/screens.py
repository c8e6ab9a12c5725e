"""Which screen the audience window belongs on, and putting it there.

`choose_screen` is a plain function over lists, so the rules can be tested without plugging in a
projector: Qt cannot add or remove a screen at run time from a test. `place_full_screen` is the
Qt half that moves a window.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

S = TypeVar("S")


def choose_screen(
    screens_before: Sequence[S],
    screens_after: Sequence[S],
    current: S | None,
    home: S | None = None,
) -> S | None:
    """The screen the audience window should be on after the screens changed.

    home is the facilitator's screen (where the main window is). The rules, in order:
    - no screen left: None;
    - the window is on a screen other than home that is still there: it stays (a second
      projector being plugged in does not make the picture jump);
    - a screen other than home has just appeared: onto it (the projector was plugged in);
    - the window's screen went away or it is on home: onto any screen other than home;
    - otherwise home, or the first screen when home is gone too.
    A call with screens_before empty and current None is the first placement.
    """
    if not screens_after:
        return None
    if current is not None and current in screens_after and current != home:
        return current
    appeared = [s for s in screens_after if s not in screens_before and s != home]
    if appeared:
        return appeared[0]
    others = [s for s in screens_after if s != home]
    if others:
        return others[0]
    return home if home in screens_after else screens_after[0]


def place_full_screen(window, screen) -> None:
    """Show window full-screen on screen. Leaving full-screen first is what makes window
    managers accept the move; the widget, and everything it shows, stays the same object."""
    if window.isFullScreen():
        window.showNormal()
    window.winId()  # a native window exists before it is given a screen
    window.windowHandle().setScreen(screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()

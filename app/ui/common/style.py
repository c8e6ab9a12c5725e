"""The interface's colours in one place, taken from the palette's roles.

Text on the desktop's own surfaces uses the palette, so a dark desktop theme or the high-contrast
palette stays readable (a hard-coded dark grey disappears on a dark window). Only two meanings
need a colour of their own — a warning, and a value carried over from the previous session — and
both are picked to stand out against the palette's window colour at a contrast of at least 4.5:1.
The model figure (canvas, PDF) and the projector view keep their own fixed palettes: they are
drawn on their own white or black ground, not on the desktop's.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

_WARNING = {"light": "#8B0000", "dark": "#FF9E9E"}
_CARRIED = {"light": "#5A3A00", "dark": "#F2C879"}


def _palette(widget: QWidget | None = None) -> QPalette:
    return widget.palette() if widget is not None else QApplication.palette()


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def _shade(table: dict[str, str], widget: QWidget | None) -> QColor:
    return QColor(table["dark" if is_dark(_palette(widget)) else "light"])


def warning_colour(widget: QWidget | None = None) -> QColor:
    """A refusal or a gap the group should see: dark red on light windows, light red on dark."""
    return _shade(_WARNING, widget)


def carried_colour(widget: QWidget | None = None) -> QColor:
    """A value carried from the previous session and not yet confirmed."""
    return _shade(_CARRIED, widget)


def muted_colour(widget: QWidget | None = None) -> QColor:
    """Text that is there but not current (an observation already turned into a focus point):
    the palette's own placeholder colour, made for exactly that."""
    return _palette(widget).color(QPalette.ColorRole.PlaceholderText)


def warning_sheet(widget: QWidget | None = None) -> str:
    return f"color: {warning_colour(widget).name()};"


def carried_sheet(widget: QWidget | None = None) -> str:
    return f"color: {carried_colour(widget).name()}; font-style: italic;"


def invalid_border_sheet(widget: QWidget | None = None) -> str:
    return f"border: 2px solid {warning_colour(widget).name()};"


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""

    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)

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


# -- notices (a banner across a page or the window) ----------------------------------------------
# light: dark text on pale yellow; dark desktop: pale text on dark amber (no glaring block on a
# dark screen); high contrast: the palette's own text on its base, with a heavy rule
_NOTICE = {"light": ("#FFF4CE", "#000000", "#8A6D00"), "dark": ("#3A2F00", "#FFF4CE", "#E0B000")}


def notice_colours(widget: QWidget | None = None) -> tuple[QColor, QColor, QColor]:
    """(background, text, border) of a notice."""
    palette = _palette(widget)
    if high_contrast_on():  # the application's: a widget may not have been told yet
        palette = QApplication.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        return palette.color(QPalette.ColorRole.Window), text, text
    return tuple(QColor(c) for c in _NOTICE["dark" if is_dark(palette) else "light"])


def notice_sheet(widget: QWidget | None = None, border: int = 2) -> str:
    ground, text, rule = notice_colours(widget)
    width = border + 1 if high_contrast_on() else border
    return (
        f"background: {ground.name()}; color: {text.name()}; padding: 8px; "
        f"border: {width}px solid {rule.name()};"
    )


# -- high contrast for the facilitator's widgets ----------------------------------------------------
# View → High contrast (and the session's projector profile while presenting) draws the model in
# its high-contrast palette; the widgets around it get pure black on white (white on black on a
# dark desktop), so a washed-out beamer mirroring the laptop shows them too.
_before_high_contrast: list[QPalette] = []


def high_contrast_on() -> bool:
    return bool(_before_high_contrast)


def high_contrast_palette(base: QPalette) -> QPalette:
    dark = is_dark(base)
    ink, paper = (
        (QColor("#FFFFFF"), QColor("#000000")) if dark else (QColor("#000000"), QColor("#FFFFFF"))
    )
    accent = QColor("#FFFF00") if dark else QColor("#0000B0")
    p = QPalette(base)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role in (
            QPalette.ColorRole.Window,
            QPalette.ColorRole.Base,
            QPalette.ColorRole.Button,
            QPalette.ColorRole.AlternateBase,
            QPalette.ColorRole.ToolTipBase,
        ):
            p.setColor(group, role, paper)
        for role in (
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.Text,
            QPalette.ColorRole.ButtonText,
            QPalette.ColorRole.ToolTipText,
            QPalette.ColorRole.PlaceholderText,
            QPalette.ColorRole.Mid,
        ):
            p.setColor(group, role, ink)
        p.setColor(group, QPalette.ColorRole.Highlight, accent)
        p.setColor(group, QPalette.ColorRole.HighlightedText, paper)
        p.setColor(group, QPalette.ColorRole.Link, accent)
    return p


def set_high_contrast(on: bool) -> None:
    """Switch the application palette to high contrast and back (to what it was before)."""
    if on and not _before_high_contrast:
        before = QApplication.palette()
        _before_high_contrast.append(before)
        QApplication.setPalette(high_contrast_palette(before))
    elif not on and _before_high_contrast:
        QApplication.setPalette(_before_high_contrast.pop())

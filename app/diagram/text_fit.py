"""Line-wrapping for the model figure, with a text-width estimate that needs no display.

Widths are Helvetica's (reportlab's standard-font metrics are pure Python data), the face the PDF
draws with; Arial has the same widths. A screen may substitute a wider sans (condensed DejaVu
Sans is up to 8% wider), so estimates carry a safety margin, and each renderer still shrinks a
line that its own font measures too wide (see shrink_to_fit): the layout decides the lines, the
renderer only the final size.
"""

from __future__ import annotations

from functools import lru_cache

FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"
# Faces with Helvetica's widths first (Arial on Windows, Liberation/Nimbus Sans on Linux), then
# the condensed DejaVu (at most 8% wider), then anything: for the screen and for SVG viewers.
SCREEN_FAMILIES = (
    "Helvetica",
    "Arial",
    "Liberation Sans",
    "Nimbus Sans",
    "Nimbus Sans L",
    "DejaVu Sans Condensed",
    "DejaVu Sans",
)
SAFETY = 1.1  # room for a wider substitute face on screen
LINE_SPACING = 1.2  # baseline to baseline, as a multiple of the size


def font_name(bold: bool) -> str:
    return FONT_BOLD if bold else FONT


@lru_cache(maxsize=4096)
def _width_at_one(text: str, bold: bool) -> float:
    # imported here: reportlab is a heavy import and the first window must not wait for it
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font_name(bold), 1.0)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The estimated width of text at size, in the same units as size (points)."""
    return _width_at_one(text, bold) * size * SAFETY


def line_height(size: float) -> float:
    return size * LINE_SPACING


def _split_word(word: str, width: float, size: float, bold: bool) -> list[str]:
    """Break a word that is wider than a line on its own, with a hyphen at each break."""
    parts: list[str] = []
    rest = word
    while rest and text_width(rest, size, bold) > width:
        cut = len(rest) - 1
        while cut > 1 and text_width(rest[:cut] + "-", size, bold) > width:
            cut -= 1
        parts.append(rest[:cut] + "-")
        rest = rest[cut:]
    if rest:
        parts.append(rest)
    return parts


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Greedy word wrap so that every line is at most width wide at size."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, size, bold) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        if text_width(word, size, bold) <= width:
            current = word
        else:
            *whole, current = _split_word(word, width, size, bold)
            lines.extend(whole)
    if current:
        lines.append(current)
    return lines or [""]


def _breaks_a_word(lines: list[str], text: str) -> bool:
    return len(" ".join(lines).split()) != len(text.split())


def fit(
    text: str, width: float, max_lines: int, size: float, min_size: float, bold: bool = False
) -> tuple[tuple[str, ...], float]:
    """The largest whole size from size down to min_size at which text wraps into at most
    max_lines lines without breaking a word; at min_size whatever it takes (words broken, more
    lines). Returns (lines, size)."""
    s = size
    while s >= min_size:
        lines = wrap(text, width, s, bold)
        if len(lines) <= max_lines and not _breaks_a_word(lines, text):
            return tuple(lines), s
        s -= 1
    return tuple(wrap(text, width, min_size, bold)), min_size


def shrink_to_fit(measured_width: float, size: float, max_width: float) -> float:
    """The size at which a line that a renderer measured as measured_width (at size) fits in
    max_width: unchanged when it fits, smaller when the renderer's font runs wider."""
    if measured_width <= max_width or measured_width <= 0:
        return size
    return size * max_width / measured_width

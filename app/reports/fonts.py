"""The report's typefaces, shipped in resources/fonts and embedded (as subsets) in every PDF.

DejaVu Sans sets the text: Dutch diacritics, Polish, Scandinavian, Greek, Cyrillic, Arabic (in
the regular and bold faces; the oblique lacks it) and more. Symbola draws what DejaVu lacks among
the symbols: the emoji a group types into an observation (🌱, 🙂) print as their glyph. What none
of them has is marked in text.py, never dropped silently and never a crash.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.graphics import shapes
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus.tables import CellStyle

from app.resources import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
SYMBOLS = "Symbola"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    SYMBOLS: "Symbola.ttf",
}


@dataclass(frozen=True)
class Coverage:
    """Which code points each kind of face can draw."""

    every_face: frozenset[int]  # regular, bold and italic: printed in whatever face the text has
    regular: frozenset[int]  # the regular face only: printed upright where bold/italic lack it
    symbols: frozenset[int]  # the symbol face: emoji and other symbols DejaVu lacks


@lru_cache(maxsize=1)
def register_fonts() -> Coverage:
    """Register the faces once per process and say what each covers."""
    folder = resources_dir() / "fonts"
    chars: dict[str, frozenset[int]] = {}
    for name, filename in _FILES.items():
        font = TTFont(name, str(folder / filename))
        pdfmetrics.registerFont(font)
        chars[name] = frozenset(font.face.charToGlyph)
    # <b> and <i> inside a Paragraph look the family up through these mappings; there is no
    # bold-italic face shipped, so bold stands in for it.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    # a Drawing starts its state in Times-Roman and a table cell in Helvetica, which would put
    # unembedded fonts in every PDF (every String and Paragraph names its font anyway): ours
    shapes.STATE_DEFAULTS["fontName"] = REGULAR
    CellStyle.fontname = REGULAR
    every = chars[REGULAR] & chars[BOLD] & chars[ITALIC]
    return Coverage(every, chars[REGULAR], chars[SYMBOLS] - chars[REGULAR])

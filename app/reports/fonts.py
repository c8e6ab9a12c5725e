"""The report's typeface: DejaVu Sans, shipped in resources/fonts and embedded in every PDF.

reportlab's built-in fonts cover Latin-1 only and its bundled Vera lacks much of Latin Extended;
DejaVu Sans prints Dutch diacritics, Polish, Scandinavian, Greek, Cyrillic and more. Whatever it
still lacks is replaced by a visible marker in text.py, never dropped and never a crash.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.resources import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}


@lru_cache(maxsize=1)
def register_fonts() -> frozenset[int]:
    """Register the family once per process; returns the code points all three faces cover (a
    character is only printed as itself when bold and italic have it too)."""
    folder = resources_dir() / "fonts"
    covered: frozenset[int] | None = None
    for name, filename in _FILES.items():
        font = TTFont(name, str(folder / filename))
        pdfmetrics.registerFont(font)
        chars = frozenset(font.face.charToGlyph)
        covered = chars if covered is None else covered & chars
    # <b> and <i> inside a Paragraph look the family up through these mappings; there is no
    # bold-italic face shipped, so bold stands in for it.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return covered or frozenset()

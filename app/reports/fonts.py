"""The report's typefaces, shipped in resources/fonts and embedded (as subsets) in every PDF.

DejaVu Sans sets the text: Dutch diacritics, Polish, Scandinavian, Greek, Cyrillic, Arabic (in
the regular and bold faces; the oblique lacks it) and more. Symbola draws what DejaVu lacks among
the symbols: the emoji a group types into an observation (🌱, 🙂) print as their glyph. What none
of them has is marked in text.py, never dropped silently and never a crash.

Symbola is a 3 MB file that most reports never need: it is read only when a text holds a
character the regular face lacks (symbol_coverage), so a report without emoji starts faster.

Every face is an EmbeddedFont: reportlab's TTFont with one correction, the text map (ToUnicode)
of a character beyond U+FFFF, so an emoji can be copied and searched in the PDF as well as seen.
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


def utf16_hex(code: int) -> str:
    """A code point as the PDF's text maps name it: UTF-16BE, in hex, so a character beyond
    U+FFFF is its surrogate pair (U+1F642 → D83DDE42), never five hex digits."""
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()


def to_unicode_cmap(name: str, subset: list[int]) -> str:
    """The ToUnicode CMap of one 256-glyph subset: byte i is the character subset[i].

    The same map reportlab's makeToUnicodeCMap writes, except that it writes "<%04X>" of the code
    point, which for an emoji is five hex digits: readers (pypdf, pdftotext) then take the
    wrong character or none, and the emoji could not be copied out of the report."""
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({name})",
            f"/Ordering ({name})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(f"<{i:02X}> <{utf16_hex(code)}>" for i, code in enumerate(subset)),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


class EmbeddedFont(TTFont):
    """A TrueType face whose subsets carry a valid text map for every character."""

    def addObjects(self, doc) -> None:  # reportlab names it so
        # TTFont.addObjects writes each subset's font object with its ToUnicode stream and then
        # forgets the subsets: note them (and the subsets' names) first, then put the corrected
        # map into each stream it wrote. Only the stream's content changes, nothing else.
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        names = [self.getSubsetInternalName(n, doc)[1:] for n in range(len(subsets))]
        super().addObjects(doc)
        written = doc.idToObject["BasicFonts"].dict
        for name, subset in zip(names, subsets, strict=True):
            if all(code <= 0xFFFF for code in subset):
                continue  # reportlab's own map is right for these
            font = written[name]
            stream = doc.idToObject[font.ToUnicode.name]
            stream.content = to_unicode_cmap(font.BaseFont, subset)


@dataclass(frozen=True)
class Coverage:
    """Which code points each kind of text face can draw."""

    every_face: frozenset[int]  # regular, bold and italic: printed in whatever face the text has
    regular: frozenset[int]  # the regular face only: printed upright where bold/italic lack it


def _register(name: str) -> frozenset[int]:
    font = EmbeddedFont(name, str(resources_dir() / "fonts" / _FILES[name]))
    pdfmetrics.registerFont(font)
    return frozenset(font.face.charToGlyph)


@lru_cache(maxsize=1)
def register_fonts() -> Coverage:
    """Register the text faces once per process and say what each covers."""
    chars = {name: _register(name) for name in (REGULAR, BOLD, ITALIC)}
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
    return Coverage(every, chars[REGULAR])


@lru_cache(maxsize=1)
def symbol_coverage() -> frozenset[int]:
    """What the symbol face adds to the regular one; the face is read and registered on the
    first call, which text.py makes only for a character the regular face lacks."""
    return _register(SYMBOLS) - register_fonts().regular

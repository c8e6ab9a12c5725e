"""Text typed in the room, made safe for a reportlab Paragraph.

Four things can go wrong with free text in a PDF: markup characters (&, <) break the Paragraph
parser; characters outside the font come out as empty boxes or vanish; right-to-left scripts come
out as loose letters in the wrong order (reportlab neither joins Arabic letters nor reorders
them); control characters confuse the layout. Each is handled here, in one place.

Arabic runs are shaped here (arabic-reshaper: the joined letter forms) and left in reading
order: the report's Paragraph (paragraph.py) wraps them so and puts each drawn line in display
order (python-bidi, the Unicode bidirectional algorithm), so a long Arabic sentence that wraps
starts on its first line. A line drawn straight on the canvas (plain: headers, bookmarks) is one
line, put in display order here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape

from app.reports.fonts import REGULAR, SYMBOLS, register_fonts, symbol_coverage

MARKER_COLOUR = "#6B6B6B"
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def missing_marker(ch: str) -> str:
    """What a reader sees instead of a character no shipped font can draw: its code point
    ("[U+4E2D]"), so it can be looked up; a symbol no font has is left out (an English name
    such as "[slightly smiling face]" would be noise in a Dutch report)."""
    if unicodedata.category(ch).startswith("S"):
        return ""
    return f"[U+{ord(ch):04X}]"


@lru_cache(maxsize=1)
def _shaper():
    # imported on first use: most reports hold no right-to-left text, and the import costs time
    import arabic_reshaper
    from bidi import get_display

    reshaper = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})
    return reshaper.reshape, get_display


def shaped(text: str) -> str:
    """Right-to-left runs in their joined letter forms, still in reading order."""
    if not _RTL.search(text):
        return text
    reshape, _get_display = _shaper()
    return "\n".join(reshape(line) if _RTL.search(line) else line for line in text.split("\n"))


def visual_order(text: str) -> str:
    """Shaped text of one drawn line in display order; text without right-to-left runs as it is."""
    if not _RTL.search(text):
        return text
    _reshape, get_display = _shaper()
    # the line runs left to right (a Dutch or English report); right-to-left runs inside it
    return get_display(text, base_dir="L")


def _kind(ch: str, cover) -> str:
    """ "" (any face), "regular" (upright only), "symbol", "missing" or "drop" (control)."""
    code = ord(ch)
    if ch == "\n" or code in cover.every_face:
        return ""
    if code in cover.regular:
        return "regular"
    if code in symbol_coverage():  # the symbol face is read on the first such character
        return "symbol"
    if unicodedata.category(ch) in ("Cc", "Cf", "Mn"):  # invisible: joiners, variation marks
        return "drop"
    return "missing"


def _pieces(text: str):
    """(kind, chunk) pieces of text, normalised: NFC (so a decomposed ë is one glyph), Windows
    line ends and tabs folded, right-to-left runs shaped, control characters left out."""
    cover = register_fonts()
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = shaped(text.replace("\t", " "))
    kind, run = "", list[str]()
    for ch in text:
        k = _kind(ch, cover)
        if k == "drop":
            continue
        if k == "missing":
            if run:
                yield kind, "".join(run)
            kind, run = "", list[str]()
            yield "missing", missing_marker(ch)
            continue
        if k != kind and run:
            yield kind, "".join(run)
            run = []
        kind = k
        run.append(ch)
    if run:
        yield kind, "".join(run)


def markup(text: str) -> str:
    """Paragraph markup for a piece of user text, for the report's Paragraph (paragraph.py):
    escaped, line breaks kept, reading order kept, characters only the regular or the symbol
    face has set in that face, the rest replaced by a grey marker."""
    out = []
    for kind, chunk in _pieces(text or ""):
        safe = escape(chunk).replace("\n", "<br/>")
        if kind == "missing":
            out.append(f'<font color="{MARKER_COLOUR}">{safe}</font>' if safe else "")
        elif kind == "regular":
            out.append(f'<font face="{REGULAR}">{safe}</font>')
        elif kind == "symbol":
            out.append(f'<font face="{SYMBOLS}">{safe}</font>')
        else:
            out.append(safe)
    return "".join(out)


def plain(text: str) -> str:
    """The same for canvas.drawString in the regular face (headers, footers): one line in
    display order, no markup; a symbol only the symbol face has is left out there."""
    line = "".join(chunk for kind, chunk in _pieces(text or "") if kind != "symbol")
    return visual_order(line.replace("\n", " "))


def logical_order(text: str) -> str:
    """markup's text for readers that shape text themselves (Word): the joined letter forms back
    to plain letters (the order is already the reading order)."""
    if not _RTL.search(text):
        return text
    return "".join(
        unicodedata.normalize("NFKC", ch) if "\ufb50" <= ch <= "\ufeff" else ch for ch in text
    )

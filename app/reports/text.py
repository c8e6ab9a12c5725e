"""Text typed in the room, made safe for a reportlab Paragraph.

Four things can go wrong with free text in a PDF: markup characters (&, <) break the Paragraph
parser; characters outside the font come out as empty boxes or vanish; right-to-left scripts come
out as loose letters in the wrong order (reportlab neither joins Arabic letters nor reorders
them); control characters confuse the layout. Each is handled here, in one place.

Arabic and Hebrew runs are shaped (arabic-reshaper: the joined letter forms) and put in display
order (python-bidi, the Unicode bidirectional algorithm) line by line, before the Paragraph wraps
them: a name such as محمد العلي reads right to left as one word group. A line that holds a long
right-to-left text and wraps is the one case this cannot order perfectly; names and short
phrases, what groups type, are drawn right.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape

from app.reports.fonts import REGULAR, SYMBOLS, register_fonts

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


def visual_order(text: str) -> str:
    """Right-to-left runs shaped and in display order, line by line; other text as it is."""
    if not _RTL.search(text):
        return text
    reshape, get_display = _shaper()
    # the paragraph runs left to right (a Dutch or English report); right-to-left runs inside it
    return "\n".join(
        get_display(reshape(line), base_dir="L") if _RTL.search(line) else line
        for line in text.split("\n")
    )


def _kind(ch: str, cover) -> str:
    """ "" (any face), "regular" (upright only), "symbol", "missing" or "drop" (control)."""
    code = ord(ch)
    if ch == "\n" or code in cover.every_face:
        return ""
    if code in cover.regular:
        return "regular"
    if code in cover.symbols:
        return "symbol"
    if unicodedata.category(ch) in ("Cc", "Cf", "Mn"):  # invisible: joiners, variation marks
        return "drop"
    return "missing"


def _pieces(text: str):
    """(kind, chunk) pieces of text, normalised: NFC (so a decomposed ë is one glyph), Windows
    line ends and tabs folded, right-to-left runs in display order, control characters left out."""
    cover = register_fonts()
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = visual_order(text.replace("\t", " "))
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
    """Paragraph markup for a piece of user text: escaped, line breaks kept, characters only the
    regular or the symbol face has set in that face, the rest replaced by a grey marker."""
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
    """The same for canvas.drawString in the regular face (headers, footers): one line, no
    markup; a symbol only the symbol face has is left out there."""
    return "".join(chunk for kind, chunk in _pieces(text or "") if kind != "symbol").replace(
        "\n", " "
    )


def logical_order(text: str) -> str:
    """visual_order undone, for readers that order and shape text themselves (Word): the
    joined letter forms back to plain letters, right-to-left runs back in reading order."""
    if not _RTL.search(text):
        return text
    _reshape, get_display = _shaper()
    plain_letters = "".join(
        unicodedata.normalize("NFKC", ch) if "\ufb50" <= ch <= "\ufeff" else ch for ch in text
    )
    return "\n".join(
        get_display(line, base_dir="L") if _RTL.search(line) else line
        for line in plain_letters.split("\n")
    )

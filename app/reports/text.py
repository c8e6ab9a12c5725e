"""Text typed in the room, made safe for a reportlab Paragraph.

Three things can go wrong with free text in a PDF: markup characters (&, <) break the Paragraph
parser, characters outside the font come out as empty boxes or vanish, and control characters
confuse the layout. Each is handled here, in one place.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from app.reports.fonts import register_fonts

MARKER_COLOUR = "#6B6B6B"


def missing_marker(ch: str) -> str:
    """What a reader sees instead of a character the font cannot draw: a symbol's name (an
    emoji typed in the room reads as "[seedling]") or else its code point ("[U+4E2D]")."""
    name = unicodedata.name(ch, "")
    if unicodedata.category(ch).startswith("S") and name and len(name) <= 40:
        return f"[{name.lower()}]"
    return f"[U+{ord(ch):04X}]"


def _pieces(text: str):
    """(is_missing, chunk) pieces of text, normalised: NFC (so a decomposed ë is one glyph),
    Windows line ends and tabs folded, other control characters (invisible anyway) left out."""
    covered = register_fonts()
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\t", " ")
    run: list[str] = []
    for ch in text:
        if ch == "\n" or ord(ch) in covered:
            run.append(ch)
            continue
        if unicodedata.category(ch) == "Cc":
            continue
        if run:
            yield False, "".join(run)
            run = []
        yield True, missing_marker(ch)
    if run:
        yield False, "".join(run)


def markup(text: str) -> str:
    """Paragraph markup for a piece of user text: escaped, line breaks kept, uncovered characters
    replaced by a grey marker."""
    out = []
    for missing, chunk in _pieces(text or ""):
        if missing:
            out.append(f'<font color="{MARKER_COLOUR}">{escape(chunk)}</font>')
        else:
            out.append(escape(chunk).replace("\n", "<br/>"))
    return "".join(out)


def plain(text: str) -> str:
    """The same for canvas.drawString (headers, footers): one line, no markup."""
    return "".join(chunk for _missing, chunk in _pieces(text or "")).replace("\n", " ")

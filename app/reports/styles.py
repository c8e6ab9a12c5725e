"""Page geometry, colours and paragraph styles of the session report."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from app.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts

PAGE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm  # room for the running header
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X
MIN_TEXT = 7.0  # points: no text in the report is smaller (the model figure's labels included)

# The model figure's own page, landscape: the figure as large as the page allows on the left,
# its heading and note in a narrow column on the right, slim margins (the figure needs about
# 620 x 530 pt for its smallest labels to be 7 pt)
FIGURE_PAGE = (PAGE[1], PAGE[0])
FIGURE_MARGIN_X = 10 * mm
FIGURE_MARGIN_TOP = 13 * mm
FIGURE_MARGIN_BOTTOM = 9 * mm
FIGURE_SIDE = 150.0
FIGURE_GAP = 8.0
FIGURE_BOX = (
    FIGURE_PAGE[0] - 2 * FIGURE_MARGIN_X - FIGURE_SIDE - FIGURE_GAP,
    FIGURE_PAGE[1] - FIGURE_MARGIN_TOP - FIGURE_MARGIN_BOTTOM,
)

INK = colors.HexColor("#1A1A1A")
MUTED_HEX = "#5A5A5A"  # for <font color> inside paragraph markup
MUTED = colors.HexColor(MUTED_HEX)
ACCENT = colors.HexColor("#081D58")  # the darkest step of the status palette
RULE = colors.HexColor("#C8CDD6")
HEADER_FILL = colors.HexColor("#E8ECF3")
ZEBRA = colors.HexColor("#F6F7FA")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    register_fonts()
    # hyphenationLang stays empty: words are never split, so every word of the group's text can
    # be found again in the PDF (and read aloud by a screen reader) as typed.
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=9.5,
        leading=13.5,
        textColor=INK,
        spaceAfter=4,
        hyphenationLang="",
        splitLongWords=True,
    )
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11.5, spaceAfter=2)
    return Styles(
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=BOLD,
            fontSize=26,
            leading=32,
            textColor=ACCENT,
            spaceAfter=6,
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=14, leading=19, textColor=MUTED, spaceAfter=18
        ),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=BOLD,
            fontSize=16,
            leading=20,
            textColor=ACCENT,
            spaceBefore=4,
            spaceAfter=8,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=12,
            leading=15.5,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=4,
        ),
        h3=ParagraphStyle(
            "h3", parent=body, fontName=BOLD, fontSize=10, leading=13.5, spaceBefore=6, spaceAfter=3
        ),
        body=body,
        small=small,
        muted=ParagraphStyle("muted", parent=small, textColor=MUTED),
        note=ParagraphStyle("note", parent=body, fontName=ITALIC, textColor=MUTED),
        cell=ParagraphStyle("cell", parent=small, spaceAfter=0),
        cell_head=ParagraphStyle("cell_head", parent=small, fontName=BOLD, spaceAfter=0),
        cell_right=ParagraphStyle("cell_right", parent=small, alignment=TA_RIGHT, spaceAfter=0),
        toc1=ParagraphStyle("toc1", parent=body, fontName=BOLD, spaceAfter=0),
        toc2=ParagraphStyle("toc2", parent=body, leftIndent=14, spaceAfter=0),
    )

"""Small builders every section uses: a paragraph of user text, a marked item, a table whose
cells wrap and whose rows may split over pages, a heading that lands in the contents."""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Indenter, Table, TableStyle

from app.modeldef.definition import Level
from app.reports.flowables import Beside
from app.reports.icons import StatusIcon
from app.reports.paragraph import Paragraph
from app.reports.styles import HEADER_FILL, RULE, ZEBRA
from app.reports.text import markup

MARK_INDENT = 9 * mm
# a line typed as a list item: "- ", "– ", "− ", "• ", "* " (the mark and a space); the mark
# the group typed is the one printed, so what they wrote can be found again as written
_LIST_LINE = re.compile(r"^\s*([-–−•*·])\s+(?=\S)")
HEADING_ROOM = 30 * mm  # a heading needs this much below it to stay on the page
STAGE_ROOM = 60 * mm  # a stage's heading, its question and a first block


def para(text: str, style: ParagraphStyle, prefix: str = "") -> Paragraph:
    """A paragraph of text typed by the group; prefix is trusted markup (bold labels, anchors)."""
    return Paragraph(prefix + markup(text), style)


def paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """Longer text typed with blank lines between its paragraphs, one Paragraph each."""
    return [para(chunk.strip(), style) for chunk in re.split(r"\n\s*\n", text) if chunk.strip()]


def split_list(text: str) -> tuple[str, list[tuple[str, str]]]:
    """A text's lead and the list typed beneath it, one item per line that starts with a list
    mark: "Kenmerken:\n- klein beginnen" -> ("Kenmerken:", [("-", "klein beginnen"), …]).
    A text whose list lines do not all come after its lead is left as it is."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if _LIST_LINE.match(line)), None)
    if first is None or not all(_LIST_LINE.match(x) or not x.strip() for x in lines[first:]):
        return text, []
    items = [
        (mark.group(1), _LIST_LINE.sub("", x).strip())
        for x in lines[first:]
        if (mark := _LIST_LINE.match(x))
    ]
    return "\n".join(lines[:first]).strip(), items


def sub_items(items: list[tuple[str, str]], style: ParagraphStyle) -> list[Flowable]:
    """A list beneath an item, indented one step further, each with its own hanging mark."""
    if not items:
        return []
    return (
        [Indenter(left=MARK_INDENT)]
        + [item(markup(mark), para(x, style)) for mark, x in items]
        + [Indenter(left=-MARK_INDENT)]
    )


def status_mark(level: Level) -> StatusIcon:
    """Icon and number, e.g. a half-filled circle and "3"; "?" alone when not assessed."""
    return StatusIcon(level, size=8.5, label="" if level.level is None else str(level.level))


def marked(marker: Flowable | None, body: Paragraph) -> Beside:
    return Beside(marker, body, MARK_INDENT)


def item(label: str, body: Paragraph) -> Beside:
    """A list item: "•" or "3." hanging in the margin (label is trusted markup)."""
    return Beside(Paragraph(label, body.style), body, MARK_INDENT)


class Heading(Paragraph):
    """A section heading; it becomes a bookmark, and levels 0 and 1 are in the contents."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, key: str):
        super().__init__(f'<a name="{key}"/>{markup(text)}', style)
        self.toc_level, self.toc_text, self.toc_key = level, text, key


def heading(text: str, style: ParagraphStyle, level: int, key: str) -> list[Flowable]:
    """A heading that starts a new page rather than stand alone at the foot of one. (Not
    keepWithNext: that glues the heading to a long table and pushes both to the next page.)"""
    return [
        CondPageBreak(STAGE_ROOM if level == 0 else HEADING_ROOM),
        Heading(text, style, level, key),
    ]


def grid(
    header: list[str | Flowable],
    rows: list[list],
    widths: list[float],
    head_style: ParagraphStyle,
    zebra: bool = True,
) -> Table:
    """A table with a repeated header row; cells hold Paragraphs so they wrap, and a tall row
    may continue on the next page instead of being cut off."""
    data = [
        [h if isinstance(h, Flowable) else Paragraph(markup(h), head_style) for h in header]
    ] + rows
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]))
    return Table(
        data,
        colWidths=widths,
        repeatRows=1,
        splitByRow=1,
        splitInRow=1,
        hAlign="LEFT",
        style=TableStyle(commands),
    )

"""The table of contents: the report's headings, each a link, with the page it lands on (filled
in as a form once the layout is done, see pages.py)."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from app.reports.blocks import Heading
from app.reports.context import Context
from app.reports.pages import NUMBER_BOX, page_form
from app.reports.paragraph import Paragraph
from app.reports.styles import FRAME_WIDTH
from app.reports.text import markup

MAX_LEVEL = 1  # the conditions' own headings (level 2) are in the PDF outline only


class PageNumber(Flowable):
    """The page of a heading, right-aligned, on the same baseline as a one-line paragraph."""

    def __init__(self, key: str, style: ParagraphStyle):
        super().__init__()
        self.key, self.style = key, style

    def wrap(self, avail_width, avail_height):
        self.width, self.height = avail_width, self.style.leading
        return self.width, self.height

    def draw(self):
        # where Paragraph puts its first baseline: one font size below its top
        baseline = self.height - self.style.fontSize
        self.canv.saveState()
        self.canv.translate(self.width - NUMBER_BOX, baseline)
        self.canv.doForm(page_form(self.key))
        self.canv.restoreState()


def headings(story: list[Flowable]) -> list[Heading]:
    """The story's headings for the contents, also those kept together with what follows."""
    found: list[Heading] = []
    for f in story:
        if isinstance(f, Heading) and f.toc_level <= MAX_LEVEL:
            found.append(f)
        elif isinstance(getattr(f, "_content", None), list):  # KeepTogether
            found += headings(f._content)
    return found


def contents(ctx: Context, entries: list[Heading]) -> list[Flowable]:
    st = ctx.st
    rows = []
    for h in entries:
        style = st.toc1 if h.toc_level == 0 else st.toc2
        rows.append(
            [
                Paragraph(f'<a href="#{h.toc_key}">{markup(h.toc_text)}</a>', style),
                PageNumber(h.toc_key, style),
            ]
        )
    padding = [
        ("TOPPADDING", (0, i), (-1, i), 6 if h.toc_level == 0 else 1) for i, h in enumerate(entries)
    ]
    table = Table(
        rows,
        colWidths=[FRAME_WIDTH - 15 * mm, 15 * mm],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
            + padding
        ),
    )
    return [Paragraph(markup(ctx.words("contents")), st.h1), table]

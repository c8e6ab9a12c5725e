"""The model figure, coloured by the session's statuses: the same layout the canvas draws, here
as vector graphics across the page width (the layout carries its own status legend). Beneath
it, the same facts as a table: readable in black and white and by a screen reader."""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
)

from app.diagram import paint
from app.diagram.band_marks import band_marks, band_ops
from app.diagram.layout import compute_layout
from app.diagram.paint import figure_ops
from app.diagram.readable import print_form
from app.reports.blocks import grid, heading, marked, para, status_mark
from app.reports.context import Context
from app.reports.figure import model_figure
from app.reports.paragraph import Paragraph
from app.reports.styles import FIGURE_BOX, FRAME_WIDTH, MIN_TEXT
from app.reports.text import markup
from app.vocabulary.dto import QuestionPlace

FIGURE_SHARE = 0.92  # of the text width: leaves room for the overview table on the same page


def _overview(ctx: Context) -> Flowable:
    st, w, s = ctx.st, ctx.words, ctx.snapshot
    rows = []
    for key in ctx.model.element_keys() + ctx.extra_keys:
        a = s.assessments.get(key)
        level = ctx.status_level(a.status if a else None)
        rows.append(
            [
                para(ctx.short(key), st.cell),
                marked(status_mark(level), Paragraph(markup(level.label.get(ctx.lang)), st.cell)),
                Paragraph(str(len(s.observations_of(key))), st.cell_right),
                Paragraph(str(len(s.focus_of(key))), st.cell_right),
            ]
        )
    widths = [FRAME_WIDTH - 44 * mm - 2 * 26 * mm, 44 * mm, 26 * mm, 26 * mm]
    right = ParagraphStyle("head_right", parent=st.cell_head, alignment=TA_RIGHT)
    header = [
        w("element"),
        w("status"),
        Paragraph(markup(w("observations")), right),
        Paragraph(markup(w("focus_points")), right),
    ]
    return grid(header, rows, widths, st.cell_head)


def questions(ctx: Context) -> list[QuestionPlace]:
    """The session's regional questions, for the markers on the figure's band."""
    keys = [a.key for a in ctx.model.areas if a.regional_questions]
    return [
        QuestionPlace(o.text, o.complexity, o.transition)
        for key in keys
        for o in ctx.snapshot.observations_of(key)
    ]


def smallest_label(layout) -> float:
    """The smallest text the figure holds, in the layout's own units."""
    return min(
        (op.size for op in figure_ops(layout) if isinstance(op, paint.Text)), default=MIN_TEXT
    )


def figure_width(layout) -> tuple[float, bool]:
    """How wide the figure is drawn so that its smallest label is MIN_TEXT points, and whether
    that needs the landscape page (the portrait text width is too narrow for it)."""
    needed = layout.width * MIN_TEXT / smallest_label(layout)
    portrait = FRAME_WIDTH * FIGURE_SHARE
    if needed <= portrait:
        return portrait, False
    fits = min(FIGURE_BOX[0], FIGURE_BOX[1] * layout.width / layout.height)
    return max(needed, portrait) if needed <= fits else fits, True


def model_page(ctx: Context) -> list[Flowable]:
    st, w = ctx.st, ctx.words
    layout = compute_layout(ctx.model, ctx.data.states, lang=ctx.lang)
    width, landscape = figure_width(layout)
    if width * smallest_label(layout) / layout.width < MIN_TEXT:
        # not even the landscape page holds the full figure at 7 pt: the form with short labels
        # or numbers and a key that does (the table below has what a smaller form leaves out)
        form = print_form(ctx.model, ctx.lang, FIGURE_BOX[0], FIGURE_BOX[1])
        layout = compute_layout(ctx.model, ctx.data.states, lang=ctx.lang, form=form)
        width, landscape = figure_width(layout)
    marks = band_marks(layout, questions(ctx), ctx.model.transition.steps)
    note = w("figure_note") + (" " + w("band_note") if marks else "")
    head = heading(w("figure"), st.h1, 0, "figure") + [Paragraph(markup(note), st.note)]
    figure = model_figure(layout, width, extra=band_ops(marks))
    if landscape:
        # heading and note in the side column, the figure beside them, then back to portrait
        return (
            [NextPageTemplate("figure"), PageBreak()]
            + head
            + [FrameBreak(), figure, NextPageTemplate("content"), PageBreak(), _overview(ctx)]
        )
    # the heading goes with the figure: on its own it would be left at the foot of a page
    return [
        NextPageTemplate("content"),
        PageBreak(),
        KeepTogether(head + [Spacer(1, 4), figure]),
        Spacer(1, 8),
        _overview(ctx),
    ]

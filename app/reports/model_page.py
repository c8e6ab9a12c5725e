"""The model figure, coloured by the session's statuses: the same layout the canvas draws, here
as vector graphics across the page width (the layout carries its own status legend). Beneath
it, the same facts as a table: readable in black and white and by a screen reader."""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from app.diagram.band_marks import band_marks, band_ops
from app.diagram.layout import compute_layout
from app.diagram.readable import print_form
from app.reports.blocks import grid, heading, marked, para, status_mark
from app.reports.context import Context
from app.reports.figure import model_figure
from app.reports.styles import FRAME_WIDTH
from app.reports.text import markup
from app.vocabulary.dto import QuestionPlace

FIGURE_SHARE = 0.92  # of the text width: leaves room for the overview table on the same page
FIGURE_MAX_H = 540.0  # points: the heading, the note and the figure on one page


def _overview(ctx: Context) -> Flowable:
    st, w, s = ctx.st, ctx.words, ctx.snapshot
    rows = []
    for key in ctx.model.element_keys() + ctx.extra_keys:
        a = s.assessments.get(key)
        level = ctx.status_level(a.status if a else None)
        rows.append([para(ctx.short(key), st.cell),
                     marked(status_mark(level),
                            Paragraph(markup(level.label.get(ctx.lang)), st.cell)),
                     Paragraph(str(len(s.observations_of(key))), st.cell_right),
                     Paragraph(str(len(s.focus_of(key))), st.cell_right)])
    widths = [FRAME_WIDTH - 44 * mm - 2 * 26 * mm, 44 * mm, 26 * mm, 26 * mm]
    right = ParagraphStyle("head_right", parent=st.cell_head, alignment=TA_RIGHT)
    header = [w("element"), w("status"), Paragraph(markup(w("observations")), right),
              Paragraph(markup(w("focus_points")), right)]
    return grid(header, rows, widths, st.cell_head)


def questions(ctx: Context) -> list[QuestionPlace]:
    """The session's regional questions, for the markers on the figure's band."""
    keys = [a.key for a in ctx.model.areas if a.regional_questions]
    return [QuestionPlace(o.text, o.complexity, o.transition)
            for key in keys for o in ctx.snapshot.observations_of(key)]


def model_page(ctx: Context) -> list[Flowable]:
    st, w = ctx.st, ctx.words
    # the form that keeps every word of the figure at 7 pt or more at this width (the table
    # below has the counts a smaller form leaves out)
    form = print_form(ctx.model, ctx.lang, FRAME_WIDTH * FIGURE_SHARE, FIGURE_MAX_H)
    layout = compute_layout(ctx.model, ctx.data.states, lang=ctx.lang, form=form)
    marks = band_marks(layout, questions(ctx), ctx.model.transition.steps)
    note = w("figure_note") + (" " + w("band_note") if marks else "")
    return heading(w("figure"), st.h1, 0, "figure") + [
        Paragraph(markup(note), st.note),
        Spacer(1, 4),
        model_figure(layout, FRAME_WIDTH * FIGURE_SHARE, extra=band_ops(marks)),
        Spacer(1, 8),
        _overview(ctx)]

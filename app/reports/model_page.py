"""The model figure, coloured by the session's statuses: the same layout the canvas draws, here
as vector graphics across the page width (the layout carries its own status legend). Beneath
it, the same facts as a table: readable in black and white and by a screen reader."""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.diagram.layout import compute_layout
from app.reports.blocks import grid, heading, marked, para, status_mark
from app.reports.context import Context
from app.reports.figure import model_figure
from app.reports.styles import FRAME_WIDTH
from app.reports.text import markup

FIGURE_SHARE = 0.92  # of the text width: leaves room for the overview table on the same page


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


def model_page(ctx: Context) -> list[Flowable]:
    st, w = ctx.st, ctx.words
    layout = compute_layout(ctx.model, ctx.data.states, lang=ctx.lang)
    # the heading goes with the figure: on its own it would be left at the foot of a page
    return [KeepTogether(heading(w("figure"), st.h1, 0, "figure") + [
        Paragraph(markup(w("figure_note")), st.note),
        Spacer(1, 4),
        model_figure(layout, FRAME_WIDTH * FIGURE_SHARE)]),
        Spacer(1, 8),
        _overview(ctx)]

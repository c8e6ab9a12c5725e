"""The placemat ("in een oogopslag"): one page for the wall that shows where the community stands
and what it will do: the model coloured by status with the regional questions on its band, the
accelerators with the most votes, the chosen development path, the ambition and themes, the
actions with owner and date.

    build_placemat(data, "placemat.pdf", lang="nl", size="A3")

Each page size has a sheet of its own, laid out for it rather than scaled:
- A3 portrait (the wall, read from 1.5 m): the full figure across the top, nothing under 9 pt;
- A4 portrait (the report's page 2): the figure with short labels beside the path and ambition,
  the lists under them, nothing under 7 pt;
- a screen (the projector at the end of a session): landscape in the screen's shape, the figure
  in the form the projected model would take, the lists in the audience view's large type.
Long lists are cut to what fits, saying how many more there are; the full text is in the report.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, KeepInFrame

from app import __version__
from app.diagram import style as diagram_style
from app.diagram.band_marks import band_marks, band_ops
from app.diagram.layout import compute_layout, figure_size
from app.diagram.readable import readable_form, smallest_text
from app.paths import private_file
from app.reports.anonymise import anonymise
from app.reports.context import Context
from app.reports.figure import model_figure
from app.reports.fonts import BOLD, REGULAR
from app.reports.model_page import questions
from app.reports.placemat_parts import Column, Parts, Type, fit, height
from app.vocabulary.report_data import ReportData

TOP_FOCUS = 6
MOST_ACTIONS = 8
AMBITION_CHARS = 420
SMALLEST_TEXT = 9.0  # points at A3
SMALLEST_A4 = 7.0
SCREEN_FIGURE_SHARE = 0.42  # of the screen page's width, left of the lists
SIDE_MIN = 130.0
MIN_FIGURE = 60.0  # points: a screen page with less room than this for the figure leaves it out  # the A4 side column beside the figure is at least this wide (points)


@dataclass(frozen=True)
class Sheet:
    """One page size's layout: its type, how the parts are arranged, how much of each list."""

    size: tuple[float, float]
    type: Type
    arrangement: str  # "stacked" (A3), "beside" (A4) or "screen"
    margin: float
    limits: tuple[int, int, int] = (TOP_FOCUS, MOST_ACTIONS, AMBITION_CHARS)
    high_contrast: bool = False  # the projector profile's figure


SHEETS = {
    "A3": Sheet(A3, Type(11, 24, 13, 14, SMALLEST_TEXT), "stacked", 8 * mm),
    "A4": Sheet(A4, Type(8.5, 16, 9.5, 10.5, SMALLEST_A4), "beside", 9 * mm),
}


def screen_sheet(
    width: float, height: float, smallest: float, high_contrast: bool = False
) -> Sheet:
    """A landscape page width x height points for a screen drawn at one pixel a point; its
    text (the figure's aside, see _screen_figure) is at least `smallest` high."""
    t = Type(smallest, smallest * 1.5, smallest, smallest * 1.25, smallest)
    return Sheet((width, height), t, "screen", smallest, (4, 6, 220), high_contrast)


def _sheet_for(size) -> Sheet:
    if isinstance(size, Sheet):
        return size
    return SHEETS["A3"] if tuple(size) == tuple(A3) else SHEETS["A4"]


def _figure(ctx: Context, sheet: Sheet, form: str, width: float):
    layout = compute_layout(
        ctx.model, ctx.data.states, lang=ctx.lang, high_contrast=sheet.high_contrast, form=form
    )
    marks = band_marks(layout, questions(ctx), ctx.model.transition.steps)
    return model_figure(layout, width, REGULAR, BOLD, extra=band_ops(marks)), bool(marks)


def _a4_form(ctx: Context, sheet: Sheet, room_w: float, room_h: float) -> tuple[str, float]:
    """The form that says most whose smallest text reaches the sheet's within room_w x room_h
    (leaving the side column its width), and the width that draws it so."""
    # 2 % above the smallest: the embedded face may run a little wider than the estimate
    target = sheet.type.smallest * 1.02
    for form in (*diagram_style.DETAILED_FORMS, *diagram_style.WORDED_FORMS):
        w, h = figure_size(ctx.model, ctx.lang, form)
        scale = target / smallest_text(ctx.model, ctx.lang, form)
        if w * scale <= room_w - SIDE_MIN and h * scale <= room_h:
            return form, w * scale
    # no worded form fits: the numbers and their key, as wide as the room allows
    w, _h = figure_size(ctx.model, ctx.lang, "numbered")
    return "numbered", min(w * target / smallest_text(ctx.model, ctx.lang, "numbered"), room_w)


def _frame(canvas: Canvas, x: float, y: float, w: float, h: float, story: list) -> None:
    """Flow story into the box whose lower left corner is x, y. What was cut to size fits;
    should a very long title still overflow, the box is shrunk rather than spill over."""
    frame = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    frame.addFromList([KeepInFrame(w, h, story, mode="shrink")], canvas)


def _column(canvas, parts: Parts, column: Column, x: float, top: float, w: float, bottom: float):
    room = top - bottom
    _frame(canvas, x, bottom, w, room, fit(column, parts, w, room))


def draw_placemat(canvas: Canvas, ctx: Context, size) -> None:
    """The page at a glance on the canvas's current page: size is a page size (A3, or A4 for
    the report's page 2, see builder.py) or a Sheet (a screen)."""
    sheet = _sheet_for(size)
    parts = Parts(ctx, sheet.type, sheet.limits)
    width, page_h = sheet.size
    m = sheet.margin
    head = parts.head()
    head_h = height(head, width - 2 * m, page_h)
    top = page_h - m
    _frame(canvas, m, top - head_h, width - 2 * m, head_h, head)
    top -= head_h + sheet.type.body * 0.5
    arrange = {"stacked": _stacked, "beside": _beside, "screen": _screen}[sheet.arrangement]
    arrange(canvas, ctx, sheet, parts, top)


def _note_under(canvas, parts: Parts, x: float, y: float, w: float) -> float:
    """The band note under a figure whose foot is at y; where the next part may start."""
    note = [parts.band_note()]
    h = height(note, w, y)
    _frame(canvas, x, y - h - 2, w, h + 2, note)
    return y - h - 4


def _stacked(canvas, ctx: Context, sheet: Sheet, parts: Parts, top: float) -> None:
    width, m = sheet.size[0], sheet.margin
    # the full figure across the page: its smallest label (11 of the layout's units) is 9 pt
    # only when it is at least 796 pt wide on A3's 842, hence the narrow margins
    figure, marked = _figure(ctx, sheet, "full", width - 2 * m)
    figure.drawOn(canvas, m, top - figure.height)
    below = top - figure.height - 6 * sheet.size[0] / A3[0]
    if marked:
        below = _note_under(canvas, parts, m, below, width - 2 * m)
    gap = 10 * mm * width / A3[0]
    column = (width - 2 * m - gap) / 2
    left = [parts.focus(), *parts.path()]
    right = [*parts.ambition(), *parts.themes(), parts.actions()]
    _column(canvas, parts, left, m, below, column, m)
    _column(canvas, parts, right, m + column + gap, below, column, m)


def _beside(canvas, ctx: Context, sheet: Sheet, parts: Parts, top: float) -> None:
    width, m = sheet.size[0], sheet.margin
    inner = width - 2 * m
    gap = 5 * mm
    form, figure_w = _a4_form(ctx, sheet, inner - gap, (top - m) * 0.58)
    figure, marked = _figure(ctx, sheet, form, figure_w)
    figure.drawOn(canvas, m, top - figure.height)
    below = top - figure.height - 4
    if marked:
        below = _note_under(canvas, parts, m, below, figure_w)
    side_x = m + figure_w + gap
    _column(
        canvas, parts, [*parts.path(), *parts.ambition()], side_x, top, width - m - side_x, below
    )
    column = (inner - gap) / 2
    _column(canvas, parts, [parts.focus(), *parts.themes()], m, below, column, m)
    _column(canvas, parts, [parts.actions()], m + column + gap, below, column, m)


def _screen(canvas, ctx: Context, sheet: Sheet, parts: Parts, top: float) -> None:
    """The figure on the left in the form the projected model takes in that room (its element
    labels readable from the back where the screen allows it), the two lists on the right."""
    width, m = sheet.size[0], sheet.margin
    gap = sheet.type.body * 1.5
    box_w = (width - 2 * m) * SCREEN_FIGURE_SHARE
    # the note on the shapes under the figure, when there are markers to explain
    placed = any(q.transition is not None for q in questions(ctx))
    note_h = height([parts.band_note()], box_w, top) + 6 if placed else 0
    box_h = top - m - note_h
    if box_h > MIN_FIGURE and box_w > MIN_FIGURE:  # else a window too small to show it
        form = readable_form(ctx.model, ctx.lang, box_w, box_h, sheet.type.smallest)
        w, h = figure_size(ctx.model, ctx.lang, form)
        figure, marked = _figure(ctx, sheet, form, w * min(box_w / w, box_h / h))
        figure.drawOn(canvas, m + (box_w - figure.width) / 2, top - figure.height)
        if marked:
            _note_under(canvas, parts, m, top - figure.height - 4, box_w)
    x = m + box_w + gap
    column = (width - m - x - gap) / 2
    left = [*parts.take_away(), parts.focus(), *parts.path(), *parts.themes()]
    right = [*parts.ambition(), parts.actions(), *parts.next_meeting()]
    _column(canvas, parts, left, x, top, column, m)
    _column(canvas, parts, right, x + column + gap, top, column, m)


def placemat_bytes(
    data: ReportData, lang: str = "nl", size: str | Sheet = "A3", anonymous: bool = False
) -> bytes:
    """The page as a one-page PDF: size "A3", "A4" or a screen's Sheet."""
    if anonymous and not data.anonymous:
        data = anonymise(data, lang)
    ctx = Context(data, lang)
    sheet = size if isinstance(size, Sheet) else SHEETS[size.upper()]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=sheet.size, lang=ctx.lang)
    s = ctx.snapshot.session
    canvas.setTitle(f"{ctx.words('glance')} – {s.title}")
    canvas.setSubject(data.community.name)
    canvas.setCreator(f"Intervisie {__version__}")
    draw_placemat(canvas, ctx, sheet)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def build_placemat(
    data: ReportData, out: str | Path, lang: str = "nl", size: str = "A3", anonymous: bool = False
) -> None:
    pdf = placemat_bytes(data, lang, size, anonymous)
    path = Path(out)
    tmp = private_file(path.with_name(path.name + ".part"))
    tmp.write_bytes(pdf)
    tmp.replace(path)

"""The model figure for the PDF report: the diagram layout drawn with reportlab graphics.

The same layout the canvas draws (app.diagram), scaled to a width; the layout's y grows downward
and reportlab's upward, so every y is flipped here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.diagram import paint
from app.diagram.paint import figure_ops
from app.diagram.shapes import Layout
from app.diagram.text_fit import shrink_to_fit
from app.reports.fonts import BOLD, REGULAR, register_fonts

ANCHORS = {"start": "start", "middle": "middle", "end": "end"}


def _colour(value: str | None):
    return HexColor(value) if value else None


class _Flip:
    """Layout points to PDF points: scale, and y measured from the bottom."""

    def __init__(self, layout: Layout, scale: float):
        self.s, self.h = scale, layout.height

    def x(self, v: float) -> float:
        return v * self.s

    def y(self, v: float) -> float:
        return (self.h - v) * self.s

    def d(self, v: float) -> float:
        return v * self.s


def _shape(op: paint.Op, f: _Flip, font: str, bold_font: str):
    if isinstance(op, paint.Box):
        r = op.rect
        return Rect(
            f.x(r.x),
            f.y(r.bottom),
            f.d(r.w),
            f.d(r.h),
            rx=f.d(op.radius),
            ry=f.d(op.radius),
            fillColor=_colour(op.fill),
            strokeColor=_colour(op.stroke),
            strokeWidth=f.d(op.width) if op.stroke else 0,
            strokeDashArray=[f.d(v) for v in op.dash] if op.dash else None,
        )
    if isinstance(op, paint.Line):
        return Line(
            f.x(op.x1),
            f.y(op.y1),
            f.x(op.x2),
            f.y(op.y2),
            strokeColor=_colour(op.stroke),
            strokeWidth=f.d(op.width),
        )
    if isinstance(op, paint.Poly):
        points = [c for x, y in op.points for c in (f.x(x), f.y(y))]
        return Polygon(
            points,
            fillColor=_colour(op.fill),
            strokeColor=_colour(op.stroke),
            strokeWidth=f.d(op.width) if op.stroke else 0,
        )
    if isinstance(op, paint.Dot):
        return Circle(
            f.x(op.cx),
            f.y(op.cy),
            f.d(op.r),
            fillColor=_colour(op.fill),
            strokeColor=_colour(op.stroke),
            strokeWidth=f.d(op.width) if op.stroke else 0,
        )
    if isinstance(op, paint.Text):
        name = bold_font if op.bold else font
        # a registered font other than Helvetica may run wider than the layout's estimate
        size = shrink_to_fit(stringWidth(op.text, name, op.size), op.size, op.max_width)
        return String(
            f.x(op.x),
            f.y(op.y),
            op.text,
            fontName=name,
            fontSize=f.d(size),
            fillColor=_colour(op.colour),
            textAnchor=ANCHORS[op.anchor],
        )
    raise TypeError(op)


def model_figure(
    layout: Layout,
    width_pt: float,
    font: str = REGULAR,
    bold_font: str = BOLD,
    extra: Sequence[paint.Op] = (),
) -> Drawing:
    """The figure as a reportlab Drawing (a Flowable) width_pt wide, its height in proportion.
    font and bold_font: the report's embedded faces unless told otherwise.
    extra: more shapes on top, in the layout's units (the projects overlay)."""
    register_fonts()
    f = _Flip(layout, width_pt / layout.width)
    drawing = Drawing(width_pt, layout.height * f.s)
    for op in figure_ops(layout) + list(extra):
        drawing.add(_shape(op, f, font, bold_font))
    drawing.hAlign = "CENTER"
    return drawing

"""The community's timeline for the PDF: one small chart per element (status 1–5 against the
session dates), in a grid. One line per chart needs neither colour nor a legend to be told
apart, so it prints the same in black and white."""

from __future__ import annotations

from datetime import date
from math import ceil

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.modeldef.definition import ModelDefinition
from app.reports.styles import MIN_TEXT
from app.vocabulary.overviews import Timeline

COLUMNS = 3
CELL_H = 64.0
GRID = HexColor("#D5D9E0")
INK = HexColor("#1A1A1A")
MUTED = HexColor("#5A5A5A")
WHITE = HexColor("#FFFFFF")


def _fit(text: str, font: str, size: float, width: float) -> str:
    """text shortened with "…" until it fits width."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _x(d: date, first: date | None, last: date | None, left: float, width: float) -> float:
    if first is None or last is None:  # no sessions, so no points either
        return left + width / 2
    span = (last - first).days
    return left + width / 2 if span == 0 else left + width * (d - first).days / span


def timeline_grid(
    timeline: Timeline,
    model: ModelDefinition,
    labels: dict[str, str],
    short_date,
    missing_note,
    width: float,
    font: str,
    bold: str,
) -> Drawing:
    """labels: element key -> its short name; short_date(d) and missing_note(versions) give the
    texts in the report's language."""
    keys = timeline.element_keys
    rows = max(1, ceil(len(keys) / COLUMNS))
    cell_w = width / COLUMNS
    drawing = Drawing(width, rows * CELL_H)
    dates = [s.held_on for s in timeline.sessions]
    first, last = (min(dates), max(dates)) if dates else (None, None)
    levels = [lv.level for lv in model.levels if lv.level is not None]  # (the scale's are all)
    low, high = min(levels), max(levels)
    for i, key in enumerate(keys):
        x0 = (i % COLUMNS) * cell_w
        top = drawing.height - (i // COLUMNS) * CELL_H
        left, plot_w = x0 + 12, cell_w - 24
        bottom, plot_h = top - CELL_H + 14, CELL_H - 32
        title = labels.get(key, key)
        if timeline.missing.get(key):  # said where it shows, instead of a drop to nothing
            title += f" ({missing_note(timeline.missing[key])})"
        drawing.add(
            String(
                x0 + 2,
                top - 10,
                _fit(title, bold, 7.5, cell_w - 6),
                fontName=bold,
                fontSize=7.5,
                fillColor=INK,
            )
        )

        # bound now: the drawing calls it within this cell only, but the loop moves on
        def y(level: int, bottom: float = bottom, plot_h: float = plot_h) -> float:
            return bottom + plot_h * (level - low) / max(1, high - low)

        for level in levels:
            drawing.add(
                Line(left, y(level), left + plot_w, y(level), strokeColor=GRID, strokeWidth=0.5)
            )
        for level in (low, high):
            drawing.add(
                String(
                    left - 3,
                    y(level) - 2.3,
                    str(level),
                    fontName=font,
                    fontSize=MIN_TEXT,
                    fillColor=MUTED,
                    textAnchor="end",
                )
            )
        points = timeline.points.get(key, ())
        if first is not None:
            drawing.add(
                String(
                    left,
                    bottom - 9,
                    short_date(first),
                    fontName=font,
                    fontSize=MIN_TEXT,
                    fillColor=MUTED,
                )
            )
            if last != first:
                drawing.add(
                    String(
                        left + plot_w,
                        bottom - 9,
                        short_date(last),
                        fontName=font,
                        fontSize=MIN_TEXT,
                        fillColor=MUTED,
                        textAnchor="end",
                    )
                )
        xy = [(_x(p.held_on, first, last, left, plot_w), y(p.status)) for p in points]
        if len(xy) > 1:
            drawing.add(PolyLine([c for pt in xy for c in pt], strokeColor=INK, strokeWidth=1.2))
        for (px, py), p in zip(xy, points, strict=True):
            # carried over and never confirmed: hollow and dotted, the group did not re-assess it
            drawing.add(
                Circle(
                    px,
                    py,
                    2.6,
                    fillColor=WHITE if p.carried else HexColor(model.level(p.status).fill),
                    strokeColor=INK,
                    strokeWidth=0.7,
                    strokeDashArray=[0.8, 0.8] if p.carried else None,
                )
            )
        inner = sorted({p.held_on for p in points} - {first, last})
        for d in inner:  # every other session's date as a tick on the axis, read in the table
            tx = _x(d, first, last, left, plot_w)
            drawing.add(Line(tx, bottom - 2, tx, bottom - 4, strokeColor=MUTED, strokeWidth=0.5))
    return drawing


def legend(width: float, font: str, confirmed: str, carried: str) -> Drawing:
    """The two kinds of point: a status the group gave, and one only carried over."""
    drawing = Drawing(width, 12)
    drawing.add(Circle(4, 5, 2.6, fillColor=HexColor("#7FB2DF"), strokeColor=INK, strokeWidth=0.7))
    drawing.add(String(10, 2.5, confirmed, fontName=font, fontSize=7, fillColor=INK))
    at = 20 + stringWidth(confirmed, font, 7)
    drawing.add(
        Circle(
            at,
            5,
            2.6,
            fillColor=WHITE,
            strokeColor=INK,
            strokeWidth=0.7,
            strokeDashArray=[0.8, 0.8],
        )
    )
    drawing.add(String(at + 6, 2.5, carried, fontName=font, fontSize=7, fillColor=INK))
    return drawing

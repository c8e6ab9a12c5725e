"""What the room said: when participants rated and voted on their own phones (app.room), the
spread of their ratings per element beside the status the group set, and their dots per
accelerator. Counts only: the report never says which phone chose what."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.reports.blocks import grid, heading, marked, para, status_mark
from app.reports.context import Context
from app.reports.fonts import REGULAR
from app.reports.paragraph import Paragraph
from app.reports.styles import FRAME_WIDTH, MUTED_HEX
from app.reports.text import markup
from app.vocabulary.room import RoomSummary

BAR_WIDTH = 46 * mm
BAR_HEIGHT = 9.0
BAR_TEXT = 7.0  # points: the smallest text in the report


def spread_bar(ctx: Context, counts: dict[int, int]) -> Drawing:
    """One bar split in the levels' colours, each part as wide as its share of the phones,
    with its count inside when there is room for it."""
    total = sum(counts.values()) or 1
    drawing = Drawing(BAR_WIDTH, BAR_HEIGHT)
    x = 0.0
    for level in ctx.model.levels:
        n = counts.get(level.level, 0) if level.level is not None else 0
        if not n:
            continue
        w = BAR_WIDTH * n / total
        drawing.add(
            Rect(
                x,
                0,
                w,
                BAR_HEIGHT,
                fillColor=HexColor(level.fill),
                strokeColor=HexColor("#FFFFFF"),
                strokeWidth=0.5,
            )
        )
        if w >= BAR_TEXT:
            drawing.add(
                String(
                    x + w / 2,
                    2.2,
                    str(n),
                    fontName=REGULAR,
                    fontSize=BAR_TEXT,
                    fillColor=HexColor(level.text),
                    textAnchor="middle",
                )
            )
        x += w
    return drawing


def _counts_text(ctx: Context, counts: dict[int, int]) -> str:
    """The same in words, for black and white and for a screen reader: "3× Impliciet, …"."""
    parts = []
    for level in ctx.model.levels:
        n = counts.get(level.level, 0) if level.level is not None else 0
        if n:
            parts.append(f"{n}× {level.level} · {level.label.get(ctx.lang)}")
    return ", ".join(parts)


def _spread(ctx: Context, r: RoomSummary) -> list[Flowable]:
    st, w = ctx.st, ctx.words
    keys = [k for k in ctx.model.element_keys() + ctx.extra_keys if r.spread.get(k)]
    if not keys:
        return []
    rows = []
    for key in keys:
        counts = r.spread[key]
        a = ctx.snapshot.assessments.get(key)
        level = ctx.status_level(a.status if a else None)
        rows.append(
            [
                para(ctx.short(key), st.cell),
                marked(status_mark(level), Paragraph(markup(level.label.get(ctx.lang)), st.cell)),
                [spread_bar(ctx, counts), Paragraph(markup(_counts_text(ctx, counts)), st.cell)],
            ]
        )
    header = [w("element"), w("room_group"), w("room_ratings")]
    widths = [FRAME_WIDTH - 40 * mm - BAR_WIDTH - 8, 40 * mm, BAR_WIDTH + 8]
    note = w.count("room_rated_by", r.raters)
    return [
        *heading(w("room_spread"), st.h2, 1, "room-spread"),
        Paragraph(f'<font color="{MUTED_HEX}">{markup(note)}</font>', st.small),
        grid(header, rows, widths, st.cell_head),
    ]


def _votes(ctx: Context, r: RoomSummary) -> list[Flowable]:
    st, w = ctx.st, ctx.words
    points = sorted(
        (f for f in ctx.snapshot.focus_points if r.votes.get(f.id)), key=lambda f: -r.votes[f.id]
    )
    if not points:
        return []
    rows = [
        [
            Paragraph(f"<b>{r.votes[f.id]}</b>", st.cell),
            Paragraph(
                markup(f.text) + f' <font color="{MUTED_HEX}">('
                f"{markup(ctx.short(f.element_key))})</font>",
                st.cell,
            ),
        ]
        for f in points
    ]
    note = w.count("room_voted_by", r.voters)
    return [
        *heading(w("room_votes"), st.h2, 1, "room-votes"),
        Paragraph(f'<font color="{MUTED_HEX}">{markup(note)}</font>', st.small),
        grid(
            [w("room_dots"), w("focus_points")],
            rows,
            [20 * mm, FRAME_WIDTH - 20 * mm],
            st.cell_head,
        ),
    ]


def room(ctx: Context) -> list[Flowable]:
    """Left out when the session had no room (or no phone rated or voted)."""
    r = ctx.data.room
    if r is None:
        return []
    body = _spread(ctx, r) + _votes(ctx, r)
    if not body:
        return []
    return [
        *heading(ctx.words("room"), ctx.st.h1, 0, "room"),
        Paragraph(markup(ctx.words("room_note")), ctx.st.note),
        *body,
    ]

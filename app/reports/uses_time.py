"""The report's optional sections that look across sessions: the community's timeline (a small
chart per element and the last sessions' statuses as a table) and two sessions side by side
(two figures and the differences per element, without totals)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.modeldef import definition_for
from app.reports.blocks import grid, heading, marked, para, status_mark
from app.reports.context import Context
from app.reports.figure_fit import FIGURE_ROOM, readable_figure
from app.reports.flowables import Beside
from app.reports.fonts import BOLD, REGULAR
from app.reports.icons import TrendArrow
from app.reports.paragraph import Paragraph
from app.reports.styles import FRAME_WIDTH
from app.reports.text import markup
from app.reports.texts import word
from app.reports.timeline_chart import legend, timeline_grid
from app.vocabulary.overviews import Comparison

TABLE_SESSIONS = 6  # the status table shows at most the last six sessions
# a side's figure with its name above it (two lines at most) fits a page
ROOM = FIGURE_ROOM + 60


def _w(ctx: Context, key: str, **values) -> str:
    return word(ctx.lang, key, **values)


def _status(ctx: Context, status: int | None) -> Flowable:
    level = ctx.status_level(status)
    return marked(status_mark(level), Paragraph(markup(level.label.get(ctx.lang)), ctx.st.cell))


# ---- in time ------------------------------------------------------------------------------------
def timeline(ctx: Context) -> list[Flowable]:
    uses = ctx.data.uses
    t = uses.timeline if uses else None
    if t is None or not t.sessions:
        return []
    st, w = ctx.st, ctx.words
    labels = {k: ctx.short(k) for k in t.element_keys}
    chart = timeline_grid(
        t,
        ctx.model,
        labels,
        w.short_date,
        lambda versions: _w(ctx, "missing_in", versions=", ".join(versions)),
        FRAME_WIDTH,
        REGULAR,
        BOLD,
    )
    shown = t.sessions[-TABLE_SESSIONS:]
    by_session = {k: {p.session_id: p.status for p in t.points[k]} for k in t.element_keys}
    # the level's number and icon only: its name would not fit six columns (the scale below)
    rows = [
        [para(labels[k], st.cell)]
        + [status_mark(ctx.status_level(by_session[k].get(s.id))) for s in shown]
        for k in t.element_keys
    ]
    first_w = FRAME_WIDTH - 25 * mm * len(shown)
    header = [ctx.words("element")] + [w.short_date(s.held_on) for s in shown]
    scale = " · ".join(ctx.level_text(lv.level) for lv in (ctx.model.unassessed, *ctx.model.levels))
    return heading(_w(ctx, "timeline"), st.h1, 0, "timeline") + [
        Paragraph(markup(_w(ctx, "timeline_note")), st.note),
        Spacer(1, 4),
        legend(FRAME_WIDTH, REGULAR, _w(ctx, "point_given"), _w(ctx, "point_carried")),
        Spacer(1, 4),
        chart,
        Spacer(1, 8),
        Paragraph(markup(ctx.words.count("last_sessions", len(shown))), st.muted),
        grid(header, rows, [first_w] + [25 * mm] * len(shown), st.cell_head),
        Paragraph(markup(scale), st.muted),
    ]


# ---- two sessions side by side ------------------------------------------------------------------
def _who(ctx: Context, c: Comparison, hide_names: bool, side: str) -> str:
    """ "A: Gebiedscoöperatie … · Intervisie en doorkijk · 14 maart 2019", names hidden when
    asked (two communities only: one community's two moments name nobody else)."""
    s = c.a if side == "a" else c.b
    name = s.community_name
    if hide_names and not c.same_community:
        name = _w(ctx, f"community_{side}")
    return f"{side.upper()}: {name} · {s.title} · {ctx.words.date(s.held_on)}"


def _difference(ctx: Context, e, same_community: bool) -> Flowable:
    if not (e.in_a and e.in_b):
        text = _w(ctx, "not_in_model")
    elif e.change is None:
        text = _w(ctx, "not_comparable")
    elif e.change == 0:
        text = _w(ctx, "same")
    elif same_community:
        text = _w(ctx, "up" if e.change > 0 else "down")
    else:  # between communities "up" would read as better: say where it is higher
        text = _w(ctx, "higher_b" if e.change > 0 else "lower_b")
    return Beside(TrendArrow(e.change, 9), Paragraph(markup(text), ctx.st.cell), 5 * mm)


def comparison(ctx: Context) -> list[Flowable]:
    uses = ctx.data.uses
    c = uses.comparison if uses else None
    if uses is None or c is None:
        return []
    st = ctx.st
    out = heading(_w(ctx, "comparison"), st.h1, 0, "comparison")
    out.append(Paragraph(markup(_w(ctx, "comparison_note")), st.note))
    sides = [para(_who(ctx, c, uses.hide_names, side), st.body) for side in "ab"]
    if uses.comparison_states is None:
        return out + sides + _table(ctx, c)
    # the figures one below the other, each the text's width, each under its side's name (side
    # by side they would print their labels at 4-5 pt); the section's heading goes with A's
    figures = [
        readable_figure(
            definition_for(s.model_id, s.model_version), states, ctx.lang, FRAME_WIDTH, ROOM
        )[0]
        for s, states in zip((c.a, c.b), uses.comparison_states, strict=True)
    ]
    first = KeepTogether(out[1:] + [sides[0], Spacer(1, 2), figures[0]])
    second = KeepTogether([sides[1], Spacer(1, 2), figures[1]])
    return [out[0], first, Spacer(1, 6), second] + _table(ctx, c)


def _table(ctx: Context, c: Comparison) -> list[Flowable]:
    """The differences per element, and what was said."""
    st = ctx.st
    rows = [
        [
            para(ctx.short(e.key), st.cell),
            _status(ctx, e.status_a),
            _status(ctx, e.status_b),
            _difference(ctx, e, c.same_community),
            Paragraph(f"{e.observations_a} · {e.observations_b}", st.cell_right),
        ]
        for e in c.elements
    ]
    widths = [FRAME_WIDTH - 3 * 33 * mm - 18 * mm, 33 * mm, 33 * mm, 33 * mm, 18 * mm]
    header = [
        ctx.words("element"),
        "A",
        "B",
        _w(ctx, "difference"),
        Paragraph(markup(f"{_w(ctx, 'obs_short')} A · B"), st.cell_head),
    ]
    return [Spacer(1, 6), grid(header, rows, widths, st.cell_head)] + _said(ctx, c)


def _said(ctx: Context, c) -> list[Flowable]:
    """What was said, per element: the observations of A and B side by side with what became
    of each (same ones left out: the table is about what moved)."""
    st = ctx.st
    rows = [
        [
            para(ctx.short(e.key), st.cell),
            para(p.text_a or "–", st.cell),
            para(p.text_b or "–", st.cell),
            para(_w(ctx, f"said_{p.mark}"), st.cell),
        ]
        for e in c.elements
        for p in e.said
        if p.mark != "same"
    ]
    if not rows:
        return []
    same = sum(p.mark == "same" for e in c.elements for p in e.said)
    widths = [34 * mm, (FRAME_WIDTH - 58 * mm) / 2, (FRAME_WIDTH - 58 * mm) / 2, 24 * mm]
    return [
        Spacer(1, 6),
        Paragraph(markup(_w(ctx, "said_heading", same=same)), st.muted),
        grid([ctx.words("element"), "A", "B", ""], rows, widths, st.cell_head),
    ]

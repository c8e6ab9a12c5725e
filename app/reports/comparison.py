"""Since the previous session: what moved per element, and what became of its actions."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.reports.blocks import grid, heading, marked, para, status_mark
from app.reports.context import Context
from app.reports.flowables import Beside
from app.reports.icons import TrendArrow
from app.reports.paragraph import Paragraph
from app.reports.styles import FRAME_WIDTH
from app.reports.text import markup
from app.vocabulary.report_data import Earlier

TREND_WORDS = {1: "trend_up", -1: "trend_down", 0: "trend_same", None: "trend_none"}


def trend(then: int | None, now: int | None) -> int | None:
    """+1 up, -1 down, 0 the same; None when either session left the element unassessed."""
    if then is None or now is None:
        return None
    return (now > then) - (now < then)


def _status_cell(ctx: Context, status: int | None) -> Flowable:
    level = ctx.status_level(status)
    return marked(status_mark(level), Paragraph(markup(level.label.get(ctx.lang)), ctx.st.cell))


def _changes(ctx: Context, earlier: Earlier) -> list[Flowable]:
    st, w = ctx.st, ctx.words
    before = earlier.snapshot.assessments
    now = ctx.snapshot.assessments
    rows: list[list[Flowable]] = []
    moved: dict[int | str, list[str]] = {1: [], -1: [], "new": []}
    for key in ctx.model.element_keys() + ctx.extra_keys:
        a, b = before.get(key), now.get(key)
        then_status, now_status = (a.status if a else None), (b.status if b else None)
        direction = trend(then_status, now_status)
        if direction in (1, -1):
            levels = (
                ctx.status_level(x).label.get(ctx.lang).lower() for x in (then_status, now_status)
            )
            moved[direction].append(f"{ctx.element(key)} ({' → '.join(levels)})")
        elif then_status is None and now_status is not None:
            moved["new"].append(ctx.element(key))
        rows.append(
            [
                para(ctx.element(key), st.cell),
                _status_cell(ctx, then_status),
                _status_cell(ctx, now_status),
                Beside(
                    TrendArrow(direction, 9),
                    Paragraph(markup(w(TREND_WORDS[direction])), st.cell),
                    5 * mm,
                ),
            ]
        )
    widths = [FRAME_WIDTH - 3 * 38 * mm, 38 * mm, 38 * mm, 38 * mm]
    return [
        grid([w("element"), w("then"), w("now"), w("change")], rows, widths, st.cell_head),
        Paragraph(markup(moved_summary(w, moved)), st.muted),
    ]


def moved_summary(w, moved: dict) -> str:
    """Learning, not scoring: what moved, by name (not a tally of ups and downs)."""
    parts = [
        w(word, names="; ".join(moved[key]))
        for key, word in ((1, "moved_up"), (-1, "moved_down"), ("new", "moved_new"))
        if moved[key]
    ]
    return " ".join(parts) if parts else w("moved_none")


def _outcome(ctx: Context, outcome: str | None) -> str:
    key = f"outcome_{outcome or 'none'}"
    return ctx.words(key) if ctx.words.has(key) else str(outcome)


def _reviews(ctx: Context, earlier: Earlier) -> list[Flowable]:
    st, w = ctx.st, ctx.words
    reviews = earlier.reviews
    parts: list[Flowable] = heading(w("reviews"), st.h2, 1, "reviews")
    if not reviews:
        return parts + [Paragraph(markup(w("nothing")), st.muted)]
    rows = [
        [
            para(r.action_title, st.cell),
            para(r.owner or "–", st.cell),
            Paragraph(f"<b>{markup(_outcome(ctx, r.outcome))}</b>", st.cell),
            para(r.note or "–", st.cell),
        ]
        for r in reviews
    ]
    widths = [FRAME_WIDTH * 0.36, FRAME_WIDTH * 0.2, FRAME_WIDTH * 0.16, FRAME_WIDTH * 0.28]
    return parts + [
        grid([w("action"), w("owner"), w("outcome"), w("note")], rows, widths, st.cell_head)
    ]


def since(ctx: Context) -> list[Flowable]:
    earlier = ctx.data.earlier
    if earlier is None:
        return []
    st, w, e = ctx.st, ctx.words, earlier.snapshot.session
    return (
        heading(w("since"), st.h1, 0, "since")
        + [Paragraph(markup(w("since_intro", title=e.title, date=w.date(e.held_on))), st.note)]
        + _changes(ctx, earlier)
        + _reviews(ctx, earlier)
    )

"""Stage 2, focus: the accelerators in order of votes, where each came from, and the development
path the group chose."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from app.reports.blocks import grid, heading, para
from app.reports.context import Context
from app.reports.styles import FRAME_WIDTH
from app.reports.text import markup
from app.reports.vertrekpunt import stage_heading

LINK_COLOUR = "#2166AC"


def _source(ctx: Context, observation_id: int | None) -> str:
    """A link back to the observation the accelerator was turned from."""
    if observation_id is None or observation_id not in ctx.observation_numbers:
        return ""
    o = next(o for o in ctx.snapshot.observations if o.id == observation_id)
    text = ctx.words("from_observation", n=ctx.observation_numbers[observation_id],
                     area=ctx.short(o.element_key))
    return (f'<br/><font size="8"><a href="#obs-{observation_id}" color="{LINK_COLOUR}">'
            f"{markup(text)}</a></font>")


def _ordered(ctx: Context):
    """Most votes first; equal votes keep the model's element order and the group's order."""
    order = {k: i for i, k in enumerate(ctx.model.element_keys() + ctx.extra_keys)}
    return sorted(ctx.snapshot.focus_points,
                  key=lambda f: (-f.votes, order.get(f.element_key, len(order)), f.position))


def accelerators(ctx: Context) -> list[Flowable]:
    st, w = ctx.st, ctx.words
    parts: list[Flowable] = heading(w("focus_points"), st.h2, 1, "focus-points")
    points = _ordered(ctx)
    if not points:
        return parts + [Paragraph(markup(w("nothing")), st.muted)]
    rows = [[Paragraph(markup(f.text) + _source(ctx, f.observation_id), st.cell),
             para(ctx.short(f.element_key), st.cell)] for f in points]
    header, widths = [w("focus_points"), w("element")], [FRAME_WIDTH - 42 * mm, 42 * mm]
    if any(f.votes for f in points):  # a column of zeros before the votes were cast says nothing
        rows = [[Paragraph(f"<b>{f.votes}</b>", st.cell)] + row for f, row in zip(points, rows, strict=True)]
        header, widths = [w("votes")] + header, [20 * mm, widths[0] - 20 * mm, widths[1]]
    return parts + [grid(header, rows, widths, st.cell_head)]


def development_path(ctx: Context) -> list[Flowable]:
    st, w, s = ctx.st, ctx.words, ctx.snapshot.session
    parts: list[Flowable] = heading(w("development_path"), st.h2, 1,
                                          "development-path")
    path = ctx.model.find(ctx.model.paths, s.development_path) if s.development_path else None
    if path is None and not s.development_path:
        parts.append(Paragraph(markup(w("not_chosen")), st.muted))
    else:
        label = path.label.get(ctx.lang) if path else s.development_path
        parts.append(Paragraph(f"<b>{markup(label)}</b>", st.body))
        if path and path.explanation:
            parts.append(para(path.explanation.get(ctx.lang), st.muted))
    if s.development_path_reason.strip():
        parts.append(para(s.development_path_reason, st.body, f"<b>{markup(w('why'))}:</b> "))
    return parts


def focus(ctx: Context) -> list[Flowable]:
    return stage_heading(ctx, "focus") + accelerators(ctx) + development_path(ctx)

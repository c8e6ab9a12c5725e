"""Stage 2, focus: the accelerators in order of votes, where each came from, and the development
path the group chose."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.reports.blocks import grid, heading, para
from app.reports.context import Context
from app.reports.paragraph import Paragraph
from app.reports.styles import FRAME_WIDTH, MUTED_HEX, ZEBRA
from app.reports.text import markup
from app.reports.vertrekpunt import stage_heading

LINK_COLOUR = "#2166AC"


def _source(ctx: Context, observation_id: int | None) -> str:
    """A link back to the observation the accelerator was turned from."""
    if observation_id is None or observation_id not in ctx.observation_numbers:
        return ""
    o = next(o for o in ctx.snapshot.observations if o.id == observation_id)
    text = ctx.words(
        "from_observation", n=ctx.observation_numbers[observation_id], area=ctx.short(o.element_key)
    )
    return (
        f'<br/><font size="8"><a href="#obs-{observation_id}" color="{LINK_COLOUR}">'
        f"{markup(text)}</a></font>"
    )


def _ordered(ctx: Context):
    """Most votes first; equal votes keep the model's element order and the group's order."""
    order = {k: i for i, k in enumerate(ctx.model.element_keys() + ctx.extra_keys)}
    return sorted(
        ctx.snapshot.focus_points,
        key=lambda f: (-f.votes, order.get(f.element_key, len(order)), f.position),
    )


def _by_element(ctx: Context) -> list[tuple[str, list]]:
    """The accelerators under the area (or condition) they serve, as the seed groups them:
    the element with the most votes first, within it most votes first."""
    groups: dict[str, list] = {}
    for f in _ordered(ctx):
        groups.setdefault(f.element_key, []).append(f)
    return list(groups.items())


def accelerators(ctx: Context) -> list[Flowable]:
    """One table, a row per accelerator, grouped under a row naming its element (empty: left
    out, and the stage says so in one line)."""
    st, w = ctx.st, ctx.words
    groups = _by_element(ctx)
    if not groups:
        return []
    voted = any(f.votes for _key, points in groups for f in points)
    # a column of zeros before the votes were cast says nothing
    widths = [20 * mm, FRAME_WIDTH - 20 * mm] if voted else [FRAME_WIDTH]
    header = [w("votes"), w("focus_points")] if voted else [w("focus_points")]
    rows: list[list] = []
    spans: list[int] = []
    for key, points in groups:
        total = sum(f.votes for f in points)
        label = f"<b>{markup(ctx.element(key))}</b>"
        if voted:
            label += f' <font color="{MUTED_HEX}">· {markup(w.count("n_votes", total))}</font>'
        spans.append(len(rows) + 1)
        rows.append([Paragraph(label, st.cell)] + [""] * (len(widths) - 1))
        for f in points:
            cell = Paragraph(markup(f.text) + _source(ctx, f.observation_id), st.cell)
            rows.append([Paragraph(f"<b>{f.votes}</b>", st.cell), cell] if voted else [cell])
    table = grid(header, rows, widths, st.cell_head, zebra=False)
    for row in spans:
        table.setStyle(
            [
                ("SPAN", (0, row), (-1, row)),
                ("BACKGROUND", (0, row), (-1, row), ZEBRA),
                ("TOPPADDING", (0, row), (-1, row), 5),
            ]
        )
    return heading(w("focus_points"), st.h2, 1, "focus-points") + [table]


def development_path(ctx: Context) -> list[Flowable]:
    st, w, s = ctx.st, ctx.words, ctx.snapshot.session
    parts: list[Flowable] = heading(w("development_path"), st.h2, 1, "development-path")
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
    points = accelerators(ctx)
    empty = (
        []
        if points
        else [
            Paragraph(
                markup(ctx.words("nothing_for", parts=ctx.words("focus_points"))), ctx.st.muted
            )
        ]
    )
    return stage_heading(ctx, "focus") + points + empty + development_path(ctx)

"""Stage 4, aanpak: the action plan as a table that wraps and may run over several pages."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.reports.blocks import grid, heading
from app.reports.context import Context
from app.reports.paragraph import Paragraph
from app.reports.styles import FRAME_WIDTH
from app.reports.text import markup
from app.reports.vertrekpunt import stage_heading

# Action | owner and partners | schedule | indicator; the action's own column gets what is left.
# Narrower columns would break long Dutch compounds ("Gebiedscoöperatie") in the middle.
_SIDE = [40 * mm, 25 * mm, 38 * mm]
WIDTHS = [FRAME_WIDTH - sum(_SIDE)] + _SIDE


def _labelled(label: str, values: list[str]) -> str:
    return f"<b>{markup(label)}:</b> " + "; ".join(markup(v) for v in values)


def _positioning(ctx: Context, a) -> list[Flowable]:
    """Where the action stands in the GroenPact action lines and the community's policy frame."""
    model, out = ctx.model, []
    if a.groenpact:
        labels = [ctx.item_label(model.groenpact, k) for k in a.groenpact]
        out.append(Paragraph(_labelled("GroenPact", labels), ctx.st.muted))
    by_frame: dict[str, list[str]] = {}
    for key in a.frame_items:
        frame, item = ctx.frame_item(key)
        by_frame.setdefault(frame, []).append(item)
    for frame, labels in by_frame.items():
        out.append(Paragraph(_labelled(frame, labels), ctx.st.muted))
    return out


def _action_cell(ctx: Context, number: int, a) -> list[Flowable]:
    st, w, model = ctx.st, ctx.words, ctx.model
    cell: list[Flowable] = [Paragraph(f"<b>{number}. {markup(a.title)}</b>", st.cell)]
    if a.description.strip():
        cell.append(Paragraph(markup(a.description), st.cell))
    if a.characteristics:
        labels = [ctx.item_label(model.characteristics, k) for k in a.characteristics]
        cell.append(Paragraph(_labelled(w("characteristics"), labels), ctx.st.muted))
    cell += _positioning(ctx, a)
    served = [f.text for f in ctx.snapshot.focus_points if f.id in a.focus_point_ids]
    served += [ctx.theme_label(t) for t in ctx.snapshot.themes if t.id in a.theme_ids]
    if served:
        cell.append(Paragraph(_labelled(w("serves"), served), ctx.st.muted))
    steps = ctx.snapshot.histories.get(a.id)
    if steps:
        cell.append(Paragraph(markup(history_line(w, steps)), ctx.st.muted))
    return cell


def _step_word(w, word: str) -> str:
    for key in (f"outcome_{word}", f"action_{word}"):
        if w.has(key):
            return w(key).lower()
    return word


def history_line(w, steps) -> str:
    """ "sinds voorjaar 2025: bezig → doorgezet → gereed": the action's life across sessions."""
    first = steps[0].held_on
    season = w(f"season_{(first.month % 12) // 3}")
    return w(
        "history_since",
        season=season,
        year=first.year,
        steps=" → ".join(_step_word(w, s.word) for s in steps),
    )


def _who(ctx: Context, a) -> list[Flowable]:
    st = ctx.st
    cell = [Paragraph(f"<b>{markup(a.owner or '–')}</b>", st.cell)]
    if a.partners:
        cell.append(Paragraph(_labelled(ctx.words("partners"), list(a.partners)), st.cell))
    return cell


def _schedule(ctx: Context, a) -> Paragraph:
    """Status, then the period as "1 jun 2026 –" / "1 dec 2026": short enough for its column."""
    w = ctx.words
    status = w(f"action_{a.status}") if w.has(f"action_{a.status}") else a.status
    text = f"<b>{markup(status)}</b>"
    if a.starts_on or a.due_on:
        start = w.short_date(a.starts_on) if a.starts_on else ""
        due = w.short_date(a.due_on) if a.due_on else ""
        text += f"<br/>{markup(start)} –<br/>{markup(due)}" if start else f"<br/>– {markup(due)}"
    return Paragraph(text, ctx.st.cell)


def aanpak(ctx: Context) -> list[Flowable]:
    st, w = ctx.st, ctx.words
    parts = stage_heading(ctx, "aanpak") + heading(w("action_plan"), st.h2, 1, "action-plan")
    actions = ctx.snapshot.actions
    if not actions:
        return parts + [Paragraph(markup(w("nothing")), st.muted)]
    rows = [
        [
            _action_cell(ctx, i, a),
            _who(ctx, a),
            _schedule(ctx, a),
            Paragraph(markup(a.indicator or "–"), st.cell),
        ]
        for i, a in enumerate(actions, start=1)
    ]
    header = [w("action"), w("owner_partners"), w("schedule"), w("indicator")]
    return parts + [grid(header, rows, WIDTHS, st.cell_head)]

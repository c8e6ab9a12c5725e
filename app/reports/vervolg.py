"""Stage 3, vervolg: innovation themes, the ambition, the steps, and how the group keeps track."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.reports.blocks import heading, item, para, paragraphs, split_list, sub_items
from app.reports.context import Context
from app.reports.paragraph import Paragraph
from app.reports.text import markup
from app.reports.vertrekpunt import stage_heading

BULLET = "•"


def _section(ctx: Context, key: str, anchor: str, body: list[Flowable]) -> list[Flowable]:
    """A sub-heading with its content; an empty one is left out (see empty_line)."""
    return heading(ctx.words(key), ctx.st.h2, 1, anchor) + body if body else []


def empty_line(ctx: Context, empty_keys: list[str]) -> list[Flowable]:
    """One line naming the parts of a stage nothing was recorded for, instead of a heading and
    "nothing recorded" each: the reader knows they were asked, and reads on."""
    if not empty_keys:
        return []
    w = ctx.words
    names = ", ".join(
        w(k) if i == 0 else w(k)[0].lower() + w(k)[1:] for i, k in enumerate(empty_keys)
    )
    return [Paragraph(markup(w("nothing_for", parts=names)), ctx.st.muted)]


def _monitoring_line(ctx: Context, x) -> Paragraph:
    w = ctx.words
    kind = w(f"kind_{x.kind}") if w.has(f"kind_{x.kind}") else x.kind
    text = f"<b>{markup(kind)}</b> — {markup(x.text)}"
    if x.due_on:
        text += f" ({markup(w('by_date', date=w.date(x.due_on)))})"
    steps = ctx.snapshot.indicator_trends.get(x.id, ())
    if x.verdict or x.standing or len(steps) > 1:
        text += f"<br/><i>{markup(w('standing'))}:</i> " + markup(
            _standing(w, x.verdict, x.standing)
        )
        earlier = [
            f"{w.short_date(st.held_on)} {_standing(w, st.verdict, st.standing)}"
            for st in steps[:-1]
        ]
        if earlier:
            text += f" ({markup(w('standing_before'))}: " + markup("; ".join(earlier)) + ")"
    return Paragraph(text, ctx.st.body)


def _standing(w, verdict: str | None, standing: str) -> str:
    said = w(f"verdict_{verdict or 'none'}")
    return f"{said}, {standing}" if standing else said


def _carried(ctx: Context) -> list[Flowable]:
    """Which parts of the plan came from the session before, and what the group did with them."""
    w, states = ctx.words, ctx.snapshot.plan_states
    if not states:
        return []
    parts = []
    for state, key in (
        ("confirmed", "plan_confirmed"),
        ("changed", "plan_changed"),
        ("carried", "plan_open"),
    ):
        named = [w(f"part_{p}") for p, s in states.items() if s == state]
        if named:
            parts.append(w(key, parts=", ".join(named)))
    return [Paragraph(markup(f"{w('plan_carried')} — " + "; ".join(parts) + "."), ctx.st.muted)]


def vervolg(ctx: Context) -> list[Flowable]:
    st, s = ctx.st, ctx.snapshot
    themes = [item(BULLET, para(ctx.theme_label(t), st.body)) for t in s.themes]
    ambition = paragraphs(s.session.ambition, st.body)
    steps: list[Flowable] = []
    for i, x in enumerate(s.steps, start=1):
        lead, subs = split_list(x.text)
        steps += [item(f"{i}.", para(lead, st.body))] + sub_items(subs, st.body)
    tracking = [item(BULLET, _monitoring_line(ctx, x)) for x in s.monitoring]
    parts = [("themes", themes), ("ambition", ambition), ("steps", steps), ("monitoring", tracking)]
    if not any(body for _key, body in parts):
        return (
            stage_heading(ctx, "vervolg")
            + _carried(ctx)
            + [Paragraph(markup(ctx.words("nothing")), st.muted)]
        )
    out = stage_heading(ctx, "vervolg") + _carried(ctx)
    for key, body in parts:
        out += _section(ctx, key, key, body)
    return out + empty_line(ctx, [key for key, body in parts if not body])

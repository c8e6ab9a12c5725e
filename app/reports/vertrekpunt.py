"""Stage 1, vertrekpunt: every area and condition with its status, context and observations."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable

from app.reports.blocks import (
    HEADING_ROOM,
    heading,
    marked,
    para,
    split_list,
    status_mark,
    sub_items,
)
from app.reports.context import Context
from app.reports.paragraph import Paragraph
from app.reports.styles import MUTED_HEX
from app.reports.text import markup


def stage_heading(ctx: Context, stage_key: str) -> list[Flowable]:
    """ "1 Vertrekpunt" with the stage's question beneath, as the facilitator asked it."""
    stage = ctx.model.stage(stage_key)
    label = stage.label.get(ctx.lang)
    title = f"{stage.number} {label}" if stage.number else label
    return heading(title, ctx.st.h1, 0, f"stage-{stage_key}") + [
        Paragraph(markup(stage.question.get(ctx.lang)), ctx.st.note)
    ]


def _observation_meta(ctx: Context, o) -> str:
    """The type of a regional question and its place between renewal and transition."""
    bits = []
    if o.complexity:
        bits.append(
            f"{ctx.words('question_type')}: " + ctx.item_label(ctx.model.complexity, o.complexity)
        )
    if o.transition is not None:
        t = ctx.model.transition
        bits.append(
            ctx.words(
                "transition_pos",
                frm=t.from_label.get(ctx.lang),
                to=t.to_label.get(ctx.lang),
                n=o.transition + 1,
                steps=t.steps,
            )
        )
    return " · ".join(bits)


def observation(ctx: Context, o) -> list[Flowable]:
    st = ctx.st
    number = ctx.observation_numbers.get(o.id, 0)
    lead, subs = split_list(o.text)
    text = f'<a name="obs-{o.id}"/><font color="{MUTED_HEX}">{number}.</font> ' + markup(lead)
    meta = _observation_meta(ctx, o)
    if meta:
        text += f'<br/><font size="8" color="{MUTED_HEX}">{markup(meta)}</font>'
    marker = status_mark(ctx.status_level(o.status)) if o.status is not None else None
    return [marked(marker, Paragraph(text, st.body))] + sub_items(subs, st.body)


def element_block(ctx: Context, key: str, heading_style, outline_level: int) -> list[Flowable]:
    st, w, model = ctx.st, ctx.words, ctx.model
    parts: list[Flowable] = heading(ctx.element(key), heading_style, outline_level, f"el-{key}")
    explanation = None
    if key in {a.key for a in model.areas}:
        area = model.area(key)
        perspective = model.perspective(area.perspective).label.get(ctx.lang)
        explanation = perspective + (
            f" — {area.explanation.get(ctx.lang)}" if area.explanation else ""
        )
    elif model.is_condition(key):
        item = model.find(model.conditions, key)
        explanation = item.explanation.get(ctx.lang) if item and item.explanation else None
    if explanation:
        parts.append(para(explanation, st.muted))
    assessment = ctx.snapshot.assessments.get(key)
    status = assessment.status if assessment else None
    parts.append(
        marked(
            status_mark(ctx.status_level(status)),
            Paragraph(f"<b>{markup(w('status'))}:</b> {markup(ctx.level_text(status))}", st.body),
        )
    )
    if assessment and assessment.context_note.strip():
        parts.append(para(assessment.context_note, st.body, f"<b>{markup(w('context'))}:</b> "))
    observations = ctx.snapshot.observations_of(key)
    if observations:
        parts += [CondPageBreak(HEADING_ROOM), Paragraph(markup(w("observations")), st.h3)]
        for o in observations:
            parts += observation(ctx, o)
    return parts


def vertrekpunt(ctx: Context) -> list[Flowable]:
    st = ctx.st
    parts = stage_heading(ctx, "vertrekpunt")
    for area in ctx.model.areas:
        parts += element_block(ctx, area.key, st.h2, 1)
    for key in ctx.extra_keys:
        parts += element_block(ctx, key, st.h2, 1)
    parts += heading(ctx.words("conditions"), st.h2, 1, "conditions")
    for condition in ctx.model.conditions:
        parts += element_block(ctx, condition.key, st.h3, 2)
    return parts

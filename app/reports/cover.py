"""The first page: which community (region, what it is), which session, when, where, who, and
the session in three lines for a reader who reads no further."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.reports.blocks import grid, para
from app.reports.context import Context
from app.reports.flowables import Beside
from app.reports.icons import Dot
from app.reports.paragraph import Paragraph
from app.reports.styles import FRAME_WIDTH, RULE
from app.reports.text import markup


def _facts(ctx: Context) -> list[tuple[str, str]]:
    w, s = ctx.words, ctx.snapshot.session
    facts = [(w("date"), w.date(s.held_on))]
    if ctx.data.community.region:
        facts.append((w("region"), ctx.data.community.region))
    if s.location:
        facts.append((w("place"), s.location))
    # anonymised, the facilitator is called by the role the label already names
    if s.facilitator and s.facilitator != w("facilitator"):
        facts.append((w("facilitator"), s.facilitator))
    facts.append(
        (
            w("model"),
            w("model_version", title=ctx.model.title.get(ctx.lang), version=ctx.model.version),
        )
    )
    earlier = ctx.data.earlier
    if earlier is not None and s.continues_from_id == earlier.snapshot.session.id:
        e = earlier.snapshot.session
        facts.append((w("continues_from"), f"{e.title} ({w.date(e.held_on)})"))
    if s.next_session_on:
        facts.append((w("next_session"), w.date(s.next_session_on)))
    return facts


def _facts_table(ctx: Context) -> Table:
    st = ctx.st
    rows = [
        [Paragraph(markup(label), st.cell_head), para(value, st.body)]
        for label, value in _facts(ctx)
    ]
    return Table(
        rows,
        colWidths=[38 * mm, FRAME_WIDTH - 38 * mm],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )


def _participants(ctx: Context) -> list[Flowable]:
    w, st = ctx.words, ctx.st
    people = ctx.snapshot.participants
    if not people:
        return []
    # anonymised, the name already reads "Deelnemer 2 (Onderwijs, Terra MBO)"
    with_organisation = not ctx.data.anonymous
    rows = []
    for p in people:
        colour = ctx.helix_colour(p.helix_role)
        role = para(ctx.helix_label(p.helix_role) if p.helix_role else "–", st.cell)
        name = para(f"{p.name} ({p.role_in_session})" if p.role_in_session else p.name, st.cell)
        row = [name, para(p.organisation or "–", st.cell)] if with_organisation else [name]
        rows.append(row + [Beside(Dot(colour), role, 4 * mm) if colour else role])
    header = [w("name"), w("organisation"), w("helix_role")]
    widths = [FRAME_WIDTH * 0.42, FRAME_WIDTH * 0.36, FRAME_WIDTH * 0.22]
    if not with_organisation:
        header, widths = [header[0], header[2]], [FRAME_WIDTH * 0.78, FRAME_WIDTH * 0.22]
    return [Paragraph(markup(w("participants")), st.h2), grid(header, rows, widths, st.cell_head)]


def summary_lines(ctx: Context) -> list[str]:
    """Where the group stands, what it chose, what it will do: three lines from the session."""
    w, snap, model = ctx.words, ctx.snapshot, ctx.model
    keys = model.element_keys()
    assessed = [k for k in keys if (a := snap.assessments.get(k)) and a.status is not None]
    if assessed:
        best = max(assessed, key=lambda k: (snap.assessments[k].status, -keys.index(k)))
        line = w(
            "sum_status",
            n=len(keys),
            assessed=len(assessed),
            verb=w.count("verb_is", len(assessed)),
            best=f"{ctx.short(best)} ({ctx.level_text(snap.assessments[best].status)})",
        )
    else:
        line = w("sum_status_none")
    lines = [line]
    focus = []
    if snap.focus_points:
        top = max(snap.focus_points, key=lambda f: f.votes)
        focus.append(
            w("sum_focus", points=w.count("n_accelerators", len(snap.focus_points)), top=top.text)
            if top.votes
            else w.count("n_accelerators", len(snap.focus_points)) + "."
        )
    if snap.session.development_path:
        path = model.find(model.paths, snap.session.development_path)
        focus.append(
            w("sum_path", path=path.label.get(ctx.lang) if path else snap.session.development_path)
        )
    if focus:
        lines.append(" ".join(focus))
    plan = [w("sum_plan", actions=w.count("n_actions", len(snap.actions)))] if snap.actions else []
    if snap.session.next_session_on:
        plan.append(w("sum_next", date=w.date(snap.session.next_session_on)))
    if plan:
        lines.append(" ".join(plan))
    return lines


def _context(ctx: Context) -> list[Flowable]:
    st, w = ctx.st, ctx.words
    out: list[Flowable] = []
    if ctx.data.community.description.strip():
        out += [
            Paragraph(markup(w("about_community")), st.h2),
            para(ctx.data.community.description, st.body),
        ]
    out.append(Paragraph(markup(w("at_a_glance")), st.h2))
    out += [para(line, st.body) for line in summary_lines(ctx)]
    return out


def cover(ctx: Context) -> list[Flowable]:
    st, s = ctx.st, ctx.snapshot.session
    parts: list[Flowable] = [
        Spacer(1, 10 * mm),
        Paragraph(markup(ctx.words("report").upper()), st.muted),
        para(s.title, st.title),
        para(ctx.data.community.name, st.subtitle),
        _facts_table(ctx),
    ] + _context(ctx)
    if ctx.data.anonymous:
        parts += [Spacer(1, 4 * mm), Paragraph(markup(ctx.words("anonymous_note")), st.note)]
    parts += _participants(ctx)
    return parts

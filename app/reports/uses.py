"""The report's optional sections on the model's uses: this session's projects on the model, the
community's initiatives against GroenPact's action lines, and its actors with their knowledge and
the gaps. (The timeline and the comparison are in uses_time.py.) Each section is empty unless
it was asked for (ReportData.uses)."""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from app.diagram.overlay import compute_overlay, overlay_ops
from app.reports.blocks import grid, heading, item, para
from app.reports.context import Context
from app.reports.figure_fit import FIGURE_ROOM, readable_figure
from app.reports.icons import Dot
from app.reports.paragraph import Paragraph
from app.reports.styles import FRAME_WIDTH, MIN_TEXT
from app.reports.text import markup
from app.reports.texts import word

DASH = "–"
MARK = "#1A1A1A"  # a ticked cell of the matrix: a dot, drawn (fonts lack a check mark)


def _w(ctx: Context, key: str, **values) -> str:
    return word(ctx.lang, key, **values)


def _bold(text: str, style) -> Paragraph:
    return Paragraph(f"<b>{markup(text)}</b>", style)


def _labels(ctx: Context, keys) -> str:
    return ", ".join(ctx.short(k) for k in keys)


# ---- projects on the model ----------------------------------------------------------------------
def projects(ctx: Context) -> list[Flowable]:
    uses = ctx.data.uses
    actions = ctx.snapshot.actions
    if uses is None or not uses.projects or not actions:
        return []
    st, model = ctx.st, ctx.model
    # numbered as in the action plan, so "2" means the same project in both places
    placed = [(a.title, a.element_keys) for a in actions]
    figure, layout = readable_figure(
        model,
        ctx.data.states,
        ctx.lang,
        FRAME_WIDTH,
        FIGURE_ROOM,
        extra=lambda layout: overlay_ops(compute_overlay(layout, placed)),
    )
    overlay = compute_overlay(layout, placed)
    rows = []
    for entry, a in zip(overlay.entries, actions, strict=True):
        complexity = ctx.item_label(model.complexity, a.complexity) if a.complexity else DASH
        path = ctx.item_label(model.paths, a.development_path) if a.development_path else DASH
        rows.append(
            [
                Paragraph(f"<b>{entry.number}</b>", st.cell),
                para(a.title, st.cell),
                para(
                    _labels(ctx, a.element_keys) if a.element_keys else _w(ctx, "not_placed"),
                    st.cell,
                ),
                para(complexity, st.cell),
                para(path, st.cell),
            ]
        )
    widths = [8 * mm, 46 * mm, 50 * mm, 26 * mm, FRAME_WIDTH - 130 * mm]
    header = ["", _w(ctx, "project"), _w(ctx, "touches"), _w(ctx, "complexity"), _w(ctx, "path")]
    out = heading(_w(ctx, "projects"), st.h1, 0, "projects") + [
        Paragraph(markup(_w(ctx, "projects_note")), st.note),
        Spacer(1, 4),
        figure,
        Spacer(1, 8),
        grid(header, rows, widths, st.cell_head),
    ]
    if overlay.untouched:
        out.append(
            Paragraph(markup(_w(ctx, "untouched", keys=_labels(ctx, overlay.untouched))), st.muted)
        )
    return out


# ---- GroenPact ----------------------------------------------------------------------------------
LINE_W = 22 * mm


def _fitting(style: ParagraphStyle, texts: list[str], width: float) -> ParagraphStyle:
    """style, smaller where needed, so that no word of texts is split in a column of width."""
    size = style.fontSize
    words = [w for t in texts for w in t.split()]
    while size > MIN_TEXT and max(stringWidth(w, style.fontName, size) for w in words) > width:
        size -= 0.5
    return ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size, leading=size * 1.25)


def groenpact(ctx: Context) -> list[Flowable]:
    uses = ctx.data.uses
    matrix = uses.groenpact if uses else None
    if matrix is None:
        return []
    st, model, w = ctx.st, ctx.model, ctx.words
    out = heading(_w(ctx, "groenpact"), st.h1, 0, "groenpact") + [
        Paragraph(markup(_w(ctx, "groenpact_note")), st.note)
    ]
    if not matrix.rows:
        return out + [Paragraph(markup(w("nothing")), st.muted)]
    rows = []
    for r in matrix.rows:
        cell = [_bold(r.title, st.cell), Paragraph(markup(w.short_date(r.held_on)), st.muted)]
        if r.frame_items:
            labels = [ctx.frame_item(k)[1] for k in r.frame_items]
            cell.append(Paragraph(markup("; ".join(labels)), st.muted))
        rows.append([cell] + [Dot(MARK, 8) if k in r.lines else "" for k in matrix.lines])
    names = [ctx.item_label(model.groenpact, k) for k in matrix.lines]
    narrow = _fitting(st.cell, names, LINE_W - 8)  # regular type: narrower than bold
    header = [_w(ctx, "initiative")] + [Paragraph(markup(n), narrow) for n in names]
    widths = [FRAME_WIDTH - LINE_W * len(matrix.lines)] + [LINE_W] * len(matrix.lines)
    table = grid(header, rows, widths, st.cell_head)
    table.setStyle([("ALIGN", (1, 1), (-1, -1), "CENTER"), ("VALIGN", (1, 1), (-1, -1), "MIDDLE")])
    out.append(table)
    empty = matrix.untouched_lines()
    if empty:
        lines = ", ".join(ctx.item_label(model.groenpact, k) for k in empty)
        out.append(Paragraph(markup(_w(ctx, "no_line_yet", lines=lines)), st.muted))
    return out


# ---- actors and knowledge -----------------------------------------------------------------------
def _list(ctx: Context, texts) -> list[Flowable] | str:
    return [item("•", para(t, ctx.st.cell)) for t in texts] or DASH


def actors(ctx: Context) -> list[Flowable]:
    uses = ctx.data.uses
    if uses is None or uses.actors is None:
        return []
    view = uses.actors
    st = ctx.st
    title = ctx.snapshot.session.title
    if view.session_id is not None and view.session_id != ctx.snapshot.session.id:
        title = next(
            (
                s.title
                for s in (uses.timeline.sessions if uses.timeline else ())
                if s.id == view.session_id
            ),
            title,
        )
    out = heading(_w(ctx, "actors"), st.h1, 0, "actors") + [
        Paragraph(markup(_w(ctx, "actors_note", title=title)), st.note)
    ]
    rows = []
    for a in view.actors:
        who = [_bold(a.actor.organisation or a.actor.name, st.cell)]
        if a.actor.name and a.actor.organisation:
            who.append(para(a.actor.name, st.cell))
        if a.actor.helix_role:
            who.append(para(ctx.helix_label(a.actor.helix_role), st.muted))
        rows.append(
            [
                who,
                para("; ".join(a.tags) or DASH, st.cell),
                _list(ctx, [q.text for q in a.questions]),
                _list(ctx, [x.text for x in a.actions]),
            ]
        )
    widths = [42 * mm, 38 * mm, FRAME_WIDTH - 42 * mm - 38 * mm - 40 * mm, 40 * mm]
    header = [_w(ctx, "actor"), _w(ctx, "knowledge"), _w(ctx, "questions"), _w(ctx, "projects_of")]
    if rows:
        out.append(grid(header, rows, widths, st.cell_head))
    else:
        out.append(Paragraph(markup(ctx.words("nothing")), st.muted))
    out += heading(_w(ctx, "gaps"), st.h2, 1, "gaps")
    if not view.gaps:
        return out + [Paragraph(markup(_w(ctx, "no_gaps")), st.muted)]
    for gap in view.gaps:
        out.append(item("•", para(gap.question.text, st.body)))
        out.append(Paragraph(markup(_w(ctx, "gap_line", missing=", ".join(gap.missing))), st.muted))
    return out


def hide_people(view, swap, has, label):
    """The actors overview for an anonymised report: contact persons by their participant label
    (or left out), contact details left out, the group's texts with names replaced."""

    def tied(items):
        return tuple(replace(x, text=swap(x.text)) for x in items)

    people = tuple(
        replace(
            a,
            actor=replace(
                a.actor, name=label(a.actor.name) if has(a.actor.name) else "", contact=""
            ),
            questions=tied(a.questions),
            actions=tied(a.actions),
        )
        for a in view.actors
    )
    return replace(
        view,
        actors=people,
        questions=tied(view.questions),
        gaps=tuple(
            replace(g, question=replace(g.question, text=swap(g.question.text))) for g in view.gaps
        ),
    )


# ---- together -----------------------------------------------------------------------------------
def sections():
    """The sections in the order they follow the action plan."""
    from app.reports.uses_time import comparison, timeline

    return (projects, groenpact, actors, timeline, comparison)


def expected_pages(uses) -> int:
    """Roughly a page per section asked for (for the choice whether to print a contents page)."""
    if uses is None:
        return 0
    return sum(
        1 for x in (uses.projects, uses.groenpact, uses.actors, uses.timeline, uses.comparison) if x
    )


def anonymise_uses(uses, swap, has, label, session):
    """The sections' data with people hidden as in the rest of the anonymised report; session
    is how the report anonymises a session's details."""
    if uses is None:
        return None
    t, c, g = uses.timeline, uses.comparison, uses.groenpact
    return replace(
        uses,
        timeline=t
        and replace(t, sessions=tuple(replace(s, title=swap(s.title)) for s in t.sessions)),
        comparison=c and replace(c, a=session(c.a, swap), b=session(c.b, swap)),
        actors=uses.actors and hide_people(uses.actors, swap, has, label),
        groenpact=g and replace(g, rows=tuple(replace(r, title=swap(r.title)) for r in g.rows)),
    )

"""The closing: the group's summary and when it meets again (left out when neither was set)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.reports.blocks import heading, paragraphs
from app.reports.context import Context
from app.reports.paragraph import Paragraph
from app.reports.text import markup


def closing(ctx: Context) -> list[Flowable]:
    st, w, s = ctx.st, ctx.words, ctx.snapshot.session
    if not s.summary_note.strip() and s.next_session_on is None:
        return []
    parts: list[Flowable] = heading(
        ctx.model.stage("closing").label.get(ctx.lang), st.h1, 0, "stage-closing"
    )
    summary = paragraphs(s.summary_note, st.body)
    if summary:
        parts += heading(w("summary"), st.h2, 1, "summary") + summary
    if s.next_session_on:
        parts.append(
            Paragraph(
                f"<b>{markup(w('next_session'))}:</b> {markup(w.date(s.next_session_on))}", st.body
            )
        )
    return parts

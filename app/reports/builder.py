"""Build the session report (sessieverslag) as a PDF from plain ReportData.

    build_report(data, "verslag.pdf", lang="nl", anonymous=False)

One layout pass: page numbers that are only known at the end (the total, the contents' pages)
are filled in afterwards (see pages.py). Whether a report gets a contents page is decided
beforehand, from the amount of text: a guess is good enough for that, the numbers are exact.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from app import __version__
from app.paths import private_file
from app.reports.aanpak import aanpak
from app.reports.anonymise import anonymise
from app.reports.closing import closing
from app.reports.comparison import since
from app.reports.contents import contents, headings
from app.reports.context import Context
from app.reports.cover import cover
from app.reports.focus import focus
from app.reports.model_page import model_page
from app.reports.pages import Furniture, ReportDocument, numbered_canvas
from app.reports.placemat import draw_placemat
from app.reports.room_section import room
from app.reports.styles import PAGE
from app.reports.vertrekpunt import vertrekpunt
from app.reports.vervolg import vervolg
from app.vocabulary.report_data import ReportData

CONTENTS_FROM_PAGES = 8  # a shorter report is read front to back without a contents page
# For the guess whether a report will be that long: six pages at least (cover, model, a page per
# stage), then about this much text per page, each item (observation, action, …) counting extra
# for its marker, spacing and unfilled last line.
FIXED_PAGES = 6
CHARS_PER_PAGE = 3300
CHARS_PER_ITEM = 110

Progress = Callable[[str], None]


def _uses(ctx: Context) -> tuple:
    """The optional sections on the model's uses, when asked for. (Imported only then: they
    bring the overlay, the timeline charts and the comparison's figures, which a plain
    report, and the command's start, does without.)"""
    if ctx.data.uses is None:
        return ()
    from app.reports.uses import sections as uses_sections

    return uses_sections()


def _uses_pages(ctx: Context) -> int:
    if ctx.data.uses is None:
        return 0
    from app.reports.uses import expected_pages

    return expected_pages(ctx.data.uses)


def _expected_pages(ctx: Context) -> float:
    s = ctx.snapshot
    texts = [o.text for o in s.observations] + [f.text for f in s.focus_points]
    texts += [x.text for x in s.steps] + [x.text for x in s.monitoring]
    texts += [a.title + a.description + a.indicator + " ".join(a.partners) for a in s.actions]
    texts += [a.context_note for a in s.assessments.values()]
    texts += [s.session.ambition, s.session.summary_note]
    chars = sum(len(t) for t in texts) + CHARS_PER_ITEM * len(texts)
    return FIXED_PAGES + (ctx.data.earlier is not None) + _uses_pages(ctx) + chars / CHARS_PER_PAGE


def sections(ctx: Context) -> list[Flowable]:
    """Everything after the cover, section by section (the Word report walks the same list)."""
    body: list[Flowable] = []
    # no page break between them: a section starts where the last one ended, and its heading
    # moves to the next page only when too little room is left (blocks.heading)
    for section in (model_page, since, vertrekpunt, focus, room, vervolg, aanpak) + _uses(ctx):
        body += section(ctx)
    return body + closing(ctx)


def _glance_page() -> list[Flowable]:
    """A page of its own for the placemat: drawn by the "glance" template, nothing flows on it.
    (Each part after the cover opens its own page; none ends with a page break.)"""
    return [NextPageTemplate("glance"), PageBreak(), Spacer(1, 1)]


def _story(ctx: Context, summary: bool = False) -> list[Flowable]:
    """The whole report: cover, the page at a glance, contents when long, the sections. The
    summary: the page at a glance and the action plan, two pages to hand round."""
    if summary:
        return [Spacer(1, 1), NextPageTemplate("content"), PageBreak()] + aanpak(ctx)
    body = sections(ctx)
    front = cover(ctx) + _glance_page()
    if _expected_pages(ctx) >= CONTENTS_FROM_PAGES:
        front += [NextPageTemplate("content"), PageBreak()] + contents(ctx, headings(body))
    return front + body


def _furniture(ctx: Context) -> Furniture:
    w, s = ctx.words, ctx.snapshot.session
    right = w("report") + (f" · {w('anonymised')}" if ctx.data.anonymous else "")
    return Furniture(
        header_left=f"{ctx.data.community.name} · {s.title}",
        header_right=w.date(s.held_on),
        footer_right=right,
        page_of=w("page_of", n="{n}"),
        continued=w("continued"),
    )


def w_date(ctx: Context) -> str:
    return ctx.words.date(ctx.snapshot.session.held_on)


def render(
    data: ReportData,
    lang: str = "nl",
    anonymous: bool = False,
    progress: Progress | None = None,
    summary: bool = False,
) -> bytes:
    """The report as PDF bytes; summary: the two-page short version."""
    report = progress or (lambda _step: None)
    if anonymous and not data.anonymous:
        data = anonymise(data, lang)
    ctx = Context(data, lang)
    report("layout")
    buffer = io.BytesIO()
    s = ctx.snapshot.session
    doc = ReportDocument(
        buffer,
        _furniture(ctx),
        ctx.st.toc1.fontSize,
        lang=ctx.lang,
        title=f"{ctx.words('report')} – {s.title}",
        subject=f"{ctx.data.community.name} · {w_date(ctx)}",
        author=f"Intervisie {__version__}",
        creator=f"Intervisie {__version__}",
        displayDocTitle=True,
        glance=lambda canvas: _draw_glance(canvas, ctx),
    )
    if summary:  # the first page is the page at a glance
        doc.pageTemplates.insert(0, doc.pageTemplates.pop(2))
    doc.build(_story(ctx, summary), canvasmaker=numbered_canvas(doc))
    return buffer.getvalue()


def _draw_glance(canvas, ctx: Context) -> str:
    draw_placemat(canvas, ctx, PAGE)
    return ctx.words("glance")


def build_report(
    data: ReportData,
    out: str | Path | BinaryIO,
    lang: str = "nl",
    anonymous: bool = False,
    progress: Progress | None = None,
    summary: bool = False,
) -> None:
    """Write the report to a file name or a binary file object. The file is written only once
    the whole PDF exists, so a failed build never leaves half a report behind."""
    pdf = render(data, lang, anonymous, progress, summary)
    if hasattr(out, "write"):
        out.write(pdf)
        return
    path = Path(out)
    tmp = private_file(path.with_name(path.name + ".part"))  # the user's only from the start
    tmp.write_bytes(pdf)
    tmp.replace(path)

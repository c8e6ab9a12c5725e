"""The placemat ("in een oogopslag"): one page for the wall that shows where the community stands
and what it will do: the model coloured by status, the accelerators with the most votes, the
chosen development path, the ambition and themes, the actions with owner and date.

    build_placemat(data, "placemat.pdf", lang="nl", size="A3")

A3 portrait by default, readable from 1.5 m: nothing under 9 pt (the figure is drawn wide enough
that its smallest label is 9 pt). A4 is the same page scaled down. Long lists are cut to what
fits, saying how many more there are; the full text is in the report.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, KeepInFrame

from app import __version__
from app.diagram.layout import compute_layout
from app.paths import private_file
from app.reports.anonymise import anonymise
from app.reports.context import Context
from app.reports.figure import model_figure
from app.reports.focus import _ordered as ordered_focus
from app.reports.fonts import BOLD, REGULAR
from app.reports.paragraph import Paragraph
from app.reports.styles import ACCENT, INK, MUTED
from app.reports.text import markup
from app.vocabulary.report_data import ReportData

SIZES = {"A3": A3, "A4": A4}
SMALLEST_TEXT = 9.0  # points at A3
TOP_FOCUS = 6
MOST_ACTIONS = 8
AMBITION_CHARS = 420


def _styles(k: float) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "pm-body",
        fontName=REGULAR,
        fontSize=11 * k,
        leading=14.5 * k,
        textColor=INK,
        spaceAfter=3 * k,
    )
    return {
        "title": ParagraphStyle(
            "pm-title",
            parent=body,
            fontName=BOLD,
            fontSize=24 * k,
            leading=29 * k,
            textColor=ACCENT,
        ),
        "sub": ParagraphStyle(
            "pm-sub", parent=body, fontSize=13 * k, leading=17 * k, textColor=MUTED
        ),
        "h": ParagraphStyle(
            "pm-h",
            parent=body,
            fontName=BOLD,
            fontSize=14 * k,
            leading=18 * k,
            textColor=ACCENT,
            spaceBefore=6 * k,
        ),
        "body": body,
        "muted": ParagraphStyle("pm-muted", parent=body, textColor=MUTED),
    }


class _Page:
    def __init__(self, ctx: Context, k: float):
        self.ctx, self.k, self.st = ctx, k, _styles(k)

    def word(self, key: str, **values) -> str:
        return self.ctx.words(key, **values)

    def more(self, n: int) -> list[Paragraph]:
        return [Paragraph(markup(self.word("more", n=n)), self.st["muted"])] if n > 0 else []

    def focus(self) -> list:
        ctx, st, w = self.ctx, self.st, self.ctx.words
        out = [Paragraph(markup(w("focus_points")), st["h"])]
        points = ordered_focus(ctx)
        voted = any(f.votes for f in points)  # "0 stemmen" six times says nothing
        for f in points[:TOP_FOCUS]:
            votes = f"<b>{markup(w.count('n_votes', f.votes))}</b> · " if voted else ""
            out.append(
                Paragraph(
                    f"{votes}{markup(f.text)} "
                    f"<font color='#5A5A5A'>({markup(ctx.short(f.element_key))})"
                    "</font>",
                    st["body"],
                )
            )
        if not points:
            out.append(Paragraph(markup(w("nothing")), st["muted"]))
        out += self.more(len(points) - TOP_FOCUS)
        s = ctx.snapshot.session
        out.append(Paragraph(markup(w("development_path")), st["h"]))
        path = ctx.model.find(ctx.model.paths, s.development_path) if s.development_path else None
        label = path.label.get(ctx.lang) if path else (s.development_path or w("not_chosen"))
        out.append(Paragraph(f"<b>{markup(label)}</b>", st["body"]))
        return out

    def plan(self) -> list:
        ctx, st, w = self.ctx, self.st, self.ctx.words
        s = ctx.snapshot
        ambition = s.session.ambition.strip()
        if len(ambition) > AMBITION_CHARS:
            ambition = ambition[:AMBITION_CHARS].rsplit(" ", 1)[0] + " …"
        out = [
            Paragraph(markup(w("ambition")), st["h"]),
            Paragraph(markup(ambition or w("nothing")), st["body"]),
        ]
        if s.themes:
            out += [
                Paragraph(markup(w("themes")), st["h"]),
                Paragraph(markup(" · ".join(ctx.theme_label(t) for t in s.themes)), st["body"]),
            ]
        out.append(Paragraph(markup(w("action_plan")), st["h"]))
        for i, a in enumerate(s.actions[:MOST_ACTIONS], start=1):
            who = a.owner or "–"
            when = f" · {w('by_date', date=w.short_date(a.due_on))}" if a.due_on else ""
            out.append(
                Paragraph(
                    f"<b>{i}. {markup(a.title)}</b><br/>"
                    f"<font color='#5A5A5A'>{markup(who + when)}</font>",
                    st["body"],
                )
            )
        if not s.actions:
            out.append(Paragraph(markup(w("nothing")), st["muted"]))
        return out + self.more(len(s.actions) - MOST_ACTIONS)


def draw_placemat(canvas: Canvas, ctx: Context, size: tuple[float, float]) -> None:
    """The placemat on the canvas's current page (also the report's page 2, see pages.py)."""
    width, height = size
    k = width / A3[0]
    page = _Page(ctx, k)
    # narrow margins: the figure's smallest label (11 of the layout's units) is 9 pt only when
    # the figure is at least 796 pt wide on A3's 842
    margin = 8 * mm * k
    s = ctx.snapshot.session
    head = [
        Paragraph(markup(f"{page.word('glance')} · {ctx.data.community.name}"), page.st["title"]),
        Paragraph(markup(f"{s.title} · {ctx.words.date(s.held_on)}"), page.st["sub"]),
    ]
    head_height = 52 * k
    Frame(
        margin,
        height - margin - head_height,
        width - 2 * margin,
        head_height,
        showBoundary=0,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    ).addFromList(head, canvas)
    layout = compute_layout(ctx.model, ctx.data.states, lang=ctx.lang)
    figure = model_figure(layout, width - 2 * margin, REGULAR, BOLD)
    top = height - margin - head_height - 4 * k
    figure.drawOn(canvas, margin, top - figure.height)
    below = top - figure.height - 6 * k - margin
    gap = 10 * mm * k
    column = (width - 2 * margin - gap) / 2
    for x, story in ((margin, page.focus()), (margin + column + gap, page.plan())):
        frame = Frame(
            x, margin, column, below, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0
        )
        # what was cut to size above fits; should a very long title still overflow, the
        # column is shrunk rather than spill over the page's edge
        frame.addFromList([KeepInFrame(column, below, story, mode="shrink")], canvas)


def placemat_bytes(
    data: ReportData, lang: str = "nl", size: str = "A3", anonymous: bool = False
) -> bytes:
    if anonymous and not data.anonymous:
        data = anonymise(data, lang)
    ctx = Context(data, lang)
    page_size = SIZES[size.upper()]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=page_size, lang=ctx.lang)
    s = ctx.snapshot.session
    canvas.setTitle(f"{ctx.words('glance')} – {s.title}")
    canvas.setSubject(data.community.name)
    canvas.setCreator(f"Intervisie {__version__}")
    draw_placemat(canvas, ctx, page_size)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def build_placemat(
    data: ReportData, out: str | Path, lang: str = "nl", size: str = "A3", anonymous: bool = False
) -> None:
    pdf = placemat_bytes(data, lang, size, anonymous)
    path = Path(out)
    tmp = private_file(path.with_name(path.name + ".part"))
    tmp.write_bytes(pdf)
    tmp.replace(path)

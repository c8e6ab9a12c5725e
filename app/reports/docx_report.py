"""The session report as a Word document (python-docx), from the very story the PDF is laid out
from: the same sections, in the same order, with the same words.

    build_docx(data, "verslag.docx", lang="nl", anonymous=False)

The PDF's flowables are walked and written as Word's own pieces: headings with Word's heading
styles (the navigation pane and a table of contents work), paragraphs with their bold and italic
runs, real tables with a repeated header row. What is drawn rather than written (the model
figure, the timeline) becomes a picture: the flowable is drawn on a page of its own and pdfium
renders that page to PNG, so no second drawing code exists. Page furniture (numbers, contents
with page numbers) is the PDF's business; Word makes its own.
"""

from __future__ import annotations

import html
import io
import re
from pathlib import Path
from typing import BinaryIO

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table

from app import __version__
from app.paths import private_file
from app.reports.anonymise import anonymise
from app.reports.blocks import Heading
from app.reports.builder import sections
from app.reports.context import Context
from app.reports.cover import cover
from app.reports.flowables import Beside
from app.reports.icons import StatusIcon
from app.reports.styles import FRAME_WIDTH, MARGIN_X
from app.reports.text import logical_order
from app.vocabulary.report_data import ReportData

PICTURE_DPI = 200
CELL_SIZE = 8.5  # points, as the PDF's table cells
SMALLEST_PICTURE = 40.0  # points: smaller drawings are markers (dots, arrows), not figures
_STYLE_OF = {
    "title": "Title",
    "subtitle": "Subtitle",
    "h1": "Heading 1",
    "h2": "Heading 2",
    "h3": "Heading 3",
}
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")


def _runs(markup: str) -> list[tuple[str, bool, bool]]:
    """(text, bold, italic) pieces of a Paragraph's markup; <br/> becomes a line break."""
    out: list[tuple[str, bool, bool]] = []
    bold = italic = 0
    pos = 0
    for m in _TAG.finditer(markup):
        if m.start() > pos:
            out.append((html.unescape(markup[pos : m.start()]), bold > 0, italic > 0))
        closing, tag = m.group(1) == "/", m.group(2).lower()
        if tag == "b":
            bold += -1 if closing else 1
        elif tag == "i":
            italic += -1 if closing else 1
        elif tag == "br":
            out.append(("\n", bold > 0, italic > 0))
        pos = m.end()
    if pos < len(markup):
        out.append((html.unescape(markup[pos:]), bold > 0, italic > 0))
    # pieces of one style joined again (a <font> tag split them) before right-to-left text is
    # put back in reading order: the order is a property of the whole line
    merged: list[tuple[str, bool, bool]] = []
    for t, b, i in out:
        if merged and t != "\n" and merged[-1][0] != "\n" and merged[-1][1:] == (b, i):
            merged[-1] = (merged[-1][0] + t, b, i)
        else:
            merged.append((t, b, i))
    return [(logical_order(t.replace("\xa0", " ")), b, i) for t, b, i in merged if t]


def _write_runs(paragraph, runs) -> None:
    for text, bold, italic in runs:
        if text == "\n":
            paragraph.add_run().add_break()
            continue
        run = paragraph.add_run(text)
        run.bold, run.italic = bold or None, italic or None


def _marker_text(marker) -> str:
    if isinstance(marker, Paragraph):
        return "".join(t for t, _b, _i in _runs(marker.text)).strip()
    if isinstance(marker, StatusIcon):
        return marker.label
    return ""


def _picture(flowable: Flowable) -> bytes | None:
    """The flowable drawn alone, as PNG; None for a small marker."""
    import pypdfium2 as pdfium

    width, height = flowable.wrap(FRAME_WIDTH, 10_000)
    if width < SMALLEST_PICTURE or height < 1:
        return None
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height))
    flowable.drawOn(canvas, 0, 0)
    canvas.showPage()
    canvas.save()
    document = pdfium.PdfDocument(buffer.getvalue())
    try:
        image = document[0].render(scale=PICTURE_DPI / 72).to_pil()
        png = io.BytesIO()
        image.save(png, format="PNG", dpi=(PICTURE_DPI, PICTURE_DPI))
        return png.getvalue()
    finally:
        document.close()


class _Writer:
    def __init__(self, document):
        self.doc = document

    def story(self, flowables, into=None) -> None:
        for f in flowables:
            self.flowable(f, into)

    def _paragraph(self, into, style: str | None = None):
        target = into if into is not None else self.doc
        if (
            into is not None
            and len(into.paragraphs) == 1
            and not into.paragraphs[0].text
            and not into.paragraphs[0].runs
        ):
            p = into.paragraphs[0]  # a new table cell has one empty paragraph: use it
            if style:
                p.style = style
            return p
        return target.add_paragraph(style=style)

    def flowable(self, f, into=None) -> None:
        if isinstance(f, Heading) and into is None:
            self.doc.add_heading(f.toc_text, level=min(f.toc_level + 1, 9))
        elif isinstance(f, Paragraph):
            style = _STYLE_OF.get(f.style.name) if into is None else None
            _write_runs(self._paragraph(into, style), _runs(f.text))
        elif isinstance(f, Beside):
            p = self._paragraph(into)
            mark = _marker_text(f.marker)
            if mark:
                p.add_run(mark + "  ")
            _write_runs(p, _runs(f.body.text))
        elif isinstance(f, Table):
            self.table(f, into)
        elif isinstance(f, (list, tuple)):
            self.story(f, into)
        elif isinstance(f, str):
            self._paragraph(into).add_run(f)
        elif hasattr(f, "_content") or hasattr(f, "_flowables"):  # KeepTogether and kin
            self.story(getattr(f, "_content", None) or getattr(f, "_flowables", []), into)
        elif type(f).__name__ not in (
            "Spacer",
            "PageBreak",
            "CondPageBreak",
            "Indenter",
            "NextPageTemplate",
            "_FrameBreak",
        ):
            png = _picture(f)
            if png is not None:
                self._paragraph(into).add_run().add_picture(
                    io.BytesIO(png), width=Pt(min(f.width, FRAME_WIDTH))
                )

    def table(self, t: Table, into=None) -> None:
        cells = t._cellvalues
        if not cells:
            return
        target = into if into is not None else self.doc
        table = target.add_table(rows=len(cells), cols=max(len(r) for r in cells))
        table.style = "Table Grid"
        widths = [w for w in (t._colWidths or []) if isinstance(w, (int, float))]
        if len(widths) == len(table.columns):  # the PDF's proportions: long words stay whole
            table.autofit = False
            scale = min(1.0, FRAME_WIDTH / sum(widths))
            for column, width in zip(table.columns, widths, strict=True):
                column.width = Pt(width * scale)  # the grid LibreOffice lays out by
        for r, row in enumerate(cells):
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                if len(widths) == len(table.columns):
                    cell.width = Pt(widths[c] * scale)
                self.flowable(value, cell)
        for run in (
            run
            for row in table.rows
            for cell in row.cells
            for p in cell.paragraphs
            for run in p.runs
        ):
            run.font.size = Pt(CELL_SIZE)
        for row in table.rows:  # a row stays on one page (one taller than a page still splits)
            keep = OxmlElement("w:cantSplit")
            keep.set(qn("w:val"), "true")
            row._tr.get_or_add_trPr().append(keep)
        if t.repeatRows:  # the header row repeats on every page Word breaks the table over
            for row in table.rows[: t.repeatRows]:
                flag = OxmlElement("w:tblHeader")
                flag.set(qn("w:val"), "true")
                row._tr.get_or_add_trPr().append(flag)
                for cell in row.cells:
                    for run in (run for p in cell.paragraphs for run in p.runs):
                        run.bold = True


def docx_bytes(data: ReportData, lang: str = "nl", anonymous: bool = False) -> bytes:
    if anonymous and not data.anonymous:
        data = anonymise(data, lang)
    ctx = Context(data, lang)
    document = Document()
    props = document.core_properties
    props.title = f"{ctx.words('report')} – {ctx.snapshot.session.title}"
    props.subject = data.community.name
    props.language = lang
    props.author = ""
    props.comments = f"Intervisie {__version__}"
    page = document.sections[0]  # A4 with the PDF's margins, so tables keep their widths
    page.page_width, page.page_height = Mm(210), Mm(297)
    page.left_margin = page.right_margin = Mm(MARGIN_X / mm)
    page.top_margin, page.bottom_margin = Mm(20), Mm(20)
    styles = document.styles
    styles["Normal"].font.name = "DejaVu Sans"
    styles["Normal"].font.size = Pt(10)
    writer = _Writer(document)
    writer.story(cover(ctx))
    writer.story(sections(ctx))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def build_docx(
    data: ReportData, out: str | Path | BinaryIO, lang: str = "nl", anonymous: bool = False
) -> None:
    """Write the Word report; a file appears only once it is complete."""
    payload = docx_bytes(data, lang, anonymous)
    if hasattr(out, "write"):
        out.write(payload)
        return
    path = Path(out)
    tmp = private_file(path.with_name(path.name + ".part"))
    tmp.write_bytes(payload)
    tmp.replace(path)

"""Page furniture: the A4 template, the running header, "Pagina 3 van 12" in the footer, the
PDF outline (bookmarks) built from the headings, and on a page that continues a section its
heading again: "1 Vertrekpunt · Visie regio (vervolg)".

Numbers not known until the last page is laid out (the page count, the page each heading lands
on) are PDF form objects: a page refers to one by name while it is drawn, and its content (the
digits) is written once the document is complete. One layout pass is enough.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    Indenter,
    PageBreak,
    PageTemplate,
    Spacer,
)
from reportlab.platypus.doctemplate import ActionFlowable

from app.reports.blocks import Heading
from app.reports.fonts import BOLD, REGULAR
from app.reports.styles import (
    ACCENT,
    FIGURE_BOX,
    FIGURE_GAP,
    FIGURE_MARGIN_BOTTOM,
    FIGURE_MARGIN_TOP,
    FIGURE_MARGIN_X,
    FIGURE_PAGE,
    FIGURE_SIDE,
    FRAME_WIDTH,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE,
    RULE,
)
from app.reports.text import plain

FURNITURE_SIZE = 7.5
CONTINUED_SIZE = 9.0
TOTAL_FORM = "page-total"
NUMBER_BOX = 30.0  # width of a form holding a page number, right-aligned inside it


def page_form(key: str) -> str:
    """The name of the form that will hold the page number of heading key."""
    return f"page-of-{key}"


@dataclass(frozen=True)
class Furniture:
    """The words around the content of every page but the first."""

    header_left: str
    header_right: str
    footer_right: str
    page_of: str  # "Pagina {n} van " – the total follows as a form
    continued: str = "(vervolg)"


def _fit(text: str, width: float, font: str = REGULAR, size: float = FURNITURE_SIZE) -> str:
    """Shorten a running-header text to width with an ellipsis (the full text is on the cover)."""
    text = plain(text)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _number_form(
    canvas: Canvas, name: str, number: int, size: float, colour, align_right: bool
) -> None:
    canvas.beginForm(name)
    canvas.setFont(REGULAR, size)
    canvas.setFillColor(colour)
    if align_right:
        canvas.drawRightString(NUMBER_BOX, 0, str(number))
    else:
        canvas.drawString(0, 0, str(number))
    canvas.endForm()


class ReportDocument(BaseDocTemplate):
    """A4 with a cover page (no header) and content pages (running header and footer);
    headings become bookmarks, and the page each lands on fills its form in the contents."""

    def __init__(self, target, furniture: Furniture, number_size: float, glance=None, **kwargs):
        """glance: draws the one page at a glance (the placemat) on a canvas, for the page
        template "glance" (no running header: the page has its own title)."""
        super().__init__(
            target,
            pagesize=PAGE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            initialFontName=REGULAR,
            **kwargs,
        )  # no unembedded Helvetica
        self.furniture, self.number_size = furniture, number_size
        self.heading_pages: dict[str, int] = {}
        self.open_section: list[str] = []  # the headings (levels 0 and 1) being continued
        self._open_at_start: tuple[str, ...] = ()
        self._starts_with_heading: dict[int, bool] = {}
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            FRAME_WIDTH,
            PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM,
            id="content",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.glance = glance
        figure_frames = [  # the side column first: the heading flows there, then the figure
            Frame(
                FIGURE_MARGIN_X + FIGURE_BOX[0] + FIGURE_GAP,
                FIGURE_MARGIN_BOTTOM,
                FIGURE_SIDE,
                FIGURE_BOX[1],
                id="figure-side",
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            ),
            Frame(
                FIGURE_MARGIN_X,
                FIGURE_MARGIN_BOTTOM,
                FIGURE_BOX[0],
                FIGURE_BOX[1],
                id="figure",
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            ),
        ]
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame], autoNextPageTemplate="content"),
                PageTemplate("content", [frame], onPage=self._furniture, onPageEnd=self._continued),
                PageTemplate(
                    "glance", [frame], onPage=self._glance, autoNextPageTemplate="content"
                ),
                PageTemplate(
                    "figure",
                    figure_frames,
                    pagesize=FIGURE_PAGE,
                    onPage=self._furniture,
                    autoNextPageTemplate="content",
                ),
            ]
        )

    def _furniture(self, canvas: Canvas, _doc) -> None:
        """Header and footer, in the margins of the page at hand (portrait or the figure's
        landscape page)."""
        f = self.furniture
        width, height = canvas._pagesize
        landscape = width > height
        left = FIGURE_MARGIN_X if landscape else MARGIN_X
        span = width - 2 * left
        canvas.saveState()
        canvas.setFont(REGULAR, FURNITURE_SIZE)
        canvas.setFillColor(MUTED)
        top = height - (FIGURE_MARGIN_TOP * 0.6 if landscape else MARGIN_TOP * 0.55)
        right = _fit(f.header_right, span * 0.3)
        canvas.drawRightString(left + span, top, right)
        room = span - stringWidth(right, REGULAR, FURNITURE_SIZE) - 12
        canvas.drawString(left, top, _fit(f.header_left, room))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, top - 4, left + span, top - 4)
        bottom = FIGURE_MARGIN_BOTTOM * 0.4 if landscape else MARGIN_BOTTOM * 0.55
        canvas.drawRightString(left + span, bottom, _fit(f.footer_right, span * 0.6))
        page_of = f.page_of.format(n=canvas.getPageNumber())
        canvas.drawString(left, bottom, page_of)
        canvas.translate(left + stringWidth(page_of, REGULAR, FURNITURE_SIZE), bottom)
        canvas.doForm(TOTAL_FORM)  # "12", written when the last page is known
        canvas.restoreState()

    def _glance(self, canvas: Canvas, _doc) -> None:
        if self.glance is not None:
            title = self.glance(canvas)
            canvas.bookmarkPage("glance")
            canvas.addOutlineEntry(plain(title), "glance", level=0)

    def handle_pageBegin(self) -> None:
        super().handle_pageBegin()
        self._open_at_start = tuple(self.open_section)

    def _continued(self, canvas: Canvas, _doc) -> None:
        """The open section's heading above a page that does not begin with a heading of its
        own. Drawn once the page is full (only then is it known what the page begins with), in
        the band between the running header and the content."""
        if not self._open_at_start or self._starts_with_heading.get(self.page, True):
            return
        text = " · ".join(self._open_at_start) + " " + self.furniture.continued
        canvas.saveState()
        canvas.setFont(BOLD, CONTINUED_SIZE)
        canvas.setFillColor(ACCENT)
        canvas.drawString(
            MARGIN_X, PAGE[1] - MARGIN_TOP + 7, _fit(text, FRAME_WIDTH, BOLD, CONTINUED_SIZE)
        )
        canvas.restoreState()

    def afterFlowable(self, flowable) -> None:
        # what a page begins with: the first flowable that prints something
        if not isinstance(flowable, (ActionFlowable, CondPageBreak, Indenter, PageBreak, Spacer)):
            self._starts_with_heading.setdefault(
                self.page, isinstance(flowable, Heading) and flowable.toc_level <= 1
            )
        if isinstance(flowable, Heading) and flowable.toc_level <= 1:
            del self.open_section[flowable.toc_level :]
            self.open_section.append(plain(flowable.toc_text))
        if isinstance(flowable, Heading):
            self.canv.addOutlineEntry(
                plain(flowable.toc_text),
                flowable.toc_key,
                level=flowable.toc_level,
                closed=flowable.toc_level > 0,
            )
            self.heading_pages.setdefault(flowable.toc_key, self.page)

    def write_numbers(self, canvas: Canvas) -> None:
        """Fill the forms, once every page is laid out (called as the canvas saves)."""
        _number_form(canvas, TOTAL_FORM, self.page, FURNITURE_SIZE, MUTED, align_right=False)
        for key, page in self.heading_pages.items():
            _number_form(canvas, page_form(key), page, self.number_size, INK, align_right=True)


def numbered_canvas(doc: ReportDocument) -> type[Canvas]:
    """A canvas that writes the document's late numbers just before it saves."""

    class NumberedCanvas(Canvas):
        def save(self):
            doc.write_numbers(self)
            super().save()

    return NumberedCanvas

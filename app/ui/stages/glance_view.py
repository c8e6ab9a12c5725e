"""The page at a glance (the placemat, the report's page 2) on screen: the same page the wall
gets, drawn by the report's own code and shown scaled to the room it has, so what the group
sees at the closing is what it will find in the report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy

from app.ui.widgets.pdf_page import first_page_image

RENDER_WIDTH_PX = 1600  # rendered once at this width, scaled down to the widget smoothly


def placemat_pdf(read, session_id: int, lang: str) -> bytes:
    """read: the session controller's read (a refusal raises, for its guarded slot)."""
    from app.reports.placemat import placemat_bytes
    from app.services.report_data import report_data

    return placemat_bytes(read(report_data, session_id), lang=lang, size="A4")


def page_text(pdf: bytes) -> str:
    """The page's text, for a screen reader (the picture alone says nothing to it)."""
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(pdf)[0]
    return page.get_textpage().get_text_range()


class GlanceView(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(self.tr("The page at a glance"))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(120, 170)
        self._image: QImage | None = None
        self.text_shown = ""

    def show_session(self, read, session_id: int, lang: str) -> None:
        self.show_pdf(placemat_pdf(read, session_id, lang))

    def show_pdf(self, pdf: bytes, width_px: int = RENDER_WIDTH_PX) -> None:
        """Show the page of pdf; its text is what a screen reader (and a check) is given."""
        self._image = first_page_image(pdf, width_px)
        self.text_shown = page_text(pdf)
        self.setAccessibleDescription(self.text_shown)
        self._fit()

    def _fit(self) -> None:
        if self._image is None or self.width() < 2 or self.height() < 2:
            return
        pixmap = QPixmap.fromImage(self._image).scaled(
            self.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.setPixmap(pixmap)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

"""A PDF page as a QImage, rendered by pdfium (PySide6-Essentials has no QtPdf): for printing
the report's pages and for showing the page at a glance on screen."""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtGui import QImage


def page_image(page, scale: float) -> QImage:
    """One pdfium page at scale (1 = 72 dpi) as a QImage of its own."""
    bitmap = page.render(scale=scale, rev_byteorder=True)  # RGB(A) byte order, as Qt reads it
    image = QImage(
        bitmap.buffer,
        bitmap.width,
        bitmap.height,
        bitmap.stride,
        QImage.Format.Format_RGBX8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888,
    )
    return image.copy()  # detached from pdfium's buffer, which goes with the bitmap


def first_page_image(pdf: bytes, width_px: int) -> QImage:
    """The first page of pdf, width_px wide."""
    document = pdfium.PdfDocument(pdf)
    page = document[0]
    return page_image(page, width_px / page.get_width())

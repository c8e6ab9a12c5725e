"""Printing the report itself: the PDF's pages, rendered by pdfium, painted onto a QPrinter.

PySide6-Essentials has no QtPdf, so the pages are rasterised with pypdfium2 at the printer's
resolution (at most PRINT_DPI, enough for 9 pt text and the model's hairlines) and drawn full-page.
(A hidden text layer beneath the pictures was tried and dropped: CUPS runs a job through
Ghostscript, which turns text into glyph drawings without their characters anyway.)

The painting may run on a worker thread: QPainter on a QPrinter is allowed outside the GUI thread.
Between pages the job asks `go_on(done, total)`; False stops it and the printer drops the job.

    pages = print_pdf(pdf_bytes, printer, go_on=lambda done, total: True)
"""

from __future__ import annotations

from collections.abc import Callable

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from app.ui.widgets.pdf_page import page_image

PRINT_DPI = 300
POINTS_PER_INCH = 72.0


class PrintFailed(Exception):
    """The printer refused the job (it is gone, or the spooler said no)."""


def page_count(pdf: bytes) -> int:
    return len(pdfium.PdfDocument(pdf))


def chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """0-based indexes of the pages the user chose in the dialog (all when none were chosen),
    in the order asked for, within the document."""
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges().toRangeList()
        if ranges:
            return [n - 1 for r in ranges for n in range(r.from_, r.to + 1) if 1 <= n <= count]
        first, last = printer.fromPage(), printer.toPage()
        if first:
            return [n - 1 for n in range(first, (last or count) + 1) if 1 <= n <= count]
    return list(range(count))


def _page_layout(width_pt: float, height_pt: float) -> QPageLayout:
    """The printer's page as the PDF's page, without margins: a report laid out for A4 prints
    on A4 at 100 %, not shrunk into the printer's default margins."""
    size = QPageSize(
        QSizeF(width_pt, height_pt), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch
    )
    orientation = (
        QPageLayout.Orientation.Landscape
        if width_pt > height_pt
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))


def print_pdf(
    pdf: bytes, printer: QPrinter, go_on: Callable[[int, int], bool] | None = None
) -> int:
    """Print the chosen pages of pdf on printer; returns how many were sent (fewer when go_on
    said stop, and then the job is aborted). Raises PrintFailed when the printer will not start."""
    go_on = go_on or (lambda _done, _total: True)
    document = pdfium.PdfDocument(pdf)
    try:
        pages = chosen_pages(printer, len(document))
        if not pages:
            return 0
        first = document[pages[0]]
        printer.setFullPage(True)
        printer.setPageLayout(_page_layout(*first.get_size()))
        # the spooler makes the copies when it can; otherwise every page is painted again
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        sequence = pages * copies
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed(printer.printerName())
        done = 0
        try:
            for index in sequence:
                if not go_on(done, len(sequence)):
                    printer.abort()
                    return done
                if done:
                    printer.newPage()
                _paint_page(painter, printer, document[index])
                done += 1
            go_on(done, len(sequence))
        finally:
            painter.end()
        return done
    finally:
        document.close()


def _paint_page(painter: QPainter, printer: QPrinter, page) -> None:
    dpi = min(printer.resolution(), PRINT_DPI)
    scale = dpi / POINTS_PER_INCH
    target = printer.paperRect(QPrinter.Unit.DevicePixel)
    width, height = page.get_size()
    painter.save()
    painter.translate(target.topLeft())
    room_w, room_h = target.width(), target.height()
    if (width > height) != (room_w > room_h):
        # a landscape page (the model figure's) on portrait paper: turned a quarter clockwise
        # to fill the sheet, as printers do, instead of shrunk to a strip
        painter.translate(room_w, 0)
        painter.rotate(90)
        room_w, room_h = room_h, room_w
    # device pixels per rendered pixel, the same both ways: the page keeps its proportions
    factor = min(room_w / (width * scale), room_h / (height * scale))
    painter.scale(factor, factor)
    painter.drawImage(QRectF(0, 0, width * scale, height * scale), page_image(page, scale))
    painter.restore()
    page.close()


def printer_named(name: str | None) -> QPrinter:
    """A printer by its system name, or the system's default one. LookupError (with the names
    there are) when there is no such printer, or none at all."""
    from PySide6.QtPrintSupport import QPrinterInfo

    info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()
    if info.isNull():
        names = QPrinterInfo.availablePrinterNames()
        there = ("the printers here: " + ", ".join(names)) if names else "no printer is set up"
        asked = f"no printer named {name!r}" if name else "no default printer"
        raise LookupError(f"{asked}; {there}")
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def send_to_printer(
    pdf: bytes, printer_name: str | None, copies: int, title: str
) -> tuple[int, str]:
    """`intervisie print`: the same path as Print… without a window. Returns (pages sent, the
    printer's name); LookupError for a printer that is not there, OSError when it refuses."""
    import os
    import sys

    from PySide6.QtGui import QGuiApplication

    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a terminal without a desktop
    app = QGuiApplication.instance() or QGuiApplication(["intervisie"])
    printer = printer_named(printer_name)
    printer.setCopyCount(max(1, copies))
    printer.setDocName(title)
    try:
        sent = print_pdf(pdf, printer)
    except PrintFailed as exc:
        raise OSError(f"the printer {exc} did not take the job") from exc
    del app  # kept alive until here: QPrinter needs the application
    return sent, printer.printerName()

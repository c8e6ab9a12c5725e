"""Helpers for the report tests: build a session's PDF and read its text back."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from app.reports.builder import render
from app.reports.styles import MARGIN_BOTTOM, MARGIN_TOP, PAGE
from app.services.report_data import report_data


def norm(text: str) -> str:
    """Whitespace folded: long text wraps across lines and cells in the PDF."""
    return re.sub(r"\s+", " ", text).strip()


def _body(page) -> str:
    """The text inside the content frame: without the running header and the page footer, so a
    paragraph continued on the next page reads as one."""
    pieces: list[str] = []

    def visit(text, cm, tm, _font, _size):
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if MARGIN_BOTTOM - 1 <= y <= PAGE[1] - MARGIN_TOP + 1:
            pieces.append(text)

    page.extract_text(visitor_text=visit)
    return "".join(pieces)


def pdf_pages(pdf: bytes, body_only: bool = False) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [norm(_body(p) if body_only else p.extract_text()) for p in reader.pages]


def pdf_text(pdf: bytes) -> str:
    """The report's running text, page after page, without headers and footers."""
    return " ".join(pdf_pages(pdf, body_only=True))


def report(store, session_id: int, **options) -> bytes:
    return render(report_data(store, session_id), **options)

"""The report's file formats, chosen by the file name: PDF (builder.py) or Word (docx_report.py).

write_report(data, "verslag.docx", lang="nl", anonymous=False)
"""

from __future__ import annotations

from pathlib import Path

from app.reports import builder

FORMATS = (".pdf", ".docx")


def write_report(
    data,
    out: str | Path,
    lang: str = "nl",
    anonymous: bool = False,
    progress=None,
    summary: bool = False,
) -> None:
    """ValueError for a name that ends in neither .pdf nor .docx, or a summary asked as Word
    (the summary's first page is a drawing for paper: PDF only)."""
    kind = Path(out).suffix.lower()
    if summary and kind != ".pdf":
        raise ValueError("the two-page summary is written as PDF: choose a file ending in .pdf")
    if kind == ".docx":
        from app.reports.docx_report import build_docx

        if progress:
            progress("layout")
        build_docx(data, out, lang=lang, anonymous=anonymous)
    elif kind == ".pdf":
        builder.build_report(
            data, out, lang=lang, anonymous=anonymous, progress=progress, summary=summary
        )
    else:
        raise ValueError(f"choose a file ending in {' or '.join(FORMATS)}")

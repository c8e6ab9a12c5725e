"""What leaves the room, in-process: the demo report as PDF and Word, the community's action list
as XLSX, the placemat, each against a bare reportlab canvas writing a PDF of the same number of
pages in the same process and run (the ratio is what the app adds to reportlab; target <= 3x).

Run: python -m benchmarks.outputs [runs]
"""

from __future__ import annotations

import sys

from benchmarks.common import median_ms, print_table, temp_db

DOCX_TARGET_MS = 2500  # the figure is drawn once and rendered to PNG for Word
XLSX_TARGET_MS = 500
PLACEMAT_TARGET_MS = 500
TARGET_RATIO = 3.0


def bare_pdf(pages: int) -> bytes:
    """reportlab at its plainest: the built-in font on a canvas, 60 lines a page."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    c = Canvas(buffer)
    for page in range(pages):
        c.setFont("Helvetica", 10)
        for line in range(60):
            c.drawString(56, 800 - 12 * line, f"Pagina {page + 1}, regel {line + 1}: verslag")
        c.showPage()
    c.save()
    return buffer.getvalue()


def measure(runs: int = 7) -> dict:
    from app.reports.actions_sheet import xlsx_bytes
    from app.reports.builder import render
    from app.reports.docx_report import docx_bytes
    from app.reports.placemat import placemat_bytes
    from app.services import sessions
    from app.services.action_list import action_list
    from app.services.bootstrap import open_database
    from app.services.report_data import report_data

    store = open_database(str(temp_db("outputs.db")))
    try:
        demo = sessions.list_sessions(store)[-1]
        data = report_data(store, demo.id)
        actions = action_list(store, community_id=demo.community_id)
    finally:
        store.close()
    import io

    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(render(data))).pages)
    return {
        "pages": pages,
        "bare_ms": median_ms(lambda: bare_pdf(pages), runs=runs, warmup=1),
        "bare_one_ms": median_ms(lambda: bare_pdf(1), runs=runs, warmup=1),
        "pdf_ms": median_ms(lambda: render(data), runs=runs, warmup=1),
        "docx_ms": median_ms(lambda: docx_bytes(data), runs=runs, warmup=1),
        "xlsx_ms": median_ms(lambda: xlsx_bytes(actions), runs=runs, warmup=1),
        "placemat_ms": median_ms(lambda: placemat_bytes(data), runs=runs, warmup=1),
    }


def _ratio(label: str, ms: float, bare: float) -> tuple:
    return (
        f"  / bare reportlab ({bare:.0f} ms) {label}",
        f"{ms / bare:.1f}x",
        f"<= {TARGET_RATIO:.0f}x",
        ms / bare <= TARGET_RATIO,
    )


def rows(r: dict) -> list:
    bare, one = r["bare_ms"], r["bare_one_ms"]
    return [
        ("outputs: demo report as PDF", f"{r['pdf_ms']:.0f} ms", "", None),
        _ratio(f"{r['pages']} p.", r["pdf_ms"], bare),
        _ratio(f"{r['pages']} p., Word", r["docx_ms"], bare),
        _ratio("1 p., XLSX", r["xlsx_ms"], one),
        _ratio("1 p., placemat", r["placemat_ms"], one),
        (
            "outputs: demo report as Word",
            f"{r['docx_ms']:.0f} ms",
            f"< {DOCX_TARGET_MS} ms",
            r["docx_ms"] < DOCX_TARGET_MS,
        ),
        (
            "outputs: demo action list as XLSX",
            f"{r['xlsx_ms']:.0f} ms",
            f"< {XLSX_TARGET_MS} ms",
            r["xlsx_ms"] < XLSX_TARGET_MS,
        ),
        (
            "outputs: demo placemat (A3)",
            f"{r['placemat_ms']:.0f} ms",
            f"< {PLACEMAT_TARGET_MS} ms",
            r["placemat_ms"] < PLACEMAT_TARGET_MS,
        ),
    ]


def main(runs: int = 7) -> int:
    r = measure(runs)
    print(f"Outputs build time, median of {runs} runs:")
    print_table(rows(r))
    return 0 if all(met for *_x, met in rows(r) if met is not None) else 1


if __name__ == "__main__":
    sys.exit(main(*(int(a) for a in sys.argv[1:2])))

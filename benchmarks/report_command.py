"""What leaves the room, as a user runs it: `intervisie report` (PDF and Word), `intervisie
actions` (XLSX) and `intervisie placemat`, each a fresh process (imports, fonts, reading the
database, layout, writing the file), against a bare reportlab script that writes a PDF of the
same number of pages in a fresh process, measured in the same run.

Run: python -m benchmarks.report_command [runs]

The ratio says what the app adds on top of reportlab itself; the target is at most 3x.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from benchmarks.common import print_table, temp_db

TARGET_RATIO = 3.0

# A page of running text per page, as plain as reportlab goes: the built-in font, a canvas
BARE = """
import sys
from reportlab.pdfgen.canvas import Canvas
c = Canvas(sys.argv[2])
for page in range(int(sys.argv[1])):
    c.setFont("Helvetica", 10)
    for line in range(60):
        c.drawString(56, 800 - 12 * line, f"Pagina {page + 1}, regel {line + 1}: tekst van het verslag")
    c.showPage()
c.save()
"""

# name, the command's arguments after `intervisie`, its file; pages: of its PDF, or of the PDF
# report for Word (the same sections), or one for a sheet
OUTPUTS = (
    ("report as PDF", ["report", "--session", "1", "--out"], "verslag.pdf"),
    ("report as Word", ["report", "--session", "1", "--out"], "verslag.docx"),
    ("action list as XLSX", ["actions", "--session", "1", "--out"], "acties.xlsx"),
    ("placemat (A3)", ["placemat", "--session", "1", "--out"], "placemat.pdf"),
)


def _seconds(argv: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def _pages(path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def measure(runs: int = 3) -> dict:
    from app.services.bootstrap import open_database

    db = temp_db("command.db")
    open_database(str(db)).close()  # the demo, as the app's first start makes it
    app = [sys.executable, "-m", "app", "--database", str(db)]
    results = []
    report_pages = 1
    for name, args, file_name in OUTPUTS:
        out = db.with_name(file_name)
        command = [*app, *args, str(out)]
        _seconds(command)  # warm the file cache once, for both sides alike
        if out.suffix == ".pdf":
            pages = _pages(out)
            report_pages = pages if name == "report as PDF" else report_pages
        else:
            pages = report_pages if out.suffix == ".docx" else 1
        bare = [sys.executable, "-c", BARE, str(pages), str(db.with_name("bare.pdf"))]
        _seconds(bare)
        # interleaved, so a busy moment of the machine falls on both sides alike
        app_s, bare_s = [], []
        for _ in range(runs):
            app_s.append(_seconds(command))
            bare_s.append(_seconds(bare))
        a, b = statistics.median(app_s), statistics.median(bare_s)
        results.append({"name": name, "pages": pages, "command_s": a, "bare_s": b, "ratio": a / b})
    return {"outputs": results}


def rows(r: dict) -> list:
    out = []
    for x in r["outputs"]:
        out += [
            (
                f"command: {x['name']} ({x['pages']} p.)",
                f"{x['command_s'] * 1000:.0f} ms",
                "",
                None,
            ),
            (
                f"  / bare reportlab, {x['pages']} p. ({x['bare_s'] * 1000:.0f} ms)",
                f"{x['ratio']:.2f}x",
                f"<= {TARGET_RATIO:.0f}x",
                x["ratio"] <= TARGET_RATIO,
            ),
        ]
    return out


def main(runs: int = 3) -> int:
    r = measure(runs)
    print(f"Output commands against bare reportlab, median of {runs} runs:")
    print_table(rows(r))
    return 0 if all(x["ratio"] <= TARGET_RATIO for x in r["outputs"]) else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3))

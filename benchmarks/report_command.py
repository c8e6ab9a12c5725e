"""The `intervisie report` command as a user runs it (a fresh process: imports, fonts, reading
the database, layout, writing the file) against a bare reportlab script that writes a PDF of
the same number of pages in a fresh process, measured in the same run.

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


def _seconds(argv: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def measure(runs: int = 3) -> dict:
    from pypdf import PdfReader

    from app.services.bootstrap import open_database

    db = temp_db("command.db")
    open_database(str(db)).close()  # the demo, as the app's first start makes it
    out = db.with_name("verslag.pdf")
    command = [
        sys.executable,
        "-m",
        "app",
        "report",
        "--session",
        "1",
        "--out",
        str(out),
        "--database",
        str(db),
    ]
    _seconds(command)  # warm the file cache once, for both sides alike
    pages = len(PdfReader(str(out)).pages)
    bare = [sys.executable, "-c", BARE, str(pages), str(db.with_name("bare.pdf"))]
    _seconds(bare)
    app_s = statistics.median(_seconds(command) for _ in range(runs))
    bare_s = statistics.median(_seconds(bare) for _ in range(runs))
    return {"pages": pages, "command_s": app_s, "bare_s": bare_s, "ratio": app_s / bare_s}


def rows(r: dict) -> list:
    return [
        (f"report command, demo ({r['pages']} pages)", f"{r['command_s'] * 1000:.0f} ms", "", None),
        ("bare reportlab script, same pages", f"{r['bare_s'] * 1000:.0f} ms", "", None),
        (
            "report command / bare reportlab",
            f"{r['ratio']:.2f}x",
            f"<= {TARGET_RATIO:.0f}x",
            r["ratio"] <= TARGET_RATIO,
        ),
    ]


def main(runs: int = 3) -> int:
    r = measure(runs)
    print(f"The report command against bare reportlab, median of {runs} runs:")
    print_table(rows(r))
    return 0 if r["ratio"] <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3))

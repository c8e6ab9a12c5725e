"""`intervisie report` to a PDF loads what a PDF needs and no more: the three DejaVu faces, the
3 MB symbol face only when a text holds a character DejaVu lacks; no Word, spreadsheet, chart or
Qt library; the right-to-left shaping only for right-to-left text; the optional sections only
when asked for."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.services import sessions, vertrekpunt
from app.services.bootstrap import open_database

ROOT = Path(__file__).resolve().parent.parent
LIBRARIES = ("docx", "openpyxl", "pyqtgraph", "PySide6", "arabic_reshaper", "bidi")
# the report's own modules a plain PDF does without: Word, the action sheet, the optional
# sections on the model's uses (the projects overlay, timeline charts, comparison figures)
OPTIONAL = (
    "app.reports.docx_report",
    "app.reports.actions_sheet",
    "app.reports.uses",
    "app.reports.uses_time",
    "app.reports.timeline_chart",
    "app.diagram.overlay",
)

PROBE = r"""
import json, sys
from app.main import main
code = main(sys.argv[1:])
from reportlab.pdfbase import pdfmetrics
print(json.dumps({
    "code": code,
    "faces": sorted(n for n in pdfmetrics.getRegisteredFontNames()
                    if n.startswith(("DejaVu", "Symbola"))),
    "libraries": sorted({m.split(".")[0] for m in sys.modules} & set(LIBRARIES)),
    "optional": sorted(set(sys.modules) & set(OPTIONAL)),
}))
""".replace("LIBRARIES", repr(LIBRARIES)).replace("OPTIONAL", repr(OPTIONAL))


def _report(db: Path, out: Path) -> dict:
    argv = ["report", "--session", "1", "--out", str(out), "--database", str(db)]
    r = subprocess.run(
        [sys.executable, "-c", PROBE, *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=300,
        check=False,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    return json.loads(r.stdout.strip().splitlines()[-1])


def test_a_pdf_report_loads_only_the_faces_and_libraries_it_needs(tmp_path):
    db, out = tmp_path / "x.db", tmp_path / "r.pdf"
    open_database(str(db)).close()  # the first start makes the demo
    plain = _report(db, out)
    assert plain["code"] == 0 and out.stat().st_size > 0
    assert plain["faces"] == ["DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"]
    assert plain["libraries"] == [] and plain["optional"] == []

    store = open_database(str(db))
    try:
        vertrekpunt.add_observation(store, 1, "monitoring", "Goed 🙂 gedaan")
        sessions.add_participant(store, 1, "محمد العلي", "Terra", "onderwijs")
    finally:
        store.close()
    more = _report(db, out)
    assert "Symbola" in more["faces"]  # the emoji needs it
    assert more["libraries"] == ["arabic_reshaper", "bidi"]  # the name needs these

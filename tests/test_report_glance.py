"""The page at a glance is the report's page 2, and a two-page summary (the page at a glance and
the action plan) can be asked for on the command line and in the report options."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from app.main import main
from app.services.bootstrap import open_database
from app.ui.shell.report_actions import export_pdf
from app.ui.shell.report_options import ReportOptions
from tests.report_tools import pdf_pages, report


def test_page_two_is_the_page_at_a_glance_with_a_bookmark(demo_store, demo_session_id):
    pdf = report(demo_store, demo_session_id)
    pages = pdf_pages(pdf)
    assert pages[1].startswith("In een oogopslag · Gebiedscoöperatie Westerkwartier")
    assert "Versnellers" in pages[1] and "Actieplan" in pages[1]
    assert "Relevante innovatieprojecten binnen de Groene Motor" in pages[1]
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.outline[0].title == "In een oogopslag"
    assert reader.get_destination_page_number(reader.outline[0]) == 1
    # the contents follow it, the sections after them
    assert "Inhoud" in pages[2]


def test_summary_from_the_command_line_is_two_pages(tmp_path, capsys):
    db = tmp_path / "x.db"
    open_database(str(db)).close()
    out = tmp_path / "kort.pdf"
    assert (
        main(["report", "--session", "1", "--out", str(out), "--summary", "--database", str(db)])
        == 0
    )
    pages = pdf_pages(out.read_bytes())
    assert len(pages) == 2
    assert pages[0].startswith("In een oogopslag")
    assert "4 Aanpak" in pages[1] and "Actieplan" in pages[1]
    assert "1 Vertrekpunt" not in " ".join(pages)
    # Word has no summary: refused in plain words, nothing written
    word = tmp_path / "kort.docx"
    assert (
        main(["report", "--session", "1", "--out", str(word), "--summary", "--database", str(db)])
        == 1
    )
    assert "--summary is written as PDF" in capsys.readouterr().err
    assert not word.exists()


def test_summary_from_the_report_options(qtbot, demo_store, demo_session_id, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    options = ReportOptions(demo_store, demo_session_id, parent)
    qtbot.addWidget(options)
    options.summary.setFocus()
    QTest.keyClick(options.summary, Qt.Key.Key_Space)
    assert options.summary.isChecked()
    path = tmp_path / "kort.pdf"
    exporter = export_pdf(
        parent,
        demo_store,
        demo_session_id,
        path,
        summary=options.summary.isChecked(),
        **options.values(),
    )
    with qtbot.waitSignal(exporter.finished, timeout=30000):
        pass
    assert len(pdf_pages(path.read_bytes())) == 2

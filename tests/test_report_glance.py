"""The page at a glance is the report's page 2, and a two-page summary (the page at a glance and
the action plan) can be asked for on the command line and in the report options."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from app.main import main
from app.reports.context import Context
from app.services import aanpak, focus, sessions
from app.services.bootstrap import open_database
from app.services.report_data import report_data
from app.ui.shell.report_actions import export_pdf
from app.ui.shell.report_options import ReportOptions
from tests.report_tools import norm, pdf_pages, report


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


def _smallest(page) -> float:
    """The smallest text size drawn on a page: font size times the text and drawing scale, so
    a page or figure drawn smaller shows."""
    sizes: list[float] = []

    def visit(text, cm, tm, _font, size):
        if text.strip():
            sizes.append(size * (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5)

    page.extract_text(visitor_text=visit)
    return min(sizes)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_page_two_is_laid_out_for_a4_with_every_item_at_7_points(demo_store, demo_session_id, lang):
    """The page at a glance in the report is an A4 page of its own, not the A3 placemat
    shrunk (which put its figure's labels at 6.4 pt): nothing under 7 pt, and all it promises."""
    points = focus.list_focus_points(demo_store, demo_session_id)
    for votes, point in zip((7, 5, 3), points[3:6], strict=True):
        focus.update_focus_point(demo_store, point.id, votes=votes)
    aanpak.add_action(
        demo_store, demo_session_id, "Mapping van partijen", owner="Hanze", due_on=date(2019, 9, 1)
    )
    sessions.update_session(demo_store, demo_session_id, development_path="complex-opschalen")
    pdf = report(demo_store, demo_session_id, lang=lang)
    page = PdfReader(io.BytesIO(pdf)).pages[1]
    assert _smallest(page) >= 7.0 - 0.01
    text = norm(page.extract_text())
    data = report_data(demo_store, demo_session_id)
    ctx = Context(data, lang)
    w, s = ctx.words, data.snapshot
    # the model by status: every element with its status number (the figure's boxes)
    for key in ctx.model.element_keys():
        a = s.assessments.get(key)
        number = str(a.status) if a and a.status is not None else "–"
        assert f"{norm(ctx.short(key))} {number}" in text, key
    # the accelerators with the most votes, most first, with their votes
    top = sorted(s.focus_points, key=lambda f: -f.votes)[:3]
    at = [text.index(f"{w.count('n_votes', f.votes)} · {norm(f.text)[:25]}") for f in top]
    assert at == sorted(at)
    path = ctx.model.find(ctx.model.paths, s.session.development_path)
    assert norm(path.label.get(ctx.lang)) in text
    assert norm(s.session.ambition)[:80] in text
    for theme in s.themes:
        assert norm(ctx.theme_label(theme)) in text
    for a in s.actions:
        assert norm(a.title) in text and norm(a.owner) in text
    when = w("by_date", date=w.short_date(date(2019, 9, 1)))
    assert norm(f"Hanze · {when}") in text

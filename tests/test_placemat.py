"""The placemat ("in een oogopslag"): one page, A3 by default, nothing under 9 pt at A3, with the
model, the top accelerators with their votes, the path, the ambition and themes, the actions."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from app.main import main
from app.reports.placemat import SMALLEST_TEXT, TOP_FOCUS, placemat_bytes
from app.services import focus, snapshot, vertrekpunt
from app.services.bootstrap import open_database
from app.services.report_data import report_data
from tests.report_tools import norm


def text_sizes(pdf: bytes) -> tuple[str, list[float]]:
    """The page's text and the size every piece of it is drawn at (font size times the
    text and drawing scale, so shrinking to fit would show)."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    sizes: list[float] = []
    pieces: list[str] = []

    def visit(text, cm, tm, _font, size):
        if text.strip():
            sizes.append(size * abs(tm[3]) * abs(cm[3]))
            pieces.append(text)

    page.extract_text(visitor_text=visit)
    return norm(" ".join(pieces)), sizes


def test_the_placemat_is_one_a3_page_readable_from_a_distance(demo_store, demo_session_id):
    points = focus.list_focus_points(demo_store, demo_session_id)
    for votes, point in zip((7, 5, 3), points[3:6], strict=True):
        focus.update_focus_point(demo_store, point.id, votes=votes)
    demo = snapshot.session_snapshot(demo_store, demo_session_id)
    pdf = placemat_bytes(report_data(demo_store, demo_session_id))
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 1191)  # A3
    text, sizes = text_sizes(pdf)
    assert min(sizes) >= SMALLEST_TEXT - 0.01, min(sizes)
    assert "In een oogopslag · Gebiedscoöperatie Westerkwartier" in text
    # the most-voted accelerators first, with their votes
    top = sorted(demo.focus_points, key=lambda f: -f.votes)[:3]
    assert [f.votes for f in top] == [7, 5, 3]
    at = [text.index(f"{f.votes} stemmen · {norm(f.text)[:30]}") for f in top]
    assert at == sorted(at)
    assert f"en nog {len(demo.focus_points) - TOP_FOCUS} – zie het verslag" in text
    for a in demo.actions:
        assert norm(a.title) in text and norm(a.owner) in text
    assert "Ambitie" in text and "Innovatiethema's" in text and "Ontwikkelpad" in text
    assert "Visie regio" in text  # the model's own labels, drawn


def test_placemat_command_a4_in_english(tmp_path, capsys):
    db = tmp_path / "x.db"
    open_database(str(db)).close()
    out = tmp_path / "placemat.pdf"
    assert (
        main(
            [
                "placemat",
                "--session",
                "1",
                "--out",
                str(out),
                "--size",
                "A4",
                "--lang",
                "en",
                "--database",
                str(db),
            ]
        )
        == 0
    )
    assert f"written: {out}" in capsys.readouterr().out
    reader = PdfReader(str(out))
    box = reader.pages[0].mediabox
    assert len(reader.pages) == 1 and round(float(box.width)) == 595
    text, _sizes = text_sizes(out.read_bytes())
    assert "At a glance" in text and "Action plan" in text
    assert main(["placemat", "--session", "5", "--out", str(out), "--database", str(db)]) == 1
    assert "there is no session 5" in capsys.readouterr().err


def test_export_placemat_from_the_session_menu(
    qtbot, demo_store, demo_session_id, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog, QMenu

    from app.ui.common.settings import Settings
    from app.ui.shell.session_page import SessionPage

    page = SessionPage(demo_store, demo_session_id, Settings(str(tmp_path / "s.ini")))
    qtbot.addWidget(page)
    out = tmp_path / "muur"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF"))
    menu = QMenu()
    page.fill_menu(menu)
    action = next(a for a in menu.actions() if a.text().replace("&", "") == "Export placemat (A3)…")
    action.trigger()
    reader = PdfReader(str(tmp_path / "muur.pdf"))
    assert len(reader.pages) == 1 and round(float(reader.pages[0].mediabox.height)) == 1191


def _marker_ops(monkeypatch, data, size: str) -> tuple[list, str]:
    """The shapes drawn over the placemat's figure, and the page's text."""
    from app.diagram import paint
    from app.reports import placemat

    drawn: list = []
    real = placemat.model_figure

    def figure(layout, width, *args, extra=(), **kwargs):
        drawn.extend(op for op in extra if isinstance(op, (paint.Dot, paint.Poly)))
        return real(layout, width, *args, extra=extra, **kwargs)

    monkeypatch.setattr(placemat, "model_figure", figure)
    text, _sizes = text_sizes(placemat_bytes(data, size=size))
    return drawn, text


@pytest.mark.parametrize("size", ["A3", "A4"])
def test_the_questions_sit_on_the_band_of_the_placemat(
    demo_store, demo_session_id, monkeypatch, size
):
    """Each regional question with a place is a marker on the figure's growth band, shaped by
    its type, with the note that says what the shapes mean; without questions, neither."""
    placed = [
        o
        for o in vertrekpunt.list_observations(demo_store, demo_session_id, "vraagstukken")
        if o.transition is not None
    ]
    assert placed  # the worked example has its questions on the band
    drawn, text = _marker_ops(monkeypatch, report_data(demo_store, demo_session_id), size)
    assert len(drawn) == len(placed)
    assert "een rondje is enkelvoudig, een vierkantje gecompliceerd" in text
    for o in placed:
        vertrekpunt.update_observation(demo_store, o.id, transition=None)
    drawn, text = _marker_ops(monkeypatch, report_data(demo_store, demo_session_id), size)
    assert drawn == [] and "een rondje is enkelvoudig" not in text

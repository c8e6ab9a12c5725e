"""The Session menu: the report as PDF and the model as PNG/SVG, from the window."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMenu

from app.ui.common.settings import Settings
from app.ui.shell.session_page import SessionPage


@pytest.fixture
def page(qtbot, demo_store, demo_session_id, tmp_path):
    p = SessionPage(demo_store, demo_session_id, Settings(str(tmp_path / "s.ini")))
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    return p


def _menu(page) -> dict:
    menu = QMenu()
    page.fill_menu(menu)
    return {a.text().replace("&", ""): a for a in menu.actions() if a.text()}, menu


def test_export_report_from_the_menu(page, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "verslag.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF"))
    actions, _menu_keep = _menu(page)
    actions["Export report as PDF…"].trigger()
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0, timeout=20_000)
    qtbot.waitUntil(lambda: not page.report_exporter.busy, timeout=20_000)
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Westerkwartier" in text


@pytest.mark.parametrize("kind", ["png", "svg"])
def test_save_the_model_as_a_picture(page, tmp_path, monkeypatch, kind):
    out = tmp_path / f"model.{kind}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), kind))
    actions, _menu_keep = _menu(page)
    actions[f"Save the model as {kind.upper()}…"].trigger()
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG") if kind == "png" else b"<svg" in data[:500]


def test_export_with_options_adds_the_chosen_sections(page, qtbot, tmp_path, monkeypatch):
    from app.ui.shell.report_options import ReportOptions

    out = tmp_path / "opties.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF"))

    def accept(self):
        self.language.setCurrentIndex(self.language.findData("en"))
        self.sections["include_groenpact"].setChecked(True)
        self.anonymous.setChecked(True)
        return 1

    monkeypatch.setattr(ReportOptions, "exec", accept)
    actions, _menu_keep = _menu(page)
    actions["Export report with options…"].trigger()
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0, timeout=20_000)
    qtbot.waitUntil(lambda: not page.report_exporter.busy, timeout=20_000)
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "GroenPact" in text and "Starting point" in text
    assert "Coördinator gebiedscoöperatie" not in text

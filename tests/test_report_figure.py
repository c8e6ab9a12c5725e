"""The model figure in a PDF: it renders, has the asked width, and its text names the elements."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from app.diagram.layout import compute_layout
from app.modeldef import current_definition
from app.reports.figure import model_figure
from app.vocabulary.dto import ElementState

MODEL = current_definition()


def _text_of(pdf_path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(pdf_path).pages))


@pytest.mark.parametrize("lang,high_contrast", [("nl", False), ("en", True)])
def test_figure_renders_into_a_pdf_with_the_element_labels(tmp_path, lang, high_contrast):
    states = {k: ElementState(k, (i % 5) + 1, i) for i, k in enumerate(MODEL.element_keys()[:-2])}
    layout = compute_layout(MODEL, states, lang, high_contrast)
    width = A4[0] - 144
    figure = model_figure(layout, width)
    assert figure.width == pytest.approx(width)
    assert figure.height == pytest.approx(layout.height * width / layout.width)
    path = tmp_path / "figure.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([figure])
    text = _text_of(path)
    for e in layout.elements:
        for line in e.label.lines:
            assert line in text, line
    for level in [MODEL.unassessed, *MODEL.levels]:
        assert level.label.get(lang) in text
    for c in MODEL.complexity:
        assert c.label.get(lang) in text
    assert MODEL.transition.to_label.get(lang) in text


def test_small_figure_still_renders(tmp_path):
    layout = compute_layout(MODEL, {})
    path = tmp_path / "small.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([model_figure(layout, 200)])
    assert "Niet besproken" in _text_of(path)

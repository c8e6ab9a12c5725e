"""The report as Word: the same sections and words as the PDF, Word's heading styles, real tables,
the model as a picture; read back with python-docx and with a real reader (LibreOffice)."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess

import pytest
from docx import Document
from pypdf import PdfReader

from app.main import main
from app.modeldef import current_definition
from app.reports.builder import render
from app.reports.docx_report import docx_bytes
from app.services import snapshot
from app.services.bootstrap import open_database
from app.services.report_data import report_data
from tests.report_tools import norm, pdf_text


def word_text(document) -> str:
    """Every paragraph and every table cell, in order, whitespace folded."""
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return norm(" ".join(parts))


def worked_example_items(demo) -> list[str]:
    model = current_definition()
    items = [o.text for o in demo.observations] + [f.text for f in demo.focus_points]
    items += [model.find(model.themes, t.theme_key).label.nl for t in demo.themes]
    items += [x.text for x in demo.steps] + [x.text for x in demo.monitoring]
    for a in demo.actions:
        items += [a.title, a.description, a.owner, a.indicator, *a.partners]
    items += [p.name for p in demo.participants]
    items += [chunk for chunk in demo.session.ambition.split("\n\n") if chunk.strip()]
    return [norm(t) for t in items if t.strip()]


def _outline_titles(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    out: list[str] = []

    def walk(entries):
        for e in entries:
            if isinstance(e, list):
                walk(e)
            else:
                out.append(e.title)

    walk(reader.outline)
    return out


def test_word_report_holds_the_worked_example_in_words_own_pieces(demo_store, demo_session_id):
    demo = snapshot.session_snapshot(demo_store, demo_session_id)
    data = report_data(demo_store, demo_session_id)
    document = Document(io.BytesIO(docx_bytes(data)))
    text = word_text(document)
    missing = [t for t in worked_example_items(demo) if t not in text]
    assert missing == []
    assert len(demo.observations) >= 40 and len(demo.actions) >= 1
    # Word's own heading styles: every bookmark of the PDF is a Word heading, in the same order
    # (Word has a few more: the cover's "Deelnemers", each area's "Observaties")
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading ")]
    # (the page at a glance is a drawing for paper: the PDF's page 2, not a part of the Word text)
    outline = [t for t in _outline_titles(render(data)) if t != "In een oogopslag"]
    assert len(outline) > 10
    assert [h for h in headings if h in set(outline)] == outline
    levels = {p.text: p.style.name for p in document.paragraphs}
    assert levels["1 Vertrekpunt"] == "Heading 1" and levels["Actieplan"] == "Heading 2"
    assert document.paragraphs[1].style.name == "Title"
    # real tables: the action plan is one, its header repeated on every page
    plan = next(t for t in document.tables if t.rows[0].cells[0].text == "Actie")
    assert len(plan.rows) == 1 + len(demo.actions)
    assert plan.rows[0]._tr.trPr.xpath("./w:tblHeader")
    assert demo.actions[0].title in plan.rows[1].cells[0].text
    # the model figure as a picture, as wide as the text
    assert len(document.inline_shapes) == 1
    blob = document.part.related_parts[
        document.inline_shapes[0]._inline.graphic.graphicData.pic.blipFill.blip.embed
    ].blob
    assert blob.startswith(b"\x89PNG")
    assert document.core_properties.title == "Sessieverslag – Intervisie en doorkijk"
    assert document.core_properties.language == "nl"
    # the same words as the PDF: every sentence of the PDF's running text outside the figure
    pdf = norm(pdf_text(render(data)))
    for sentence in (
        "Uit observatie 5 bij Visie regio",
        "Status: 3 · In ontwikkeling",
        "Voorwaarden voor succes",
    ):
        assert sentence in pdf and sentence in text


def test_english_and_anonymised_word_report(demo_store, demo_session_id):
    demo = snapshot.session_snapshot(demo_store, demo_session_id)
    document = Document(
        io.BytesIO(docx_bytes(report_data(demo_store, demo_session_id), lang="en", anonymous=True))
    )
    text = word_text(document)
    assert "1 Starting point" in text and "Action plan" in text
    assert "Participant 1" in text
    assert [p.name for p in demo.participants if p.name in text] == []
    assert "Anonymised version" in text


def test_report_command_writes_word_from_the_extension(tmp_path, capsys):
    db = tmp_path / "x.db"
    open_database(str(db)).close()
    out = tmp_path / "verslag.docx"
    assert main(["report", "--session", "1", "--out", str(out), "--database", str(db)]) == 0
    assert f"written: {out}" in capsys.readouterr().out
    assert "1 Vertrekpunt" in word_text(Document(str(out)))
    assert (
        main(["report", "--session", "1", "--out", str(tmp_path / "v.odt"), "--database", str(db)])
        == 1
    )
    assert "--out must end in .pdf or .docx" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.part")) and not (tmp_path / "v.odt").exists()


def _soffice() -> str:
    found = shutil.which("soffice")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is missing: .ci/run installs libreoffice-writer-nogui")
        pytest.skip("LibreOffice (soffice) is not installed")
    return found


def test_libreoffice_reads_the_word_report_with_every_item(demo_store, demo_session_id, tmp_path):
    soffice = _soffice()
    demo = snapshot.session_snapshot(demo_store, demo_session_id)
    source = tmp_path / "verslag.docx"
    source.write_bytes(docx_bytes(report_data(demo_store, demo_session_id)))
    run = subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    converted = tmp_path / "verslag.pdf"
    assert run.returncode == 0 and converted.exists(), run.stderr[-2000:]
    reader = PdfReader(str(converted))

    # a word with a hyphen ("bio-economie") may break after it: the line break is no space
    def fold(t: str) -> str:
        return re.sub(r"-\s+", "-", t)

    text = fold(norm(" ".join(page.extract_text() for page in reader.pages)))
    missing = [t for t in worked_example_items(demo) if fold(t) not in text]
    assert missing == []
    assert len(reader.pages) >= 5

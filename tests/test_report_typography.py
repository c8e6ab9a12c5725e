"""The report reads like a document: every script drawn (Arabic shaped, right to left; emoji
from an embedded font), a cover with the community's context and a summary, no half-empty pages
from forced breaks, continued sections that say so, empty parts in one line, plurals, PDF
bookmarks and metadata, every font embedded, and a file qpdf calls clean."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from app.modeldef import current_definition
from app.reports.anonymise import anonymise
from app.reports.builder import render
from app.reports.texts import Words
from app.services import communities, sessions, snapshot, vertrekpunt, vervolg
from app.services.report_data import report_data
from tests.report_tools import norm, pdf_pages, pdf_text, report

ARABIC = "محمد العلي"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it)")
    return path


def _fonts(pdf: bytes, tmp_path) -> list[list[str]]:
    f = tmp_path / "r.pdf"
    f.write_bytes(pdf)
    out = subprocess.run(
        [_tool("pdffonts"), str(f)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return [line.split() for line in out]


def test_every_script_is_drawn_arabic_shaped_and_emoji_as_glyphs(
    demo_store, demo_session_id, tmp_path
):
    sid = demo_session_id
    sessions.add_participant(demo_store, sid, ARABIC, "Dorpscoöperatie Ærø", "maatschappij")
    sessions.add_participant(demo_store, sid, "Zoë Øyen-Łukasz", "Terra", "onderwijs")
    vertrekpunt.add_observation(
        demo_store,
        sid,
        "monitoring",
        "Moestuin 🌱 groeit 🙂; Σ = 3, ‘citaat’ & <b>geen opmaak</b> 中",
    )
    pdf = report(demo_store, sid)
    text = pdf_text(pdf)
    assert "Zoë Øyen-Łukasz" in text and "Dorpscoöperatie Ærø" in text
    # no code-point markers for Arabic: its joined forms are drawn (presentation forms in the
    # PDF, which fold back to the name's letters), never "[U+0645]…"
    assert "[U+06" not in text
    letters = unicodedata.normalize("NFKC", text)
    assert ARABIC in letters or ARABIC[::-1] in letters or _words_reversed(ARABIC) in letters
    assert any("\ufe70" <= ch <= "\ufeff" for ch in text)  # shaped: the joined letter forms
    # the emoji are glyphs of the embedded symbol face, not English names
    assert "[seedling]" not in text and "smiling" not in text
    # and they read back as the characters typed (fonts.EmbeddedFont's text map)
    assert "Moestuin 🌱 groeit 🙂; Σ = 3, ‘citaat’ & <b>geen opmaak</b> 中" in text
    names = [row[0] for row in _fonts(pdf, tmp_path)]
    assert any(n.endswith("+Symbola") for n in names)


def _words_reversed(s: str) -> str:
    return " ".join(reversed(s.split()))


def test_arabic_in_an_italic_or_bold_place_is_drawn_upright(demo_store, demo_session_id):
    """The oblique face has no Arabic: the regular face draws it there, instead of a marker
    (a session's place prints in bold on the participants' table; a note in italic)."""
    sessions.update_session(demo_store, demo_session_id, facilitator=ARABIC)
    text = pdf_text(report(demo_store, demo_session_id))
    assert "[U+06" not in text


def test_every_font_is_embedded_and_qpdf_finds_no_error(demo_store, demo_session_id, tmp_path):
    pdf = report(demo_store, demo_session_id)
    rows = _fonts(pdf, tmp_path)
    assert rows, "pdffonts lists the fonts"
    # columns: name type [type…] encoding emb sub uni object id
    assert all(row[-5] == "yes" for row in rows), rows
    f = tmp_path / "r.pdf"
    f.write_bytes(pdf)
    check = subprocess.run(
        [_tool("qpdf"), "--check", str(f)], capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No syntax or stream encoding errors" in check.stdout


def test_metadata_and_a_bookmark_for_every_section(demo_store, demo_session_id):
    reader = PdfReader(io.BytesIO(report(demo_store, demo_session_id, lang="en")))
    meta = reader.metadata
    assert meta.title == "Session report – Intervisie en doorkijk"
    assert meta.author.startswith("Intervisie")
    assert "Gebiedscoöperatie Westerkwartier" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "en"
    outline = [o.title for o in _flat(reader.outline)]
    for title in (
        "The model, coloured by status",
        "1 Starting point",
        "2 Focus",
        "3 Way forward",
        "4 Approach",
        "Accelerators",
        "Action plan",
        "Conditions for success",
    ):
        assert title in outline, (title, outline)


def _flat(items):
    for x in items:
        if isinstance(x, list):
            yield from _flat(x)
        else:
            yield x


def test_the_cover_gives_the_communitys_context_and_a_summary(demo_store, demo_session_id):
    cover = pdf_pages(report(demo_store, demo_session_id))[0]
    assert "Regio Westerkwartier" in cover
    assert "Over de community" in cover and "(HdW)" in cover  # the description explains it
    assert "In het kort" in cover
    assert "Van de 12 onderdelen zijn 10 beoordeeld" in cover
    assert "24 versnellers" in cover and "1 actie in het actieplan" in cover


def test_anonymised_cover_does_not_say_facilitator_twice(demo_store, demo_session_id):
    # a facilitator who is no participant is called by function once anonymised
    sessions.update_session(demo_store, demo_session_id, facilitator="Jan Buitenstaander")
    data = anonymise(report_data(demo_store, demo_session_id), "nl")
    cover = pdf_pages(render(data))[0]
    assert "Procesbegeleider Procesbegeleider" not in cover and "Buitenstaander" not in cover


def test_no_forced_breaks_leave_half_empty_pages(demo_store, demo_session_id):
    """Stages follow each other on the page: no page but the last holds less than half a
    page of text."""
    pages = pdf_pages(report(demo_store, demo_session_id), body_only=True)
    full = max(len(p) for p in pages)
    # after the cover, the page at a glance, the contents and the figure's landscape page
    body = pages[4:-1]
    thin = [i for i, p in enumerate(body, start=5) if len(p) < full * 0.4]
    assert thin == [], [len(p) for p in pages]


def test_a_continued_section_repeats_its_heading(demo_store, demo_session_id):
    for lang, word, stage in (
        ("nl", "(vervolg)", "1 Vertrekpunt"),
        ("en", "(continued)", "1 Starting point"),
    ):
        pages = pdf_pages(report(demo_store, demo_session_id, lang=lang))
        continued = [p for p in pages if word in p]
        assert continued, lang
        assert any(f"{stage} · " in p and word in p for p in continued)


def test_empty_parts_of_a_stage_are_one_line(store):
    from app.services import communities

    c = communities.create_community(store, "Leeg", "Regio")
    s = sessions.create_session(store, c.id, "Eerste", date(2026, 3, 1))
    vervolg.add_step(store, s.id, "Een eerste stap")
    # the sections, after the cover and the page at a glance (which says it its own way)
    text = norm(" ".join(pdf_pages(report(store, s.id), body_only=True)[2:]))
    assert "Niets vastgelegd voor: Innovatiethema's, ambitie, zo houden we bij" in text
    # the parts nothing was recorded for have no heading of their own
    assert "Ambitie Niets vastgelegd" not in text and "Stappen 1. Een eerste stap" in text


def test_counted_words_take_their_plural():
    nl, en = Words("nl"), Words("en")
    assert nl.count("n_sessions", 1) == "1 sessie" and nl.count("n_sessions", 3) == "3 sessies"
    assert en.count("n_actions", 1) == "1 action" and en.count("n_actions", 2) == "2 actions"


def test_accelerators_are_grouped_under_their_element(demo_store, demo_session_id):
    demo = snapshot.session_snapshot(demo_store, demo_session_id)
    text = pdf_text(report(demo_store, demo_session_id))
    table = text[text.index("Versnellers Versnellers") :]
    model = current_definition()
    first_key = demo.focus_points[0].element_key
    label = model.element_label(first_key)
    group = table[table.index(label) :]
    assert group.index(demo.focus_points[0].text) < 400
    # one group row per element the accelerators serve, and no element column beside them
    assert "Onderdeel" not in table[:200]


def test_a_list_typed_under_a_step_stays_a_list(demo_store, demo_session_id):
    from reportlab.platypus import Indenter

    from app.reports.context import Context
    from app.reports.vervolg import vervolg as vervolg_section

    marks = ["cyclische aanpak", "klein beginnen", "icoonprojecten opstarten"]
    vervolg.add_step(
        demo_store, demo_session_id, "Met de kenmerken:\n" + "\n".join(f"− {m}" for m in marks)
    )
    ctx = Context(report_data(demo_store, demo_session_id))
    story = vervolg_section(ctx)
    # each characteristic its own item, indented beneath the step
    start = next(i for i, f in enumerate(story) if isinstance(f, Indenter))
    items = story[start + 1 : start + 4]
    assert [type(x).__name__ for x in items] == ["Beside"] * 3
    assert "cyclische aanpak" in items[0].body.text
    assert isinstance(story[start + 4], Indenter)
    text = pdf_text(report(demo_store, demo_session_id))
    assert "Met de kenmerken: − cyclische aanpak − klein beginnen" in text


def test_one_catalogue_and_one_place_for_month_names():
    """The placemat's and the uses sections' words live in texts.py; month names in
    app.vocabulary.dates, which the report's Words read."""
    import app.reports as reports
    from app.vocabulary import dates

    folder = reports.__path__[0]
    import pathlib

    for f in pathlib.Path(folder).glob("*.py"):
        if f.name != "texts.py":
            src = f.read_text(encoding="utf-8")
            assert "januari" not in src and "\n_WORDS" not in src, f.name
    assert (
        Words("nl").date(date(2019, 3, 14)) == dates.long_date(date(2019, 3, 14)) == "14 maart 2019"
    )
    assert Words("en").short_date(date(2026, 6, 1)) == "1 Jun 2026"
    assert Words("nl").count("last_sessions", 1) == "De laatste sessie:"


def test_word_gets_arabic_in_reading_order(demo_store, demo_session_id):
    """Word shapes and orders text itself: it is given the letters as typed, not the PDF's
    joined forms in display order."""
    from docx import Document

    from app.reports.docx_report import docx_bytes

    sessions.add_participant(demo_store, demo_session_id, ARABIC, "Terra", "onderwijs")
    document = Document(io.BytesIO(docx_bytes(report_data(demo_store, demo_session_id))))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert any(ARABIC in c for c in cells)


def _smallest_per_page(pdf: bytes) -> list[float]:
    """The smallest text size drawn on each page (font size times the text and drawing
    scale, so a figure drawn small shows)."""
    out = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        sizes: list[float] = []

        def visit(text, cm, tm, _font, size, sizes=sizes):
            if text.strip():
                sizes.append(
                    size * (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
                )

        page.extract_text(visitor_text=visit)
        out.append(min(sizes, default=99.0))
    return out


def test_no_text_under_7_points_the_model_figure_on_a_landscape_page(demo_store, demo_session_id):
    for lang in ("nl", "en"):
        pdf = report(demo_store, demo_session_id, lang=lang)
        smallest = _smallest_per_page(pdf)
        # page 2, the page at a glance, included: it is laid out for A4 (placemat.py)
        assert min(smallest) >= 7.0 - 0.01, smallest
        reader = PdfReader(io.BytesIO(pdf))
        landscape = [
            i
            for i, p in enumerate(reader.pages)
            if float(p.mediabox.width) > float(p.mediabox.height)
        ]
        assert len(landscape) == 1
        text = norm(reader.pages[landscape[0]].extract_text())
        assert "gekleurd naar status" in text or "coloured by status" in text


def _sizes_of(pdf: bytes) -> dict[float, int]:
    """How many characters each text size sets, over the whole report."""
    chars: dict[float, int] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:

        def visit(text, cm, tm, _font, size):
            s = round(size * (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5, 1)
            chars[s] = chars.get(s, 0) + len(text.strip())

        page.extract_text(visitor_text=visit)
    return chars


def _size_of(pdf: bytes, start: str) -> float:
    """The size of the text drawn in a line that starts so."""
    for page in PdfReader(io.BytesIO(pdf)).pages:
        found: list[float] = []

        def visit(text, cm, tm, _font, size, found=found):
            if text.startswith(start):
                found.append(size * (tm[0] ** 2 + tm[1] ** 2) ** 0.5)

        page.extract_text(visitor_text=visit)
        if found:
            return found[0]
    raise AssertionError(f"no line starts with {start!r}")


def test_no_text_under_7_points_in_the_sections_across_sessions(demo_store, demo_session_id):
    """The timeline's charts, the projects on the model and the comparison's two figures (one
    below the other now, at the text's width) print nothing under 7 pt; the body stays 9 pt or
    more (tables 8.5). Two sessions of one community and two communities."""
    body = _sizes_of(report(demo_store, demo_session_id))
    assert max(body, key=lambda s: body[s]) >= 9.0  # the demo report is mostly running text
    later = sessions.list_sessions(demo_store)[0].id
    other = communities.create_community(demo_store, "Coöperatie Zuidhorn")
    s = sessions.create_session(demo_store, other.id, "Eerste keer", date(2020, 2, 1))
    vertrekpunt.set_assessment(demo_store, s.id, "monitoring", status=3)
    every = dict(
        include_timeline=True, include_actors=True, include_groenpact=True, include_projects=True
    )
    for session_id, options, lang in (
        (later, dict(compare_with=demo_session_id, **every), "nl"),
        (later, dict(compare_with=demo_session_id, **every), "en"),
        (s.id, dict(compare_with=demo_session_id, hide_names=True), "nl"),
    ):
        pdf = render(report_data(demo_store, session_id, **options), lang)
        text = pdf_text(pdf)
        assert "Twee sessies naast elkaar" in text or "Two sessions side by side" in text
        smallest = _smallest_per_page(pdf)
        # every page, the page at a glance too (laid out for A4, see the test above)
        assert min(smallest) >= 7.0 - 0.01, smallest
        assert _size_of(pdf, "A: ") >= 9.0 and _size_of(pdf, "B: ") >= 9.0

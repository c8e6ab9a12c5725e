"""Every script reads back from the report as it was typed: an emoji copies as the emoji, a
long Arabic text that wraps starts on its first line and reads right to left on each line,
Arabic amid Dutch and digits keeps each in its order. Read back with pypdf, pdftotext (its
word boxes give where each word is drawn) and qpdf."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import unicodedata
from html import unescape
from itertools import pairwise
from pathlib import Path

import pytest

from app.reports.fonts import to_unicode_cmap, utf16_hex
from app.reports.paragraph import display_order
from app.services import sessions, vertrekpunt
from tests.report_tools import pdf_text, report

# thirty different words, so where each one lands says in which order they were set
LONG_ARABIC = (
    "الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة "
    "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر "
    "الشمس القمر البحر الجبل النهر المدينة القرية الحديقة"
)
_ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it)")
    return path


def _write(pdf: bytes, tmp_path: Path) -> Path:
    f = tmp_path / "verslag.pdf"
    f.write_bytes(pdf)
    return f


def _as_typed(word: str) -> str:
    """A word as pdftotext found it drawn: an Arabic word's glyphs run right to left, so the
    drawn order reversed and the joined forms folded back are the letters as typed."""
    if _ARABIC.search(word):
        word = word[::-1]
    return unicodedata.normalize("NFKC", word)


def _drawn_lines(pdf: Path) -> list[list[str]]:
    """Every drawn line of the PDF, top to bottom, page after page: its words left to right."""
    out = subprocess.run(
        [_tool("pdftotext"), "-bbox", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines: list[list[str]] = []
    for page in out.split("<page ")[1:]:
        rows: dict[float, list[tuple[float, str]]] = {}
        for x, y, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', page
        ):
            rows.setdefault(round(float(y), 1), []).append((float(x), unescape(word)))
        lines += [[_as_typed(w) for _x, w in sorted(rows[y])] for y in sorted(rows)]
    return lines


def test_an_emoji_copies_out_of_the_report_as_typed(demo_store, demo_session_id, tmp_path):
    vertrekpunt.add_observation(demo_store, demo_session_id, "monitoring", "Goed 🙂 gedaan")
    pdf = report(demo_store, demo_session_id)
    assert "Goed 🙂 gedaan" in pdf_text(pdf)  # pypdf
    f = _write(pdf, tmp_path)
    poppler = subprocess.run(
        [_tool("pdftotext"), str(f), "-"], capture_output=True, text=True, check=True
    )
    assert "Goed 🙂 gedaan" in poppler.stdout
    assert "Got invalid hex string" not in poppler.stderr
    check = subprocess.run(
        [_tool("qpdf"), "--check", str(f)], capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No syntax or stream encoding errors" in check.stdout


def test_the_text_map_names_a_character_beyond_the_first_plane_by_its_surrogates():
    assert utf16_hex(0x1F642) == "D83DDE42" and utf16_hex(0xEB) == "00EB"
    cmap = to_unicode_cmap("AAAAAA+Symbola", [0x20, 0x1F642, 0x1F331])
    assert "<01> <D83DDE42>" in cmap and "<02> <D83CDF31>" in cmap and "<00> <0020>" in cmap
    assert "1F642" not in cmap


def _is_rtl_run_word(word: str) -> bool:
    return bool(_ARABIC.search(word)) or word.isdigit()


def _as_read(line: list[str]) -> list[str]:
    """A drawn line's words (left to right) in reading order: each stretch of Arabic words
    (with the numbers between them) reads from its right end; the rest left to right."""
    out: list[str] = []
    n = 0
    while n < len(line):
        if not _ARABIC.search(line[n]):
            out.append(line[n])
            n += 1
            continue
        end = n
        while end + 1 < len(line) and _is_rtl_run_word(line[end + 1]):
            end += 1
        while not _ARABIC.search(line[end]):  # a number after the stretch is not part of it
            end -= 1
        out += line[n : end + 1][::-1]
        n = end + 1
    return out


def _contains(words: list[str], part: list[str]) -> bool:
    return any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))


def test_a_long_arabic_text_that_wraps_starts_on_its_first_line(
    demo_store, demo_session_id, tmp_path
):
    """In a narrow cell (the participants' organisation) and in the running text (an
    observation): the first drawn line holds the first words, each line reads right to left,
    and line after line the words come in the order typed."""
    sid = demo_session_id
    sessions.add_participant(demo_store, sid, "Samira", LONG_ARABIC, "maatschappij")
    vertrekpunt.add_observation(demo_store, sid, "monitoring", LONG_ARABIC)
    lines = _drawn_lines(_write(report(demo_store, sid), tmp_path))
    words = LONG_ARABIC.split()
    firsts = [line for line in lines if words[0] in line]
    assert len(firsts) == 2, "the cell and the observation"
    for line in firsts:
        arabic = [w for w in _as_read(line) if _ARABIC.search(w)]
        assert 1 < len(arabic) < len(words), line  # it wraps
        assert arabic == words[: len(arabic)], line  # and its first line holds the first words
    read = [w for line in lines for w in _as_read(line) if _ARABIC.search(w)]
    assert read.count(words[-1]) == 2 and _contains(read, words)  # line after line
    assert _contains(read[read.index(words[-1]) + 1 :], words)  # in both places


def test_arabic_amid_dutch_and_digits_keeps_each_in_its_order(
    demo_store, demo_session_id, tmp_path
):
    one = (
        "Wij noemen مدرسة النور 2026 في المدينة القديمة قرب البحر والجبل والنهر الكبير "
        "en de buurt بيت الحكمة 12 للجميع samen"
    )
    text = " ".join([one, one.replace("2026", "1999"), one.replace("12", "7"), one])
    vertrekpunt.add_observation(demo_store, demo_session_id, "monitoring", text)
    lines = _drawn_lines(_write(report(demo_store, demo_session_id), tmp_path))
    line = next(line for line in lines if "noemen" in line)
    start = line.index("Wij")
    # left to right on the page: the Dutch as typed, the Arabic run from its end, its year
    # not turned round, then the Dutch again
    assert line[start : start + 14] == [
        "Wij",
        "noemen",
        "الكبير",
        "والنهر",
        "والجبل",
        "البحر",
        "قرب",
        "القديمة",
        "المدينة",
        "في",
        "2026",
        "النور",
        "مدرسة",
        "en",
    ]
    # wrapped over lines, every line read in its order gives the text as typed
    read = [w for line in lines for w in _as_read(line)]
    mixed = [_as_read(line) for line in lines if set(line) & set(one.split())]
    # (among them a line that ends inside an Arabic stretch the next line goes on with)
    assert any(_ARABIC.search(a[-1]) and _ARABIC.search(b[0]) for a, b in pairwise(mixed)), mixed
    assert _contains(read, text.split())


def test_display_order_keeps_each_character_with_its_piece():
    """The owner (a Paragraph's fragment: font, colour, link) moves with its character."""
    items = [(ch, "dutch") for ch in "ab "] + [(ch, "arabic") for ch in "من"]
    assert display_order(items) == [
        ("a", "dutch"),
        ("b", "dutch"),
        (" ", "dutch"),
        ("ن", "arabic"),
        ("م", "arabic"),
    ]


def test_every_report_module_sets_text_in_the_reports_paragraph():
    """reportlab's own Paragraph would draw markup's reading-order text left to right."""
    folder = Path(__file__).resolve().parents[1] / "app" / "reports"
    offenders = []
    for path in sorted(folder.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if (
                isinstance(node, ast.ImportFrom)
                and (node.module or "").startswith("reportlab.platypus")
                and any(a.name == "Paragraph" for a in node.names)
                and "Paragraph(" in source
            ):
                offenders.append(path.name)
    assert offenders == []

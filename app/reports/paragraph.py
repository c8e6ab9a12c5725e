"""The report's Paragraph: reportlab's, drawing right-to-left text in display order per line.

text.markup hands a Paragraph its text in reading (logical) order, Arabic already shaped. The
Paragraph wraps that text as it is, so a long Arabic sentence breaks after its first words, as a
reader expects; only when a line is drawn are its characters put in display order (the Unicode
bidirectional algorithm's rules L1–L4 applied to that line, which is what UAX #9 prescribes
after line breaking). Ordering the whole text before wrapping, as reportlab's plain Paragraph
forces, puts the sentence's last words on its first line.

Wrapping, splitting over pages and the text's widths are reportlab's, untouched: a line holds
the same characters in both orders, so it is just as wide. Every module of the report takes
Paragraph from here, never from reportlab.platypus (tests/test_report_scripts.py checks).
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.platypus import paragraph as rl

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_OBJECT = "\ufffc"  # stands in for an anchor or image on the line: a neutral, moved with its run


def display_order(items: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """(character, owner) pairs of one line, in logical order, put in display order.

    The paragraph runs left to right (a Dutch or English report). The owner travels with its
    character, so each piece of the line keeps its font, colour and link."""
    from bidi import algorithm as uba  # only a line with right-to-left text gets here

    storage = uba.get_empty_storage()
    storage["base_level"], storage["base_dir"] = 0, "L"
    uba.get_embedding_levels("".join(ch for ch, _ in items), storage)
    for cell, (_ch, owner) in zip(storage["chars"], items, strict=True):
        cell["owner"] = owner
    for step in (
        uba.explicit_embed_and_overrides,
        uba.resolve_weak_types,
        uba.resolve_neutral_types,
        uba.resolve_implicit_levels,
        uba.reorder_resolved_levels,
        uba.apply_mirroring,
    ):
        step(storage, False)
    return [(cell["ch"], cell["owner"]) for cell in storage["chars"]]


def _simple_line(line: tuple) -> tuple:
    """A line of a one-style paragraph: (extra space, words)."""
    extra, words = line[0], line[1]
    text = " ".join(words)
    if not _RTL.search(text):
        return line
    shown = "".join(ch for ch, _ in display_order([(ch, None) for ch in text]))
    return (extra, shown.split(" "), *line[2:])


def _styled_line(line):
    """A line of a paragraph with several styles: its fragments, each with its text, regrouped
    in display order (a fragment that the order splits becomes two)."""
    if not any(_RTL.search(getattr(f, "text", "")) for f in line.words):
        return line
    items: list[tuple[str, Any]] = []
    for n, frag in enumerate(line.words):
        if getattr(frag, "_fkind", rl._FK_TEXT) == rl._FK_TEXT and not hasattr(frag, "cbDefn"):
            items += [(ch, n) for ch in frag.text]
        else:
            items.append((_OBJECT, n))
    words = []
    last, run = None, list[str]()

    def flush():
        if last is not None:
            frag = line.words[last]
            words.append(frag.clone(text="".join(run)) if run else frag)

    for ch, n in display_order(items):
        if ch == _OBJECT:
            flush()
            words.append(line.words[n])
            last, run = None, []
        elif n != last:
            flush()
            last, run = n, [ch]
        else:
            run.append(ch)
    flush()
    return line.__class__(**{**line.__dict__, "words": words})


def visual(bl_para):
    """The broken lines of a paragraph, each in display order; the logical ones are kept."""
    if bl_para.kind == 0:
        lines = [_simple_line(line) for line in bl_para.lines]
    else:
        lines = [_styled_line(line) for line in bl_para.lines]
    if all(a is b for a, b in zip(lines, bl_para.lines, strict=True)):
        return bl_para
    return bl_para.__class__(**{**bl_para.__dict__, "lines": lines})


class Paragraph(rl.Paragraph):
    """reportlab's Paragraph, given text in reading order: lines drawn in display order."""

    blPara: Any  # the broken lines: set by wrap (or by split, on the first part)

    def drawPara(self, debug: int = 0) -> None:  # reportlab names it so
        logical = self.blPara
        self.blPara = visual(logical)
        try:
            super().drawPara(debug)
        finally:
            self.blPara = logical

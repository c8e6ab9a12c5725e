"""The numbered figure's key: number → the element's label, in the definition's order.

The numbered form (style.NUMBERED*) writes only each element's number in its box, large enough
to read from the back of the room on a narrow panel or a 4:3 beamer; the key beside or below
the figure says which element each number is (the full label where there is room, else the
model's short label)."""

from __future__ import annotations

from app.diagram import style as st
from app.diagram.element_box import number_of
from app.diagram.shapes import Label, Rect
from app.diagram.text_fit import line_height, text_width, wrap
from app.modeldef.definition import ModelDefinition

ENTRY_GAP = 3.0  # between two entries of the key


def _text(model: ModelDefinition, key: str, lang: str, full: bool) -> str:
    for a in model.areas:
        if a.key == key:
            return (a.label if full else a.short).get(lang)
    return model.element_label(key, lang)  # a condition has one label


def number_key(model: ModelDefinition, lang: str, x: float, y: float, w: float,
               m: st.Metrics) -> tuple[tuple[Label, ...], float]:
    """The key's labels (a bold number, then its text with a hanging indent) from (x, y) in a
    column of width w, and the bottom of the last line."""
    keys = model.element_keys()
    size = m.key_size
    number_w = max(text_width(number_of(model, k), size, True) for k in keys) + size * 0.6
    text_w = w - number_w
    labels: list[Label] = []
    for key in keys:
        lines = tuple(wrap(_text(model, key, lang, m.key_full), text_w, size))
        h = len(lines) * line_height(size)
        labels.append(Label((number_of(model, key),), size,
                            Rect(x, y, number_w, line_height(size)), True, align="left"))
        labels.append(Label(lines, size, Rect(x + number_w, y, text_w, h), align="left"))
        y += h + ENTRY_GAP
    return tuple(labels), y - ENTRY_GAP


"""The numbered figure's key: number → the element's label, in the definition's order.

The numbered form (style.NUMBERED*) writes only each element's number in its box, large enough
to read from the back of the room on a narrow panel or a 4:3 beamer; the key in a column beside
the figure says which element each number is, with its full label."""

from __future__ import annotations

from app.diagram import style as st
from app.diagram.element_box import number_of
from app.diagram.shapes import Label, Rect
from app.diagram.text_fit import fit, line_height, text_width
from app.modeldef.definition import ModelDefinition

ENTRY_GAP = 3.0  # between two entries of the key
MAX_LINES = 4  # of one entry, before its type gets smaller


def number_key(
    model: ModelDefinition, lang: str, x: float, y: float, w: float, m: st.Metrics
) -> tuple[tuple[Label, ...], float]:
    """The key's labels (a bold number, then its text with a hanging indent) from (x, y) in a
    column of width w, and the bottom of the last line."""
    keys = model.element_keys()
    size = m.key_size
    number_w = max(text_width(number_of(model, k), size, True) for k in keys) + size * 0.6
    text_w = w - number_w
    labels: list[Label] = []
    for key in keys:
        # smaller rather than a word broken ("kennisinstell-ingen"), never under the minimum
        lines, text_size = fit(model.element_label(key, lang), text_w, MAX_LINES, size, st.MIN_SIZE)
        h = len(lines) * line_height(text_size)
        labels.append(
            Label(
                (number_of(model, key),),
                size,
                Rect(x, y, number_w, line_height(size)),
                True,
                align="left",
            )
        )
        labels.append(Label(lines, text_size, Rect(x + number_w, y, text_w, h), align="left"))
        y += h + ENTRY_GAP
    return tuple(labels), y - ENTRY_GAP

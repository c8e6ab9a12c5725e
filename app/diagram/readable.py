"""Which form of the figure a panel of a given size draws so that the model's labels stay
readable from the back of the room.

A label drawn at a zoom is its size in points times the zoom, in pixels. Readable is what the
caller asks (the window uses 1/50 of the screen's height: 15.4 px on a 768-line beamer). The
figure says as much as it can at that size: the full or wide figure with its details while it
is drawn large; else the short labels (compact, portrait); else the numbered figure, whose
boxes carry only their number and whose key says which element each number is.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.diagram import style as st
from app.diagram.layout import figure_size, smallest_label
from app.modeldef.definition import ModelDefinition

# Below this zoom the full figure's details get too small for a room; back to full only above
# a higher zoom (and a label 5 % above readable), so a window on the edge does not flicker.
DETAILED_BELOW, DETAILED_ABOVE = 0.8, 0.85
BACK_MARGIN = 1.05
PRINT_MIN_PT = 7.0  # no text of a printed figure is smaller


def zoom(model: ModelDefinition, lang: str, form: str, view_w: float, view_h: float) -> float:
    """The scale at which the form's figure fits a view of view_w by view_h pixels."""
    w, h = figure_size(model, lang, form)
    return min(view_w / w, view_h / h)


def label_px(model: ModelDefinition, lang: str, form: str, view_w: float, view_h: float) -> float:
    """The smallest element label of the form as drawn in that view, in pixels."""
    return smallest_label(model, lang, form) * zoom(model, lang, form, view_w, view_h)


def readable_form(
    model: ModelDefinition,
    lang: str,
    view_w: float,
    view_h: float,
    readable_px: float,
    allowed: Iterable[str] | None = None,
    current: str | None = None,
) -> str:
    """The form to draw: the first group (detailed, worded, numbered) whose best form draws
    every element label at readable_px at least, within the allowed forms; the numbered form
    drawn largest when none does. current (the form drawn now) keeps a form on the edge."""
    allowed = tuple(allowed or st.FORMS)
    groups = [
        tuple(f for f in g if f in allowed)
        for g in (st.DETAILED_FORMS, st.WORDED_FORMS, st.NUMBERED_FORMS)
    ]
    groups = [g for g in groups if g]
    rank = next((i for i, g in enumerate(groups) if current in g), 0)

    def px(form: str) -> float:
        return label_px(model, lang, form, view_w, view_h)

    for i, group in enumerate(groups[:-1]):
        best = max(group, key=px)
        back = i < rank  # a simpler form is drawn now: come back only with a margin
        need = readable_px * (BACK_MARGIN if back else 1.0)
        if group[0] in st.DETAILED_FORMS:
            z = zoom(model, lang, best, view_w, view_h)
            if z < (DETAILED_ABOVE if back else DETAILED_BELOW):
                continue
        if px(best) >= need:
            return best
    return max(groups[-1], key=px)


def smallest_text(model: ModelDefinition, lang: str, form: str) -> float:
    """The smallest text anywhere in the form's figure (titles, axis, legend, key), in points."""
    from app.diagram.layout import compute_layout
    from app.diagram.paint import Text, figure_ops

    layout = compute_layout(model, {}, lang, form=form)
    return min(op.size for op in figure_ops(layout) if isinstance(op, Text) and op.text.strip())


def print_form(
    model: ModelDefinition,
    lang: str,
    width_pt: float,
    max_height_pt: float,
    min_pt: float = PRINT_MIN_PT,
) -> str:
    """The form for a printed figure width_pt wide (at most max_height_pt tall): the one that
    says most with no text under min_pt; the one with the largest smallest text when none
    reaches it."""
    fitting = []
    for form in (*st.DETAILED_FORMS, *st.WORDED_FORMS, *st.NUMBERED_FORMS):
        w, h = figure_size(model, lang, form)
        scale = width_pt / w
        if h * scale > max_height_pt:
            continue
        smallest = smallest_text(model, lang, form) * scale
        if smallest >= min_pt:
            return form
        fitting.append((smallest, form))
    return max(fitting)[1] if fitting else "full"

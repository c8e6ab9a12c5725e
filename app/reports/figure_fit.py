"""The model figure at a size the report can print it: no text under MIN_TEXT points.

A figure in the running text (the projects on the model, the two figures of a comparison) gets
the text width and at most some height. The full figure at that width draws its labels at
about 5 pt; so the figure says as much as it can at 7 pt: the full or wide form where it fits,
else the short labels (compact, portrait), else the numbered form and its key, the same order
the room's screens go down (app.diagram.readable). Measured on what is drawn, in the report's
own faces (figure.py shrinks a label the embedded font sets wider than the layout guessed).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Drawing, String

from app.diagram import style as forms
from app.diagram.layout import compute_layout
from app.diagram.paint import Op
from app.diagram.shapes import Layout
from app.modeldef.definition import ModelDefinition
from app.reports.figure import model_figure
from app.reports.styles import MARGIN_BOTTOM, MARGIN_TOP, MIN_TEXT, PAGE
from app.vocabulary.dto import ElementState

# the tallest a figure in the running text is: a portrait page's frame less room for its heading,
# a line or two above it and the space after it (so heading and figure can share a page)
FIGURE_ROOM = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM - 120
ORDER = (*forms.DETAILED_FORMS, *forms.WORDED_FORMS, *forms.NUMBERED_FORMS)


def smallest_drawn(drawing: Drawing) -> float:
    """The smallest text size in a Drawing, in points as printed."""
    sizes = [s.fontSize for s in drawing.contents if isinstance(s, String) and s.text.strip()]
    return min(sizes, default=MIN_TEXT)


def readable_figure(
    model: ModelDefinition,
    states: dict[str, ElementState],
    lang: str,
    width: float,
    max_height: float,
    extra: Callable[[Layout], Sequence[Op]] = lambda layout: (),
) -> tuple[Drawing, Layout]:
    """The most telling form of the figure that is at most width by max_height with no text
    under MIN_TEXT (the one with the largest text when none is), and the layout it drew.
    extra(layout): more shapes on top, in that layout's units (the projects overlay)."""
    tried: list[tuple[float, int, Drawing, Layout]] = []
    for rank, form in enumerate(ORDER):
        layout = compute_layout(model, states, lang=lang, form=form)
        drawn = min(width, max_height * layout.width / layout.height)
        drawing = model_figure(layout, drawn, extra=extra(layout))
        smallest = smallest_drawn(drawing)
        if smallest >= MIN_TEXT - 0.005:
            return drawing, layout
        tried.append((smallest, -rank, drawing, layout))
    _size, _rank, drawing, layout = max(tried, key=lambda t: t[:2])
    return drawing, layout

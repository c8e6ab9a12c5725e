"""The model figure computed from the model definition: one layout for every renderer.

    +----------------------------------------------------------------+
    | Doorontwikkeling en groei  [enkelvoudig|gecompliceerd|complex>  |
    +-------------+--------------------------------+-----------------+
    | De regio    | Voorwaarden voor succes        | Het onderwijs   |
    |  [area]     |  [condition]  [condition]      |  [area]         |
    |  [area]     |  +-- De lerende community --+  |  [area]         |
    |             |  |  [area] [area]           |  |                 |
    |             |  |  [area.............]     |  |                 |
    |             |  +--------------------------+  |                 |
    |             |  [condition]  [condition]      |                 |
    +-------------+--------------------------------+-----------------+
    | De arbeidsmarkt          [area] [area]                         |
    +----------------------------------------------------------------+
    | Status  [- Niet besproken] [1 Afwezig] ... [5 Verankerd]        |
    +----------------------------------------------------------------+

Nothing is placed by hand for one version of the model: the perspectives' positions say where a
panel goes, and the number of areas in each decides the rows and the heights. Units are points,
y grows downward (see shapes.py). Other forms (style.FORMS): "wide" puts the conditions left and
right of the learning community, for a 16:9 screen; "compact" has the full arrangement with
narrower columns and fewer words, for a small canvas; "portrait" puts left and right side by side
above the centre, for a narrow one. "numbered" and "numbered-wide" put only each element's
number (and its status icon) in its box, in large type, with a key beside the figure (key.py):
for a panel where even the short labels would be too small to read from the back
(readable.py chooses).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from math import ceil

from app.diagram import style as st
from app.diagram.axis_legend import growth_axis, legend
from app.diagram.element_box import natural_height, place, restyle
from app.diagram.key import number_key
from app.diagram.shapes import ElementBox, Label, Layout, Panel, Rect
from app.diagram.text_fit import fit, line_height, text_width
from app.diagram.words import word
from app.modeldef.definition import ModelDefinition, Perspective
from app.vocabulary.dto import ElementState

GROW_LIMIT = 0.5  # a box grows at most half its natural height; further room becomes spacing

Row = list[tuple[str, float, float]]  # (element key, x, width)


def compute_layout(
    model: ModelDefinition,
    states: dict[str, ElementState],
    lang: str = "nl",
    high_contrast: bool = False,
    form: str = "full",
) -> Layout:
    """The whole figure for these states (elements without a state are 'not assessed').
    form is "full" (everything, for print and a large screen), "compact" or "portrait"
    (fewer words, larger type when drawn small; see style.FORMS)."""
    frame = _frame(model, lang, high_contrast, form)
    return replace(
        frame,
        elements=tuple(
            restyle(b, model, states.get(b.key), lang, high_contrast) for b in frame.elements
        ),
    )


def figure_size(
    model: ModelDefinition, lang: str = "nl", form: str = "full"
) -> tuple[float, float]:
    """(width, height) of the figure in points, without computing any state."""
    frame = _frame(model, lang, False, form)
    return frame.width, frame.height


def smallest_label(model: ModelDefinition, lang: str = "nl", form: str = "full") -> float:
    """The smallest element label of the form, in points (the same in every state)."""
    return min(b.label.size for b in _frame(model, lang, False, form).elements)


def restyle_element(layout: Layout, model: ModelDefinition, state: ElementState) -> Layout:
    """The layout with one element recoloured for its new state; nothing moves."""
    box = restyle(layout.element(state.key), model, state, layout.lang, layout.high_contrast)
    return replace(
        layout, elements=tuple(box if e.key == state.key else e for e in layout.elements)
    )


# ---- arranging ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Ctx:
    model: ModelDefinition
    lang: str
    m: st.Metrics
    s: st.Style

    def natural(self, key: str, width: float) -> float:
        return natural_height(self.model, key, width, self.lang, self.m)

    def place(self, key: str, rect: Rect) -> ElementBox:
        return place(self.model, key, rect, self.lang, self.m)


def _title(text: str, x: float, y: float, w: float, size: float) -> Label:
    """A panel's title: up to two lines across w, left-aligned, its rect as tall as its lines."""
    lines, size = fit(text, w, 2, size, st.MIN_SIZE, True)
    return Label(lines, size, Rect(x, y, w, len(lines) * line_height(size)), True, align="left")


def _at(label: Label, y: float) -> Label:
    return replace(label, rect=replace(label.rect, y=y))


def _rows(
    keys: list[str],
    x: float,
    w: float,
    cols: int,
    box_w: float | None = None,
    stretch_last: bool = False,
) -> list[Row]:
    """Keys in rows of cols boxes, each row centred in [x, x+w]. With stretch_last an incomplete
    last row widens its boxes to the full width instead."""
    cols = max(1, cols)
    full_w = (w - st.GAP * (cols - 1)) / cols
    box_w = min(box_w or full_w, full_w)
    rows = []
    for i in range(0, len(keys), cols):
        chunk = keys[i : i + cols]
        k = len(chunk)
        bw = (w - st.GAP * (k - 1)) / k if stretch_last and k < cols else box_w
        left = x + (w - (k * bw + (k - 1) * st.GAP)) / 2
        rows.append([(key, left + j * (bw + st.GAP), bw) for j, key in enumerate(chunk)])
    return rows


def _row_naturals(c: _Ctx, rows: list[Row]) -> list[float]:
    return [max(c.natural(key, bw) for key, _, bw in row) for row in rows]


def _stacked_height(naturals: list[float]) -> float:
    return sum(naturals) + st.GAP * max(0, len(naturals) - 1)


def _place_rows(c: _Ctx, rows: list[Row], y: float, h: float) -> list[ElementBox]:
    """Rows stacked from y in a height h of at least their natural height: boxes grow a little,
    the rest of the room becomes even spacing."""
    naturals = _row_naturals(c, rows)
    if not rows:
        return []
    extra = max(0.0, h - _stacked_height(naturals))
    grow = min(extra / len(rows), GROW_LIMIT * min(naturals))
    spare = (extra - grow * len(rows)) / (len(rows) + 1)
    boxes = []
    y += spare
    for row, nat in zip(rows, naturals, strict=True):
        boxes += [c.place(key, Rect(bx, y, bw, nat + grow)) for key, bx, bw in row]
        y += nat + grow + st.GAP + spare
    return boxes


class _Column:
    """A titled panel with its rows of boxes, measured before it is placed."""

    def __init__(self, c: _Ctx, key: str, title: str, x: float, w: float, rows: list[Row]):
        self.c, self.key, self.x, self.w, self.rows = c, key, x, w, rows
        self.title = _title(title, x + st.PAD, 0.0, w - 2 * st.PAD, c.m.title_size)
        self.content_h = _stacked_height(_row_naturals(c, rows))

    @property
    def natural(self) -> float:
        return 2 * st.PAD + self.title.rect.h + st.PAD / 2 + self.content_h

    def place(
        self, y: float, h: float, fill: str, stroke: str, width: float
    ) -> tuple[Panel, list[ElementBox]]:
        top = y + st.PAD + self.title.rect.h + st.PAD / 2
        boxes = _place_rows(self.c, self.rows, top, y + h - st.PAD - top)
        return Panel(
            self.key, _at(self.title, y + st.PAD), Rect(self.x, y, self.w, h), fill, stroke, width
        ), boxes


def _side(c: _Ctx, p: Perspective, x: float) -> _Column:
    inner_x, inner_w = x + st.PAD, c.m.side_w - 2 * st.PAD
    keys = [a.key for a in c.model.areas_of(p.key)]
    return _Column(c, p.key, p.label.get(c.lang), x, c.m.side_w, _rows(keys, inner_x, inner_w, 1))


@lru_cache(maxsize=32)
def _frame(model: ModelDefinition, lang: str, high_contrast: bool, form: str) -> Layout:
    """Everything but the states: panels, boxes (not assessed), axis and legend."""
    c = _Ctx(model, lang, st.FORMS[form], st.style(high_contrast))
    m, s = c.m, c.s
    by_pos = {p.position: p for p in model.perspectives}
    x0, inner_w = st.MARGIN, m.width - 2 * st.MARGIN
    axis = growth_axis(model, x0, st.MARGIN, inner_w, lang, high_contrast, m)
    y = axis.rect.bottom + st.GAP

    # side by side: left, centre, right; in portrait left and right on top, the centre below
    cx = x0 if m.portrait else x0 + m.side_w + st.GAP
    left = _side(c, by_pos["left"], x0)
    right = _side(
        c, by_pos["right"], x0 + m.side_w + st.GAP if m.portrait else cx + m.centre_w + st.GAP
    )
    place_centre, centre_natural = _centre(c, by_pos["centre"], cx)
    band_h = max(left.natural, right.natural, 0 if m.portrait else centre_natural)
    panels, boxes = [], []
    for col in (left, right):
        panel, placed = col.place(y, band_h, s.panel_fill, s.panel_stroke, s.panel_width)
        panels.append(panel)
        boxes += placed
    if m.portrait:
        y += band_h + st.GAP
        band_h = centre_natural
    centre_panels, centre_boxes = place_centre(y, band_h)
    panels += centre_panels
    boxes += centre_boxes
    y += band_h + st.GAP

    bottom_panel, bottom_boxes = _bottom(c, by_pos["bottom"], x0, y, inner_w)
    panels.append(bottom_panel)
    boxes += bottom_boxes
    y = bottom_panel.rect.bottom + st.GAP
    leg = legend(model, x0, y, inner_w, lang, high_contrast, m)
    order = {k: i for i, k in enumerate(model.element_keys())}
    boxes.sort(key=lambda b: order[b.key])
    width, bottom = m.width, leg.rect.bottom
    key: tuple[Label, ...] = ()
    if m.numbered:  # the key: a column of its own at the right, from the top
        key, key_bottom = number_key(model, lang, m.width, st.MARGIN, m.key_beside, m)
        width, bottom = m.width + m.key_beside + st.MARGIN, max(bottom, key_bottom)
    return Layout(
        width,
        bottom + st.MARGIN,
        lang,
        high_contrast,
        form,
        tuple(panels),
        tuple(boxes),
        axis,
        leg,
        text_colour=s.title_colour,
        key=key,
    )


def _community(c: _Ctx, perspective: Perspective, x: float, w: float) -> _Column:
    """The learning community's own areas, two to a row when two fit."""
    keys = [a.key for a in c.model.areas_of(perspective.key)]
    inner_x, inner_w = x + st.PAD, w - 2 * st.PAD
    cols = 2 if (inner_w - st.GAP) / 2 >= c.m.min_condition_w else 1
    return _Column(
        c,
        perspective.key,
        perspective.label.get(c.lang),
        x,
        w,
        _rows(keys, inner_x, inner_w, min(cols, len(keys)) or 1, stretch_last=True),
    )


def _centre(c: _Ctx, perspective: Perspective, x: float):
    """The conditions for success around the learning community, in a dashed frame: half of
    them above it and half below, or in the wide figure half left and half right. Returns a
    function that places it all at (y, height) and the height it needs at least."""
    m, s = c.m, c.s
    conditions = [k.key for k in c.model.conditions]
    half = ceil(len(conditions) / 2)
    groups = [conditions[:half], conditions[half:]]
    inner_x, inner_w = x + st.PAD, m.centre_w - 2 * st.PAD
    caption = _title(word("conditions", c.lang), inner_x, 0.0, inner_w, m.axis_size)
    head = st.PAD + caption.rect.h + st.PAD / 2  # from the frame's top to its content
    if m.wide:
        cond_w = m.min_condition_w
        core = _community(
            c, perspective, inner_x + cond_w + st.GAP, inner_w - 2 * (cond_w + st.GAP)
        )
        cond_rows = [
            _rows(g, gx, cond_w, 1)
            for g, gx in zip(groups, (inner_x, core.x + core.w + st.GAP), strict=True)
        ]
    else:
        core = _community(c, perspective, inner_x, inner_w)
        cols = max(1, int((inner_w + st.GAP) // (m.min_condition_w + st.GAP)))
        cond_rows = [_rows(g, inner_x, inner_w, min(cols, len(g)) or 1) for g in groups]
    cond_h = [_stacked_height(_row_naturals(c, r)) for r in cond_rows]
    if m.wide:
        natural = head + max(*cond_h, core.natural) + st.PAD
    else:
        gaps = st.GAP * sum(1 for h in cond_h if h)
        natural = head + sum(cond_h) + gaps + core.natural + st.PAD

    def place_all(y: float, h: float) -> tuple[list[Panel], list[ElementBox]]:
        frame = Panel(
            "conditions",
            _at(caption, y + st.PAD),
            Rect(x, y, m.centre_w, h),
            "#FFFFFF",
            s.frame_stroke,
            s.panel_width,
            dashed=True,
        )
        top = y + head
        if m.wide:
            content_h = h - head - st.PAD
            boxes = _place_rows(c, cond_rows[0], top, content_h)
            boxes += _place_rows(c, cond_rows[1], top, content_h)
            core_y, core_h = top, content_h
        else:
            boxes = _place_rows(c, cond_rows[0], top, cond_h[0])
            core_y = top + cond_h[0] + (st.GAP if cond_h[0] else 0)
            core_h = h - natural + core.natural  # the centre takes whatever room is spare
            below = core_y + core_h + st.GAP
            boxes += _place_rows(c, cond_rows[1], below, cond_h[1])
        panel, core_boxes = core.place(
            core_y, core_h, s.centre_fill, s.centre_stroke, s.centre_width
        )
        return [frame, panel], boxes + core_boxes

    return place_all, natural


def _bottom(
    c: _Ctx, perspective: Perspective, x: float, y: float, w: float
) -> tuple[Panel, list[ElementBox]]:
    """The bottom perspective as a band: its title at the left, its areas centred under the
    centre column (the title's width is kept free on both sides so they stay centred). In the
    portrait figure a titled column like the others."""
    m, s = c.m, c.s
    keys = [a.key for a in c.model.areas_of(perspective.key)]
    if m.portrait:  # too narrow to keep the title beside the areas: a column, two to a row
        inner_x, inner_w = x + st.PAD, w - 2 * st.PAD
        cols = 2 if (inner_w - st.GAP) / 2 >= m.min_bottom_box_w else 1
        col = _Column(
            c,
            perspective.key,
            perspective.label.get(c.lang),
            x,
            w,
            _rows(keys, inner_x, inner_w, min(cols, len(keys)) or 1, m.bottom_box_w),
        )
        return col.place(y, col.natural, s.panel_fill, s.panel_stroke, s.panel_width)
    lines, size = fit(
        perspective.label.get(c.lang), m.side_w - 2 * st.PAD, 2, m.title_size, st.MIN_SIZE, True
    )
    title_w = max(text_width(t, size, True) for t in lines)
    title_h = len(lines) * line_height(size)
    reserve = st.PAD + title_w + st.GAP
    region_x, region_w = x + reserve, w - 2 * reserve
    cols = max(1, min(len(keys), int((region_w + st.GAP) // (m.min_bottom_box_w + st.GAP))))
    rows = _rows(keys, region_x, region_w, cols, m.bottom_box_w)
    h = max(_stacked_height(_row_naturals(c, rows)), title_h) + 2 * st.PAD
    boxes = _place_rows(c, rows, y + st.PAD, h - 2 * st.PAD)
    title = Label(
        lines, size, Rect(x + st.PAD, y + (h - title_h) / 2, title_w, title_h), True, align="left"
    )
    return Panel(
        perspective.key, title, Rect(x, y, w, h), s.panel_fill, s.panel_stroke, s.panel_width
    ), boxes

"""The model figure computed from the model definition: one layout for every renderer.

    +----------------------------------------------------------------+
    | Doorontwikkeling en groei  [enkelvoudig|gecompliceerd|complex>  |
    +-------------+--------------------------------+-----------------+
    | De regio    | Voorwaarden voor succes        | Het onderwijs   |
    |  [area]     |  [condition]  [condition]      |  [area]         |
    |  [area]     |  +-- De lerende community --+  |  [area]         |
    |             |  |  [area] [area] [area]    |  |                 |
    |             |  +--------------------------+  |                 |
    |             |  [condition]  [condition]      |                 |
    +-------------+--------------------------------+-----------------+
    | De arbeidsmarkt          [area] [area]                         |
    +----------------------------------------------------------------+
    | Status  [- Niet besproken] [1 Afwezig] ... [5 Verankerd]        |
    +----------------------------------------------------------------+

Nothing is placed by hand for one version of the model: the perspectives' positions say where a
panel goes, and the number of areas in each decides the rows and the heights. Units are points,
y grows downward (see shapes.py).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from math import ceil

from app.diagram import style as st
from app.diagram.axis_legend import growth_axis, legend
from app.diagram.element_box import natural_height, place, restyle
from app.diagram.shapes import ElementBox, Label, Layout, Panel, Rect
from app.diagram.text_fit import fit, line_height, text_width
from app.diagram.words import word
from app.modeldef.definition import ModelDefinition
from app.services.dto import ElementState

FIGURE_W = 2 * st.MARGIN + 2 * st.SIDE_W + st.CENTRE_W + 2 * st.GAP
GROW_LIMIT = 0.5  # a box grows at most half its natural height; further room becomes spacing

Row = list[tuple[str, float, float]]  # (element key, x, width)


def compute_layout(model: ModelDefinition, states: dict[str, ElementState], lang: str = "nl",
                   high_contrast: bool = False) -> Layout:
    """The whole figure for these states (elements without a state are 'not assessed')."""
    frame = _frame(model, lang, high_contrast)
    return replace(frame, elements=tuple(restyle(b, model, states.get(b.key), lang,
                                                 high_contrast) for b in frame.elements))


def restyle_element(layout: Layout, model: ModelDefinition, state: ElementState) -> Layout:
    """The layout with one element recoloured for its new state; nothing moves."""
    box = restyle(layout.element(state.key), model, state, layout.lang, layout.high_contrast)
    return replace(layout, elements=tuple(box if e.key == state.key else e
                                          for e in layout.elements))


# ---- arranging ---------------------------------------------------------------------------------
def _title(text: str, x: float, y: float, w: float, size: float = st.TITLE_SIZE) -> Label:
    """A panel's title: up to two lines across w, left-aligned, its rect as tall as its lines."""
    lines, size = fit(text, w, 2, size, st.MIN_SIZE, True)
    return Label(lines, size, Rect(x, y, w, len(lines) * line_height(size)), True, align="left")


def _rows(keys: list[str], x: float, w: float, cols: int, box_w: float | None = None,
          stretch_last: bool = False) -> list[Row]:
    """Keys in rows of cols boxes, each row centred in [x, x+w]. With stretch_last an incomplete
    last row widens its boxes to the full width instead."""
    cols = max(1, cols)
    full_w = (w - st.GAP * (cols - 1)) / cols
    box_w = min(box_w or full_w, full_w)
    rows = []
    for i in range(0, len(keys), cols):
        chunk = keys[i:i + cols]
        k = len(chunk)
        bw = (w - st.GAP * (k - 1)) / k if stretch_last and k < cols else box_w
        left = x + (w - (k * bw + (k - 1) * st.GAP)) / 2
        rows.append([(key, left + j * (bw + st.GAP), bw) for j, key in enumerate(chunk)])
    return rows


def _row_naturals(model: ModelDefinition, rows: list[Row], lang: str) -> list[float]:
    return [max(natural_height(model, key, bw, lang) for key, _, bw in row) for row in rows]


def _stacked_height(naturals: list[float]) -> float:
    return sum(naturals) + st.GAP * max(0, len(naturals) - 1)


def _place_rows(model: ModelDefinition, rows: list[Row], y: float, h: float,
                lang: str) -> list[ElementBox]:
    """Rows stacked from y in a height h of at least their natural height: boxes grow a little,
    the rest of the room becomes even spacing."""
    naturals = _row_naturals(model, rows, lang)
    if not rows:
        return []
    extra = max(0.0, h - _stacked_height(naturals))
    grow = min(extra / len(rows), GROW_LIMIT * min(naturals))
    spare = (extra - grow * len(rows)) / (len(rows) + 1)
    boxes = []
    y += spare
    for row, nat in zip(rows, naturals):
        for key, bx, bw in row:
            boxes.append(place(model, key, Rect(bx, y, bw, nat + grow), lang))
        y += nat + grow + st.GAP + spare
    return boxes


class _Column:
    """A titled panel with its rows of boxes, measured before it is placed."""

    def __init__(self, model: ModelDefinition, key: str, title: str, rect_x: float, w: float,
                 rows_of, lang: str):
        self.model, self.key, self.lang = model, key, lang
        self.x, self.w = rect_x, w
        inner = w - 2 * st.PAD
        self.title = _title(title, rect_x + st.PAD, 0.0, inner)
        self.title_h = self.title.rect.h
        self.rows = rows_of(rect_x + st.PAD, inner)
        self.content_h = _stacked_height(_row_naturals(model, self.rows, lang))

    @property
    def natural(self) -> float:
        return 2 * st.PAD + self.title_h + st.PAD / 2 + self.content_h

    def place(self, y: float, h: float, fill: str, stroke: str, width: float
              ) -> tuple[Panel, list[ElementBox]]:
        rect = Rect(self.x, y, self.w, h)
        title = replace(self.title, rect=replace(self.title.rect, y=y + st.PAD))
        top = y + st.PAD + self.title_h + st.PAD / 2
        boxes = _place_rows(self.model, self.rows, top, rect.bottom - st.PAD - top, self.lang)
        return Panel(self.key, title, rect, fill, stroke, width), boxes


def _side_rows(keys: list[str]):
    return lambda x, w: _rows(keys, x, w, 1)


@lru_cache(maxsize=16)
def _frame(model: ModelDefinition, lang: str, high_contrast: bool) -> Layout:
    """Everything but the states: panels, boxes (not assessed), axis and legend."""
    s = st.style(high_contrast)
    by_pos = {p.position: p for p in model.perspectives}
    keys_at = {pos: [a.key for a in model.areas_of(p.key)] for pos, p in by_pos.items()}
    x0, inner_w = st.MARGIN, FIGURE_W - 2 * st.MARGIN
    axis = growth_axis(model, x0, st.MARGIN, inner_w, lang, high_contrast)
    y = axis.rect.bottom + st.GAP

    left = _Column(model, by_pos["left"].key, by_pos["left"].label.get(lang), x0, st.SIDE_W,
                   _side_rows(keys_at["left"]), lang)
    cx = x0 + st.SIDE_W + st.GAP
    right = _Column(model, by_pos["right"].key, by_pos["right"].label.get(lang),
                    cx + st.CENTRE_W + st.GAP, st.SIDE_W, _side_rows(keys_at["right"]), lang)
    centre_panels, centre_natural = _centre(model, by_pos["centre"], cx, lang, s)
    band_h = max(left.natural, right.natural, centre_natural)
    panels, boxes = [], []
    for col in (left, right):
        panel, placed = col.place(y, band_h, s.panel_fill, s.panel_stroke, s.panel_width)
        panels.append(panel)
        boxes += placed
    c_panels, c_boxes = centre_panels(y, band_h)
    panels += c_panels
    boxes += c_boxes
    y += band_h + st.GAP

    bottom_panel, bottom_boxes = _bottom(model, by_pos["bottom"], keys_at["bottom"], x0, y,
                                         inner_w, lang, s)
    panels.append(bottom_panel)
    boxes += bottom_boxes
    y = bottom_panel.rect.bottom + st.GAP
    leg = legend(model, x0, y, inner_w, lang, high_contrast)
    order = {k: i for i, k in enumerate(model.element_keys())}
    boxes.sort(key=lambda b: order[b.key])
    return Layout(FIGURE_W, leg.rect.bottom + st.MARGIN, lang, high_contrast, tuple(panels),
                  tuple(boxes), axis, leg, text_colour=s.title_colour)


def _centre(model: ModelDefinition, perspective, x: float, lang: str, s: st.Style):
    """The conditions for success around the learning community: half of them above it, half
    below, in a dashed frame; the community's own areas inside it, two to a row."""
    conditions = [c.key for c in model.conditions]
    half = ceil(len(conditions) / 2)
    groups = [conditions[:half], conditions[half:]]
    inner_x, inner_w = x + st.PAD, st.CENTRE_W - 2 * st.PAD
    cols = max(1, int((inner_w + st.GAP) // (st.MIN_CONDITION_W + st.GAP)))
    cond_rows = [_rows(g, inner_x, inner_w, min(cols, len(g)) or 1) for g in groups]
    cond_h = [_stacked_height(_row_naturals(model, r, lang)) for r in cond_rows]
    area_keys = [a.key for a in model.areas_of(perspective.key)]
    core = _Column(model, perspective.key, perspective.label.get(lang), inner_x, inner_w,
                   lambda cx, cw: _rows(area_keys, cx, cw, min(2, len(area_keys)) or 1,
                                        stretch_last=True), lang)
    caption = _title(word("conditions", lang), inner_x, 0.0, inner_w, st.AXIS_SIZE)
    caption_h = caption.rect.h
    gaps = st.GAP * sum(1 for h in cond_h if h)
    natural = 2 * st.PAD + caption_h + st.PAD / 2 + sum(cond_h) + gaps + core.natural

    def place_all(y: float, h: float) -> tuple[list[Panel], list[ElementBox]]:
        frame = Panel("conditions", replace(caption, rect=replace(caption.rect, y=y + st.PAD)),
                      Rect(x, y, st.CENTRE_W, h), "#FFFFFF", s.frame_stroke, s.panel_width,
                      dashed=True)
        top = y + st.PAD + caption_h + st.PAD / 2
        boxes = _place_rows(model, cond_rows[0], top, cond_h[0], lang)
        core_y = top + cond_h[0] + (st.GAP if cond_h[0] else 0)
        core_h = h - natural + core.natural  # the centre takes whatever room is spare
        panel, core_boxes = core.place(core_y, core_h, s.centre_fill, s.centre_stroke,
                                       s.centre_width)
        below = core_y + core_h + st.GAP
        boxes += core_boxes + _place_rows(model, cond_rows[1], below, cond_h[1], lang)
        return [frame, panel], boxes

    return place_all, natural


def _bottom(model: ModelDefinition, perspective, keys: list[str], x: float, y: float, w: float,
            lang: str, s: st.Style) -> tuple[Panel, list[ElementBox]]:
    """The bottom perspective as a band: its title at the left, its areas centred under the
    centre column (the title's width is kept free on both sides so they stay centred)."""
    title_text = perspective.label.get(lang)
    lines, size = fit(title_text, st.SIDE_W - 2 * st.PAD, 2, st.TITLE_SIZE, st.MIN_SIZE, True)
    title_w = max(text_width(t, size, True) for t in lines)
    title_h = len(lines) * line_height(size)
    reserve = st.PAD + title_w + st.GAP
    region_x, region_w = x + reserve, w - 2 * reserve
    cols = max(1, min(len(keys), int((region_w + st.GAP) // (st.MIN_BOTTOM_BOX_W + st.GAP))))
    rows = _rows(keys, region_x, region_w, cols, st.BOTTOM_BOX_W)
    content_h = _stacked_height(_row_naturals(model, rows, lang))
    h = max(content_h, title_h) + 2 * st.PAD
    boxes = _place_rows(model, rows, y + st.PAD, h - 2 * st.PAD, lang)
    title = Label(lines, size, Rect(x + st.PAD, y + (h - title_h) / 2, title_w, title_h), True,
                  align="left")
    return Panel(perspective.key, title, Rect(x, y, w, h), s.panel_fill, s.panel_stroke,
                 s.panel_width), boxes

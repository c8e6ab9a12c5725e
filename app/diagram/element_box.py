"""One element's box: its inside (label, status row, observation count, complexity spread) and
its colours for a state.

The geometry of a box depends only on the model, the language, the metrics and the box's width,
never on the state, so a status change recolours one box without moving anything (restyle).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from app.diagram import style as st
from app.diagram.shapes import Circle, ElementBox, Label, Rect, SpreadRow, StatusRow
from app.diagram.text_fit import fit, line_height, text_width
from app.diagram.words import WIDEST_DETAIL_COUNT, observations_text
from app.modeldef.definition import ModelDefinition
from app.vocabulary.dto import ElementState

ROW_GAP = 5.0
ICON_GAP = 6.0  # between a numbered tile's number and its icon
TILE_FOOT = 0.2  # below a tile's number, as a fraction of its size
STATUS_H = 2 * st.BADGE_R + 2
UNASSESSED_BADGE = "–"


@dataclass(frozen=True)
class _Plan:
    """What a box of a given width needs inside, before it is placed."""

    label_lines: tuple[str, ...]
    label_size: float
    status_size: float | None  # None: no level name in the status row
    detail_size: float | None  # None: no observation count
    spread_labels: tuple[tuple[str, str], ...]  # (complexity key, label); empty: no spread
    spread_size: float
    spread_label_w: float
    height: float


def _element(model: ModelDefinition, key: str):
    """(kind, perspective, short label, full label, explanation, regional questions?)"""
    for a in model.areas:
        if a.key == key:
            return "area", a.perspective, a.short, a.label, a.explanation, a.regional_questions
    for c in model.conditions:
        if c.key == key:
            return "condition", None, c.label, c.label, c.explanation, False
    raise KeyError(key)


def largest_fitting(texts: list[str], width: float, size: float, bold: bool = False) -> float:
    """The largest whole size, at most size and at least the minimum, at which every text fits
    on one line of width."""
    s = size
    while s > st.MIN_SIZE and max(text_width(t, s, bold) for t in texts) > width:
        s -= 1
    return s


def status_label_width(width: float) -> float:
    """What is left of a status row for the level's name after the badge and the icon."""
    return width - 2 * st.BADGE_R - 2 * st.ICON_R - 12


def level_names(model: ModelDefinition, lang: str) -> list[str]:
    return [model.unassessed.label.get(lang)] + [lv.label.get(lang) for lv in model.levels]


def number_of(model: ModelDefinition, key: str) -> str:
    """An element's number in the numbered figure and its key: its place in the definition."""
    return str(model.element_keys().index(key) + 1)


def _numbered_plan(model: ModelDefinition, key: str, width: float, m: st.Metrics) -> _Plan:
    """A tile: the number, large, and the status icon beside it (no badge: one number per
    box, so the element's number is never taken for its level)."""
    number = number_of(model, key)
    size = largest_fitting(
        [number], width - 2 * st.PAD - 2 * st.ICON_R - ICON_GAP, m.label_size, True
    )
    size = max(size, m.label_min)
    # room under the digits for the overlay's chips on the bottom edge (app.diagram.overlay)
    height = 2 * st.PAD + max(line_height(size) + TILE_FOOT * size, 2 * st.ICON_R)
    return _Plan((number,), size, None, None, (), m.spread_size, 0.0, height)


@lru_cache(maxsize=1024)
def _plan(model: ModelDefinition, key: str, width: float, lang: str, m: st.Metrics) -> _Plan:
    if m.numbered:
        return _numbered_plan(model, key, width, m)
    _, _, short, _, _, regional = _element(model, key)
    inner = width - 2 * st.PAD
    lines, size = fit(short.get(lang), inner, m.label_lines, m.label_size, m.label_min, True)
    status_size = (
        largest_fitting(level_names(model, lang), status_label_width(inner), m.status_size)
        if m.status_words
        else None
    )
    detail_size = (
        largest_fitting([observations_text(WIDEST_DETAIL_COUNT, True, lang)], inner, m.detail_size)
        if m.details
        else None
    )
    spread = (
        tuple((c.key, c.label.get(lang)) for c in model.complexity)
        if regional and m.details
        else ()
    )
    spread_size, label_w = m.spread_size, 0.0
    if spread:
        # less than half the row for the complexity name, then the bar, then the count
        spread_size = largest_fitting([t for _, t in spread], inner * 0.45, m.spread_size)
        label_w = max(text_width(t, spread_size) for _, t in spread) + 4
    height = 2 * st.PAD + len(lines) * line_height(size) + ROW_GAP + STATUS_H
    if detail_size:
        height += ROW_GAP + line_height(detail_size)
    if spread:
        height += ROW_GAP + len(spread) * line_height(spread_size) * 1.1
    return _Plan(lines, size, status_size, detail_size, spread, spread_size, label_w, height)


def natural_height(
    model: ModelDefinition, key: str, width: float, lang: str, m: st.Metrics
) -> float:
    return _plan(model, key, width, lang, m).height


def status_row(
    rect: Rect, size: float | None, badge: str, icon: float | None, name: str
) -> StatusRow:
    """Badge, icon and (at a size) the level's name in a row, left to right, centred
    vertically in rect."""
    badge_c = Circle(rect.x + st.BADGE_R, rect.cy, st.BADGE_R)
    icon_c = Circle(badge_c.cx + st.BADGE_R + 6 + st.ICON_R, rect.cy, st.ICON_R)
    label_x = icon_c.cx + st.ICON_R + 6
    label = (
        None
        if size is None
        else Label((name,), size, Rect(label_x, rect.y, rect.right - label_x, rect.h), align="left")
    )
    return StatusRow(rect, badge, badge_c, icon, icon_c, label)


def _spread_rows(plan: _Plan, inner: Rect, y: float) -> list[SpreadRow]:
    rows = []
    row_h = line_height(plan.spread_size) * 1.1
    count_w = text_width("999", plan.spread_size) + 4
    track_x = inner.x + plan.spread_label_w
    for ckey, ctext in plan.spread_labels:
        track = Rect(track_x, y + row_h * 0.25, inner.right - count_w - track_x, row_h * 0.5)
        rows.append(
            SpreadRow(
                ckey,
                Label(
                    (ctext,),
                    plan.spread_size,
                    Rect(inner.x, y, plan.spread_label_w, row_h),
                    align="left",
                ),
                0,
                track,
                0.0,
                Label(("0",), plan.spread_size, Rect(inner.right - count_w, y, count_w, row_h)),
            )
        )
        y += row_h
    return rows


def place(model: ModelDefinition, key: str, rect: Rect, lang: str, m: st.Metrics) -> ElementBox:
    """The box at rect, not assessed; restyle() gives it a state. Content is centred vertically
    when the box is taller than it needs; the status row is centred horizontally when it carries
    no words."""
    kind, perspective, _, full, explanation, _ = _element(model, key)
    plan = _plan(model, key, rect.w, lang, m)
    inner = rect.inset(st.PAD)
    if m.numbered:
        return _tile(
            model,
            key,
            rect,
            plan,
            lang,
            kind,
            perspective,
            full.get(lang),
            explanation.get(lang) if explanation else "",
        )
    y = rect.y + st.PAD + max(0.0, (rect.h - plan.height) / 2)
    label_h = len(plan.label_lines) * line_height(plan.label_size)
    label = Label(plan.label_lines, plan.label_size, Rect(inner.x, y, inner.w, label_h), True)
    y += label_h + ROW_GAP
    row_rect = Rect(inner.x, y, inner.w, STATUS_H)
    if plan.status_size is None:
        marks_w = 2 * st.BADGE_R + 6 + 2 * st.ICON_R
        row_rect = Rect(inner.cx - marks_w / 2, y, marks_w, STATUS_H)
    status = status_row(
        row_rect, plan.status_size, UNASSESSED_BADGE, None, model.unassessed.label.get(lang)
    )
    y += STATUS_H + ROW_GAP
    detail = None
    if plan.detail_size:
        detail_h = line_height(plan.detail_size)
        detail = Label(("",), plan.detail_size, Rect(inner.x, y, inner.w, detail_h), align="left")
        y += detail_h + ROW_GAP
    return _unassessed(
        model,
        lang,
        key=key,
        kind=kind,
        perspective=perspective,
        rect=rect,
        label=label,
        full_label=full.get(lang),
        explanation=explanation.get(lang) if explanation else "",
        status=status,
        detail=detail,
        spread=tuple(_spread_rows(plan, inner, y)),
    )


def _tile(
    model: ModelDefinition,
    key: str,
    rect: Rect,
    plan: _Plan,
    lang: str,
    kind: str,
    perspective: str | None,
    full: str,
    explanation: str,
) -> ElementBox:
    """The numbered box: number and icon side by side, centred in rect."""
    inner = rect.inset(st.PAD)
    number_w = text_width(plan.label_lines[0], plan.label_size, True)
    left = max(inner.x, rect.cx - (number_w + ICON_GAP + 2 * st.ICON_R) / 2)
    lh = line_height(plan.label_size)
    top = inner.y + max(0.0, (inner.h - lh - TILE_FOOT * plan.label_size) / 2)
    label = Label(
        plan.label_lines, plan.label_size, Rect(left, top, number_w, lh), True, align="left"
    )
    icon_c = Circle(left + number_w + ICON_GAP + st.ICON_R, top + lh / 2, st.ICON_R)
    status = StatusRow(
        Rect(icon_c.cx - st.ICON_R, icon_c.cy - st.ICON_R, 2 * st.ICON_R, 2 * st.ICON_R),
        "",
        Circle(icon_c.cx - st.ICON_R, icon_c.cy, 0.0),
        None,
        icon_c,
        None,
    )
    return _unassessed(
        model,
        lang,
        key=key,
        kind=kind,
        perspective=perspective,
        rect=rect,
        label=label,
        full_label=full,
        explanation=explanation,
        status=status,
        detail=None,
    )


def _unassessed(model: ModelDefinition, lang: str, **placed) -> ElementBox:
    """A box as placed, not yet assessed: restyle() gives it the session's status and colours."""
    return ElementBox(
        level=None,
        level_label=model.unassessed.label.get(lang),
        fill="#FFFFFF",
        text_colour="#000000",
        border="hatched",
        border_width=st.NORMAL.element_border_width,
        border_colour=st.NORMAL.element_border,
        observation_count=0,
        carried=False,
        **placed,
    )


def level_style(model: ModelDefinition, level: int | None, high_contrast: bool) -> dict:
    """Fill, text colour, border and status marks of a level (None: not assessed)."""
    lv = model.level(level)
    fill, text = lv.colours(high_contrast)
    s = st.style(high_contrast)
    n = len(model.levels)
    icon = None if lv.level is None else ((lv.level - 1) / (n - 1) if n > 1 else 1.0)
    return {
        "level": lv.level,
        "fill": fill,
        "text_colour": text,
        "border": lv.border,
        "border_width": s.element_border_width,
        "border_colour": s.element_border,
        "badge": UNASSESSED_BADGE if lv.level is None else str(lv.level),
        "icon": icon,
    }


def restyle(
    box: ElementBox,
    model: ModelDefinition,
    state: ElementState | None,
    lang: str,
    high_contrast: bool,
) -> ElementBox:
    """The same box, coloured and labelled for state (None: not assessed, nothing said)."""
    status = state.status if state else None
    look = level_style(model, status, high_contrast)
    name = model.level(status).label.get(lang)
    row = box.status
    badge = look.pop("badge")
    badge = badge if row.badge_circle.r else ""  # a numbered tile has no badge
    row = replace(
        row,
        badge=badge,
        icon=look.pop("icon"),
        label=replace(row.label, lines=(name,)) if row.label else None,
    )
    count = state.observation_count if state else 0
    carried = bool(state and state.carried)
    detail = box.detail and replace(box.detail, lines=(observations_text(count, carried, lang),))
    spread = box.spread
    if spread:
        counts = dict(state.complexity_counts) if state else {}
        # each bar is its type's share of the typed questions, so bars compare across areas
        total = sum(counts.get(r.key, 0) for r in spread) or 1
        spread = tuple(
            replace(
                r,
                count=counts.get(r.key, 0),
                fraction=counts.get(r.key, 0) / total,
                count_label=replace(r.count_label, lines=(str(counts.get(r.key, 0)),)),
            )
            for r in spread
        )
    return replace(
        box,
        status=row,
        level_label=name,
        observation_count=count,
        carried=carried,
        detail=detail,
        spread=spread,
        **look,
    )

"""The figure's two bands: the growth axis (top) and the status legend (bottom)."""

from __future__ import annotations

from app.diagram import style as st
from app.diagram.element_box import STATUS_H, level_names, level_style, status_row
from app.diagram.shapes import AxisSegment, GrowthAxis, Label, Legend, LegendEntry, Rect
from app.diagram.text_fit import fit, line_height, text_width
from app.diagram.words import word
from app.modeldef.definition import ModelDefinition

AXIS_BODY_H = 30.0
AXIS_HEAD_W = 24.0
AXIS_HEAD_OVERHANG = 7.0
ENDS_SIZE = 13.0
LEGEND_ENTRY_PAD_Y = 5.0
LEGEND_ONE_ROW_MIN = 12.0
ENTRY_GAP = 6.0


def _heading(text: str, x: float, y: float, band_h: float, size: float, max_w: float) -> Label:
    lines, size = fit(text, max_w, 2, size, st.MIN_SIZE, True)
    w = max(text_width(t, size, True) for t in lines)
    h = len(lines) * line_height(size)
    return Label(lines, size, Rect(x, y + (band_h - h) / 2, w, h), True, align="left")


def growth_axis(
    model: ModelDefinition,
    x: float,
    y: float,
    w: float,
    lang: str,
    high_contrast: bool,
    m: st.Metrics,
) -> GrowthAxis:
    """Heading at the left (above, in the portrait figure), then the arrow cut into the
    complexity types, with renewal and sustainability transition written under its two ends."""
    s = st.style(high_contrast)
    ends_h = line_height(ENDS_SIZE)
    band_h = AXIS_BODY_H + 2 * AXIS_HEAD_OVERHANG + ends_h
    if m.portrait:
        heading = _heading(word("growth", lang), x, y, 0, m.axis_size, w)
        heading = Label(
            heading.lines,
            heading.size,
            Rect(x, y, heading.rect.w, heading.rect.h),
            True,
            align="left",
        )
        top, body_x = heading.rect.bottom + 4, x
    else:
        heading = _heading(word("growth", lang), x, y, band_h, m.axis_size, m.side_w - st.PAD)
        top, body_x = y, x + m.side_w + st.GAP
    body_y = top + AXIS_HEAD_OVERHANG
    body_w = x + w - AXIS_HEAD_W - body_x
    n = max(1, len(model.complexity))
    seg_w = body_w / n
    seg_labels = [c.label.get(lang) for c in model.complexity]
    size = m.axis_size
    while (
        size > st.MIN_SIZE
        and max((text_width(t, size, True) for t in seg_labels), default=0) > seg_w - 2 * st.PAD
    ):
        size -= 1
    if (
        m.numbered
        and max((text_width(t, size, True) for t in seg_labels), default=0) > seg_w - 2 * st.PAD
    ):
        # too narrow for the complexity names at a readable size: the numbered figure keeps
        # the arrow and its two ends, the names are in the regional questions
        seg_labels = ["" for _ in seg_labels]
    segments = []
    for i, c in enumerate(model.complexity):
        r = Rect(body_x + i * seg_w, body_y, seg_w, AXIS_BODY_H)
        fill = st.blend(*s.axis_fills, i / (n - 1) if n > 1 else 0.0)
        segments.append(
            AxisSegment(c.key, Label((seg_labels[i],), size, r.inset(st.PAD, 0), True), r, fill)
        )
    tip_x = x + w
    head = (
        (tip_x - AXIS_HEAD_W, top),
        (tip_x, body_y + AXIS_BODY_H / 2),
        (tip_x - AXIS_HEAD_W, body_y + AXIS_BODY_H + AXIS_HEAD_OVERHANG),
    )
    ends_y = body_y + AXIS_BODY_H + AXIS_HEAD_OVERHANG
    half = (tip_x - body_x) / 2 - st.GAP / 2
    start_lines, start_size = fit(
        model.transition.from_label.get(lang), half, 1, ENDS_SIZE, st.MIN_SIZE
    )
    end_lines, end_size = fit(model.transition.to_label.get(lang), half, 1, ENDS_SIZE, st.MIN_SIZE)
    start = Label(start_lines, start_size, Rect(body_x, ends_y, half, ends_h), align="left")
    end = Label(end_lines, end_size, Rect(tip_x - half, ends_y, half, ends_h), align="right")
    return GrowthAxis(
        Rect(x, y, w, top - y + band_h),
        heading,
        tuple(segments),
        head,
        start,
        end,
        s.axis_stroke,
        s.axis_width,
    )


def legend(
    model: ModelDefinition,
    x: float,
    y: float,
    w: float,
    lang: str,
    high_contrast: bool,
    m: st.Metrics,
) -> Legend:
    """'Status' and one sample per level (not assessed first), flowing into as many rows as the
    width needs. Each sample looks exactly like an element's status row on its own fill."""
    entry_h = STATUS_H + 2 * LEGEND_ENTRY_PAD_Y
    names = level_names(model, lang)
    levels = [None] + [lv.level for lv in model.levels]
    title = _heading(word("status", lang), x, y, entry_h, m.title_size, m.side_w / 2)
    start_x = title.rect.right + st.GAP
    row_w = x + w - start_x

    def entry_w(name: str, size: float) -> float:
        words = text_width(name, size) + 2 if m.legend_words else -6
        return 2 * st.PAD + 2 * st.BADGE_R + 2 * st.ICON_R + 12 + words

    def one_row_w(size: float) -> float:
        return sum(entry_w(n, size) for n in names) + ENTRY_GAP * (len(names) - 1)

    # one row if the type can stay large enough; else several rows at full size; and the type
    # shrinks rather than let one entry be wider than a whole row
    size = m.legend_size
    while size > LEGEND_ONE_ROW_MIN and one_row_w(size) > row_w:
        size -= 1
    if one_row_w(size) > row_w:
        size = m.legend_size
    while size > st.MIN_SIZE and max(entry_w(n, size) for n in names) > row_w:
        size -= 1
    entries = []
    ex, ey = start_x, y
    for level, name in zip(levels, names, strict=True):
        ew = entry_w(name, size)
        if ex + ew > x + w and ex > start_x:
            ex, ey = start_x, ey + entry_h + ENTRY_GAP
        r = Rect(ex, ey, ew, entry_h)
        look = level_style(model, level, high_contrast)
        # without words (the numbered figure) each sample is its number, icon and colour
        row = status_row(
            r.inset(st.PAD, LEGEND_ENTRY_PAD_Y),
            size if m.legend_words else None,
            look["badge"],
            look["icon"],
            name,
        )
        entries.append(
            LegendEntry(
                level,
                r,
                look["fill"],
                look["text_colour"],
                look["border"],
                look["border_width"],
                look["border_colour"],
                row,
            )
        )
        ex += ew + ENTRY_GAP
    bottom = ey + entry_h
    return Legend(Rect(x, y, w, bottom - y), title, tuple(entries))

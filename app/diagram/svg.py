"""The model figure as SVG, written from the layout's primitives in pure Python.

No QtSvg needed, and the SVG is the same figure as the canvas and the PDF by construction.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from app.diagram.paint import Box, Dot, Line, Op, Poly, Text, figure_ops
from app.diagram.shapes import Layout
from app.diagram.text_fit import SCREEN_FAMILIES

FONT_FAMILY = ", ".join(f"'{f}'" if " " in f else f for f in SCREEN_FAMILIES) + ", sans-serif"
ANCHORS = {"start": "start", "middle": "middle", "end": "end"}


def _n(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")


def _paint(
    fill: str | None, stroke: str | None, width: float, dash: tuple[float, float] | None = None
) -> str:
    out = f'fill="{fill or "none"}"'
    if stroke:
        out += f' stroke="{stroke}" stroke-width="{_n(width)}"'
        if dash:
            out += f' stroke-dasharray="{_n(dash[0])} {_n(dash[1])}"'
    return out


def _element(op: Op) -> str:
    if isinstance(op, Box):
        r = op.rect
        radius = f' rx="{_n(op.radius)}"' if op.radius else ""
        return (
            f'<rect x="{_n(r.x)}" y="{_n(r.y)}" width="{_n(r.w)}" height="{_n(r.h)}"'
            f"{radius} {_paint(op.fill, op.stroke, op.width, op.dash)}/>"
        )
    if isinstance(op, Line):
        return (
            f'<line x1="{_n(op.x1)}" y1="{_n(op.y1)}" x2="{_n(op.x2)}" y2="{_n(op.y2)}" '
            f'stroke="{op.stroke}" stroke-width="{_n(op.width)}"/>'
        )
    if isinstance(op, Poly):
        pts = " ".join(f"{_n(x)},{_n(y)}" for x, y in op.points)
        return f'<polygon points="{pts}" {_paint(op.fill, op.stroke, op.width)}/>'
    if isinstance(op, Dot):
        return (
            f'<circle cx="{_n(op.cx)}" cy="{_n(op.cy)}" r="{_n(op.r)}" '
            f"{_paint(op.fill, op.stroke, op.width)}/>"
        )
    if isinstance(op, Text):
        weight = ' font-weight="bold"' if op.bold else ""
        return (
            f'<text x="{_n(op.x)}" y="{_n(op.y)}" font-size="{_n(op.size)}"{weight} '
            f'fill="{op.colour}" text-anchor="{ANCHORS[op.anchor]}">{escape(op.text)}</text>'
        )
    raise TypeError(op)


def to_svg(layout: Layout, title: str = "", extra: Sequence[Op] = ()) -> str:
    """extra: drawn over the figure (the questions' markers on the band)."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" '
        f'width="{_n(layout.width)}pt" height="{_n(layout.height)}pt" '
        f'viewBox="0 0 {_n(layout.width)} {_n(layout.height)}" '
        f"font-family={quoteattr(FONT_FAMILY)}>",
    ]
    if title:
        parts.append(f"<title>{escape(title)}</title>")
    parts += [_element(op) for op in [*figure_ops(layout), *extra]]
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def write_svg(layout: Layout, path: str | Path, title: str = "", extra: Sequence[Op] = ()) -> None:
    Path(path).write_text(to_svg(layout, title, extra), encoding="utf-8")

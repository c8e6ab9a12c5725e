"""Graphics items of the model canvas: they paint the diagram layout's primitives with QPainter.

Scene units are the layout's points; fonts are set in pixels of the scene so a font is the same
size on every paint device (screen, PNG) and the view's zoom scales everything alike.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from html import escape
from math import floor

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem

from app.diagram.overlay import Overlay, overlay_ops
from app.diagram.paint import (
    Box,
    Dot,
    Line,
    Op,
    Poly,
    Text,
    element_ops,
    figure_ops,
)
from app.diagram.shapes import ElementBox, Layout, Rect
from app.diagram.text_fit import SCREEN_FAMILIES, shrink_to_fit

MAX_TOOLTIP_OBSERVATIONS = 12
FOCUS_COLOUR = "#E66100"  # orange: apart from the green-blue scale, visible in greyscale too

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


@lru_cache(maxsize=128)
def qfont(pixel_size: int, bold: bool) -> QFont:
    f = QFont()
    f.setFamilies(list(SCREEN_FAMILIES))
    f.setPixelSize(max(1, pixel_size))
    f.setBold(bold)
    return f


@lru_cache(maxsize=64)
def _colour(hex_colour: str) -> QColor:
    return QColor(hex_colour)


@lru_cache(maxsize=256)
def _pen(colour: str | None, width: float, dash: tuple[float, float] | None = None) -> QPen:
    if colour is None:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(_colour(colour), width)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dash:
        pen.setDashPattern([d / width for d in dash])  # Qt counts dashes in pen widths
    return pen


@lru_cache(maxsize=64)
def _brush(colour: str | None) -> QBrush:
    return QBrush(_colour(colour)) if colour else QBrush(Qt.BrushStyle.NoBrush)


def _qrect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


@lru_cache(maxsize=4096)
def _measured(text: str, pixel_size: int, bold: bool) -> float:
    return QFontMetricsF(qfont(pixel_size, bold)).horizontalAdvance(text)


def _draw_text(p: QPainter, t: Text) -> None:
    size = floor(t.size)
    width = _measured(t.text, size, t.bold)
    fitted = floor(shrink_to_fit(width, size, t.max_width))
    if fitted != size:  # this screen's face runs wider than the layout's estimate
        size = fitted
        width = _measured(t.text, size, t.bold)
    x = t.x - {"start": 0.0, "middle": width / 2, "end": width}[t.anchor]
    p.setFont(qfont(size, t.bold))
    p.setPen(_colour(t.colour))
    p.drawText(QPointF(x, t.y), t.text)


def _draw_lines(p: QPainter, lines: list[Line]) -> None:
    """Lines of one pen in one call (the hatching of a box is some fifty of them)."""
    p.setPen(_pen(lines[0].stroke, lines[0].width))
    p.drawLines([QLineF(ln.x1, ln.y1, ln.x2, ln.y2) for ln in lines])


def paint_ops(p: QPainter, ops: list[Op]) -> None:
    run: list[Line] = []
    for op in ops:
        if run and not (
            isinstance(op, Line) and (op.stroke, op.width) == (run[0].stroke, run[0].width)
        ):
            _draw_lines(p, run)
            run = []
        if isinstance(op, Line):
            run.append(op)
        elif isinstance(op, Text):
            _draw_text(p, op)
        elif isinstance(op, Box):
            p.setPen(_pen(op.stroke, op.width, op.dash))
            p.setBrush(_brush(op.fill))
            if op.radius:
                p.drawRoundedRect(_qrect(op.rect), op.radius, op.radius)
            else:
                p.drawRect(_qrect(op.rect))
        elif isinstance(op, Poly):
            p.setPen(_pen(op.stroke, op.width))
            p.setBrush(_brush(op.fill))
            p.drawPolygon(QPolygonF([QPointF(x, y) for x, y in op.points]))
        elif isinstance(op, Dot):
            p.setPen(_pen(op.stroke, op.width))
            p.setBrush(_brush(op.fill))
            p.drawEllipse(QPointF(op.cx, op.cy), op.r, op.r)
    if run:
        _draw_lines(p, run)


def render_layout(layout: Layout, scale: float, extra: Sequence[Op] = ()) -> QImage:
    """The whole figure as an image, scale pixels per point, on its background; extra is drawn
    over it (the questions' markers on the band)."""
    image = QImage(
        round(layout.width * scale), round(layout.height * scale), QImage.Format.Format_ARGB32
    )
    image.fill(QColor(layout.background))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    paint_ops(painter, [*figure_ops(layout), *extra])
    painter.end()
    return image


class ElementItem(QGraphicsItem):
    """One area or condition. Hover shows its observations; a click activates it."""

    def __init__(
        self,
        box: ElementBox,
        high_contrast: bool,
        observations: Callable[[str], list[str]],
        activate: Callable[[str], None],
    ):
        super().__init__()
        self._observations = observations
        self._activate = activate
        self._high_contrast = high_contrast
        self.box = box
        self._ops = element_ops(box, high_contrast)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @property
    def key(self) -> str:
        return self.box.key

    def set_box(self, box: ElementBox) -> None:
        """A new state for the same place: only this item repaints."""
        if box.border_width != self.box.border_width:
            self.prepareGeometryChange()  # the bounding rect includes the border
        self.box = box
        self._ops = element_ops(box, self._high_contrast)
        self.update()

    def boundingRect(self) -> QRectF:
        m = self.box.border_width
        return _qrect(self.box.rect).adjusted(-m, -m, m, m)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(_qrect(self.box.rect))
        return path

    def paint(self, painter: QPainter, option, widget=None) -> None:
        paint_ops(painter, self._ops)

    def hoverEnterEvent(self, event) -> None:
        self.setToolTip(self.tooltip_html())
        super().hoverEnterEvent(event)

    def tooltip_html(self) -> str:
        """The full label, the status in words, and what the group observed."""
        b = self.box
        # translate() outside the f-string: pyside6-lupdate does not look inside f-strings
        status_word = translate("ModelCanvas", "Status")
        html = (
            f"<b>{escape(b.full_label)}</b><br>"
            f"{escape(status_word)}: {escape(b.status.badge)} {escape(b.level_label)}"
        )
        texts = list(self._observations(b.key))
        if not texts:
            none_yet = translate("ModelCanvas", "No observations yet")
            return html + f"<br><i>{escape(none_yet)}</i>"
        shown = texts[:MAX_TOOLTIP_OBSERVATIONS]
        html += "<ul style='margin:0'>" + "".join(f"<li>{escape(t)}</li>" for t in shown)
        html += "</ul>"
        if len(texts) > len(shown):
            html += escape(
                translate("ModelCanvas", "and {n} more").format(n=len(texts) - len(shown))
            )
        return html

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.shape().contains(event.pos()):
            self._activate(self.key)
        super().mouseReleaseEvent(event)


class FocusRingItem(QGraphicsItem):
    """A thick outline around the element under discussion (or reached with the keyboard)."""

    WIDTH = 5.0

    def __init__(self):
        super().__init__()
        self._rect = QRectF()
        self.setZValue(2)
        self.setVisible(False)

    def follow(self, rect: Rect | None) -> None:
        self.prepareGeometryChange()
        if rect is None:
            self.setVisible(False)
            return
        m = self.WIDTH
        self._rect = _qrect(rect).adjusted(-m, -m, m, m)
        self.setVisible(True)

    def boundingRect(self) -> QRectF:
        m = self.WIDTH
        return self._rect.adjusted(-m, -m, m, m)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(_pen(FOCUS_COLOUR, self.WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self._rect, 9, 9)


class OverlayItem(QGraphicsItem):
    """The projects on the model: numbered chips on the boxes they touch (app.diagram.overlay).
    Hovering a chip names its projects."""

    def __init__(self):
        super().__init__()
        self.overlay: Overlay | None = None
        self._ops: list[Op] = []
        self._bounds = QRectF()
        self.setZValue(1)
        self.setAcceptHoverEvents(True)
        self.setVisible(False)

    def set_overlay(self, overlay: Overlay | None) -> None:
        self.prepareGeometryChange()
        self.overlay = overlay if overlay and overlay.chips else None
        self._ops = overlay_ops(self.overlay) if self.overlay else []
        self._bounds = QRectF()
        for chip in self.overlay.chips if self.overlay else ():
            self._bounds = self._bounds.united(_qrect(chip.circle.bounds).adjusted(-2, -2, 2, 2))
        self.setVisible(self.overlay is not None)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        for chip in self.overlay.chips if self.overlay else ():
            path.addEllipse(_qrect(chip.circle.bounds))
        return path

    def paint(self, painter: QPainter, option, widget=None) -> None:
        paint_ops(painter, self._ops)

    def tooltip_at(self, x: float, y: float) -> str:
        """The projects of the chip at (x, y), one per line; empty when there is none."""
        if self.overlay is None:
            return ""
        titles = {e.number: e.title for e in self.overlay.entries}
        for chip in self.overlay.chips:
            c = chip.circle
            if (x - c.cx) ** 2 + (y - c.cy) ** 2 <= c.r**2:
                return "<br>".join(f"<b>{n}</b> {escape(titles[n])}" for n in chip.numbers)
        return ""

    def hoverMoveEvent(self, event) -> None:
        self.setToolTip(self.tooltip_at(event.pos().x(), event.pos().y()))
        super().hoverMoveEvent(event)

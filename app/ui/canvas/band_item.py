"""The regional questions on the canvas's growth band (app.diagram.band_marks): markers shaped by
type at each question's place between renewal and sustainability transition. Hovering a marker
names its question, its type and its place."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem

from app.diagram.band_marks import BandMark, band_ops, mark_at
from app.ui.canvas.items import paint_ops


def shape_word(shape: str) -> str:
    """The marker's shape in words, for the tooltip and the screen reader's description."""
    return {
        "circle": QCoreApplication.translate("BandItem", "circle: simple"),
        "square": QCoreApplication.translate("BandItem", "square: complicated"),
        "triangle": QCoreApplication.translate("BandItem", "triangle: complex"),
        "diamond": QCoreApplication.translate("BandItem", "diamond: type not chosen"),
    }[shape]


def mark_text(mark: BandMark, steps: int) -> str:
    return (
        QCoreApplication.translate("BandItem", "%1 (%2; place %3 of %4)")
        .replace("%1", mark.question.text)
        .replace("%2", shape_word(mark.shape))
        .replace("%3", str((mark.question.transition or 0) + 1))
        .replace("%4", str(steps))
    )


class BandItem(QGraphicsItem):
    def __init__(self):
        super().__init__()
        self.marks: tuple[BandMark, ...] = ()
        self.steps = 2
        self._ops: list = []
        self._bounds = QRectF()
        self.setZValue(1)
        self.setAcceptHoverEvents(True)

    def set_marks(self, marks: tuple[BandMark, ...], steps: int, high_contrast: bool) -> None:
        self.prepareGeometryChange()
        self.marks, self.steps = marks, steps
        self._ops = band_ops(marks, high_contrast)
        self._bounds = QRectF()
        for mk in marks:
            b = mk.bounds
            self._bounds = self._bounds.united(QRectF(b.x - 2, b.y - 2, b.w + 4, b.h + 4))
        self.setVisible(bool(marks))
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        for mk in self.marks:
            b = mk.bounds
            path.addRect(QRectF(b.x, b.y, b.w, b.h))
        return path

    def paint(self, painter: QPainter, option, widget=None) -> None:
        paint_ops(painter, self._ops)

    def tooltip_at(self, x: float, y: float) -> str:
        return "<br>".join(escape(mark_text(mk, self.steps)) for mk in mark_at(self.marks, x, y))

    def hoverMoveEvent(self, event) -> None:
        self.setToolTip(self.tooltip_at(event.pos().x(), event.pos().y()))
        super().hoverMoveEvent(event)

"""A choice that shows a short form of its value in its cell ("◔ 2", "●●", "4") and the full
labels when it opens, so that several choice columns leave the text of a row its room.

The full label of the current value is the tooltip and part of the accessible name, so a screen
reader and a hovering mouse still get the words the cell leaves out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter


class CompactChoice(QComboBox):
    def __init__(
        self, title: str, choices: tuple[tuple[Any, str], ...], short: dict[Any, str], parent=None
    ):
        super().__init__(parent)
        self._title = title
        self._short = short
        for value, label in choices:
            self.addItem(label, value)
        # the list that opens is as wide as its longest label, whatever the closed width
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 24)
        self.currentIndexChanged.connect(self._describe)
        self._describe()

    def short_text(self) -> str:
        return self._short.get(self.currentData(), self.currentText())

    def _describe(self, *_args) -> None:
        self.setToolTip(self.currentText())
        self.setAccessibleName(f"{self._title}: {self.currentText()}")

    def paintEvent(self, _event) -> None:
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        opt.currentText = self.short_text()
        opt.currentIcon = self.itemIcon(-1)  # no icon in the compact cell
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        text_w = max(
            [metrics.horizontalAdvance(s) for s in self._short.values()]
            + [metrics.horizontalAdvance("–")]
        )
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, opt, QSize(text_w + 6, metrics.height()), self
        )

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

"""The stage rail: opening, 1–4, closing, each with its state (done, current, to come)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem, QSizePolicy

from app.ui.common.stage_names import STAGES, stage_label

MARKS = {"done": "✓", "current": "▶", "todo": "·"}
RAIL_SCALE = 1.15  # the rail's names a little larger than the body text


class StageRail(QListWidget):
    stageChosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Stages"))
        self._follow_text_size()
        self.setSpacing(4)
        for key in STAGES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.addItem(item)
        self.currentRowChanged.connect(
            lambda row: self.stageChosen.emit(STAGES[row]) if 0 <= row < len(STAGES) else None
        )
        # as wide as its longest stage name (in the language and type size shown), so no name is
        # cut ("1 Starting poin") and a small screen keeps the rest of its width for the work
        self.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

    def _follow_text_size(self) -> None:
        """The rail's type from the application's text size (View → text size, presentation):
        a font set on the widget no longer follows the application's, so it is set again on
        every change, and so are the items' own (bold) fonts."""
        f = QFont(QApplication.font())
        f.setPointSizeF(f.pointSizeF() * RAIL_SCALE)
        self.setFont(f)
        for i in range(self.count()):
            item = self.item(i)
            bold = QFont(f)
            bold.setBold(item.data(Qt.ItemDataRole.AccessibleDescriptionRole) == "current")
            item.setFont(bold)
        self.updateGeometry()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._follow_text_size()
        return super().event(event)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = self.sizeHintForColumn(0) + 2 * self.frameWidth() + 2 * self.spacing() + 4
        return QSize(max(120, width), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width(), super().minimumSizeHint().height())

    def show_states(self, current: str, reached: str, filled: set[str]) -> None:
        """Done: has content or lies before the furthest stage reached."""
        reached_index = STAGES.index(reached)
        for i, key in enumerate(STAGES):
            if key == current:
                state = "current"
            elif key in filled or i < reached_index:
                state = "done"
            else:
                state = "todo"
            item = self.item(i)
            item.setText(f"{MARKS[state]}  {stage_label(key)}")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, state)
            font = QFont(self.font())
            font.setBold(state == "current")
            item.setFont(font)
        self.updateGeometry()  # the names (language, bold) set the width
        self.blockSignals(True)
        self.setCurrentRow(STAGES.index(current))
        self.blockSignals(False)

    def state_of(self, key: str) -> str:
        return self.item(STAGES.index(key)).data(Qt.ItemDataRole.AccessibleDescriptionRole)

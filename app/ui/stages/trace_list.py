"""The model's loop as a list one can follow: from an action to the focus points and themes it
serves and the observations they came from, and from an observation forward to the actions
serving it. A click, Enter or a double-click on a row asks the session page to go there (the
stage, the element, the row; an earlier session's row opens that session). Rows say where they
lead in words, so the list reads the same to a screen reader."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

TARGET_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class TraceTarget:
    kind: str  # observation | focus | theme | action
    item_id: int
    session_id: int
    element_key: str | None = None


class TraceList(QListWidget):
    followed = Signal(object)  # a TraceTarget

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.itemActivated.connect(self._follow)  # Enter, double-click
        self.itemClicked.connect(self._follow)  # a click follows too: these are links

    def set_rows(self, rows: list[tuple[str, TraceTarget | None]], empty: str = "") -> None:
        """rows: (text, where it leads or None for a line that only tells)."""
        self.clear()
        for text, target in rows or [(empty, None)]:
            item = QListWidgetItem(text)
            item.setData(TARGET_ROLE, target)
            item.setToolTip(text)
            if target is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.addItem(item)
        self._fit()

    def _fit(self) -> None:
        """As tall as its rows at this width (wrapped ones too), up to about eight lines, so
        the form around it does not scroll for a short trace."""
        self.doItemsLayout()
        line = self.fontMetrics().lineSpacing()
        height = sum(
            self.visualItemRect(self.item(i)).height() or self.sizeHintForRow(i)
            for i in range(self.count())
        )
        self.setFixedHeight(min(height, 8 * line) + 2 * self.frameWidth() + 4)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()  # rows wrap anew at another width

    def text(self) -> str:
        """Every row, one per line (what the list says)."""
        return "\n".join(self.item(i).text() for i in range(self.count()))

    def targets(self) -> list[TraceTarget | None]:
        return [self.item(i).data(TARGET_ROLE) for i in range(self.count())]

    def _follow(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET_ROLE)
        if target is not None:
            self.followed.emit(target)

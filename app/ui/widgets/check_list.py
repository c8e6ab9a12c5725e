"""A list of things to tick (themes, characteristics, partners, linked focus points): Space or a
click ticks an item, and the list says which key changed. Used wherever a choice is "any of
these", so the room sees every option and which ones the group took."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

KEY_ROLE = Qt.ItemDataRole.UserRole


class CheckList(QListWidget):
    toggled = Signal(object, bool)  # key, now ticked

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._read_only = False
        self._max_rows: int | None = None
        self.itemChanged.connect(self._item_changed)

    def set_items(
        self, items: Iterable[tuple[Any, str, bool]], tooltips: dict[Any, str] | None = None
    ) -> None:
        """Replace the items: (key, label, ticked). The current item stays where it was."""
        current = self.currentItem().data(KEY_ROLE) if self.currentItem() else None
        self.blockSignals(True)
        self.clear()
        for key, label, ticked in items:
            item = QListWidgetItem(label)
            item.setData(KEY_ROLE, key)
            item.setFlags(self._flags())
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            if tooltips and key in tooltips:
                item.setToolTip(tooltips[key])
            self.addItem(item)
            if key == current:
                self.setCurrentItem(item)
        self.blockSignals(False)
        if self._max_rows is not None:
            self.fit_height(self._max_rows)

    def keys(self) -> list[Any]:
        return [self.item(i).data(KEY_ROLE) for i in range(self.count())]

    def checked_keys(self) -> list[Any]:
        return [
            self.item(i).data(KEY_ROLE)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def item_for(self, key: Any) -> QListWidgetItem | None:
        for i in range(self.count()):
            if self.item(i).data(KEY_ROLE) == key:
                return self.item(i)
        return None

    def set_checked(self, key: Any, ticked: bool) -> None:
        """Tick as the user would (emits toggled)."""
        item = self.item_for(key)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def fit_height(self, max_rows: int = 8) -> None:
        """As tall as its items (up to max_rows), so a form of several lists reads at a glance
        and only a long list scrolls."""
        self._max_rows = max_rows
        rows = max(1, min(self.count(), max_rows))
        height = (
            sum(self.sizeHintForRow(i) for i in range(rows))
            if self.count()
            else self.fontMetrics().height() + 8
        )
        self.setFixedHeight(height + 2 * self.frameWidth() + 4)

    def setReadOnly(self, read_only: bool) -> None:
        """A closed session: the ticks stay readable and cannot change. (Named like Qt's setter
        so StagePage.set_read_only reaches it.)"""
        self._read_only = read_only
        self.blockSignals(True)
        for i in range(self.count()):
            self.item(i).setFlags(self._flags())
        self.blockSignals(False)

    def _flags(self) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self._read_only else flags | Qt.ItemFlag.ItemIsUserCheckable

    def _item_changed(self, item: QListWidgetItem) -> None:
        self.toggled.emit(item.data(KEY_ROLE), item.checkState() == Qt.CheckState.Checked)

"""The keyboard in a table with widgets in its cells (a choice, a short text per row), the way a
facilitator uses it while the group talks:

- Tab and Shift+Tab leave the table; the arrows move inside it (Qt's tables keep Tab for
  themselves by default, and a widget placed in a cell joins that loop).
- Only the current row's cell widgets are in the Tab order, right after the table: Tab from
  the table reaches that row's choices, and the next Tab leaves. Other rows' widgets take the
  focus by a click, or once their row is current.
- Arrow keys in a cell's choice change that choice only, and the focus stays on it even when
  the list is refilled after the change.
- Letters typed on a cell go to that cell's field, or to the list's "+ add" line: the table has
  no type-ahead that would swallow them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QTableWidget, QWidget

TAB_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


def leave_by_tab(view: QAbstractItemView) -> None:
    """Tab and Shift+Tab leave the view; the arrows move inside it."""
    view.setTabKeyNavigation(False)


def is_typing(event: QKeyEvent) -> bool:
    """A key that types a character (not Space, which ticks and selects in lists)."""
    mods = event.modifiers() & ~(
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
    )
    text = event.text()
    return bool(text) and not mods and text.isprintable() and not text.isspace()


def deliver(target: QWidget, event: QKeyEvent) -> None:
    """Give the focus to target and let it have the key (a copy: the original is consumed)."""
    target.setFocus(Qt.FocusReason.OtherFocusReason)
    if isinstance(target, QLineEdit):
        target.end(False)  # added after what the field holds, never over it
    copy = QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers(), event.text())
    QCoreApplication.sendEvent(target, copy)


class RowFocus(QObject):
    """Keeps a QTableWidget's cell widgets in step with the keyboard (see the module text).
    typing_target: where letters typed on a cell without a field go (the "+ add" line)."""

    def __init__(
        self,
        table: QTableWidget,
        typing_target: Callable[[], QWidget | None] = lambda: None,
        home_column: int = 0,
    ):
        super().__init__(table)
        self.table = table
        self.home_column = home_column  # the cell a row is entered at: its text, not a choice
        self.typing_target = typing_target
        self._row: int | None = None  # the row whose widgets are in the Tab order
        leave_by_tab(table)
        table.currentCellChanged.connect(lambda *_: self.refresh())

    # -- which widgets are in the Tab order -----------------------------------------------------
    def row_widgets(self, row: int) -> list[QWidget]:
        header = self.table.horizontalHeader()
        out = []
        for visual in range(self.table.columnCount()):
            col = header.logicalIndex(visual)
            widget = self.table.cellWidget(row, col)
            if widget is not None and not self.table.isColumnHidden(col):
                out.append(widget)
        return out

    def watch(self, widget: QWidget) -> QWidget:
        """A new cell widget: out of the Tab order until its row is current."""
        widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        widget.installEventFilter(self)
        return widget

    def refresh(self) -> None:
        """After a fill or a move: the current row's widgets follow the table in the Tab order,
        the previous current row's leave it (only those two rows are touched: a long list costs
        no more than a short one)."""
        current = self.table.currentRow()
        if current < 0 < self.table.rowCount():
            # a list always has a current line (not selected, only the keyboard's place):
            # otherwise Qt picks one as the list gets the focus and hands the focus on to
            # that cell's choice, and the list is passed over by Tab
            self.table.selectionModel().setCurrentIndex(
                self.table.model().index(0, self.home_column),
                QItemSelectionModel.SelectionFlag.NoUpdate,
            )
            return  # currentCellChanged came back here
        if self._row not in (current, None) and self._row < self.table.rowCount():
            for widget in self.row_widgets(self._row):
                widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._row = current
        previous: QWidget = self.table
        for widget in self.row_widgets(current) if current >= 0 else []:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def cell_of(self, widget: QWidget) -> tuple[int, int] | None:
        if widget.parent() is not self.table.viewport():
            return None
        index = self.table.indexAt(widget.geometry().center())
        if index.isValid() and self.table.cellWidget(index.row(), index.column()) is widget:
            return index.row(), index.column()
        for row in range(self.table.rowCount()):  # not laid out yet
            for col in range(self.table.columnCount()):
                if self.table.cellWidget(row, col) is widget:
                    return row, col
        return None

    # -- keys -----------------------------------------------------------------------------------
    def table_key(self, event: QKeyEvent) -> bool:
        """Letters typed on the table (not editing): into the current cell's field, else to the
        typing target. True when the key was taken."""
        if self.table.state() == QAbstractItemView.State.EditingState or not is_typing(event):
            return False
        row, col = self.table.currentRow(), self.table.currentColumn()
        widget = self.table.cellWidget(row, col) if row >= 0 and col >= 0 else None
        if (
            isinstance(widget, (QLineEdit, QComboBox))
            and widget.isEnabled()
            and not (isinstance(widget, QLineEdit) and widget.isReadOnly())
        ):
            deliver(widget, event)
            return True
        target = self.typing_target()
        if (
            target is not None
            and target.isEnabled()
            and target.isVisible()
            and not (isinstance(target, QLineEdit) and target.isReadOnly())
        ):
            deliver(target, event)
            return True
        return False

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            cell = self.cell_of(obj)
            if cell is not None and cell[0] != self.table.currentRow():
                # a click on another row's field: that row becomes current (Tab follows it)
                self.table.setCurrentCell(*cell)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(obj, QComboBox)
            and not obj.isEditable()
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            and not event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self._step_choice(obj, -1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(obj, event)

    def _step_choice(self, box: QComboBox, step: int) -> None:
        """One step in this choice, and the focus stays on it: the save refills the list, which
        may replace the widget; then its successor in the same cell gets the focus."""
        index = box.currentIndex() + step
        if not 0 <= index < box.count() or not box.isEnabled():
            return
        cell = self.cell_of(box)
        box.setCurrentIndex(index)
        box.activated.emit(index)
        if cell is None:
            return
        now = self.table.cellWidget(*cell)
        if now is not None and not now.hasFocus():
            self.table.setCurrentCell(*cell)
            now.setFocus(Qt.FocusReason.OtherFocusReason)

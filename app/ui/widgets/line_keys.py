"""The keys of a LineList's table: F2 edits the text wherever the current cell is, + and - step
the votes, Delete deletes, Alt+Up/Down moves, Ctrl+0…9 sets the status, typed letters are
never swallowed by a search in the list; the mouse wheel over a count scrolls the list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QSpinBox


class LineKeys:
    """Mixed into LineList (uses its table, columns, text_column, _ids, _read_only, row_focus,
    selected_id and its signals); installed as the event filter of its table and spin boxes."""

    def eventFilter(self, obj, event) -> bool:
        if isinstance(obj, QSpinBox) and event.type() == QEvent.Type.Wheel and not obj.hasFocus():
            QCoreApplication.sendEvent(self.table.viewport(), event)  # scroll the list instead
            return True
        if (
            obj is self.table
            and event.type() == QEvent.Type.KeyPress
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            sid = self.selected_id()
            key, mods = event.key(), event.modifiers()
            if self._read_only:
                return False
            if sid is not None and key == Qt.Key.Key_F2:
                # edit the text, wherever the current cell is (a choice column has no item)
                self.table.editItem(self.table.item(self._ids.index(sid), self.text_column))
                return True
            if (
                sid is not None
                and key in (Qt.Key.Key_Plus, Qt.Key.Key_Minus)
                and not mods & Qt.KeyboardModifier.ControlModifier
            ):
                self._step_number(sid, 1 if key == Qt.Key.Key_Plus else -1)
                return True
            alt = mods & Qt.KeyboardModifier.AltModifier
            if sid is not None and key == Qt.Key.Key_Delete:
                self.deleted.emit(sid)
                return True
            if sid is not None and alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                index = self._ids.index(sid) + (-1 if key == Qt.Key.Key_Up else 1)
                if 0 <= index < len(self._ids):
                    self.moved.emit(sid, index)
                return True
            if (
                sid is not None
                and mods & Qt.KeyboardModifier.ControlModifier
                and Qt.Key.Key_0 <= key <= Qt.Key.Key_9
            ):
                self.valueChanged.emit(sid, "status", (key - Qt.Key.Key_0) or None)
                return True
            if self.row_focus.table_key(event):
                return True  # typed letters are never swallowed by a search in the list
        return super().eventFilter(obj, event)

    def _step_number(self, line_id: int, delta: int) -> None:
        """+ / - on a row: one more or one less in the first number column."""
        spec = next(
            (c for c in self.columns if not c.choices and not c.read_only and not c.text), None
        )
        if spec is None:
            return
        spin = self.table.cellWidget(self._ids.index(line_id), self.columns.index(spec))
        if isinstance(spin, QSpinBox):
            spin.setValue(max(0, min(spec.maximum, spin.value() + delta)))

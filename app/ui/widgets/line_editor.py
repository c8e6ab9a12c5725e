"""The in-place editor of a LineList's text: a plain-text box in the cell."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QPlainTextEdit, QStyledItemDelegate

from app.ui.widgets.text_limits import limit_text


class MultiLineDelegate(QStyledItemDelegate):
    """Edits a cell in a plain-text box: Enter commits, Shift+Enter makes a new line. What is
    typed is announced as it is typed (typed), so it is saved after the typing pause like every
    other field, not only on Enter."""

    typed = Signal(int, str)  # row, text
    limit: tuple[str, str] | None = None  # (table, column): set by text_limits.limit_list

    def createEditor(self, parent, option, index):
        editor = QPlainTextEdit(parent)
        if self.limit is not None:
            limit_text(editor, *self.limit)
        # a delegate is no widget: parent.tr() would look in the viewport's context at run time
        editor.setAccessibleName(QCoreApplication.translate("LineList", "Edit line"))
        editor.installEventFilter(self)
        row = index.row()
        editor.textChanged.connect(lambda: self.typed.emit(row, editor.toPlainText()))
        return editor

    def setEditorData(self, editor, index):
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor, model, index):
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.commitData.emit(obj)
            self.closeEditor.emit(obj)
            return True
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
        ):
            # Tab is no character here either: the text is kept and the list has the focus,
            # so the next Tab leaves it (Qt's own handling would open the next cell instead)
            self.commitData.emit(obj)
            self.closeEditor.emit(obj, QStyledItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(obj, event)

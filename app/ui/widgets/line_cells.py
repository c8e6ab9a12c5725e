"""The widgets in a LineList's extra columns: a choice (combo), a short text (line edit) or a
number (spin box) per line, the plain label of a read-only value, and the name and value the
cell under a widget carries for a screen reader."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.ui.widgets.compact_choice import CompactChoice
from app.ui.widgets.text_limits import limit_text


def cell_label(spec, value: Any) -> QTableWidgetItem:
    """A read-only column: the label of the value, as plain text."""
    text = dict(spec.choices).get(value, "" if value is None else str(value))
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def name_cell(table: QTableWidget, row: int, col: int, spec, value: Any) -> None:
    """The cell under a choice or field carries its name and value: a screen reader reads the
    list's current cell (the widget in it is not in the accessibility tree)."""
    shown = (
        dict(spec.choices).get(value, "") if spec.choices else ("" if value is None else str(value))
    )
    name = f"{spec.title}: {shown}" if shown else spec.title
    item = table.item(row, col)
    if item is None:
        item = QTableWidgetItem()
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        table.setItem(row, col, item)
    if item.data(Qt.ItemDataRole.AccessibleTextRole) != name:
        item.setData(Qt.ItemDataRole.AccessibleTextRole, name)


def set_editor_value(editor: QWidget, value: Any) -> None:
    """Show a stored value in a cell's widget (without emitting)."""
    editor.blockSignals(True)
    if isinstance(editor, QLineEdit):
        if not editor.hasFocus():  # a field being typed in holds the newest text
            editor.setText("" if value is None else str(value))
            editor.setCursorPosition(0)
    elif isinstance(editor, QComboBox):
        editor.setCurrentIndex(max(0, editor.findData(value)))
    else:
        editor.setValue(int(value or 0))
    editor.blockSignals(False)


def make_cell_editor(spec, value: Any, read_only: bool, changed: Callable[[Any], None]) -> QWidget:
    """The widget for one line's value in column spec; changed(value) when the user changes it."""
    if spec.text:
        edit = QLineEdit("" if value is None else str(value))
        if spec.limit is not None:
            limit_text(edit, *spec.limit)
        edit.setCursorPosition(0)  # a long text shows its beginning, not its end
        edit.setAccessibleName(spec.title)
        edit.setReadOnly(read_only)
        edit.textEdited.connect(changed)
        return edit
    if spec.choices:
        if spec.short:
            # text first: the cell shows the short form, the list that opens the full labels
            box = CompactChoice(spec.title, spec.choices, dict(spec.short))
        else:
            box = QComboBox()
            box.setAccessibleName(spec.title)
            if spec.chars:
                # several choice columns must leave the text column its room
                box.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                box.setMinimumContentsLength(spec.chars)
            for v, label in spec.choices:
                box.addItem(label, v)
        for i, (_v, label) in enumerate(spec.choices):
            box.setItemData(i, label, Qt.ItemDataRole.ToolTipRole)
        # in a row of several lines the choice stays at the top, at its own height
        box.setMaximumHeight(box.sizeHint().height())
        box.setCurrentIndex(max(0, box.findData(value)))
        box.setEnabled(not read_only)
        box.activated.connect(lambda _i: changed(box.currentData()))
        return box
    spin = QSpinBox()
    spin.setAccessibleName(spec.title)
    spin.setRange(0, spec.maximum)
    spin.setValue(int(value or 0))
    spin.valueChanged.connect(changed)
    # scrolling the list with the wheel must not change the counts it passes over (the row's
    # focus policy never includes the wheel)
    spin.setEnabled(not read_only)
    return spin

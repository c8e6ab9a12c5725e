"""One section of the model (areas, conditions, themes, …): its items in a list on the left, the
chosen item's fields on the right. Every field writes straight into the draft's tables and says
so (changed), so the window can check the whole model after a short pause."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.style import invalid_border_sheet
from app.ui.community.model_editor.draft import Path, get_in, locate, set_in
from app.ui.widgets.labels import hint_label


@dataclass(frozen=True)
class Field:
    path: Path  # inside one item, e.g. ("label", "nl")
    label: str
    kind: str = "line"  # line | long | choice
    choices: Callable[[], list[tuple[str, str]]] | None = None  # (value, words)
    optional: bool = False  # both languages empty: the table is left out (an explanation)


@dataclass(frozen=True)
class Section:
    title: str
    path: Path  # of the list in the model's tables
    fields: tuple[Field, ...]
    fixed: bool = False  # items may be changed, not added, removed or reordered
    new_item: Callable[[str], dict[str, Any]] | None = None  # from a free key
    stem: str = "nieuw"
    note: Callable[[dict[str, Any]], str] | None = None  # live words under the fields
    title_of: Callable[[dict[str, Any]], str] | None = None
    min_items: int = 1  # the schema wants at least one of most lists


def _default_title(item: dict[str, Any]) -> str:
    return str(get_in(item, ("label", "nl"), "") or item.get("key", "") or item.get("old", ""))


class ItemList(QWidget):
    changed = Signal()

    def __init__(
        self,
        section: Section,
        items: Callable[[], list[dict[str, Any]]],
        free_key: Callable[[Path, str], str],
        parent: QWidget | None = None,
        key_edited: Callable[[dict[str, Any]], None] | None = None,
    ):
        super().__init__(parent)
        self.section = section
        self._items = items
        self._free_key = free_key
        self._key_edited = key_edited
        self._loading = False
        self._problem: tuple[str, str] = ("", "")
        self._problem_here: tuple[int, Path] | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("%1: items").replace("%1", section.title))
        self.list.currentRowChanged.connect(self._show)
        buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("Add"), self._add)
        self.remove_button = self._button(self.tr("Remove"), self._remove)
        self.up_button = self._button(self.tr("Up"), lambda: self._move(-1))
        self.down_button = self._button(self.tr("Down"), lambda: self._move(1))
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            b.setVisible(not section.fixed)
            buttons.addWidget(b)
        top = QVBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(buttons)
        self.form = QFormLayout()
        self.editors: dict[Path, QWidget] = {}
        for f in section.fields:
            self.editors[f.path] = self._editor(f)
            self.form.addRow(f.label, self.editors[f.path])
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.note = hint_label()
        # the list above, the chosen item's fields below: the preview keeps the right-hand side
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        self.reload()

    def _button(self, text: str, slot) -> QPushButton:
        b = QPushButton(text)
        b.setAccessibleName(f"{text}: {self.section.title}")
        b.clicked.connect(slot)
        return b

    def _editor(self, f: Field) -> QWidget:
        w: QWidget
        if f.kind == "choice":
            combo = QComboBox()
            # long element names must not widen the window past a 1024-pixel projector
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
            combo.currentIndexChanged.connect(lambda _i, f=f: self._edited(f))
            w = combo
        elif f.kind == "long":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)  # Tab goes on to the next field, as everywhere
            text.setFixedHeight(text.fontMetrics().lineSpacing() * 4)
            text.textChanged.connect(lambda f=f: self._edited(f))
            w = text
        else:
            line = QLineEdit()
            line.textEdited.connect(lambda _t, f=f: self._edited(f))
            w = line
        w.setAccessibleName(f.label)
        return w

    # -- showing ---------------------------------------------------------------------------------
    def reload(self, row: int | None = None) -> None:
        """The list from the tables again (after an add, a removal, another model)."""
        self._loading = True
        keep = self.list.currentRow() if row is None else row
        self.list.clear()
        for item in self._items():
            self.list.addItem(self._title(item))
        self._loading = False
        if self.list.count():
            self.list.setCurrentRow(max(0, min(keep, self.list.count() - 1)))
        self._show(self.list.currentRow())

    def _title(self, item: dict[str, Any]) -> str:
        return (self.section.title_of or _default_title)(item)

    def current_item(self) -> dict[str, Any] | None:
        row, items = self.list.currentRow(), self._items()
        return items[row] if 0 <= row < len(items) else None

    def _show(self, _row: int) -> None:
        if self._loading:
            return
        item = self.current_item()
        self._loading = True
        for f in self.section.fields:
            w = self.editors[f.path]
            w.setEnabled(item is not None)
            value = str(get_in(item, f.path, "")) if item is not None else ""
            if isinstance(w, QComboBox):
                w.clear()
                for data, words in f.choices() if f.choices else []:
                    w.addItem(words, data)
                w.setCurrentIndex(max(0, w.findData(value)))
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(value)
            elif isinstance(w, QLineEdit):
                w.setText(value)
        self._loading = False
        self.remove_button.setEnabled(
            item is not None and len(self._items()) > self.section.min_items
        )
        self.show_problem(*self._problem)

    def show_problem(self, where: str, words: str) -> None:
        """Mark the field the loader named (when it is in this list) and say what is wrong under
        the fields; "" clears the mark."""
        self._problem = (where, words)
        found = locate(where, self.section.path) if where else None
        for f in self.section.fields:
            w = self.editors[f.path]
            hit = (
                found is not None
                and found[0] == self.list.currentRow()
                and (found[1][: len(f.path)] == f.path or f.path[: len(found[1])] == found[1])
            )
            w.setStyleSheet(invalid_border_sheet(w) if hit else "")
        self._problem_here = found
        self._show_note()

    def _show_note(self) -> None:
        item = self.current_item()
        words = self.section.note(item) if self.section.note and item is not None else ""
        found = self._problem_here
        if found is not None:
            row = found[0]
            here = self._title(self._items()[row]) if row < len(self._items()) else str(row)
            problem = self._problem[1]
            words = "\n".join(w for w in (f"{here}: {problem}", words) if w)
        self.note.setText(words)
        self.note.setVisible(bool(words))

    # -- changing --------------------------------------------------------------------------------
    def _edited(self, f: Field) -> None:
        item = self.current_item()
        if self._loading or item is None:
            return
        w = self.editors[f.path]
        if isinstance(w, QComboBox):
            value = w.currentData()
        elif isinstance(w, QPlainTextEdit):
            value = w.toPlainText()
        else:
            value = w.text()  # type: ignore[attr-defined]
        set_in(item, f.path, value)
        if f.optional:
            self._drop_if_empty(item, f.path[:-1])
        if f.path == ("key",) and self._key_edited is not None:
            self._key_edited(item)
        current = self.list.currentItem()
        if current is not None:
            current.setText(self._title(item))
        self._show_note()
        self.changed.emit()

    @staticmethod
    def _drop_if_empty(item: dict[str, Any], table: Path) -> None:
        """An explanation emptied in both languages is no explanation (the schema wants a text
        in both languages when there is one)."""
        text = get_in(item, table, None)
        if isinstance(text, dict) and not any(str(v).strip() for v in text.values()):
            parent = get_in(item, table[:-1], None) if len(table) > 1 else item
            if isinstance(parent, dict):
                parent.pop(str(table[-1]), None)

    def _add(self) -> None:
        if self.section.new_item is None:
            return
        items = self._items()
        row = self.list.currentRow() + 1 if items else 0
        items.insert(
            row, self.section.new_item(self._free_key(self.section.path, self.section.stem))
        )
        self.reload(row)
        first = self.editors[self.section.fields[0].path]
        first.setFocus()
        self.changed.emit()

    def _remove(self) -> None:
        items, row = self._items(), self.list.currentRow()
        if 0 <= row < len(items) and len(items) > self.section.min_items:
            del items[row]
            self.reload(row)
            self.list.setFocus()
            self.changed.emit()

    def _move(self, step: int) -> None:
        items, row = self._items(), self.list.currentRow()
        to = row + step
        if 0 <= row < len(items) and 0 <= to < len(items):
            items[row], items[to] = items[to], items[row]
            self.reload(to)
            self.changed.emit()

"""An editable list of lines, the way a facilitator types while the group talks: type and press
Enter to add, F2 or double-click to edit in place (Shift+Enter for a new line inside the text),
Alt+Up/Down to move, Delete to delete, Ctrl+Z to undo that. Extra columns hold choices (status,
type, …) or a number (votes). It emits requests; the page turns them into service calls."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.labels import hint_label
from app.ui.widgets.line_cells import cell_label, make_cell_editor, name_cell, set_editor_value
from app.ui.widgets.line_editor import MultiLineDelegate
from app.ui.widgets.line_keys import LineKeys
from app.ui.widgets.table_keys import RowFocus
from app.ui.widgets.waiting_rows import WAITING_ID, WaitingRows

MAX_ROW_HEIGHT = 190  # a 10,000-character paste scrolls inside its row, not across the page


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    choices: tuple[tuple[Any, str], ...] = ()  # (value, label); empty → a number (spin box)
    maximum: int = 999
    text: bool = False  # a short free text typed in place (a line edit), emitted as typed
    read_only: bool = False  # shown as plain text (the label of the value), not editable
    chars: int = 0  # a choice shown this many characters wide (the list opens in full); 0: all
    limit: tuple[str, str] | None = None  # a text's (table, column) in app.models.limits
    short: tuple[tuple[Any, str], ...] = ()  # (value, short form) shown in the cell; full when open
    heading: str = ""  # a shorter column heading than title (title: its tooltip, the cells' name)


@dataclass(frozen=True)
class Line:
    id: int
    text: str
    values: dict[str, Any] = field(default_factory=dict)
    tooltip: str = ""
    marked: bool = False  # e.g. carried over from the previous session
    base: dict[str, Any] | None = None  # the row as read (app.vocabulary.based_on)


class LineList(LineKeys, WaitingRows, QWidget):
    added = Signal(str)
    edited = Signal(int, str)
    deleted = Signal(int)
    moved = Signal(int, int)
    valueChanged = Signal(int, str, object)
    undoRequested = Signal()
    selectionChanged = Signal(int)  # id, or -1
    draftChanged = Signal(str)  # the "+ add" line as typed (kept as a draft), not on Enter

    def __init__(self, name: str, placeholder: str, columns: tuple[Column, ...] = (), parent=None):
        super().__init__(parent)
        self.columns = columns
        self._ids: list[int] = []
        self._bases: dict[int, dict[str, Any] | None] = {}
        self._filling = False
        self._read_only = False
        self._waiting: list[str] = []  # added while storage waits: shown at the end, marked
        self._added = False  # Enter was pressed: the line that comes back becomes current
        self.draft_place: str | None = (
            None  # where app.ui.session.entry_drafts keeps the "+ add" line
        )
        self.table = QTableWidget(0, 1 + len(columns))
        self.table.setAccessibleName(name)
        self.table.setHorizontalHeaderLabels([c.heading or c.title for c in columns] + [name])
        for i, c in enumerate(columns):
            self.table.horizontalHeaderItem(i).setToolTip(c.title)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        delegate = MultiLineDelegate(self.table)
        delegate.typed.connect(self._editor_typed)
        self.table.setItemDelegateForColumn(self.text_column, delegate)
        header = self.table.horizontalHeader()
        for i in range(len(columns)):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.text_column, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        # a narrower or wider text column changes how many lines each row needs
        self._rewrap = QTimer(self)
        self._rewrap.setSingleShot(True)
        self._rewrap.setInterval(60)
        self._rewrap.timeout.connect(self._fit_rows)
        header.sectionResized.connect(
            lambda index, _old, _new: self._rewrap.start() if index == self.text_column else None
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.installEventFilter(self)

        self.entry = QLineEdit()
        self.entry.setPlaceholderText(placeholder)
        self.entry.setAccessibleName(placeholder)
        self.entry.returnPressed.connect(self._add)
        self.entry.textEdited.connect(self._entry_typed)
        self.entry.setMaxLength(100_000)
        add = QPushButton(self.tr("Add"))
        add.setAccessibleName(self.tr("Add line"))
        add.clicked.connect(self._add)
        self.undo_button = QPushButton(self.tr("Undo delete"))
        self.undo_button.setAccessibleName(self.tr("Undo delete"))
        self.undo_button.clicked.connect(self.undoRequested)
        self.undo_button.hide()
        self.hint = hint_label()
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(add)
        row.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        # the order a facilitator works: type a line, then the list (the current line's
        # choices follow it), then the buttons a mouse needs
        self.row_focus = RowFocus(self.table, lambda: self.entry, self.text_column)
        self.add_button = add
        for first, second in pairwise(self.tab_stops()):
            QWidget.setTabOrder(first, second)
        QShortcut(
            QKeySequence("Ctrl+Z"),
            self,
            self.undoRequested.emit,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    def tab_stops(self) -> list[QWidget]:
        """Where Tab stops, in order (app.ui.widgets.tab_order.chain uses it)."""
        return [self.entry, self.table, self.add_button, self.undo_button]

    @property
    def text_column(self) -> int:
        return len(self.columns)

    # -- filling --------------------------------------------------------------------------------
    def set_lines(self, lines: list[Line], keep_selection: bool = True) -> None:
        """Show these lines. Rows that are already shown are updated in place, so adding one
        line to a long list costs one row, not a rebuild (typing must never stutter)."""
        selected = self.selected_id() if keep_selection else None
        focused = self._focused_cell()
        self._filling = True
        old_ids = self._ids
        self.table.setRowCount(len(lines))
        self._ids = [ln.id for ln in lines]
        touched = []
        for row, ln in enumerate(lines):
            fresh = row >= len(old_ids) or old_ids[row] != ln.id
            if self._show_line(row, ln, fresh):
                touched.append(row)
        self._fit_rows(touched)
        self._add_waiting_rows()
        self._filling = False
        if self._added:
            self._added = False
            new = [i for i in self._ids if i not in old_ids and i != WAITING_ID]
            selected = new[-1] if new else selected
        if selected in self._ids and self.table.currentRow() != self._ids.index(selected):
            self._select_row(self._ids.index(selected))
        self.row_focus.refresh()
        self._restore_focus(focused)

    def _focused_cell(self) -> tuple[int, int] | None:
        """(line id, column) of the cell widget with the keyboard focus, if any."""
        widget = QApplication.focusWidget()
        cell = self.row_focus.cell_of(widget) if widget is not None else None
        if cell is None or cell[0] >= len(self._ids):
            return None
        return self._ids[cell[0]], cell[1]

    def _restore_focus(self, focused: tuple[int, int] | None) -> None:
        """A refill that replaced the focused field gives the focus to its successor in the
        same line and column, never to another field."""
        if focused is None or focused[0] not in self._ids:
            return
        widget = self.table.cellWidget(self._ids.index(focused[0]), focused[1])
        if widget is not None and not widget.hasFocus():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_rows(self, rows=None) -> None:
        """Row heights to their wrapped text, capped so one long paste cannot fill the page."""
        for row in range(self.table.rowCount()) if rows is None else rows:
            self.table.resizeRowToContents(row)
            if self.table.rowHeight(row) > MAX_ROW_HEIGHT:
                self.table.setRowHeight(row, MAX_ROW_HEIGHT)

    def _show_line(self, row: int, ln: Line, fresh: bool) -> bool:
        """Put a line in a row; True when the row's text changed (its height may change)."""
        item = self.table.item(row, self.text_column)
        if not fresh and item is not None and self._editing_row() == row:
            return False  # the open editor holds the newest text; it is saved as it is typed
        self._bases[ln.id] = ln.base  # what an edit of this line is based on: what it shows
        changed = fresh or item is None or item.text() != ln.text
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(row, self.text_column, item)
        if changed:
            item.setText(ln.text)
        tip = ln.tooltip or (ln.text if len(ln.text) > 300 else "")
        if item.toolTip() != tip:  # the tip may say more than the text (what serves a row)
            item.setToolTip(tip)
        if item.font().italic() != ln.marked:
            f = item.font()
            f.setItalic(ln.marked)
            item.setFont(f)
        for col, spec in enumerate(self.columns):
            if spec.read_only:
                self.table.setItem(row, col, cell_label(spec, ln.values.get(spec.key)))
                continue
            editor = self.table.cellWidget(row, col)
            if fresh or editor is None:
                self.table.setCellWidget(
                    row, col, self._cell_editor(ln.id, spec, ln.values.get(spec.key))
                )
            else:
                set_editor_value(editor, ln.values.get(spec.key))
            name_cell(self.table, row, col, spec, ln.values.get(spec.key))
        return changed

    def _editing_row(self) -> int | None:
        if self.table.state() != QAbstractItemView.State.EditingState:
            return None
        return self.table.currentRow()

    def _cell_editor(self, line_id: int, spec: Column, value: Any) -> QWidget:
        emit = self.valueChanged.emit
        editor = make_cell_editor(
            spec, value, self._read_only, lambda v: emit(line_id, spec.key, v)
        )
        if isinstance(editor, QSpinBox):
            editor.installEventFilter(self)  # the wheel scrolls the list, not the count
        return self.row_focus.watch(editor)

    def setReadOnly(self, read_only: bool) -> None:
        """A closed session: the lines stay readable, nothing can be added, edited or moved.
        (Named like Qt's setter so StagePage.set_read_only reaches it.)"""
        self._read_only = read_only
        self.entry.setReadOnly(read_only)
        for button in self.findChildren(QPushButton):
            button.setEnabled(not read_only)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        for row in range(self.table.rowCount()):
            for col in range(len(self.columns)):
                widget = self.table.cellWidget(row, col)
                if widget is not None:
                    widget.setEnabled(not read_only)

    # -- user actions ---------------------------------------------------------------------------
    def show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def _add(self) -> None:
        text = self.entry.text()
        if not text.strip():
            self.show_hint(self.tr("Type a line first, then press Enter."))
            return
        self.show_hint("")
        self.entry.clear()
        self._added = True
        self.added.emit(text)
        self._added = False

    def _entry_typed(self, text: str) -> None:
        if self.hint.text() == self.draft_hint():
            self.show_hint("")
        self.draftChanged.emit(text)

    def draft_hint(self) -> str:
        return self.tr("Typed earlier and not added yet: press Enter to add it.")

    def set_draft(self, text: str) -> None:
        """Put a kept draft back into the "+ add" line, marked as not added yet. A draft whose
        line is already in the list (the app stopped between adding it and forgetting the
        draft) is not shown again."""
        shown = {
            self.table.item(r, self.text_column).text().strip()
            for r in range(self.table.rowCount())
        }
        if text.strip() in shown:
            text = ""
        self.entry.setText(text)
        self.show_hint(self.draft_hint() if text.strip() else "")

    def _editor_typed(self, row: int, text: str) -> None:
        """The in-place editor's text, as typed: saved after the typing pause (the page's edited
        handler debounces), so an open editor is never only on screen."""
        if self._filling or row >= len(self._ids) or self._ids[row] == WAITING_ID:
            return
        item = self.table.item(row, self.text_column)
        if not text.strip() or (item is not None and item.text() == text):
            return
        self.edited.emit(self._ids[row], text)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != self.text_column:
            return
        line_id = self._ids[item.row()]
        if line_id == WAITING_ID:
            return
        if not item.text().strip():
            self.show_hint(self.tr("A line cannot be empty; press Delete to remove it."))
            return
        self.show_hint("")
        self.edited.emit(line_id, item.text())

    def base_of(self, line_id: int) -> dict[str, Any] | None:
        """The row as the line shows it, for the edit typed on it (app.vocabulary.based_on)."""
        return self._bases.get(line_id)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._ids) or self._ids[rows[0].row()] == WAITING_ID:
            return None
        return self._ids[rows[0].row()]

    def select_id(self, line_id: int) -> None:
        if line_id in self._ids:
            self._select_row(self._ids.index(line_id))

    def _select_row(self, row: int) -> None:
        """Select a line with the keyboard's place on its text: a refill never moves the
        place to a choice in the line (Qt then hands that choice the focus)."""
        self.table.setCurrentCell(row, self.text_column)

    def _selection_changed(self) -> None:
        sid = self.selected_id()
        self.selectionChanged.emit(-1 if sid is None else sid)

    def set_value_of_selected(self, key: str, value: Any) -> None:
        sid = self.selected_id()
        if sid is not None:
            self.valueChanged.emit(sid, key, value)

    def show_undo(self, visible: bool) -> None:
        self.undo_button.setVisible(visible)

"""The open actions of the session this one continues from, which the group goes through first:
each is marked done, continued or dropped, with an optional note. Keyboard first: on a row, 1, 2
or 3 sets the outcome, 0 or Backspace clears it, Enter (or F2) moves into the note and Enter
there comes back. Emits requests; the page turns them into service calls."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.aanpak import REVIEW_OUTCOMES
from app.ui.stages.action_history_text import history_detail, history_text
from app.ui.widgets.table_keys import RowFocus
from app.ui.widgets.text_limits import limit_text

OUTCOME_COLUMN, ACTION_COLUMN, NOTE_COLUMN = 0, 1, 2

# The digit keys follow the order of REVIEW_OUTCOMES: 1 done, 2 continued, 3 dropped.
_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2}


def outcome_choices() -> tuple[tuple[str | None, str], ...]:
    """(outcome, label) with a sign each, so the verdict does not rest on colour or wording."""
    labels = {
        "gereed": QCoreApplication.translate("ReviewList", "✓ 1 Done"),
        "doorgezet": QCoreApplication.translate("ReviewList", "→ 2 Continued"),
        "gestopt": QCoreApplication.translate("ReviewList", "✗ 3 Dropped"),
    }
    return ((None, QCoreApplication.translate("ReviewList", "– not reviewed")),) + tuple(
        (key, labels[key]) for key in REVIEW_OUTCOMES
    )


class ReviewList(QWidget):
    outcomeChosen = Signal(int, object)  # action id, outcome or None
    noteEdited = Signal(int, str)  # action id, note

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ids: list[int] = []
        self._outcomes: dict[int, str | None] = {}
        self._read_only = False
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Open actions of the earlier session"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Outcome"), self.tr("Action (owner)"), self.tr("Note")]
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(OUTCOME_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ACTION_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        # wrapped titles need fewer lines once the table is wider: fit the rows again
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.installEventFilter(self)
        # Tab leaves; the current row's fields follow; letters typed on a row go to its note
        self.row_focus = RowFocus(self.table, self._current_note, ACTION_COLUMN)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    # -- filling --------------------------------------------------------------------------------
    def set_reviews(self, reviews) -> None:
        """reviews: ReviewData rows. Keeps the selected action selected."""
        selected = self.selected_id()
        self._ids = [r.action_id for r in reviews]
        self._outcomes = {r.action_id: r.outcome for r in reviews}
        self.table.setRowCount(len(reviews))
        for row, r in enumerate(reviews):
            text = f"{r.action_title}  ({r.owner})" if r.owner else r.action_title
            # the action's life so far under its title: reviewed again in every follow-up
            lived = history_text(r.history)
            if r.outcome is None and r.continued_id is not None:
                # the verdict was cleared after the group worked on the action here: say where
                # that work is (nothing of it was dropped)
                kept = self.tr("kept in this session's plan with the changes made here")
                lived = f"{lived}\n{kept}" if lived else kept
            item = QTableWidgetItem(f"{text}\n{lived}" if lived else text)
            item.setToolTip(f"{text}\n{history_detail(r.history)}" if lived else text)
            self.table.setItem(row, ACTION_COLUMN, item)
            self.table.setCellWidget(
                row, OUTCOME_COLUMN, self.row_focus.watch(self._outcome_box(r.action_id, r.outcome))
            )
            self.table.setCellWidget(
                row, NOTE_COLUMN, self.row_focus.watch(self._note_edit(r.action_id, r))
            )
        self.table.resizeRowsToContents()
        if selected in self._ids:
            self.table.selectRow(self._ids.index(selected))
        elif self._ids and (self.table.hasFocus() or self.table.currentRow() < 0):
            self.table.selectRow(0)  # Tab from the list reaches the first action's outcome
        self.row_focus.refresh()

    def _outcome_box(self, action_id: int, outcome: str | None) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(self.tr("Outcome"))
        for value, label in outcome_choices():
            box.addItem(label, value)
        box.setCurrentIndex(max(0, box.findData(outcome)))
        box.setEnabled(not self._read_only)
        box.activated.connect(lambda _i, b=box: self.outcomeChosen.emit(action_id, b.currentData()))
        return box

    def _note_edit(self, action_id: int, review) -> QLineEdit:
        edit = QLineEdit()
        limit_text(edit, "action_review", "note")
        edit.setText(review.note)
        edit.setCursorPosition(0)  # a long note shows its beginning
        edit.setAccessibleName(self.tr("Note on the action"))
        edit.setReadOnly(self._read_only)
        # a note belongs to a verdict: without an outcome there is nothing to attach it to
        edit.setEnabled(review.outcome is not None)
        edit.setPlaceholderText(
            self.tr("note (optional)") if review.outcome else self.tr("choose an outcome first")
        )
        edit.textEdited.connect(lambda text: self.noteEdited.emit(action_id, text))
        edit.installEventFilter(self)  # Enter or Escape: back to the list
        return edit

    # -- reading --------------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self._ids[rows[0].row()] if rows and rows[0].row() < len(self._ids) else None

    def select_id(self, action_id: int) -> None:
        if action_id in self._ids:
            self.table.selectRow(self._ids.index(action_id))

    def note_of(self, action_id: int) -> str:
        return self.table.cellWidget(self._ids.index(action_id), NOTE_COLUMN).text()

    def action_text(self, action_id: int) -> str:
        return self.table.item(self._ids.index(action_id), ACTION_COLUMN).text()

    def outcome_of(self, action_id: int) -> str | None:
        return self._outcomes.get(action_id)

    def note_editor(self, action_id: int) -> QLineEdit:
        return self.table.cellWidget(self._ids.index(action_id), NOTE_COLUMN)

    # -- keyboard -------------------------------------------------------------------------------
    def _current_note(self) -> QLineEdit | None:
        sid = self.selected_id()
        return self.note_editor(sid) if sid is not None else None

    def setReadOnly(self, read_only: bool) -> None:
        """A closed session: verdicts and notes stay readable, none can change.
        (Named like Qt's setter so StagePage.set_read_only reaches it.)"""
        self._read_only = read_only
        for row in range(self.table.rowCount()):
            self.table.cellWidget(row, OUTCOME_COLUMN).setEnabled(not read_only)
            self.table.cellWidget(row, NOTE_COLUMN).setReadOnly(read_only)

    def eventFilter(self, obj, event) -> bool:
        if (
            isinstance(obj, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape)
        ):
            # consumed here: a line edit passes Enter on, and the list would come straight back
            self.table.setFocus()
            return True
        if obj is self.table and event.type() == QEvent.Type.KeyPress and not self._read_only:
            sid = self.selected_id()
            key = event.key()
            if sid is None:
                return super().eventFilter(obj, event)
            if key in _KEYS:
                self.outcomeChosen.emit(sid, REVIEW_OUTCOMES[_KEYS[key]])
                return True
            if key in (Qt.Key.Key_0, Qt.Key.Key_Backspace):
                self.outcomeChosen.emit(sid, None)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                editor = self.note_editor(sid)
                if editor.isEnabled():
                    editor.setFocus()
                return True
            if self.row_focus.table_key(event):
                return True
        return super().eventFilter(obj, event)

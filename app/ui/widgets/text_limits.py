"""A field knows how long its text may be (app.models.limits, the same length the services check
and the database holds): a one-line field takes no more, a count appears in its corner near the
limit, and a paste that does not fit says so instead of being cut without a word.

One call at construction: limit_text(widget, table, column), for a QLineEdit, an editable
QComboBox or a QPlainTextEdit. A multi-line field is never cut: over the limit its count turns
into a warning, and the services refuse the save with the same numbers (the text stays).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.models.limits import limit
from app.ui.common import style

NEAR = 0.9  # the count shows from this share of the limit on
_MARGIN = 4


class _Count(QObject):
    """The count in the corner of one field, kept in place when the field is resized."""

    def __init__(self, edit: QWidget, maximum: int):
        super().__init__(edit)
        self.edit, self.maximum = edit, maximum
        self.label = QLabel(edit)
        self.label.setObjectName("textCount")
        self.label.setAccessibleName(QCoreApplication.translate("TextLimits", "Characters"))
        self.label.hide()
        self.rejected = False
        edit.installEventFilter(self)

    def text(self) -> str:
        edit = self.edit
        return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()

    def update(self, *_args) -> None:
        length = len(self.text())
        over = length > self.maximum
        if self.rejected:
            shown = QCoreApplication.translate(
                "TextLimits", "%1 of %2 characters: the rest did not fit"
            )
        elif over:
            shown = QCoreApplication.translate(
                "TextLimits", "%1 of %2 characters: too long to save, please shorten"
            )
        elif length >= NEAR * self.maximum:
            shown = "%1 / %2"
        else:
            self.label.hide()
            return
        self.label.setText(shown.replace("%1", f"{length:,}").replace("%2", f"{self.maximum:,}"))
        warn = over or self.rejected
        self.label.setStyleSheet(
            "QLabel { background: palette(base); padding: 0 3px; %s }"
            % (
                style.warning_sheet(self.label) + " font-weight: bold;"
                if warn
                else "color: palette(mid);"
            )
        )
        self.label.setToolTip(
            QCoreApplication.translate(
                "TextLimits", "This field holds at most %1 characters."
            ).replace("%1", f"{self.maximum:,}")
        )
        self.label.adjustSize()
        self._place()
        self.label.show()
        self.label.raise_()

    def typed(self, *_args) -> None:
        if len(self.text()) < self.maximum:  # a full field still says that the rest was cut
            self.rejected = False
        self.update()

    def cut_off(self) -> None:
        """Qt refused part of a paste or of the typing (the field is full)."""
        self.rejected = True
        self.update()

    def _place(self) -> None:
        area = self.edit.viewport() if isinstance(self.edit, QPlainTextEdit) else self.edit
        size = self.label.sizeHint()
        x = max(0, area.width() - size.width() - _MARGIN)
        y = (
            area.height() - size.height() - _MARGIN
            if isinstance(self.edit, QPlainTextEdit)
            else (area.height() - size.height()) // 2
        )
        self.label.move(area.mapTo(self.edit, area.rect().topLeft()).x() + x, max(0, y))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.edit and event.type() == QEvent.Type.Resize and self.label.isVisible():
            self._place()
        return False


def limit_text(widget: QWidget, table: str, column: str) -> QLabel:
    """Give widget the declared length of table.column; returns the count label (hidden until
    the text comes near the limit)."""
    maximum = limit(table, column)
    edit = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    count = _Count(edit, maximum)
    if isinstance(edit, QLineEdit):
        edit.setMaxLength(maximum)
        edit.textChanged.connect(count.typed)
        edit.inputRejected.connect(count.cut_off)
    elif isinstance(edit, QPlainTextEdit):
        edit.textChanged.connect(count.typed)
    else:
        raise TypeError(f"no text limit for a {type(edit).__name__}")
    return count.label


def limit_list(line_list, table: str, column: str) -> None:
    """A LineList whose lines are table.column: its entry line, and the box that edits a line in
    place (its delegate makes that box when editing starts)."""
    limit_text(line_list.entry, table, column)
    line_list.table.itemDelegateForColumn(line_list.text_column).limit = (table, column)

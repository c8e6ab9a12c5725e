"""A date that may also be "no date": typed as 14-3-2019 (or 14/3, 14-03-19, 2019-03-14, 14032019,
140319), Up and
Down move a day, Page Up/Down a month, Alt+Down or the button opens a calendar; empty means no
date. A QDateEdit cannot be empty, and a facilitator types faster than they click."""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle

from app.ui.common import style

DISPLAY = "%d-%m-%Y"


def parse_date(text: str, today: date | None = None) -> date | None:
    """The date in `text`; None for empty text. Raises ValueError when it is not a date."""
    text = text.strip()
    if not text:
        return None
    today = today or date.today()
    if re.fullmatch(r"\d{8}", text):  # 14032019
        return date(int(text[4:]), int(text[2:4]), int(text[:2]))
    if re.fullmatch(r"\d{6}", text):  # 140319
        return date(2000 + int(text[4:]), int(text[2:4]), int(text[:2]))
    parts = [int(p) for p in re.split(r"\s*[-/. ]\s*", text) if p]
    if len(parts) == 3 and parts[0] > 31:  # 2019-03-14
        return date(parts[0], parts[1], parts[2])
    if len(parts) == 3:  # 14-3-2019 or 14-3-19
        year = parts[2] + 2000 if parts[2] < 100 else parts[2]
        return date(year, parts[1], parts[0])
    if len(parts) == 2:  # 14-3: this year
        return date(today.year, parts[1], parts[0])
    raise ValueError(text)


def add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    day = d.day
    while True:
        try:
            return date(year, month + 1, day)
        except ValueError:
            day -= 1


class DateField(QLineEdit):
    dateChanged = Signal(object)  # a date, or None for "no date"; after Enter or leaving
    invalidEntered = Signal()  # the text is not a date; the last good date stays saved

    def __init__(self, name: str, parent=None, required: bool = False):
        super().__init__(parent)
        self.required = required  # a date that must be there (a session's): empty is refused
        self.setAccessibleName(name)
        self.setPlaceholderText(
            self.tr("type dd-mm-yyyy") if required else self.tr("no date (type dd-mm-yyyy)")
        )
        self._date: date | None = None
        self.editingFinished.connect(self._finished)
        action = self.addAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
            QLineEdit.ActionPosition.TrailingPosition,
        )
        action.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        action.triggered.connect(self.open_calendar)
        self._calendar: QCalendarWidget | None = None

    # -- value ----------------------------------------------------------------------------------
    def date(self) -> date | None:
        return self._date

    def set_date(self, value: date | None) -> None:
        """Show a stored value (does not emit)."""
        self._date = value
        self.setText(value.strftime(DISPLAY) if value else "")
        self._mark_invalid(False)

    def is_valid(self) -> bool:
        try:
            value = parse_date(self.text())
        except ValueError:
            return False
        return value is not None or not self.required

    def _finished(self) -> None:
        if self.isReadOnly():
            return
        if not self.is_valid():
            self._mark_invalid(True)
            self.invalidEntered.emit()
            return
        value = parse_date(self.text())
        self._mark_invalid(False)
        self.setText(value.strftime(DISPLAY) if value else "")
        if value != self._date:
            self._date = value
            self.dateChanged.emit(value)

    def _mark_invalid(self, invalid: bool) -> None:
        self.setStyleSheet(style.invalid_border_sheet(self) if invalid else "")

    # -- keyboard and calendar ------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        key = event.key()
        if not self.isReadOnly():
            if key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
                self.open_calendar()
                return
            steps = {
                Qt.Key.Key_Up: (1, 0),
                Qt.Key.Key_Down: (-1, 0),
                Qt.Key.Key_PageUp: (0, 1),
                Qt.Key.Key_PageDown: (0, -1),
            }
            if key in steps:
                self._step(*steps[key])
                return
        super().keyPressEvent(event)

    def _step(self, days: int, months: int) -> None:
        try:
            start = parse_date(self.text()) or date.today()
        except ValueError:
            start = date.today()
        self.setText(add_months(start + timedelta(days=days), months).strftime(DISPLAY))

    def open_calendar(self) -> None:
        if self.isReadOnly():
            return
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.setAccessibleName(self.tr("Calendar"))
            self._calendar.activated.connect(self._picked)
            self._calendar.clicked.connect(self._picked)
        try:
            current = parse_date(self.text()) or date.today()
        except ValueError:
            current = date.today()
        self._calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self._calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self._calendar.show()
        self._calendar.setFocus()

    def _picked(self, qdate: QDate) -> None:
        self._calendar.hide()
        self.setText(date(qdate.year(), qdate.month(), qdate.day()).strftime(DISPLAY))
        self.setFocus()
        self._finished()

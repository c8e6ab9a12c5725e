"""The closing: the session on one screen, a free summary note, the date of the next session,
and closing the session (read-only until it is reopened on purpose). Closing asks for a second
deliberate press on the same button instead of a dialog, so the talk is never interrupted."""

from __future__ import annotations

import math
from datetime import UTC, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
)

from app.services import sessions
from app.services.snapshot import session_snapshot
from app.ui.common.i18n import current_language
from app.ui.stages.base import StagePage
from app.ui.stages.glance_view import GlanceView
from app.ui.stages.session_summary import SessionSummary
from app.ui.widgets.date_field import DateField
from app.ui.widgets.labels import hint_label
from app.ui.widgets.text_limits import limit_text
from app.vocabulary.based_on import based_on
from app.vocabulary.changes import Change

ARMED_MS = 6000  # how long "press again to close" waits for the second press
SUGGESTED_GAP = timedelta(weeks=6)


class ClosingPage(StagePage):
    key = "closing"

    def __init__(self, controller, model, parent=None):
        super().__init__(controller, model, parent)
        self._base: dict | None = None  # the row as read, for the edits (app.vocabulary.based_on)
        self.summary = SessionSummary(model)
        # the same session as the report's page at a glance (the placemat), on request
        self.glance = GlanceView()
        self.views = QStackedWidget()
        self.views.addWidget(self.summary)
        self.views.addWidget(self.glance)
        self.glance_button = QPushButton(self.tr("Show the page at a glance"))
        self.glance_button.setAccessibleName(
            self.tr("Switch between the summary and the page at a glance")
        )
        toggle = controller.guarded(self._toggle_glance)  # a refused read: the banner
        self.glance_button.clicked.connect(lambda: toggle())

        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Summary note"))
        limit_text(self.note, "intervisie_session", "summary_note")
        self.note.setPlaceholderText(
            self.tr("Summary note: what do we take away? A few sentences for the report.")
        )
        self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.note.setTabChangesFocus(True)
        self.note.textChanged.connect(self._note_typed)

        # typed the way people say it (15032027, 15-3-2027, 15-03-27, 2027-03-15), saved on
        # Enter or on leaving the field; empty means no date yet
        self.next_date = DateField(self.tr("Date of the next session"))
        self.next_date.dateChanged.connect(self._date_typed)
        self.next_date.invalidEntered.connect(
            lambda: self._problem(
                self.tr(
                    "That is not a date: type it as dd-mm-yyyy (for example 15-03-2027). The date "
                    "saved before is kept."
                )
            )
        )
        self.no_date = QCheckBox(self.tr("No date yet"))
        self.no_date.setAccessibleName(self.tr("No date for the next session yet"))
        self.no_date.toggled.connect(self._no_date_toggled)

        self.state = QLabel()
        self.state.setAccessibleName(self.tr("State of the session"))
        self.close_button = QPushButton(self.tr("Close the session"))
        self.close_button.setAccessibleName(self.tr("Close the session"))
        self.close_button.clicked.connect(self._close_pressed)
        self.reopen_button = QPushButton(self.tr("Reopen the session"))
        self.reopen_button.setAccessibleName(self.tr("Reopen the session"))
        self.reopen_button.clicked.connect(self._reopen)
        self.hint = hint_label()
        self._armed = QTimer(self)
        self._armed.setSingleShot(True)
        self._armed.setInterval(ARMED_MS)
        self._armed.timeout.connect(self._expired)
        self._countdown = QTimer(self)  # the seconds left, shown while the first press waits
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._show_countdown)

        # below the summary: the note on the left; the next date and closing on the right
        side = QGridLayout()
        side.addWidget(QLabel(self.tr("Next session:")), 0, 0, 1, 2)
        side.addWidget(self.next_date, 1, 0)
        side.addWidget(self.no_date, 1, 1)
        side.addWidget(self.state, 2, 0)
        side.addWidget(self.close_button, 2, 1)
        side.addWidget(self.reopen_button, 2, 1)
        side.addWidget(self.glance_button, 3, 0, 1, 2)
        side.setRowStretch(4, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addLayout(side)
        self.body.addWidget(self.views, 1)
        self.body.addLayout(bottom)
        self.body.addWidget(self.hint)
        self.setTabOrder(self.note, self.next_date)
        self.setTabOrder(self.next_date, self.no_date)
        self.setTabOrder(self.no_date, self.close_button)
        self.setTabOrder(self.close_button, self.reopen_button)
        self.setTabOrder(self.reopen_button, self.glance_button)
        self._filling = False
        controller.problem.connect(self._problem)
        self._show_state(controller.read(sessions.get_session, controller.session_id))

    def entry_widget(self):
        return self.reopen_button if self.read_only else self.note

    # -- filling --------------------------------------------------------------------------------
    def reload(self) -> None:
        info = self.controller.read(sessions.get_session, self.session_id)
        self._base = based_on(info)  # what the note typed here is based on
        self.summary.show_snapshot(self.controller.read(session_snapshot, self.session_id))
        if self.views.currentWidget() is self.glance:
            self.glance.show_session(self.controller.read, self.session_id, current_language())
        self._filling = True
        if self.note.toPlainText() != info.summary_note:
            self.note.setPlainText(info.summary_note)
        self.no_date.setChecked(info.next_session_on is None)
        # with no date yet, the box shows a suggestion (a few weeks on) for when one is agreed
        shown = info.next_session_on or info.held_on + SUGGESTED_GAP
        self.next_date.set_date(shown)
        self._filling = False
        self._show_state(info)

    def _toggle_glance(self) -> None:
        showing = self.views.currentWidget() is self.glance
        if not showing:
            self.glance.show_session(self.controller.read, self.session_id, current_language())
        self.views.setCurrentWidget(self.summary if showing else self.glance)
        self.glance_button.setText(
            self.tr("Show the summary") if not showing else self.tr("Show the page at a glance")
        )

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._disarm()
        self.no_date.setEnabled(not read_only)
        self.next_date.setEnabled(not read_only and not self.no_date.isChecked())
        self.close_button.setVisible(not read_only)
        self.reopen_button.setVisible(read_only)
        if read_only and self.close_button.hasFocus():
            self.reopen_button.setFocus()

    def _show_state(self, info) -> None:
        if info.is_closed:
            when = ""
            if info.closed_at is not None:
                local = info.closed_at.replace(tzinfo=UTC).astimezone()
                when = f" {local:%d-%m-%Y %H:%M}"
            self.state.setText(self.tr("Closed%1").replace("%1", when))
        else:
            self.state.setText(self.tr("Open"))
        self.set_read_only(info.is_closed)

    # -- edits ----------------------------------------------------------------------------------
    def _note_typed(self) -> None:
        if self._filling or self.read_only:
            return
        self.controller.write_later(
            "summary_note",
            sessions.update_session,
            self.session_id,
            summary_note=self.note.toPlainText(),
            what=Change.SUMMARY,
            based_on=self._base,
        )

    def _date_typed(self, value) -> None:
        if self._filling or self.read_only or self.no_date.isChecked():
            return
        if value is None:  # the field emptied: no date yet
            self.no_date.setChecked(True)
            return
        self.hint.hide()
        self.controller.write(
            sessions.update_session, self.session_id, next_session_on=value, what=Change.NEXT_DATE
        )

    def _no_date_toggled(self, checked: bool) -> None:
        self.next_date.setEnabled(not checked and not self.read_only)
        if self._filling or self.read_only:
            return
        info = self.controller.read(sessions.get_session, self.session_id)
        self.controller.write(
            sessions.update_session,
            self.session_id,
            next_session_on=None
            if checked
            else self.next_date.date() or info.held_on + SUGGESTED_GAP,
            what=Change.NEXT_DATE,
        )

    def _close_pressed(self) -> None:
        if not self._armed.isActive():
            self._armed.start()
            self._countdown.start()
            self.close_button.setText(self.tr("Press again to close"))
            self._show_countdown()
            self.hint.show()
            return
        self._disarm()
        written = self.controller.write(sessions.close_session, self.session_id, what=Change.STATE)
        info = written.value
        if written.saved and info is not None:
            self._show_state(info)
            self.reopen_button.setFocus()

    def hideEvent(self, event) -> None:
        # a first press belongs to this visit only
        self._disarm()
        super().hideEvent(event)

    def _seconds_left(self) -> int:
        interval = self._armed.interval()
        left = self._armed.remainingTime() if self._armed.isActive() else interval
        return max(1, math.ceil(min(left, interval) / 1000))  # a coarse timer may say 6001

    def _show_countdown(self) -> None:
        if not self._armed.isActive():
            return
        self.hint.setText(
            self.tr(
                "Press again within %1 s to close. Closing makes the whole session read-only; "
                "it can be reopened here on purpose."
            ).replace("%1", str(self._seconds_left()))
        )

    def _expired(self) -> None:
        """The second press did not come in time: say so, so the next press is known to be
        a first one again."""
        self._disarm()
        self.hint.setText(
            self.tr(
                "Not closed: the second press did not come within %1 s. Press “Close the session” "
                "twice to close."
            ).replace("%1", str(self._seconds_left()))
        )
        self.hint.show()

    def _disarm(self) -> None:
        self._armed.stop()
        self._countdown.stop()
        self.close_button.setText(self.tr("Close the session"))
        self.hint.hide()

    def _reopen(self) -> None:
        written = self.controller.write(sessions.reopen_session, self.session_id, what=Change.STATE)
        info = written.value
        if written.saved and info is not None:
            self._show_state(info)
            self.close_button.setFocus()

    def _problem(self, text: str) -> None:
        if self.isVisible():
            self.hint.setText(text)
            self.hint.setVisible(bool(text))

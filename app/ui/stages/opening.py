"""The opening: what the session is (title, date, place, facilitator), who is here, and which
earlier session it continues from, whose actions the group reviews first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QSplitter

from app.services import sessions
from app.ui.stages.base import StagePage
from app.ui.stages.continuation_panel import ContinuationPanel
from app.ui.stages.participants_table import ParticipantsPanel
from app.ui.widgets.date_field import DateField
from app.ui.widgets.labels import hint_label
from app.ui.widgets.text_limits import limit_text
from app.vocabulary.based_on import based_on
from app.vocabulary.changes import Change


class OpeningPage(StagePage):
    key = "opening"

    def __init__(self, controller, model, parent=None):
        super().__init__(controller, model, parent)
        self._base: dict | None = None  # the row as read, for the edits (app.vocabulary.based_on)
        self._filling = False
        self.title_edit = self._line(self.tr("Session title"), "title")
        self.title_edit.textEdited.connect(self._title_typed)
        self.title_hint = hint_label()
        self.date_edit = DateField(self.tr("Session date"), required=True)
        self.date_edit.dateChanged.connect(self._date_typed)
        self.date_edit.invalidEntered.connect(self._date_refused)
        self.location = self._line(self.tr("Location"), "location")
        self.facilitator = self._line(self.tr("Facilitator"), "facilitator")

        details = QGridLayout()
        details.addWidget(QLabel(self.tr("Title")), 0, 0)
        details.addWidget(self.title_edit, 0, 1)
        details.addWidget(QLabel(self.tr("Date")), 0, 2)
        details.addWidget(self.date_edit, 0, 3)
        details.addWidget(QLabel(self.tr("Location")), 1, 0)
        details.addWidget(self.location, 1, 1)
        details.addWidget(QLabel(self.tr("Facilitator")), 1, 2)
        details.addWidget(self.facilitator, 1, 3)
        details.addWidget(self.title_hint, 2, 1, 1, 3)
        details.setColumnStretch(1, 3)
        details.setColumnStretch(3, 2)

        self.participants = ParticipantsPanel(controller, model)
        self.continuation = ContinuationPanel(controller)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.participants)
        self.split.addWidget(self.continuation)
        self.split.setChildrenCollapsible(False)
        self.body.addLayout(details)
        self.body.addWidget(self.split, 1)
        self.setTabOrder(self.title_edit, self.date_edit)
        self.setTabOrder(self.date_edit, self.location)
        self.setTabOrder(self.location, self.facilitator)
        self.setTabOrder(self.facilitator, self.participants.list.entry)
        controller.changed.connect(controller.guarded(self._changed))

    def entry_widget(self):
        return self.participants.list.entry  # who is here: typed while people come in

    def _line(self, name: str, field: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        limit_text(edit, "intervisie_session", field)
        if field != "title":
            edit.textEdited.connect(lambda text: self._field_typed(field, text))
        return edit

    # -- filling --------------------------------------------------------------------------------
    def reload(self) -> None:
        info = self.controller.read(sessions.get_session, self.session_id)
        self._base = based_on(info)  # what the typing here is based on
        self._filling = True
        for edit, value in (
            (self.title_edit, info.title),
            (self.location, info.location),
            (self.facilitator, info.facilitator),
        ):
            if edit.text() != value:
                edit.setText(value)
                edit.setCursorPosition(0)  # a long text shows its beginning
        self.date_edit.set_date(info.held_on)
        self._filling = False
        self.title_hint.hide()
        self.participants.reload()
        self.continuation.reload()
        # earlier actions to review get half the room; otherwise the people get nearly all
        total = sum(self.split.sizes()) or self.height()
        share = 0.5 if self.continuation.reviews.isVisibleTo(self) else 0.8
        self.split.setSizes([int(total * share), total - int(total * share)])

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.participants.set_read_only(read_only)
        self.continuation.set_read_only(read_only)

    def _changed(self, what: Change) -> None:
        if what is Change.PARTICIPANTS:
            self.participants.reload()
        elif what is Change.CONTINUATION:
            self.continuation.reload()
        elif what is Change.REVIEWS:
            self.continuation.fill_reviews()

    # -- edits ----------------------------------------------------------------------------------
    def _title_typed(self, text: str) -> None:
        if not text.strip():
            # not saved: the last title stays until a new one is typed
            self.title_hint.setText(self.tr("A session needs a title; type one."))
            self.title_hint.show()
            return
        self.title_hint.hide()
        self._field_typed("title", text)

    def _field_typed(self, field: str, text: str) -> None:
        if self.read_only:
            return
        self.controller.write_later(
            f"session:{field}",
            sessions.update_session,
            self.session_id,
            what=Change.SESSION,
            based_on=self._base,
            **{field: text},
        )

    def _date_typed(self, value) -> None:
        if self._filling or self.read_only or value is None:
            return
        self.title_hint.hide()
        self.controller.write(
            sessions.update_session, self.session_id, held_on=value, what=Change.SESSION
        )

    def _date_refused(self) -> None:
        self.title_hint.setText(
            self.tr(
                "Type the date as dd-mm-yyyy, for example 15-03-2027; "
                "the date saved before is kept."
            )
        )
        self.title_hint.show()

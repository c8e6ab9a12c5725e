"""Small forms before a session starts: a new community, a new session. (Inside a session no
dialog interrupts the talk.)"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
)

from app.ui.widgets.date_field import DateField, parse_date
from app.ui.widgets.labels import hint_label
from app.ui.widgets.text_limits import limit_text


class _Form(QDialog):
    """A form whose OK button shows an inline hint instead of accepting bad input."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self._first: QLineEdit | None = None
        self.hint = hint_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def line(self, label: str, accessible: str, text: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        edit.setAccessibleName(accessible)
        self.form.addRow(label, edit)
        if self._first is None:
            self._first = edit
        return edit

    def showEvent(self, event) -> None:
        # the cursor in the first field, not on OK: typed letters land in the name, Space does
        # not press OK, and Enter (OK is the default button) still accepts
        super().showEvent(event)
        if self._first is not None:
            self._first.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
            self._first.selectAll()

    def problem(self) -> str | None:
        return None

    def _try_accept(self) -> None:
        problem = self.problem()
        if problem:
            self.hint.setText(problem)
            self.hint.show()
            return
        self.accept()


class CommunityForm(_Form):
    def __init__(self, parent=None):
        super().__init__(self.tr("New community"), parent)
        self.name = self.line(self.tr("Name"), self.tr("Community name"))
        self.region = self.line(self.tr("Region"), self.tr("Region"))
        self.description = self.line(self.tr("Description"), self.tr("Description"))
        for edit, column in (
            (self.name, "name"),
            (self.region, "region"),
            (self.description, "description"),
        ):
            limit_text(edit, "community", column)

    def problem(self) -> str | None:
        return None if self.name.text().strip() else self.tr("Give the community a name.")


class SessionForm(_Form):
    """Title, date, place, facilitator, and the earlier session this one continues from."""

    def __init__(
        self,
        earlier: list[tuple[int, str]],
        parent=None,
        title: str = "",
        models: list[tuple[str, str]] | None = None,
    ):
        """models: (version, words) of the model versions to choose from, newest first; the
        newest is chosen unless the facilitator picks another."""
        super().__init__(self.tr("New session"), parent)
        self.title_edit = self.line(self.tr("Title"), self.tr("Session title"), title)
        # typed as people say it (14-3-2027, 14032027, …); one Tab stop, not three sections
        self.date_edit = DateField(self.tr("Session date"), required=True)
        self.date_edit.set_date(date.today())
        self.form.addRow(self.tr("Date"), self.date_edit)
        self.location = self.line(self.tr("Location"), self.tr("Location"))
        self.facilitator = self.line(self.tr("Facilitator"), self.tr("Facilitator"))
        for edit, column in (
            (self.title_edit, "title"),
            (self.location, "location"),
            (self.facilitator, "facilitator"),
        ):
            limit_text(edit, "intervisie_session", column)
        self.continues = QComboBox()
        self.continues.setAccessibleName(self.tr("Continues from"))
        self.continues.addItem(self.tr("(a first session)"), None)
        for session_id, label in earlier:
            self.continues.addItem(label, session_id)
        if earlier:
            self.continues.setCurrentIndex(1)
        self.form.addRow(self.tr("Continues from"), self.continues)
        self.model: QComboBox | None = None
        if models:
            self.model = QComboBox()
            self.model.setAccessibleName(self.tr("Model version"))
            for version, words in models:
                self.model.addItem(words, version)
            self.form.addRow(self.tr("Model"), self.model)

    def problem(self) -> str | None:
        if not self.title_edit.text().strip():
            return self.tr("Give the session a title.")
        if not self.date_edit.is_valid():
            return self.tr("Type the date as dd-mm-yyyy, for example 15-03-2027.")
        return None

    def values(self) -> dict:
        return {
            "title": self.title_edit.text().strip(),
            "held_on": parse_date(self.date_edit.text()),
            "location": self.location.text().strip(),
            "facilitator": self.facilitator.text().strip(),
            "continues_from_id": self.continues.currentData(),
            **({"model_version": self.model.currentData()} if self.model is not None else {}),
        }

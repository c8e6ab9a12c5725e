"""In a follow-up session's vertrekpunt: a line under the element's status saying what was
carried over from the previous session and is not yet confirmed (the status, and the
observations shown in italics), with a button to confirm it all unchanged. Editing a status or
an observation confirms that one by itself."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.ui.common import style


class CarriedNote(QWidget):
    confirmRequested = Signal(str)  # element key

    def __init__(self, parent=None):
        super().__init__(parent)
        self.key: str | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet(style.carried_sheet(self))
        self.text.setAccessibleName(self.tr("Carried over, not yet confirmed"))
        self.confirm = QPushButton(self.tr("Confirm unchanged"))
        self.confirm.setAccessibleName(
            self.tr("Confirm the carried-over status and observations unchanged")
        )
        self.confirm.clicked.connect(lambda: self.key and self.confirmRequested.emit(self.key))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.confirm)
        self.hide()

    def show_for(self, key: str, status_carried: bool, observations_carried: int) -> None:
        """What of element key is still carried over (hidden when nothing is)."""
        self.key = key
        if not status_carried and not observations_carried:
            self.hide()
            return
        if status_carried and observations_carried:
            text = self.tr(
                "Carried over from the previous session, not yet confirmed: the "
                "status and %n observation(s) (in italics).",
                "",
                observations_carried,
            )
        elif status_carried:
            text = self.tr("Carried over from the previous session, not yet confirmed: the status.")
        else:
            text = self.tr(
                "Carried over from the previous session, not yet confirmed: "
                "%n observation(s) (in italics).",
                "",
                observations_carried,
            )
        self.text.setText(text)
        self.show()

    def setReadOnly(self, read_only: bool) -> None:
        """A closed session: the note stays readable, nothing can be confirmed."""
        self.confirm.setEnabled(not read_only)

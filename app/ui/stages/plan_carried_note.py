"""In a follow-up session's vervolg (and focus, for the development path): a line above a part of
the plan carried over from the previous session, saying so until the group confirms it unchanged
(the button) or changes it (any edit does). Hidden once the part is the session's own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.services import plan_carry
from app.ui.common import style
from app.vocabulary.changes import Change


def part_name(part: str) -> str:
    names = {
        "path": QCoreApplication.translate("PlanCarriedNote", "the development path"),
        "ambition": QCoreApplication.translate("PlanCarriedNote", "the ambition"),
        "themes": QCoreApplication.translate("PlanCarriedNote", "the themes"),
        "steps": QCoreApplication.translate("PlanCarriedNote", "the steps"),
        "monitoring": QCoreApplication.translate("PlanCarriedNote", "the indicators"),
    }
    return names.get(part, part)


class PlanCarriedNote(QWidget):
    confirmRequested = Signal(str)  # the part

    def __init__(self, part: str, parent=None):
        super().__init__(parent)
        self.part = part
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet(style.carried_sheet(self))
        self.text.setAccessibleName(self.tr("Carried over, not yet confirmed"))
        self.confirm = QPushButton(self.tr("Confirm unchanged"))
        self.confirm.setAccessibleName(
            self.tr("Confirm %1 unchanged").replace("%1", part_name(part))
        )
        self.confirm.clicked.connect(lambda: self.confirmRequested.emit(self.part))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.confirm)
        self.hide()

    def show_state(self, states: dict[str, str]) -> None:
        if states.get(self.part) != "carried":
            self.hide()
            return
        self.text.setText(
            self.tr(
                "Carried over from the previous session, not yet confirmed: "
                "%1. Confirm it unchanged, or change it here."
            ).replace("%1", part_name(self.part))
        )
        self.show()

    def setReadOnly(self, read_only: bool) -> None:
        self.confirm.setEnabled(not read_only)


def attach(page, layout, part: str) -> PlanCarriedNote:
    """A note for `part` at the top of `layout`, confirming through the page's controller."""
    note = PlanCarriedNote(part)
    note.confirmRequested.connect(
        lambda p: page.controller.write(
            plan_carry.confirm_part, page.session_id, p, what=Change.PLAN_CARRIED
        )
    )
    layout.insertWidget(0, note)
    return note

"""What every stage page has: its name, its guiding question in large type, and a body."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.common.stage_names import stage_label, stage_question
from app.ui.widgets.labels import big_label


class StagePage(QWidget):
    key = ""

    def __init__(self, controller, model, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.model = model
        self.read_only = False
        self.heading = big_label(scale=1.6)
        self.heading.setAccessibleName(self.tr("Stage"))
        self.question = big_label(scale=1.25, bold=False)
        self.question.setAccessibleName(self.tr("Guiding question"))
        self.body = QVBoxLayout()
        outer = QVBoxLayout(self)
        outer.addWidget(self.heading)
        outer.addWidget(self.question)
        outer.addLayout(self.body, 1)
        self.retitle()

    def retitle(self) -> None:
        self.heading.setText(
            stage_label(self.key).upper() if self.key != "opening" else stage_label(self.key)
        )
        self.question.setText(stage_question(self.key))

    @property
    def session_id(self) -> int:
        return self.controller.session_id

    @property
    def store(self):
        return self.controller.store

    def reload(self) -> None:
        """Fill the page from the database."""

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for w in self.findChildren(QWidget):
            if hasattr(w, "setReadOnly") and w.accessibleName() not in ("Stage",):
                w.setReadOnly(read_only)
        self.setProperty("readOnly", read_only)

    def entry_widget(self) -> QWidget | None:
        """Where the cursor goes when the stage is entered: the line the facilitator types in
        first."""
        return None

    def show_element(self, key: str) -> bool:
        """Bring an element of the model into view; False when this page has none."""
        return False

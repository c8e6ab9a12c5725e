"""What goes into the session report: the language, names or roles, and the optional sections on
the model's uses (timeline, actors and knowledge, GroenPact, projects on the model, a comparison
with another session)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from app.ui.common.i18n import current_language


class ReportOptions(QDialog):
    def __init__(self, store, session_id: int, parent=None, title: str = ""):
        from app.services import sessions
        from app.ui.session.reader import reader_for

        super().__init__(parent)
        # the list to compare with is every session of the database, not this session's: the
        # community windows' reader (a refusal is said on the main window's notice)
        read = reader_for(store).read
        self.setWindowTitle(title or self.tr("Session report"))
        self.setAccessibleName(self.windowTitle())
        info = read(sessions.get_session, session_id)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.anonymous = QCheckBox(self.tr("Anonymised: roles instead of names"))
        self.anonymous.setAccessibleName(self.tr("Anonymised report"))
        # the only delegate of a water board is known by "Deelnemer 4 (Overheid, Waterschap)"
        self.hide_organisations = QCheckBox(self.tr("Leave the organisations out as well"))
        self.hide_organisations.setAccessibleName(self.tr("Anonymised without organisations"))
        self.hide_organisations.setEnabled(False)
        self.anonymous.toggled.connect(self.hide_organisations.setEnabled)
        # the page at a glance and the action plan: two pages to hand round (PDF)
        self.summary = QCheckBox(
            self.tr("Short version: the page at a glance and the action plan (two pages, PDF)")
        )
        self.summary.setAccessibleName(self.tr("Two-page summary"))
        self.sections = {}
        for key, label in (
            ("include_timeline", self.tr("Timeline of the community")),
            ("include_actors", self.tr("Actors and knowledge, with the gaps")),
            ("include_groenpact", self.tr("GroenPact matrix")),
            ("include_projects", self.tr("Projects on the model")),
        ):
            box = QCheckBox(label)
            box.setAccessibleName(label)
            self.sections[key] = box
        self.compare = QComboBox()
        self.compare.setAccessibleName(self.tr("Compare with"))
        self.compare.addItem(self.tr("(no comparison)"), None)
        for other in read(sessions.list_sessions):
            if other.id != session_id:
                self.compare.addItem(
                    f"{other.held_on:%d-%m-%Y} · {other.community_name} · {other.title}", other.id
                )
        self.hide_names = QCheckBox(self.tr("Hide community names in the comparison"))
        self.hide_names.setAccessibleName(self.tr("Hide community names"))
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.anonymous)
        form.addRow("", self.hide_organisations)
        form.addRow("", self.summary)
        form.addRow(QLabel(self.tr("Also include:")))
        for box in self.sections.values():
            form.addRow("", box)
        form.addRow(self.tr("Compare with"), self.compare)
        form.addRow("", self.hide_names)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("The report of “%1” holds everything the group said.").replace(
                    "%1", info.title
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict:
        """lang, anonymous, and the sections as report_data takes them."""
        out = {key: box.isChecked() for key, box in self.sections.items()}
        out.update(
            lang=self.language.currentData(),
            anonymous=self.anonymous.isChecked(),
            compare_with=self.compare.currentData(),
            hide_names=self.hide_names.isChecked(),
            hide_organisations=self.anonymous.isChecked() and self.hide_organisations.isChecked(),
        )
        return out

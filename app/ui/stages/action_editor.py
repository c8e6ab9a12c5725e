"""The inline editor of one action in the aanpak (no dialog: the room reads along): title,
description, owner and partners, dates, indicator, status, the focus points and themes it
serves, and the project characteristics of the worked example. Every change goes through the
controller: choices at once, typing debounced."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services import aanpak as svc
from app.services import trace
from app.ui.common.i18n import current_language
from app.ui.stages.action_history_text import history_detail, history_text, no_trace, trace_rows
from app.ui.stages.trace_list import TraceList
from app.ui.widgets.check_list import CheckList
from app.ui.widgets.choices import element_label
from app.ui.widgets.date_field import DateField
from app.ui.widgets.labels import hint_label
from app.ui.widgets.text_limits import limit_text
from app.vocabulary.based_on import based_on
from app.vocabulary.changes import Change
from app.vocabulary.dto import ActionData


def action_status_choices() -> tuple[tuple[str, str], ...]:
    labels = {
        "open": QApplication.translate("ActionStatus", "open"),
        "bezig": QApplication.translate("ActionStatus", "in progress"),
        "gereed": QApplication.translate("ActionStatus", "done"),
        "gestopt": QApplication.translate("ActionStatus", "stopped"),
    }
    return tuple((s, labels.get(s, s)) for s in svc.ACTION_STATUSES)


class ActionEditor(QScrollArea):
    """Shows one action; `load` fills it, and it writes each change itself."""

    def __init__(self, controller, model, parent=None):
        super().__init__(parent)
        self._base: dict | None = None  # the row as read, for the edits (app.vocabulary.based_on)
        self.controller = controller
        self.model = model
        self.action_id: int | None = None
        self._writing = False  # a write now shows its own refusal next to its field
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Selected action"))
        inner = QWidget()
        self.setWidget(inner)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.hint = hint_label()  # a refusal of a typed field, shown when the typing pauses
        self.sections = QVBoxLayout(inner)
        self.sections.addLayout(self.form)
        self.sections.addWidget(self.hint)

        self.title = self._line(self.tr("Title"), "title")
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Description"))
        limit_text(self.description, "action", "description")
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.description.setTabChangesFocus(True)
        self.description.textChanged.connect(
            lambda: self._typed("description", self.description.toPlainText())
        )
        self.form.addRow(self.tr("Description"), self.description)

        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.owner.setAccessibleName(self.tr("Owner"))
        limit_text(self.owner, "action", "owner")
        self.owner.lineEdit().setPlaceholderText(self.tr("who carries it (pick or type)"))
        self.owner.editTextChanged.connect(lambda text: self._typed("owner", text))
        self.form.addRow(self.tr("Owner"), self.owner)

        self.partners = CheckList(self.tr("Partners involved"))
        self.partners.toggled.connect(lambda *_: self._write(partners=self.partners.checked_keys()))
        self.new_partner = QLineEdit()
        self.new_partner.setAccessibleName(self.tr("Add a partner"))
        limit_text(self.new_partner, "action", "owner")  # a partner is named like an owner
        self.new_partner.setPlaceholderText(self.tr("+ another partner (Enter)"))
        self.new_partner.returnPressed.connect(self._add_partner)
        partners = QVBoxLayout()
        partners.addWidget(self.partners)
        partners.addWidget(self.new_partner)
        self.form.addRow(self.tr("Partners"), partners)

        self.starts = DateField(self.tr("Start date"))
        self.due = DateField(self.tr("Due date"))
        self.date_hint = hint_label()
        for field in (self.starts, self.due):
            field.dateChanged.connect(lambda _d: self._dates_entered())
            field.invalidEntered.connect(
                lambda: self._show(
                    self.date_hint,
                    self.tr("Type the date as dd-mm-yyyy, or leave it empty for no date."),
                )
            )
        dates = QHBoxLayout()
        dates.addWidget(self.starts)
        dates.addWidget(QLabel(self.tr("until")))
        dates.addWidget(self.due)
        dates_box = QVBoxLayout()
        dates_box.addLayout(dates)
        dates_box.addWidget(self.date_hint)
        self.form.addRow(self.tr("Start – due"), dates_box)

        self.indicator = self._line(
            self.tr("Indicator"), "indicator", self.tr("how we see that it works")
        )
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status of the action"))
        for value, label in action_status_choices():
            self.status.addItem(label, value)
        self.status.activated.connect(lambda _i: self._write(status=self.status.currentData()))
        self.form.addRow(self.tr("Status"), self.status)
        # an action carried on from earlier sessions: what became of it in each
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setAccessibleName(self.tr("History of the action"))
        self.history_label = QLabel(self.tr("History"))
        self.form.addRow(self.history_label, self.history)

        self.focus_points = CheckList(self.tr("Focus points this action serves"))
        self.focus_points.toggled.connect(
            lambda *_: self._write(focus_point_ids=self.focus_points.checked_keys())
        )
        self.form.addRow(self.tr("Focus points"), self.focus_points)
        self.themes = CheckList(self.tr("Themes this action serves"))
        self.themes.toggled.connect(lambda *_: self._write(theme_ids=self.themes.checked_keys()))
        self.form.addRow(self.tr("Themes"), self.themes)
        # the loop of the model, read back: what the action serves and where that came from
        # a row leads there: the focus point, its observation, the theme (click or Enter)
        self.trace = TraceList(self.tr("What the action serves and where it came from"))
        self.trace.setToolTip(self.tr("A click or Enter on a row goes there"))
        self.form.addRow(self.tr("Trace"), self.trace)
        self.characteristics = CheckList(self.tr("Project characteristics"))
        self.characteristics.toggled.connect(
            lambda *_: self._write(characteristics=self.characteristics.checked_keys())
        )
        self.form.addRow(self.tr("Characteristics"), self.characteristics)
        self.sections.addStretch(1)
        controller.problem.connect(self._late_problem)

    def add_section(self, label: str, widget: QWidget) -> None:
        """Room for more about an action (GroenPact action lines, policy frames, …): a labelled
        row at the end of the form."""
        self.form.addRow(label, widget)

    def _line(self, label: str, field: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(label)
        edit.setPlaceholderText(placeholder)
        limit_text(edit, "action", field)
        edit.textChanged.connect(lambda text: self._typed(field, text))
        self.form.addRow(label, edit)
        return edit

    # -- filling --------------------------------------------------------------------------------
    def load(self, action: ActionData | None, focus_points, themes, people: list[str]) -> None:
        """Show an action with the session's focus points and themes, and the people and
        organisations to pick owner and partners from."""
        self.action_id = action.id if action else None
        self._base = based_on(action) if action else None  # what the edits here are based on
        self.setEnabled(action is not None)
        self.hint.hide()
        self.date_hint.hide()
        if action is None:
            return
        lang = current_language()
        widgets = (
            self.title,
            self.description,
            self.owner,
            self.partners,
            self.starts,
            self.due,
            self.indicator,
            self.status,
            self.focus_points,
            self.themes,
            self.characteristics,
        )
        for w in widgets:
            w.blockSignals(True)
        self.title.setText(action.title)
        self.description.setPlainText(action.description)
        self.owner.clear()
        self.owner.addItems(people)
        self.owner.setEditText(action.owner)
        extra = [p for p in action.partners if p not in people]
        self.partners.set_items((p, p, p in action.partners) for p in people + extra)
        self.partners.fit_height(6)
        self.starts.set_date(action.starts_on)
        self.due.set_date(action.due_on)
        self.indicator.setText(action.indicator)
        for line in (self.title, self.indicator):
            line.setCursorPosition(0)  # a long text shows its beginning, not its end
        self.status.setCurrentIndex(max(0, self.status.findData(action.status)))
        steps = (
            self.controller.read(svc.action_history_of, action.id)
            if action.continued_from_uuid
            else ()
        )
        self.history.setText(history_text(steps))
        self.history.setToolTip(history_detail(steps))
        self.history.setVisible(bool(steps))
        self.history_label.setVisible(bool(steps))
        self.trace.set_rows(
            trace_rows(
                self.controller.read(trace.action_trace, action.id), self.model, action.session_id
            ),
            no_trace(),
        )
        self.focus_points.set_items(
            (
                f.id,
                f"{f.text}  · {element_label(self.model, f.element_key, short=True)}",
                f.id in action.focus_point_ids,
            )
            for f in focus_points
        )
        self.focus_points.fit_height(6)
        self.themes.set_items((t.id, label, t.id in action.theme_ids) for t, label in themes)
        self.themes.fit_height(10)
        self.characteristics.set_items(
            (c.key, c.label.get(lang), c.key in action.characteristics)
            for c in self.model.characteristics
        )
        self.characteristics.fit_height(len(self.model.characteristics))
        for w in widgets:
            w.blockSignals(False)

    def has_focus_inside(self) -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and self.isAncestorOf(focused)

    # -- writing --------------------------------------------------------------------------------
    def _typed(self, field: str, text: str) -> None:
        if self.action_id is None:
            return
        if field == "title":
            if not text.strip():
                self._show(self.hint, self.tr("An action needs a title."))
                return
            self.hint.hide()
        self.controller.write_later(
            f"action:{self.action_id}:{field}",
            svc.update_action,
            self.action_id,
            what=Change.ACTION_DETAILS,
            based_on=self._base,
            **{field: text},
        )

    def _write(self, **fields) -> None:
        if self.action_id is not None:
            self._write_now(self.hint, **fields)

    def _write_now(self, hint: QLabel, **fields) -> None:
        self._writing = True
        try:
            written = self.controller.write(
                svc.update_action,
                self.action_id,
                what=Change.ACTION_DETAILS,
                based_on=self._base,
                **fields,
            )
            hint.setText(written.refusal)  # the refusal next to the field that caused it
            hint.setVisible(written.refused)
        finally:
            self._writing = False

    def _dates_entered(self) -> None:
        # both dates go together, so correcting either one saves the pair once it fits
        if self.action_id is not None and self.starts.is_valid() and self.due.is_valid():
            self._write_now(self.date_hint, starts_on=self.starts.date(), due_on=self.due.date())

    def _add_partner(self) -> None:
        name = self.new_partner.text().strip()
        if not name or self.action_id is None:
            return
        if self.partners.item_for(name) is None:
            self.partners.set_items(
                [(k, k, k in self.partners.checked_keys()) for k in self.partners.keys()]  # noqa: SIM118 - a CheckList
                + [(name, name, True)]
            )
            self.partners.fit_height(6)
            self._write(partners=self.partners.checked_keys())
        else:
            self.partners.set_checked(name, True)
        self.new_partner.clear()

    def _late_problem(self, message: str) -> None:
        if self.isVisible() and self.action_id is not None and not self._writing:
            self._show(self.hint, message)

    @staticmethod
    def _show(label: QLabel, text: str) -> None:
        label.setText(text)
        label.show()

    def setReadOnly(self, read_only: bool) -> None:
        """A closed session: everything readable, nothing changes."""
        for combo in (self.owner, self.status):
            combo.setEnabled(not read_only)
        self.new_partner.setReadOnly(read_only)

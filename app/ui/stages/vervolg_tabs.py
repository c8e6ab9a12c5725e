"""The vervolg page's four tabs, built: the themes to choose, the ambition, the steps and what
keeps the plan on track (indicators and review moments)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import vervolg as svc
from app.ui.stages.indicator_standing import IndicatorStanding
from app.ui.stages.theme_elements import ThemeElements
from app.ui.stages.typed_edits import save_edits_as_typed
from app.ui.widgets.check_list import CheckList
from app.ui.widgets.date_field import DateField
from app.ui.widgets.labels import hint_label
from app.ui.widgets.line_list import Column, LineList
from app.ui.widgets.text_limits import limit_list, limit_text
from app.vocabulary.changes import Change

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class VervolgTabs:
    """The tab builders of VervolgPage, mixed into it: they set the page's own attributes and are
    translated in its context."""

    # -- themes ---------------------------------------------------------------------------------
    def _themes_tab(self) -> QWidget:
        tab = QWidget()
        v = QVBoxLayout(tab)
        v.addWidget(
            _note(
                translate(
                    "VervolgPage",
                    "Which innovation themes does the group work on? Tick the "
                    "model's themes (the regional RIS3 leads) and add your own.",
                )
            )
        )
        self.themes = CheckList(translate("VervolgPage", "Innovation themes"))
        self.themes.toggled.connect(self._theme_toggled)
        v.addWidget(self.themes, 1)
        self.own_theme = QLineEdit()
        self.own_theme.setPlaceholderText(translate("VervolgPage", "+ add an own theme (Enter)"))
        self.own_theme.setAccessibleName(translate("VervolgPage", "Own theme"))
        limit_text(self.own_theme, "session_theme", "label")
        self.own_theme.returnPressed.connect(self._add_own_theme)
        v.addWidget(self.own_theme)
        self.theme_hint = hint_label()
        v.addWidget(self.theme_hint)
        self.theme_elements = ThemeElements(self)  # the trace from theme to model
        v.addWidget(self.theme_elements)
        return tab

    # -- ambition -------------------------------------------------------------------------------
    def _ambition_tab(self) -> QWidget:
        tab = QWidget()
        v = QVBoxLayout(tab)
        v.addWidget(_note(translate("VervolgPage", "The ambition, in the group's own words.")))
        self.ambition = QPlainTextEdit()
        self.ambition.setAccessibleName(translate("VervolgPage", "Ambition"))
        limit_text(self.ambition, "intervisie_session", "ambition")
        self.ambition.setPlaceholderText(
            translate(
                "VervolgPage",
                "Where does the group want to be? For example: a green motor for the region …",
            )
        )
        f = QFont(self.ambition.font())
        f.setPointSizeF(f.pointSizeF() * 1.15)
        self.ambition.setFont(f)
        self.ambition.setTabChangesFocus(True)
        self.ambition.textChanged.connect(self._ambition_typed)
        v.addWidget(self.ambition, 1)
        return tab

    # -- steps ----------------------------------------------------------------------------------
    def _steps_tab(self) -> QWidget:
        tab = QWidget()
        v = QVBoxLayout(tab)
        v.addWidget(
            _note(
                translate(
                    "VervolgPage",
                    "Which steps matter? Start from the worked example or type "
                    "your own; F2 edits, Alt+Up/Down moves, Delete removes.",
                )
            )
        )
        self.template = QPushButton(
            translate("VervolgPage", "Use the five steps of the worked example")
        )
        self.template.setAccessibleName(
            translate("VervolgPage", "Use the five steps of the worked example")
        )
        self.template.clicked.connect(self._use_template)
        row = QHBoxLayout()
        row.addWidget(self.template)
        row.addStretch(1)
        v.addLayout(row)
        self.steps = LineList(
            translate("VervolgPage", "Steps"),
            translate("VervolgPage", "+ add a step (Enter)"),
            (Column("number", "#", read_only=True),),
        )
        limit_list(self.steps, "step", "text")
        self.steps.added.connect(
            lambda text: self.controller.write(
                svc.add_step, self.session_id, text, what=Change.STEPS
            )
        )
        save_edits_as_typed(
            self.steps, self.controller, "step:{}", svc.update_step, "text", Change.STEPS_TEXT
        )
        self.controller.entry_drafts.attach(self.steps, "vervolg:new-step")
        self.steps.deleted.connect(self._delete_step)
        self.steps.moved.connect(self._move_step)
        self.steps.undoRequested.connect(self._undo_step)
        v.addWidget(self.steps, 1)
        return tab

    # -- on track: indicators and review moments ------------------------------------------------
    def _monitoring_tab(self) -> QWidget:
        tab = QWidget()
        v = QVBoxLayout(tab)
        v.addWidget(
            _note(
                translate(
                    "VervolgPage",
                    "How will the group see whether it is on track? Indicators "
                    "and review moments, each with a date if it has one.",
                )
            )
        )
        kinds = (
            ("indicator", translate("VervolgPage", "Indicator")),
            ("review", translate("VervolgPage", "Review moment")),
        )
        self.monitoring = LineList(
            translate("VervolgPage", "Indicators and review moments"),
            translate("VervolgPage", "+ add an indicator or review moment (Enter)"),
            (
                Column("kind", translate("VervolgPage", "Kind"), kinds),
                Column("date", translate("VervolgPage", "Date"), read_only=True),
            ),
        )
        limit_list(self.monitoring, "monitoring_item", "text")
        self.monitoring.added.connect(
            lambda text: self.controller.write(
                svc.add_monitoring, self.session_id, text, what=Change.MONITORING
            )
        )
        save_edits_as_typed(
            self.monitoring,
            self.controller,
            "monitoring:{}",
            svc.update_monitoring,
            "text",
            Change.MONITORING_TEXT,
        )
        self.controller.entry_drafts.attach(self.monitoring, "vervolg:new-monitoring-item")
        self.monitoring.valueChanged.connect(self._monitoring_value)
        self.monitoring.deleted.connect(self._delete_monitoring)
        self.monitoring.moved.connect(self._move_monitoring)
        self.monitoring.undoRequested.connect(self._undo_monitoring)
        self.monitoring.selectionChanged.connect(lambda _id: self._show_date())
        v.addWidget(self.monitoring, 1)
        self.due = DateField(translate("VervolgPage", "Date of the selected line"))
        self.due.dateChanged.connect(self._date_entered)
        self.due.invalidEntered.connect(
            lambda: self._date_problem(
                translate(
                    "VervolgPage", "Type the date as dd-mm-yyyy, or leave it empty for no date."
                )
            )
        )
        self.due_label = QLabel(translate("VervolgPage", "Date of the selected line:"))
        self.due_label.setBuddy(self.due)
        row = QHBoxLayout()
        row.addWidget(self.due_label)
        row.addWidget(self.due)
        row.addStretch(1)
        v.addLayout(row)
        self.date_hint = hint_label()
        v.addWidget(self.date_hint)
        self.standing = IndicatorStanding(self.controller)
        v.addWidget(self.standing)
        return tab

"""Stage 1, vertrekpunt: per element of the model (grouped by perspective, then the conditions
for success) the group's observations with their status, the element's status and a context
note."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services import followup, trace
from app.services import vertrekpunt as svc
from app.ui.common.i18n import current_language
from app.ui.stages.action_history_text import served_by_rows, served_by_text
from app.ui.stages.base import StagePage
from app.ui.stages.carried_note import CarriedNote
from app.ui.stages.element_navigator import ElementNavigator
from app.ui.stages.trace_list import TraceList
from app.ui.widgets.choices import (
    complexity_choices,
    complexity_short,
    element_label,
    status_choices,
    status_short,
    transition_choices,
    transition_short,
)
from app.ui.widgets.labels import big_label
from app.ui.widgets.line_list import Column, Line, LineList
from app.ui.widgets.tab_order import chain
from app.ui.widgets.text_limits import limit_list, limit_text
from app.vocabulary.based_on import based_on
from app.vocabulary.changes import CANVAS, Change


class VertrekpuntPage(StagePage):
    key = "vertrekpunt"
    elementShown = Signal(str)  # the element under discussion
    draftChanged = Signal(str)  # the observation being typed, before Enter adds it
    traceFollowed = Signal(object)  # a TraceTarget: the session page goes there

    def __init__(self, controller, model, parent=None):
        super().__init__(controller, model, parent)
        self._deleted = []  # what Ctrl+Z can bring back, newest last
        self._assessment_base: dict | None = None  # the element's status and note as read
        self.navigator = ElementNavigator()
        self.navigator.setAccessibleName(self.tr("Elements of the model"))
        show = controller.guarded(self._show_current)  # a refused read: the banner
        self.navigator.currentItemChanged.connect(lambda *_: show())

        self.element_title = big_label(scale=1.3)
        self.element_title.setAccessibleName(self.tr("Element"))
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status of the element"))
        for value, label in status_choices(model):
            self.status.addItem(label, value)
        self.status.activated.connect(self._status_chosen)
        # the app may suggest a status from the observations; the group decides
        self.use_suggestion = QPushButton()
        self.use_suggestion.setAccessibleName(self.tr("Use suggested status"))
        self.use_suggestion.clicked.connect(self._use_suggestion)
        status_row = QHBoxLayout()
        status_label = QLabel(self.tr("Status:"))
        status_label.setBuddy(self.status)  # a screen reader names the choice by its label
        status_row.addWidget(status_label)
        status_row.addWidget(self.status)
        status_row.addStretch(1)
        # the suggestion on a line of its own: beside the status it made the stage too wide
        # for a 1024-wide beamer
        suggestion_row = QHBoxLayout()
        suggestion_row.addWidget(self.use_suggestion)
        suggestion_row.addStretch(1)

        self.plain_columns = (
            Column("status", self.tr("Status"), status_choices(model), short=status_short(model)),
        )
        # regional questions also get their type and place between renewal and transition;
        # the text first: the choices show a short form in the cell ("◔ 2", "●●", "4") and
        # their words when opened, in the tooltip and in the accessible name
        self.question_columns = (
            Column("status", self.tr("Status"), status_choices(model), short=status_short(model)),
            Column(
                "complexity",
                self.tr("Type"),
                complexity_choices(model),
                short=complexity_short(model),
            ),
            Column(
                "transition",
                self.tr("Transition"),
                transition_choices(model),
                short=transition_short(model),
                heading=self.tr("Trans.", "short for Transition, a column heading"),
            ),
        )
        self.lists: dict[bool, LineList] = {}
        self.list_holder = QVBoxLayout()
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Context note"))
        self.note.setPlaceholderText(self.tr("Context: policy frames, programme lines, …"))
        self.note.setMaximumHeight(80)
        self.note.setTabChangesFocus(True)  # Tab moves on; it is never typed into the note
        limit_text(self.note, "assessment", "context_note")
        self.note.textChanged.connect(self._note_typed)

        editor = QWidget()
        ev = QVBoxLayout(editor)
        ev.setContentsMargins(0, 0, 0, 0)
        ev.addWidget(self.element_title)
        ev.addWidget(self.explanation)
        ev.addLayout(status_row)
        ev.addLayout(suggestion_row)
        # a follow-up session: what was carried over and not yet confirmed, with "confirm"
        self.carried = CarriedNote()
        self.carried.confirmRequested.connect(
            lambda key: self.controller.write(
                followup.confirm_carried, self.session_id, key, what=Change.OBSERVATIONS
            )
        )
        ev.addWidget(self.carried)
        ev.addLayout(self.list_holder, 1)
        # the trace forward: the actions serving the chosen observation, each leading there
        self.served = TraceList(self.tr("Actions serving the observation: Enter goes there"))
        self.served.followed.connect(self.traceFollowed)
        self.served.hide()
        ev.addWidget(self.served)
        ev.addWidget(QLabel(self.tr("Context note")))
        ev.addWidget(self.note)
        split = QSplitter()
        split.addWidget(self.navigator)
        split.addWidget(editor)
        self.navigator.setMinimumWidth(170)  # names wrap; on a narrow screen the text needs it
        self.navigator.setWordWrap(True)  # long perspective and element names wrap, not cut
        self.navigator.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigator.setMaximumWidth(300)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([180, 700])
        self.body.addWidget(split)
        controller.changed.connect(controller.guarded(self._changed))

    # -- which list: regional questions get type and transition columns ---------------------------
    def _list(self, questions: bool) -> LineList:
        if questions not in self.lists:
            lst = LineList(
                self.tr("Observations"),
                self.tr("+ add an observation (Enter)"),
                self.question_columns if questions else self.plain_columns,
            )
            limit_list(lst, "observation", "text")
            lst.added.connect(self._add)
            lst.edited.connect(self._edit)
            lst.deleted.connect(self._delete)
            lst.moved.connect(self._move)
            lst.valueChanged.connect(self._value)
            lst.undoRequested.connect(self._undo)
            lst.selectionChanged.connect(self.controller.guarded(self._show_served))
            lst.entry.textChanged.connect(self.draftChanged)
            self.controller.entry_drafts.attach(lst)  # after added: a draft goes once added
            # a refusal shows here only when this page made the edit
            self.controller.problem.connect(
                lambda text, lst=lst: lst.show_hint(text) if lst.isVisible() else None
            )
            self.list_holder.addWidget(lst)
            self.lists[questions] = lst
            lst.setReadOnly(self.read_only)  # made after the page was set read-only
            # made on demand, so placed in the Tab order here: the element, its status, its
            # observations, then the context note
            chain(
                self.navigator,
                self.status,
                self.use_suggestion,
                self.carried.confirm,
                *self.lists.values(),
                self.note,
            )
        for q, lst in self.lists.items():
            lst.setVisible(q == questions)
        return self.lists[questions]

    @property
    def current_list(self) -> LineList:
        return self._list(self._is_questions(self.navigator.current_key()))

    def _is_questions(self, key: str | None) -> bool:
        return any(a.key == key and a.regional_questions for a in self.model.areas)

    # -- filling --------------------------------------------------------------------------------
    def reload(self) -> None:
        self.navigator.fill(self.model, self.controller.element_states())
        self._show_current()

    def entry_widget(self):
        return self.current_list.entry  # the current element's new observation

    def show_element(self, key: str) -> bool:
        if key not in self.model.element_keys():
            return False
        self.navigator.select_key(key)
        return True

    def show_observation(self, observation_id: int, key: str | None) -> bool:
        """The observation's element, the observation chosen in its list (the trace's end)."""
        if key is None or not self.show_element(key):
            return False
        self.current_list.select_id(observation_id)
        self.current_list.table.setFocus()
        return True

    def _show_served(self, observation_id: int) -> None:
        served = (
            self.controller.read(trace.observation_trace, observation_id)
            if observation_id >= 0
            else ()
        )
        self.served.set_rows(served_by_rows(served))
        self.served.setVisible(bool(served))

    def _show_current(self) -> None:
        key = self.navigator.current_key()
        if key is None:
            return
        lang = current_language()
        self.element_title.setText(element_label(self.model, key))
        area = next((a for a in self.model.areas if a.key == key), None)
        item = area or self.model.find(self.model.conditions, key)
        self.explanation.setText(item.explanation.get(lang) if item and item.explanation else "")
        assessment = self.controller.read(svc.assessments, self.session_id).get(key)
        # the status and note as shown: what an edit of them is based on (a first one: None)
        self._assessment_base = based_on(assessment) if assessment else None
        self.status.setCurrentIndex(
            max(0, self.status.findData(assessment.status if assessment else None))
        )
        self.note.blockSignals(True)
        self.note.setPlainText(assessment.context_note if assessment else "")
        self.note.blockSignals(False)
        self._fill_observations(key)
        self.elementShown.emit(key)

    def _fill_observations(self, key: str) -> None:
        observations = self.controller.read(svc.list_observations, self.session_id, key)
        traces = self.controller.read(trace.observation_traces, [o.id for o in observations])
        lst = self._list(self._is_questions(key))
        lst.set_lines(
            [
                Line(
                    o.id,
                    o.text,
                    {"status": o.status, "complexity": o.complexity, "transition": o.transition},
                    tooltip=served_by_text(traces.get(o.id, ())),
                    marked=o.carried,
                    base=based_on(o),
                )
                for o in observations
            ]
        )
        self.controller.entry_drafts.move(lst, f"vertrekpunt:{key}:new-observation")
        lst.show_undo(any(d.element_key == key for d in self._deleted))
        self.carried.show_for(
            key,
            *self.controller.read(followup.carried_counts, self.session_id).get(key, (False, 0)),
        )
        suggested = svc.suggest_status(observations)
        if suggested is not None:
            self.use_suggestion.setText(
                self.tr("Suggestion: %1").replace(
                    "%1", self.status.itemText(self.status.findData(suggested))
                )
            )
            self.use_suggestion.setToolTip(
                self.tr("The middle status of the observations. The group decides.")
            )
        self.use_suggestion.setVisible(
            suggested is not None and self.status.currentData() != suggested
        )
        self._suggested = suggested

    # -- edits ----------------------------------------------------------------------------------
    def _status_chosen(self, _index: int) -> None:
        self.controller.write(
            svc.set_assessment,
            self.session_id,
            self.navigator.current_key(),
            status=self.status.currentData(),
            what=Change.ASSESSMENT,
            based_on=self._assessment_base,
        )

    def _use_suggestion(self) -> None:
        self.status.setCurrentIndex(self.status.findData(self._suggested))
        self._status_chosen(0)

    def _note_typed(self) -> None:
        key = self.navigator.current_key()
        self.controller.write_later(
            f"note:{key}",
            svc.set_assessment,
            self.session_id,
            key,
            context_note=self.note.toPlainText(),
            what=Change.NOTE,
            based_on=self._assessment_base,
        )

    def _add(self, text: str) -> None:
        self.controller.write(
            svc.add_observation,
            self.session_id,
            self.navigator.current_key(),
            text,
            what=Change.OBSERVATIONS,
        )

    def _edit(self, obs_id: int, text: str) -> None:
        self.controller.write_later(
            f"obs:{obs_id}",
            svc.update_observation,
            obs_id,
            text=text,
            what=Change.OBSERVATION_TEXT,
            based_on=self.current_list.base_of(obs_id),
        )

    def _value(self, obs_id: int, field: str, value) -> None:
        self.controller.write(
            svc.update_observation,
            obs_id,
            what=Change.OBSERVATIONS,
            based_on=self.current_list.base_of(obs_id),
            **{field: value},
        )

    def _delete(self, obs_id: int) -> None:
        written = self.controller.write(svc.delete_observation, obs_id, what=Change.OBSERVATIONS)
        data = written.value
        if written.saved and data is not None:
            self._deleted.append(data)
            self.current_list.show_undo(True)

    def _undo(self) -> None:
        key = self.navigator.current_key()
        for i in range(len(self._deleted) - 1, -1, -1):
            if self._deleted[i].element_key == key:
                data = self._deleted.pop(i)
                self.controller.write(svc.restore_observation, data, what=Change.OBSERVATIONS)
                return

    def _move(self, obs_id: int, index: int) -> None:
        self.controller.write(svc.move_observation, obs_id, index, what=Change.OBSERVATIONS)
        self.current_list.select_id(obs_id)

    def _changed(self, what: Change) -> None:
        if what in CANVAS:
            self.navigator.fill(self.model, self.controller.element_states())
            key = self.navigator.current_key()
            if what is Change.OBSERVATIONS:
                self._fill_observations(key)
            else:
                self._show_current()

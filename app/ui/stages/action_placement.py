"""Placing a project or action on the model, in the aanpak's action editor: the elements it
touches (shown as numbered chips on the canvas), how complex it is, the development path it
follows, the GroenPact action lines and policy-frame items it gives shape to, and the actors
involved. Every tick or choice is written at once through the controller."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from app.services import aanpak as svc
from app.ui.common.i18n import current_language
from app.ui.widgets.check_list import CheckList
from app.ui.widgets.choices import complexity_choices, element_label
from app.ui.widgets.labels import hint_label
from app.vocabulary.based_on import based_on
from app.vocabulary.changes import Change
from app.vocabulary.dto import ActionData


class ActionPlacement(QWidget):
    def __init__(self, controller, model, parent=None):
        super().__init__(parent)
        self.controller, self.model = controller, model
        self.action_id: int | None = None
        self._base: dict | None = None  # the action as read (app.vocabulary.based_on)
        self.setAccessibleName(self.tr("The action on the model"))
        self.elements = CheckList(self.tr("Elements of the model this action touches"))
        self.elements.toggled.connect(
            lambda *_: self._write(element_keys=self.elements.checked_keys())
        )
        self.complexity = QComboBox()
        self.complexity.setAccessibleName(self.tr("Complexity of the action"))
        self.complexity.activated.connect(
            lambda _i: self._write(complexity=self.complexity.currentData())
        )
        self.path = QComboBox()
        self.path.setAccessibleName(self.tr("Development path of the action"))
        self.path.activated.connect(
            lambda _i: self._write(development_path=self.path.currentData())
        )
        self.groenpact = CheckList(self.tr("GroenPact action lines this action gives shape to"))
        self.groenpact.toggled.connect(
            lambda *_: self._write(groenpact=self.groenpact.checked_keys())
        )
        self.frames = CheckList(self.tr("Policy-frame items this action serves"))
        self.frames.toggled.connect(lambda *_: self._write(frame_items=self.frames.checked_keys()))
        self.actors = CheckList(self.tr("Actors involved in this action"))
        self.actors.toggled.connect(lambda *_: self._write(actor_ids=self.actors.checked_keys()))
        self.hint = hint_label()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Touches"), self.elements)
        form.addRow(self.tr("Complexity"), self.complexity)
        form.addRow(self.tr("Development path"), self.path)
        form.addRow(self.tr("GroenPact"), self.groenpact)
        form.addRow(self.tr("Policy frame"), self.frames)
        form.addRow(self.tr("Actors"), self.actors)
        form.addRow(self.hint)

    def load(self, action: ActionData | None, actors, frame_key: str | None) -> None:
        """Show an action; actors are the community's, frame_key the policy frame it chose
        (None: every frame's items are offered)."""
        self.action_id = action.id if action else None
        self._base = based_on(action) if action else None  # the tags as read
        self.setEnabled(action is not None)
        self.hint.hide()
        if action is None:
            return
        lang = current_language()
        model = self.model
        widgets = (
            self.elements,
            self.complexity,
            self.path,
            self.groenpact,
            self.frames,
            self.actors,
        )
        for w in widgets:
            w.blockSignals(True)
        self.elements.set_items(
            (k, element_label(model, k, short=True), k in action.element_keys)
            for k in model.element_keys()
        )
        self.elements.fit_height(6)
        self.complexity.clear()
        for value, label in complexity_choices(model):
            self.complexity.addItem(label, value)
        self.complexity.setCurrentIndex(max(0, self.complexity.findData(action.complexity)))
        self.path.clear()
        self.path.addItem("–", None)
        for p in model.paths:
            self.path.addItem(p.label.get(lang), p.key)
        self.path.setCurrentIndex(max(0, self.path.findData(action.development_path)))
        self.groenpact.set_items(
            (g.key, g.label.get(lang), g.key in action.groenpact) for g in model.groenpact
        )
        self.groenpact.fit_height(len(model.groenpact))
        frames = [f for f in model.frames if frame_key in (None, f.key)] or list(model.frames)
        self.frames.set_items(
            (
                f"{f.key}:{i.key}",
                i.label.get(lang)
                if len(frames) == 1
                else f"{f.label.get(lang)}: {i.label.get(lang)}",
                f"{f.key}:{i.key}" in action.frame_items,
            )
            for f in frames
            for i in f.items
        )
        self.frames.fit_height(4)
        self.actors.set_items(
            (a.id, " · ".join(x for x in (a.organisation, a.name) if x), a.id in action.actor_ids)
            for a in actors
        )
        self.actors.fit_height(6)
        for w in widgets:
            w.blockSignals(False)

    def _write(self, **fields) -> None:
        if self.action_id is not None:
            written = self.controller.write(
                svc.update_action,
                self.action_id,
                what=Change.ACTION_DETAILS,
                based_on=self._base,
                **fields,
            )
            self.hint.setText(written.refusal)  # the refusal next to the field that caused it
            self.hint.setVisible(written.refused)

    def setReadOnly(self, read_only: bool) -> None:
        """A closed session: readable, unchangeable (the lists handle their own ticks)."""
        self.complexity.setEnabled(not read_only)
        self.path.setEnabled(not read_only)

"""Stage 3, vervolg: the innovation themes (from the model and the group's own), the ambition in
the group's words, the steps that matter (the worked example's five as a template), and how the
group will see whether it is on track (indicators and review moments)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from app.services import plan_carry, sessions
from app.services import vervolg as svc
from app.ui.common.i18n import current_language
from app.ui.stages import plan_carried_note
from app.ui.stages.base import StagePage
from app.ui.stages.vervolg_tabs import VervolgTabs
from app.ui.widgets.date_field import DISPLAY
from app.ui.widgets.line_list import Line
from app.vocabulary.based_on import based_on
from app.vocabulary.changes import Change


class VervolgPage(VervolgTabs, StagePage):
    key = "vervolg"

    def __init__(self, controller, model, parent=None):
        super().__init__(controller, model, parent)
        self._base: dict | None = None  # the row as read, for the edits (app.vocabulary.based_on)
        self._deleted_steps: list = []
        self._deleted_monitoring: list = []
        self._dropped_own: list[str] = []  # own themes unticked here; tick again to bring back
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the way forward"))
        self.tabs.tabBar().setAccessibleName(self.tr("Parts of the way forward"))  # a Tab stop
        self.tabs.addTab(self._themes_tab(), self.tr("Themes"))
        self.tabs.addTab(self._ambition_tab(), self.tr("Ambition"))
        self.tabs.addTab(self._steps_tab(), self.tr("Steps"))
        self.tabs.addTab(self._monitoring_tab(), self.tr("On track?"))
        self.body.addWidget(self.tabs)
        # a follow-up: each part carried over says so until confirmed or changed
        self.carried_notes = [
            plan_carried_note.attach(self, self.tabs.widget(i).layout(), part)
            for i, part in enumerate(("themes", "ambition", "steps", "monitoring"))
        ]
        controller.changed.connect(controller.guarded(self._changed))

    # -- themes ---------------------------------------------------------------------------------
    def show_theme(self, theme_id: int) -> bool:
        """The theme chosen in the list of themes (where a trace leads)."""
        theme = next(
            (t for t in self.controller.read(svc.list_themes, self.session_id) if t.id == theme_id),
            None,
        )
        if theme is None:
            return False
        self.tabs.setCurrentIndex(0)
        item = self.themes.item_for(
            ("model", theme.theme_key) if theme.theme_key else ("own", theme.id)
        )
        if item is not None:
            self.themes.setCurrentItem(item)
        self.themes.setFocus()
        return True

    def _fill_themes(self) -> None:
        lang = current_language()
        chosen = self.controller.read(svc.list_themes, self.session_id)
        model_chosen = {t.theme_key for t in chosen if t.theme_key}
        items = [
            (("model", t.key), t.label.get(lang), t.key in model_chosen) for t in self.model.themes
        ]
        own = [t for t in chosen if t.theme_key is None]
        items += [(("own", t.id), t.label + self.tr("  (own)"), True) for t in own]
        labels = {t.label for t in own}
        items += [
            (("dropped", label), label + self.tr("  (own)"), False)
            for label in self._dropped_own
            if label not in labels
        ]
        self.themes.set_items(items)
        self.theme_elements.reload()

    def _theme_toggled(self, key, ticked: bool) -> None:
        kind, value = key
        if kind == "model" and ticked:
            self.controller.write(svc.add_theme, self.session_id, value, what=Change.THEMES)
        elif kind == "model":
            for t in self.controller.read(svc.list_themes, self.session_id):
                if t.theme_key == value:
                    self.controller.write(svc.remove_theme, t.id, what=Change.THEMES)
        elif kind == "own" and not ticked:
            label = next(
                (
                    t.label
                    for t in self.controller.read(svc.list_themes, self.session_id)
                    if t.id == value
                ),
                None,
            )
            if label is not None:
                self._dropped_own.append(label)
            self.controller.write(svc.remove_theme, value, what=Change.THEMES)
        elif kind == "dropped" and ticked:
            self._dropped_own.remove(value)
            self.controller.write(svc.add_theme, self.session_id, label=value, what=Change.THEMES)

    def _add_own_theme(self) -> None:
        label = self.own_theme.text()
        added = self.controller.write(
            svc.add_theme, self.session_id, label=label, what=Change.THEMES
        )
        self.theme_hint.setText(added.refusal)  # the refusal next to the field that caused it
        self.theme_hint.setVisible(added.refused)
        if added.saved:
            self.own_theme.clear()

    # -- ambition -------------------------------------------------------------------------------
    def _ambition_typed(self) -> None:
        self.controller.write_later(
            "ambition",
            sessions.update_session,
            self.session_id,
            ambition=self.ambition.toPlainText(),
            what=Change.AMBITION,
            based_on=self._base,
        )

    # -- steps ----------------------------------------------------------------------------------
    def _fill_steps(self) -> None:
        steps = self.controller.read(svc.list_steps, self.session_id)
        self.steps.set_lines(
            [Line(s.id, s.text, {"number": i + 1}, base=based_on(s)) for i, s in enumerate(steps)]
        )
        self.steps.show_undo(bool(self._deleted_steps))
        self.template.setVisible(not steps)

    def _use_template(self) -> None:
        self.controller.write(
            svc.add_template_steps, self.session_id, current_language(), what=Change.STEPS
        )
        self.steps.table.setFocus()
        self.steps.table.selectRow(0)

    def _delete_step(self, step_id: int) -> None:
        written = self.controller.write(svc.delete_step, step_id, what=Change.STEPS)
        data = written.value
        if written.saved and data is not None:
            self._deleted_steps.append(data)
            self.steps.show_undo(True)

    def _undo_step(self) -> None:
        if self._deleted_steps:
            data = self._deleted_steps.pop()
            written = self.controller.write(
                svc.restore_step, self.session_id, data, what=Change.STEPS
            )
            back = written.value
            if written.saved and back is not None:
                self.steps.select_id(back.id)

    def _move_step(self, step_id: int, index: int) -> None:
        self.controller.write(svc.move_step, step_id, index, what=Change.STEPS)
        self.steps.select_id(step_id)

    # -- on track: indicators and review moments ------------------------------------------------
    def _fill_monitoring(self) -> None:
        items = self.controller.read(svc.list_monitoring, self.session_id)
        self.monitoring.set_lines(
            [
                Line(
                    i.id,
                    i.text,
                    {"kind": i.kind, "date": i.due_on.strftime(DISPLAY) if i.due_on else "–"},
                    base=based_on(i),
                )
                for i in items
            ]
        )
        self.monitoring.show_undo(bool(self._deleted_monitoring))
        self._show_date()

    def _show_date(self) -> None:
        item_id = self.monitoring.selected_id()
        item = next(
            (
                i
                for i in self.controller.read(svc.list_monitoring, self.session_id)
                if i.id == item_id
            ),
            None,
        )
        self.due.set_date(item.due_on if item else None)
        self.due.setEnabled(item is not None)
        self.date_hint.hide()
        self.standing.load(item)

    def _monitoring_value(self, item_id: int, field: str, value) -> None:
        if field == "kind":
            self.controller.write(
                svc.update_monitoring, item_id, kind=value, what=Change.MONITORING
            )

    def _date_entered(self, value) -> None:
        item_id = self.monitoring.selected_id()
        if item_id is not None:
            dated = self.controller.write(
                svc.update_monitoring, item_id, due_on=value, what=Change.MONITORING
            )
            self.date_hint.setText(dated.refusal)
            self.date_hint.setVisible(dated.refused)

    def _date_problem(self, text: str) -> None:
        self.date_hint.setText(text)
        self.date_hint.show()

    def _delete_monitoring(self, item_id: int) -> None:
        written = self.controller.write(svc.delete_monitoring, item_id, what=Change.MONITORING)
        data = written.value
        if written.saved and data is not None:
            self._deleted_monitoring.append(data)
            self.monitoring.show_undo(True)

    def _undo_monitoring(self) -> None:
        if self._deleted_monitoring:
            data = self._deleted_monitoring.pop()
            written = self.controller.write(
                svc.restore_monitoring, self.session_id, data, what=Change.MONITORING
            )
            back = written.value
            if written.saved and back is not None:
                self.monitoring.select_id(back.id)

    def _move_monitoring(self, item_id: int, index: int) -> None:
        self.controller.write(svc.move_monitoring, item_id, index, what=Change.MONITORING)
        self.monitoring.select_id(item_id)

    # -- the page -------------------------------------------------------------------------------
    def entry_widget(self):
        return (self.themes, self.ambition, self.steps.entry, self.monitoring.entry)[
            self.tabs.currentIndex()
        ]

    def reload(self) -> None:
        self._fill_themes()
        self.ambition.blockSignals(True)
        info = self.controller.read(sessions.get_session, self.session_id)
        self._base = based_on(info)  # what the ambition typed here is based on
        self.ambition.setPlainText(info.ambition)
        self.ambition.blockSignals(False)
        self._fill_steps()
        self._fill_monitoring()
        self._fill_carried()

    def _fill_carried(self) -> None:
        states = self.controller.read(plan_carry.plan_states, self.session_id)
        for note in self.carried_notes:
            note.show_state(states)

    def _changed(self, what: Change) -> None:
        if not self.isVisible():
            return  # a hidden page is filled by reload() when it is shown
        self._fill_carried()
        if what is Change.THEMES:
            self._fill_themes()
        elif what is Change.STEPS:
            self._fill_steps()
        elif what is Change.MONITORING:
            self._fill_monitoring()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.template.setEnabled(not read_only)

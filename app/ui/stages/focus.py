"""Stage 2, focus: the accelerators (focus points) per element, mostly turned from the
observations of the vertrekpunt; the group's dot votes, which sort the list; and the development
path the group chooses, with its reason."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QListWidgetItem, QTabWidget

from app.services import focus as svc
from app.services import plan_carry, sessions, vertrekpunt
from app.ui.common import style
from app.ui.stages.base import StagePage
from app.ui.stages.focus_tabs import FocusTabs
from app.ui.widgets.choices import element_label
from app.ui.widgets.line_list import Line
from app.vocabulary.based_on import based_on
from app.vocabulary.changes import Change

ID_ROLE = Qt.ItemDataRole.UserRole
RESORT_MS = 1200  # after a vote, the line stays under the pointer this long before the re-sort


class FocusPage(FocusTabs, StagePage):
    key = "focus"

    def __init__(self, controller, model, parent=None):
        super().__init__(controller, model, parent)
        self._deleted: list = []  # focus points Ctrl+Z can bring back, newest last
        self._path_base: dict | None = None  # the session's path and reason as read
        self._resort = QTimer(self)
        self._resort.setSingleShot(True)
        self._resort.setInterval(RESORT_MS)
        self._resort.timeout.connect(self._fill_focus)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the focus"))
        self.tabs.tabBar().setAccessibleName(self.tr("Parts of the focus"))  # Tab stops on it
        self.tabs.addTab(self._accelerators_tab(), self.tr("Accelerators and votes"))
        self.tabs.addTab(self._path_tab(), self.tr("Development path"))
        self.body.addWidget(self.tabs)
        controller.changed.connect(controller.guarded(self._changed))

    # -- filling --------------------------------------------------------------------------------
    def reload(self) -> None:
        self._fill_elements()
        self._fill_observations()
        self._fill_focus()
        self._fill_path()

    def entry_widget(self):
        if self.tabs.currentIndex() == 0:
            return self.element  # first the element, then its observations and own points
        return next((b for b in self.path_buttons.values() if b.isChecked()), self.reason)

    def show_element(self, key: str) -> bool:
        index = self.element.findData(key)
        if index < 0:
            return False
        self.tabs.setCurrentIndex(0)
        self.element.setCurrentIndex(index)
        return True

    def show_focus_point(self, focus_id: int, key: str | None) -> bool:
        """The focus point chosen in its element's list (where a trace leads)."""
        if key is None or not self.show_element(key):
            return False
        self.focus_list.select_id(focus_id)
        self.focus_list.table.setFocus()
        return True

    def current_element(self) -> str | None:
        return self.element.currentData()

    def _fill_elements(self) -> None:
        counts: dict[str, int] = {}
        for f in self.controller.read(svc.list_focus_points, self.session_id):
            counts[f.element_key] = counts.get(f.element_key, 0) + 1
        current = self.current_element()
        self.element.blockSignals(True)
        self.element.clear()
        self.element.addItem(self.tr("All elements (for the votes)"), None)
        for key in self.model.element_keys():
            self.element.addItem(
                f"{element_label(self.model, key, short=True)}  ({counts.get(key, 0)})", key
            )
        self.element.setCurrentIndex(max(0, self.element.findData(current)))
        self.element.blockSignals(False)

    def _element_chosen(self) -> None:
        self.observations.clear()  # a new element starts at its first observation
        self._fill_observations()
        self._fill_focus()

    def _fill_observations(self) -> None:
        key = self.current_element()
        row = self.observations.currentRow()
        self.observations.clear()
        if key is None:
            self.observation_hint.setText(
                self.tr("Choose an element to turn its observations into focus points.")
            )
            self.observation_hint.show()
            self.observation_panel.hide()
            return
        if self.observation_panel.isHidden():
            self.observation_panel.show()
            # a splitter gives a panel that was hidden no room back by itself
            total = max(sum(self.split.sizes()), 300)
            self.split.setSizes([total * 2 // 5, total * 3 // 5])
        taken = {
            f.observation_id for f in self.controller.read(svc.list_focus_points, self.session_id)
        }
        observations = self.controller.read(vertrekpunt.list_observations, self.session_id, key)
        self.observation_hint.setText(
            ""
            if observations
            else self.tr("No observations for this element; type own focus points below.")
        )
        for o in observations:
            icon = self.model.level(o.status).icon
            item = QListWidgetItem(f"{'✓' if o.id in taken else icon}  {o.text}")
            item.setData(ID_ROLE, o.id)
            if o.id in taken:
                item.setForeground(QBrush(style.muted_colour(self.observations)))
                item.setToolTip(self.tr("Already a focus point"))
            self.observations.addItem(item)
        self.observations.setCurrentRow(min(max(row, 0), self.observations.count() - 1))
        self.observation_hint.setVisible(bool(self.observation_hint.text()))

    def _fill_focus(self) -> None:
        self._resort.stop()
        key = self.current_element()
        points = [
            f
            for f in self.controller.read(svc.list_focus_points, self.session_id, by_votes=True)
            if key is None or f.element_key == key
        ]
        self.focus_list.set_lines(
            [
                Line(
                    f.id,
                    f.text,
                    {
                        "votes": f.votes,
                        "element": f.element_key,
                        "origin": "observation" if f.observation_id else "own",
                    },
                    tooltip=element_label(self.model, f.element_key),
                    marked=bool(f.observation_id),
                    base=based_on(f),
                )
                for f in points
            ]
        )
        self.focus_list.show_undo(bool(self._deleted))
        self.focus_list.table.setColumnHidden(1, key is not None)  # one element: said above
        self.focus_list.entry.setPlaceholderText(
            self.tr("+ add a focus point (Enter)")
            if key
            else self.tr("Choose an element above to add own focus points")
        )

    def _fill_path(self) -> None:
        info = self._session()
        self._path_base = based_on(info)  # what the choice and its reason are based on
        self.paths.setExclusive(False)  # so that "not chosen yet" can show no choice at all
        for key, button in self.path_buttons.items():
            button.setChecked(key == info.development_path)
        self.paths.setExclusive(True)
        self.reason.blockSignals(True)
        self.reason.setPlainText(info.development_path_reason)
        self.reason.blockSignals(False)
        self._path_hint()
        self.path_carried.show_state(self.controller.read(plan_carry.plan_states, self.session_id))

    def _session(self):
        return self.controller.read(sessions.get_session, self.session_id)

    # -- edits ----------------------------------------------------------------------------------
    def _make_focus(self) -> None:
        item = self.observations.currentItem()
        if self.read_only or item is None:
            return
        taken = {
            f.observation_id for f in self.controller.read(svc.list_focus_points, self.session_id)
        }
        if item.data(ID_ROLE) in taken:
            self.focus_list.show_hint(self.tr("This observation is already a focus point."))
            return
        row = self.observations.currentRow()
        written = self.controller.write(
            svc.focus_from_observation, item.data(ID_ROLE), what=Change.FOCUS
        )
        point = written.value
        if written.saved and point is not None:
            self.focus_list.show_hint("")
            self.focus_list.select_id(point.id)
            # on to the next observation, so Enter, Down, Enter walks through the list
            self.observations.setCurrentRow(min(row + 1, self.observations.count() - 1))

    def _add(self, text: str) -> None:
        key = self.current_element()
        if key is None:
            self.focus_list.entry.setText(text)  # keep what was typed
            self.focus_list.show_hint(
                self.tr("Choose the element first (above), then press Enter again.")
            )
            return
        written = self.controller.write(
            svc.add_focus_point, self.session_id, key, text, what=Change.FOCUS
        )
        point = written.value
        if written.saved and point is not None:
            self.focus_list.select_id(point.id)

    def _edit(self, focus_id: int, text: str) -> None:
        self.controller.write_later(
            f"focus:{focus_id}",
            svc.update_focus_point,
            focus_id,
            text=text,
            what=Change.FOCUS_TEXT,
            based_on=self.focus_list.base_of(focus_id),
        )

    def _value(self, focus_id: int, field: str, value) -> None:
        if field == "votes":
            self.controller.write(
                svc.update_focus_point, focus_id, votes=int(value), what=Change.FOCUS_VOTES
            )

    def _delete(self, focus_id: int) -> None:
        written = self.controller.write(svc.delete_focus_point, focus_id, what=Change.FOCUS)
        data = written.value
        if written.saved and data is not None:
            self._deleted.append(data)
            self.focus_list.show_undo(True)

    def _undo(self) -> None:
        if self._deleted:
            data = self._deleted.pop()
            written = self.controller.write(svc.restore_focus_point, data, what=Change.FOCUS)
            point = written.value
            if written.saved and point is not None:
                self.focus_list.select_id(point.id)

    def _path_chosen(self) -> None:
        key = next((k for k, b in self.path_buttons.items() if b.isChecked()), None)
        self.controller.write(
            svc.set_development_path,
            self.session_id,
            development_path=key,  # by the field's name: the window follows its own save
            what=Change.PATH,
            based_on=self._path_base,
        )
        self._path_hint()

    def _reason_typed(self) -> None:
        key = next((k for k, b in self.path_buttons.items() if b.isChecked()), None)
        self.controller.write_later(
            "path-reason",
            svc.set_development_path,
            self.session_id,
            development_path=key,
            development_path_reason=self.reason.toPlainText(),
            what=Change.PATH,
            based_on=self._path_base,
        )
        self._path_hint()

    def _path_hint(self) -> None:
        chosen = any(b.isChecked() for b in self.path_buttons.values())
        self.path_hint.setText(self.tr("Write down why the group chose this path."))
        self.path_hint.setVisible(chosen and not self.reason.toPlainText().strip())

    def _changed(self, what: Change) -> None:
        if not self.isVisible():
            return  # a hidden page is filled by reload() when it is shown
        if what in (Change.PATH, Change.PLAN_CARRIED):
            self.path_carried.show_state(
                self.controller.read(plan_carry.plan_states, self.session_id)
            )
        if what is Change.FOCUS_VOTES:
            self._resort.start()  # re-sort when the voting pauses
        elif what in (Change.FOCUS, Change.OBSERVATIONS):
            selected = self.focus_list.selected_id()
            self._fill_elements()
            self._fill_observations()
            self._fill_focus()
            if selected is not None:
                self.focus_list.select_id(selected)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.make_focus.setEnabled(not read_only)
        for button in self.path_buttons.values():
            button.setEnabled(not read_only)

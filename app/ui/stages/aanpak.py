"""Stage 4, aanpak: the projects and actions on main lines. A list (title and status) and, for
the selected action, the inline editor with everything else."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter

from app.services import aanpak as svc
from app.services import communities, focus, sessions, vervolg
from app.ui.common.i18n import current_language
from app.ui.stages.action_editor import ActionEditor, action_status_choices
from app.ui.stages.action_placement import ActionPlacement
from app.ui.stages.base import StagePage
from app.ui.stages.typed_edits import save_edits_as_typed
from app.ui.widgets.line_list import Column, Line, LineList
from app.ui.widgets.text_limits import limit_list
from app.vocabulary.based_on import based_on
from app.vocabulary.changes import Change


class AanpakPage(StagePage):
    key = "aanpak"
    traceFollowed = Signal(object)  # a TraceTarget from the editor's trace

    def __init__(self, controller, model, parent=None):
        super().__init__(controller, model, parent)
        self._deleted: list = []  # actions Ctrl+Z can bring back, newest last
        self.actions = LineList(
            self.tr("Projects and actions"),
            self.tr("+ add a project or action: type its title (Enter)"),
            (Column("status", self.tr("Status"), action_status_choices()),),
        )
        limit_list(self.actions, "action", "title")
        self.actions.added.connect(self._add)
        self.controller.entry_drafts.attach(self.actions, "aanpak:new-action")
        save_edits_as_typed(
            self.actions,
            self.controller,
            "action:{}:title",
            svc.update_action,
            "title",
            Change.ACTIONS,
        )
        self.actions.valueChanged.connect(self._value)
        self.actions.deleted.connect(self._delete)
        self.actions.moved.connect(self._move)
        self.actions.undoRequested.connect(self._undo)
        self.actions.selectionChanged.connect(self._selected)
        self.editor = ActionEditor(controller, model)
        self.editor.trace.followed.connect(self.traceFollowed)
        # where the project sits on the model, and what it gives shape to (GroenPact, frames)
        self.placement = ActionPlacement(controller, model)
        self.editor.add_section(self.tr("On the model"), self.placement)
        self.empty = QLabel(
            self.tr("No actions yet: type the title of a project or action above and press Enter.")
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.actions)
        split.addWidget(self.editor)
        split.addWidget(self.empty)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        # the list of actions keeps room for several lines beside the editor
        self.actions.setMinimumHeight(self.fontMetrics().height() * 9)
        self.body.addWidget(split, 1)
        controller.changed.connect(controller.guarded(self._changed))

    def entry_widget(self):
        return self.actions.entry

    def show_action(self, action_id: int) -> bool:
        """The action chosen in the list, its editor open (where a trace leads)."""
        self.reload()
        if action_id not in [a.id for a in self.controller.read(svc.list_actions, self.session_id)]:
            return False
        self.actions.select_id(action_id)
        self._load_editor()
        self.actions.table.setFocus()
        return True

    # -- filling --------------------------------------------------------------------------------
    def reload(self) -> None:
        actions = self._fill_actions()
        if self.actions.selected_id() is None and actions:
            self.actions.select_id(actions[0].id)
        self._load_editor()

    def _fill_actions(self) -> list:
        actions = self.controller.read(svc.list_actions, self.session_id)
        self.actions.set_lines(
            [Line(a.id, a.title, {"status": a.status}, base=based_on(a)) for a in actions]
        )
        self.actions.show_undo(bool(self._deleted))
        self.editor.setVisible(bool(actions))
        self.empty.setVisible(not actions)
        return actions

    def _selected(self, action_id: int) -> None:
        # a refill re-selects the same line: the editor (perhaps being typed in) stays as it is
        if action_id != (self.editor.action_id or -1):
            self._load_editor()

    def _load_editor(self) -> None:
        self.controller.flush()  # what was typed for the previous action is stored first
        action_id = self.actions.selected_id()
        action = None
        if action_id is not None:
            action = next(
                (
                    a
                    for a in self.controller.read(svc.list_actions, self.session_id)
                    if a.id == action_id
                ),
                None,
            )
        lang = current_language()
        themes = [
            (t, vervolg.theme_label(t, lang, self.model))
            for t in self.controller.read(vervolg.list_themes, self.session_id)
        ]
        self.editor.load(
            action,
            self.controller.read(focus.list_focus_points, self.session_id, by_votes=True),
            themes,
            self._people(),
        )
        community = self.controller.read(
            communities.get_community,
            self.controller.read(sessions.get_session, self.session_id).community_id,
        )
        self.placement.load(
            action, self.controller.read(communities.list_actors, community.id), community.frame_key
        )

    def _people(self) -> list[str]:
        """Owner and partner candidates: the organisations and people of this session and of
        the community, organisations first (the worked example names organisations)."""
        info = self.controller.read(sessions.get_session, self.session_id)
        rows = [
            (p.organisation, p.name)
            for p in self.controller.read(sessions.list_participants, self.session_id)
        ]
        rows += [
            (a.organisation, a.name)
            for a in self.controller.read(communities.list_actors, info.community_id)
        ]
        out: list[str] = []
        for name in [org for org, _ in rows] + [name for _, name in rows]:
            if name.strip() and name not in out:
                out.append(name)
        return out

    # -- edits ----------------------------------------------------------------------------------
    def _add(self, title: str) -> None:
        written = self.controller.write(svc.add_action, self.session_id, title, what=Change.ACTIONS)
        action = written.value
        if written.saved and action is not None:
            self.actions.select_id(action.id)

    def _value(self, action_id: int, field: str, value) -> None:
        if field == "status" and value in svc.ACTION_STATUSES:
            self.controller.write(svc.update_action, action_id, status=value, what=Change.ACTIONS)

    def _delete(self, action_id: int) -> None:
        written = self.controller.write(svc.delete_action, action_id, what=Change.ACTIONS)
        data = written.value
        if written.saved and data is not None:
            self._deleted.append(data)
            self.actions.show_undo(True)

    def _undo(self) -> None:
        if self._deleted:
            data = self._deleted.pop()
            written = self.controller.write(svc.restore_action, data, what=Change.ACTIONS)
            back = written.value
            if written.saved and back is not None:
                self.actions.select_id(back.id)

    def _move(self, action_id: int, index: int) -> None:
        self.controller.write(svc.move_action, action_id, index, what=Change.ACTIONS)
        self.actions.select_id(action_id)

    def _changed(self, what: Change) -> None:
        if not self.isVisible():
            return  # a hidden page is filled by reload() when it is shown
        if what is Change.ACTION_DETAILS:  # from the editor: the list shows title and status
            self._fill_actions()
        elif what is Change.ACTIONS:
            self._fill_actions()
            if not self.editor.has_focus_inside():
                self._load_editor()

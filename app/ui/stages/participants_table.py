"""Who is here: the participants of the session (name, organisation, helix role, role in the
session) and, beside them, the community's known actors not yet present, added with one click
or Enter. Typing a known actor's name links the participant to that actor."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QItemSelectionModel, QStringListModel, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services import communities, sessions
from app.ui.common.i18n import current_language
from app.ui.widgets.choices import helix_choices
from app.ui.widgets.labels import big_label
from app.ui.widgets.line_list import Column, Line, LineList
from app.ui.widgets.text_limits import limit_list
from app.vocabulary.based_on import based_on
from app.vocabulary.changes import Change

ACTOR_ROLE = Qt.ItemDataRole.UserRole
TEXT_FIELDS = ("organisation", "role_in_session")


def _same_name(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


class ParticipantsPanel(QWidget):
    def __init__(self, controller, model, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.model = model
        self._removed = []  # what Ctrl+Z brings back, newest last
        self._actors = []  # the community's actors not yet present
        self._last_click = 0.0
        self.heading = big_label(scale=1.15)
        self.heading.setAccessibleName(self.tr("Participants"))
        self.list = LineList(
            self.tr("Name"),
            self.tr("+ type a name and press Enter"),
            (
                Column(
                    "organisation",
                    self.tr("Organisation"),
                    text=True,
                    limit=("participant", "organisation"),
                ),
                Column("helix_role", self.tr("Helix"), helix_choices(model)),
                Column(
                    "role_in_session",
                    self.tr("Role today"),
                    text=True,
                    limit=("participant", "role_in_session"),
                ),
            ),
        )
        limit_list(self.list, "participant", "name")
        # the name is what the room reads first: show it as the first column
        header = self.list.table.horizontalHeader()
        header.moveSection(self.list.text_column, 0)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # organisation
        # an optional role needs little room; name and organisation share the rest
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        # …but never narrower than its heading, which is longer in Dutch ("Rol vandaag")
        header.resizeSection(
            2, max(self.fontMetrics().horizontalAdvance("M") * 7, header.sectionSizeHint(2))
        )
        # typing part of a known actor's name offers it; Enter adds (and links) that actor
        self._names = QStringListModel(self)
        self.completer = QCompleter(self._names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.list.entry.setCompleter(self.completer)
        self.list.table.setAccessibleName(self.tr("Participants"))
        self.list.added.connect(self._add)
        self.controller.entry_drafts.attach(self.list, "opening:new-participant")
        self.list.edited.connect(self._rename)
        self.list.valueChanged.connect(self._value)
        self.list.deleted.connect(self._remove)
        self.list.undoRequested.connect(self._undo)
        self.list.moved.connect(self._move)
        controller.problem.connect(self.list.show_hint)

        self.actor_list = QListWidget()
        self.actor_list.setAccessibleName(self.tr("Known actors not yet here"))
        self.actor_list.setToolTip(self.tr("Click or press Enter to add to the participants"))
        self.actor_list.setWordWrap(True)
        self.actor_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.actor_list.itemClicked.connect(self._actor_clicked)
        self.actor_list.installEventFilter(self)
        self.actor_heading = QLabel(self.tr("Known actors (click or Enter adds)"))
        self.actor_heading.setWordWrap(True)
        actors_box = self.actors_box = QWidget()
        av = QVBoxLayout(actors_box)
        av.setContentsMargins(0, 0, 0, 0)
        av.addWidget(self.actor_heading)
        av.addWidget(self.actor_list, 1)

        self.split = QSplitter()
        self.split.addWidget(self.list)
        self.split.addWidget(actors_box)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.split.setChildrenCollapsible(False)
        self._sized = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.split, 1)

    @property
    def session_id(self) -> int:
        return self.controller.session_id

    # -- filling --------------------------------------------------------------------------------
    def reload(self) -> None:
        people = self.controller.read(sessions.list_participants, self.session_id)
        self.heading.setText(self.tr("Who is here (%1)").replace("%1", str(len(people))))
        self.list.set_lines(
            [
                Line(
                    p.id,
                    p.name,
                    {
                        "organisation": p.organisation,
                        "helix_role": p.helix_role,
                        "role_in_session": p.role_in_session,
                    },
                    base=based_on(p),
                )
                for p in people
            ]
        )
        self.list.show_undo(bool(self._removed))
        community = self.controller.read(sessions.get_session, self.session_id).community_id
        present = {p.actor_id for p in people}
        self._actors = [
            a
            for a in self.controller.read(communities.list_actors, community)
            if a.id not in present and not any(_same_name(a.name, p.name) for p in people)
        ]
        self._fill_actors()

    def _fill_actors(self) -> None:
        row = max(0, self.actor_list.currentRow())
        self.actor_list.clear()
        labels = {h.key: h.label.get(current_language()) for h in self.model.helix_roles}
        for a in self._actors:
            # the name to find, the organisation to tell look-alikes apart; the rest in a tip
            second = f"\n    {a.organisation}" if a.name and a.organisation else ""
            item = QListWidgetItem(f"+ {a.name or a.organisation}{second}")
            item.setData(ACTOR_ROLE, a.id)
            item.setToolTip("\n".join(x for x in (labels.get(a.helix_role, ""), a.knowledge) if x))
            self.actor_list.addItem(item)
        # keep the keyboard where it was, so Enter, Enter, Enter adds one after the other;
        # the highlight shows only while the list has the focus
        if self._actors:
            self.actor_list.setCurrentRow(min(row, len(self._actors) - 1), self._select_flag())
        self.actor_heading.setVisible(bool(self._actors))
        self.actor_list.setVisible(bool(self._actors))
        # everyone known is here: the table gets the whole width
        self.actors_box.setVisible(bool(self._actors))
        self._names.setStringList([a.name for a in self._actors if a.name])
        # wide enough for the longest word, so a wrapped name is never cut off mid-word
        words = [w for a in self._actors for w in f"+ {a.name} {a.organisation}".split()]
        widest = max((self.actor_list.fontMetrics().horizontalAdvance(w) for w in words), default=0)
        self.actor_list.setMinimumWidth(min(widest + 48, 320))

    def _select_flag(self) -> QItemSelectionModel.SelectionFlag:
        return (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            if self.actor_list.hasFocus()
            else QItemSelectionModel.SelectionFlag.NoUpdate
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized and self.split.width() > 0:
            # a quarter for the known actors; the facilitator may drag it
            self._sized = True
            total = self.split.width()
            self.split.setSizes([total * 3 // 4, total - total * 3 // 4])

    def set_read_only(self, read_only: bool) -> None:
        self.actor_list.setEnabled(not read_only)

    # -- edits ----------------------------------------------------------------------------------
    def _write(self, fn, *args, **kwargs):
        return self.controller.write(fn, *args, what=Change.PARTICIPANTS, **kwargs)

    def _add(self, name: str) -> None:
        actor = next((a for a in self._actors if _same_name(a.name, name)), None)
        if actor is not None:
            self.add_actor(actor.id)
        else:
            self._write(sessions.add_participant, self.session_id, name)

    def add_actor(self, actor_id: int) -> None:
        self._write(sessions.add_participant_from_actor, self.session_id, actor_id)

    def _actor_clicked(self, item: QListWidgetItem) -> None:
        # a double click would otherwise add the actor under the pointer after the list moved up
        now = time.monotonic()
        if now - self._last_click < QApplication.doubleClickInterval() / 1000:
            return
        self._last_click = now
        self.add_actor(item.data(ACTOR_ROLE))

    def eventFilter(self, obj, event) -> bool:
        if obj is self.actor_list and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.actor_list.setCurrentRow(
                self.actor_list.currentRow(),
                self._select_flag()
                if event.type() == QEvent.Type.FocusIn
                else QItemSelectionModel.SelectionFlag.Clear,
            )
        if (
            obj is self.actor_list
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            item = self.actor_list.currentItem()
            if item is not None:
                self.add_actor(item.data(ACTOR_ROLE))
            return True
        return super().eventFilter(obj, event)

    def _rename(self, participant_id: int, name: str) -> None:
        self.controller.write_later(
            f"participant:{participant_id}:name",
            sessions.update_participant,
            participant_id,
            name=name,
            what=Change.PARTICIPANT_TEXT,
            based_on=self.list.base_of(participant_id),
        )

    def _value(self, participant_id: int, field: str, value) -> None:
        if field in TEXT_FIELDS:
            # typed in place: debounced, and no refill that would take the field from under
            # the facilitator's fingers
            self.controller.write_later(
                f"participant:{participant_id}:{field}",
                sessions.update_participant,
                participant_id,
                what=Change.PARTICIPANT_TEXT,
                based_on=self.list.base_of(participant_id),
                **{field: value},
            )
        elif field == "helix_role":
            self._write(
                sessions.update_participant,
                participant_id,
                helix_role=value,
                based_on=self.list.base_of(participant_id),
            )

    def _remove(self, participant_id: int) -> None:
        written = self._write(sessions.remove_participant, participant_id)
        data = written.value
        if written.saved and data is not None:
            self._removed.append(data)
            self.list.show_undo(True)

    def _undo(self) -> None:
        if self._removed:
            data = self._removed.pop()
            back = self._write(sessions.restore_participant, data)
            if back.saved and back.value is not None:
                self.list.select_id(back.value.id)
            else:
                self._removed.append(data)  # refused (a closed session): keep it for later

    def _move(self, participant_id: int, index: int) -> None:
        self._write(sessions.move_participant, participant_id, index)
        self.list.select_id(participant_id)

"""Actoren en kennis: the community's actors — organisation, contact person, helix role,
knowledge — with the regional questions and projects each is tied to; per regional question the
knowledge it needs and the actors tied to it (editable while its session is open); and the gap
list: questions that need knowledge no actor of the community holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.modeldef import current_definition
from app.services import communities, knowledge, sessions
from app.services.errors import ConcurrentEdit, ServiceError
from app.ui.common import style
from app.ui.common.i18n import current_language
from app.ui.common.screen_fit import fit_to_screen
from app.ui.common.service_words import words
from app.ui.session.conflict_words import someone_else
from app.ui.session.reader import reader_for
from app.ui.widgets.check_list import CheckList
from app.ui.widgets.labels import big_label, hint_label
from app.ui.widgets.table_keys import leave_by_tab
from app.ui.widgets.text_limits import limit_text
from app.vocabulary.based_on import based_on
from app.vocabulary.errors import StorageTrouble

ID_ROLE = Qt.ItemDataRole.UserRole


class ActorsView(QWidget):
    def __init__(self, store, community_id: int, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.store, self.community_id = store, community_id
        self.reader = reader_for(store)  # its reads: app.ui.session.reader
        self.model = current_definition()
        name = self.reader.read(communities.get_community, community_id).name
        self.setWindowTitle(self.tr("Actors and knowledge · %1").replace("%1", name))
        self.setAccessibleName(self.tr("Actors and knowledge"))
        heading = big_label(self.tr("Actors and knowledge · %1").replace("%1", name), scale=1.3)
        heading.setAccessibleName(self.tr("Actors and knowledge"))
        self.session = QComboBox()
        self.session.setAccessibleName(self.tr("Session whose regional questions are shown"))
        for s in self.reader.read(sessions.list_sessions, community_id):
            self.session.addItem(f"{s.held_on:%d-%m-%Y} · {s.title}", s.id)
        self.session.activated.connect(lambda _i: self.reload())
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Regional questions and projects of:")))
        chooser.addWidget(self.session, 1)

        self.table = QTableWidget(0, 3)
        leave_by_tab(self.table)  # Tab leaves the table; arrows move inside it
        self.table.setAccessibleName(self.tr("Actors, their knowledge and ties"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Actor"),
                self.tr("Knowledge and expertise"),
                self.tr("Regional questions and projects"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 250)
        self.table.setColumnWidth(1, 220)
        # rows as tall as their wrapped text at the columns' final widths
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())

        self.questions = QListWidget()
        self.questions.setAccessibleName(self.tr("Regional questions"))
        self.questions.setWordWrap(True)
        self.questions.currentItemChanged.connect(lambda *_: self._show_question())
        self.needed = QLineEdit()
        self.needed.setAccessibleName(self.tr("Knowledge the question needs"))
        limit_text(self.needed, "observation", "needed_knowledge")
        self.needed.setPlaceholderText(self.tr("knowledge it needs, separated by commas"))
        self.needed.editingFinished.connect(self._save_needed)
        self.tied = CheckList(self.tr("Actors tied to the question"))
        self.tied.toggled.connect(lambda *_: self._save_actors())
        self.hint = hint_label()
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(QLabel(self.tr("Regional questions")))
        rv.addWidget(self.questions, 2)
        rv.addWidget(QLabel(self.tr("Knowledge it needs")))
        rv.addWidget(self.needed)
        rv.addWidget(QLabel(self.tr("Actors tied to it")))
        rv.addWidget(self.tied, 2)
        rv.addWidget(self.hint)

        self.gaps = QListWidget()
        self.gaps.setAccessibleName(self.tr("Questions without the knowledge they need"))
        self.gaps.setWordWrap(True)
        self.gaps.setMaximumHeight(96)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setSizes([830, 430])
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(chooser)
        layout.addWidget(split, 1)
        gaps_title = big_label(self.tr("Questions without the knowledge they need"), scale=1.05)
        layout.addWidget(gaps_title)
        layout.addWidget(self.gaps)
        fit_to_screen(self, (1280, 760))
        self.reload()

    # -- filling --------------------------------------------------------------------------------
    def reload(self) -> None:
        self.view = self.reader.read(
            knowledge.actors_overview, self.community_id, self.session.currentData()
        )
        info = (
            self.reader.read(sessions.get_session, self.view.session_id)
            if self.view.session_id is not None
            else None
        )
        self.read_only = info is None or info.is_closed
        self._fill_table()
        current = self.questions.currentItem()
        keep = current.data(ID_ROLE) if current else None
        self.questions.blockSignals(True)
        self.questions.clear()
        missing = {g.question.id for g in self.view.gaps}
        for q in self.view.questions:
            item = QListWidgetItem(q.text)
            item.setData(ID_ROLE, q.id)
            if q.id in missing:
                item.setForeground(style.warning_colour(self))
                item.setToolTip(self.tr("No actor holds all the knowledge this question needs"))
            self.questions.addItem(item)
            if q.id == keep:
                self.questions.setCurrentItem(item)
        self.questions.blockSignals(False)
        if self.questions.currentItem() is None and self.questions.count():
            self.questions.setCurrentRow(0)
        self._show_question()
        self._fill_gaps()
        self.needed.setReadOnly(self.read_only)
        self.tied.setReadOnly(self.read_only)
        if self.read_only and info is not None:
            self._hint(
                self.tr(
                    "This session is closed: reopen it to change what questions "
                    "need or who is tied to them."
                )
            )

    def _fill_table(self) -> None:
        lang = current_language()
        roles = {r.key: r.label.get(lang) for r in self.model.helix_roles}
        question, project = self.tr("Question"), self.tr("Project")
        self.table.setRowCount(len(self.view.actors))
        for row, a in enumerate(self.view.actors):
            who = [
                a.actor.organisation,
                a.actor.name,
                roles.get(a.actor.helix_role, a.actor.helix_role),
            ]
            ties = [f"{question}: {q.text}" for q in a.questions]
            ties += [f"{project}: {x.text}" for x in a.actions]
            cells = ("\n".join(x for x in who if x), ", ".join(a.tags), "\n".join(ties) or "–")
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeRowsToContents()

    def _fill_gaps(self) -> None:
        self.gaps.clear()
        for g in self.view.gaps:
            item = QListWidgetItem(
                self.tr("%1 — needed: %2")
                .replace("%1", g.question.text)
                .replace("%2", ", ".join(g.missing))
            )
            item.setForeground(style.warning_colour(self))
            self.gaps.addItem(item)
        if not self.view.gaps:
            self.gaps.addItem(
                self.tr(
                    "Every question that names the knowledge it needs has an actor who holds it."
                )
            )

    def _current_question(self) -> int | None:
        item = self.questions.currentItem()
        return item.data(ID_ROLE) if item else None

    def _show_question(self) -> None:
        qid = self._current_question()
        self.needed.setEnabled(qid is not None)
        self.tied.setEnabled(qid is not None)
        self.needed.setText(", ".join(self.view.needed.get(qid, ())) if qid else "")
        tied = {a.actor.id for a in self.view.actors if any(q.id == qid for q in a.questions)}
        self.tied.set_items(
            (
                a.actor.id,
                a.actor.organisation or a.actor.name
                if not (a.actor.name and a.actor.organisation)
                else f"{a.actor.organisation} · {a.actor.name}",
                a.actor.id in tied,
            )
            for a in self.view.actors
        )

    # -- writing --------------------------------------------------------------------------------
    def _save_needed(self) -> None:
        qid = self._current_question()
        if qid is None or self.read_only:
            return
        if ", ".join(self.view.needed.get(qid, ())) == self.needed.text():
            return
        self._write(knowledge.set_needed_knowledge, qid, self.needed.text(), self._base_of(qid))

    def _save_actors(self) -> None:
        qid = self._current_question()
        if qid is not None and not self.read_only:
            self._write(
                knowledge.set_question_actors, qid, self.tied.checked_keys(), self._base_of(qid)
            )

    def _base_of(self, question_id: int) -> dict | None:
        """The question as this window read it: an edit of it is based on that, so another
        laptop's change since is refused instead of overwritten (app.vocabulary.based_on)."""
        shown = self.view.as_read.get(question_id)
        return based_on(shown) if shown is not None else None

    def _write(self, fn, *args) -> None:
        try:
            fn(self.store, *args)
        except StorageTrouble as exc:  # said where every community window's trouble is said
            self.reader.say(exc)
            return
        except ConcurrentEdit as exc:  # another laptop changed the question: theirs is shown
            self._hint(someone_else(exc))
            return
        except ServiceError as exc:
            self._hint(words(exc))  # in the language on screen, next to the fields
            return
        self.hint.hide()
        self.reload()

    def _hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.show()

    def gap_texts(self) -> list[str]:
        return [self.gaps.item(i).text() for i in range(self.gaps.count())]

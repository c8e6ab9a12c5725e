"""The first page: the communities, the sessions of the one selected, and ways to start."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.stage_names import stage_label
from app.ui.community.views import CommunityViews
from app.ui.session.reader import reader_for
from app.ui.widgets.labels import big_label
from app.ui.widgets.table_keys import leave_by_tab


class HomePage(QWidget):
    openSession = Signal(int)
    newSession = Signal(int)  # community id
    newCommunity = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.store = None
        self._sessions: list = []

        self.communities = QListWidget()
        self.communities.setAccessibleName(self.tr("Communities"))
        self.communities.currentItemChanged.connect(self._community_selected)
        new_community = QPushButton(self.tr("New community…"))
        new_community.setAccessibleName(self.tr("New community"))
        new_community.clicked.connect(self.newCommunity)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(big_label(self.tr("Communities"), scale=1.2))
        lv.addWidget(self.communities, 1)
        lv.addWidget(new_community)

        self.heading = big_label(self.tr("Opening the database…"), scale=1.5)
        self.heading.setAccessibleName(self.tr("Community"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Title"), self.tr("Stage reached"), self.tr("State")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_selected)
        self.table.installEventFilter(self)  # Enter opens the selected session
        leave_by_tab(self.table)
        self.open_button = QPushButton(self.tr("Open session"))
        self.open_button.setAccessibleName(self.tr("Open session"))
        self.open_button.clicked.connect(self._open_selected)
        self.new_button = QPushButton(self.tr("New session…"))
        self.new_button.setAccessibleName(self.tr("New session"))
        self.new_button.clicked.connect(self._new_session)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.addWidget(self.heading)
        rv.addWidget(self.details)
        rv.addWidget(big_label(self.tr("Sessions"), scale=1.1))
        rv.addWidget(self.table, 1)
        rv.addLayout(buttons)
        # what the model is for: the community in time, compared, its actors, GroenPact
        self.uses = CommunityViews()
        rv.addWidget(big_label(self.tr("Use the model"), scale=1.1))
        rv.addWidget(self.uses)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([330, 900])
        outer = QVBoxLayout(self)
        outer.addWidget(split)
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        for w in (self.open_button, self.new_button):
            w.setEnabled(on)

    # -- data ----------------------------------------------------------------------------------
    def set_store(self, store) -> None:
        self.store = store
        self.reload()

    def reload(self, select_community: int | None = None) -> None:
        """The communities again; a read the storage refuses leaves the list as it was and the
        main window's notice says why (app.ui.session.reader)."""
        reader_for(self.store).guarded(self._fill)(select_community)

    def show_first_look(self, listed: list, sessions: list) -> None:
        """The communities and the first one's sessions as app.store.first_look read them,
        while the storage layer loads; set_store fills the page again from the services."""
        self._fill_list(listed, None)
        if listed:
            self._show_sessions(listed[0], sessions)
        else:
            self.table.setRowCount(0)
        self.uses.setEnabled(False)
        self._set_enabled(False)  # opening waits for the storage layer (a moment)

    def _fill(self, select_community: int | None) -> None:
        from app.services import communities

        current = select_community or self.current_community_id()
        self._fill_list(reader_for(self.store).read(communities.list_communities), current)
        if self.communities.currentItem() is None and self.communities.count():
            self.communities.setCurrentRow(0)
        else:
            self._community_selected(self.communities.currentItem())
        if not self.communities.count():
            self.heading.setText(self.tr("No communities yet"))
            self.details.setText(self.tr("Start with “New community…”."))

    def _fill_list(self, listed: list, current: int | None) -> None:
        self.communities.blockSignals(True)
        self.communities.clear()
        for c in listed:
            text = (
                c.name
                if not c.session_count
                else self.tr("%1\n%n session(s)", "", c.session_count).replace("%1", c.name)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setToolTip(c.region)
            self.communities.addItem(item)
            if c.id == current:
                self.communities.setCurrentItem(item)
        if current is None and self.communities.count():
            self.communities.setCurrentRow(0)  # signals blocked: the caller shows its sessions
        self.communities.blockSignals(False)

    def current_community_id(self) -> int | None:
        item = self.communities.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _community_selected(self, item, _previous=None) -> None:
        reader_for(self.store).guarded(self._show_community)(item)

    def _show_community(self, item) -> None:
        from app.services import communities, sessions

        read = reader_for(self.store).read
        if item is None:
            self.table.setRowCount(0)
            self._set_enabled(False)
            self.uses.set_community(None, None)
            return
        c = read(communities.get_community, item.data(Qt.ItemDataRole.UserRole))
        self._show_sessions(c, read(sessions.list_sessions, c.id))
        self.new_button.setEnabled(True)
        self.open_button.setEnabled(bool(self._sessions))
        self.uses.setEnabled(True)
        self.uses.set_community(self.store, c.id)

    def _show_sessions(self, c, listed: list) -> None:
        self.heading.setText(c.name)
        self.details.setText("\n".join(x for x in (c.region, c.description) if x))
        self._sessions = listed
        self.table.setRowCount(len(self._sessions))
        for row, s in enumerate(self._sessions):
            state = self.tr("closed") if s.is_closed else self.tr("open")
            for col, text in enumerate(
                (s.held_on.strftime("%d-%m-%Y"), s.title, stage_label(s.stage_reached), state)
            ):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        if self._sessions:
            self.table.selectRow(0)

    def eventFilter(self, watched, event) -> bool:
        # Qt's own "activated" on Enter depends on the platform style; the keyboard path is the
        # product, so Enter (and the keypad's) on the sessions table opens the selected session
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self._open_selected()
            return True
        return super().eventFilter(watched, event)

    def _open_selected(self, *_args) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.openSession.emit(self._sessions[rows[0].row()].id)

    def _new_session(self) -> None:
        cid = self.current_community_id()
        if cid is not None:
            self.newSession.emit(cid)

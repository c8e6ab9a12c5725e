"""The main window: wiring only. Pages do the work; services hold the data."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMessageBox

from app import __version__
from app.ui.audience.room_controls import RoomControls
from app.ui.common import messages, style
from app.ui.common.gc_settle import settle
from app.ui.common.i18n import install_language
from app.ui.common.service_words import words
from app.ui.common.settings import HIGH_CONTRAST, LANGUAGE, ZOOM, Settings
from app.ui.common.zoom import apply_zoom, step
from app.ui.session.reader import reader_for
from app.ui.shell import waiting_edits_prompt as waiting
from app.ui.shell import window_place
from app.ui.shell.data_menu import DataMenu
from app.ui.shell.home_page import HomePage
from app.ui.shell.menus import build_menus
from app.ui.shell.page_stack import PageStack
from app.ui.shell.store_banner import StoreBanner, read_only_notice

log = logging.getLogger(__name__)


class MainWindow(DataMenu, QMainWindow):
    def __init__(self, settings: Settings, database_target: str):
        super().__init__()
        self.settings = settings
        self.database_target = database_target
        self.store = None
        self.session_page = None
        self.presence = None
        self.backup_timer = None
        self.setWindowTitle("Intervisie")
        self.setAccessibleName("Intervisie")
        self.opens_maximized = window_place.place(self, settings)  # fitted to this screen
        style.set_high_contrast(settings.get(HIGH_CONTRAST))

        self.stack = PageStack()  # the page on screen sets the minimum, not the largest
        self.setCentralWidget(self.stack)
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self.store_banner = StoreBanner(self)  # read-only here, a backup that failed, …
        self._build_home()
        self.room = RoomControls(self)  # audience window, presentation mode, projector switches
        build_menus(self)

    def _build_home(self) -> None:
        self.home = HomePage()
        self.home.openSession.connect(self.open_session)
        self.home.newSession.connect(self.new_session)
        self.home.newCommunity.connect(self.new_community)
        self.stack.insertWidget(0, self.home)
        self.stack.setCurrentWidget(self.home)
        self.home.uses.set_high_contrast(self.settings.get(HIGH_CONTRAST))

    # -- menus ----------------------------------------------------------------------------------
    def new_session_of_selected(self) -> None:
        """Ctrl+N: a new session of the community selected on the home page."""
        cid = self.home.current_community_id() if self.store is not None else None
        if cid is None:
            self.statusBar().showMessage(self.tr("Choose a community first."), 4000)
            return
        self.new_session(cid)

    # -- database -------------------------------------------------------------------------------
    def look_then_open(self) -> None:
        """Right after the first paint: the group's communities from a first look at the file
        (app.store.first_look, a few milliseconds), on screen while the storage layer loads;
        then open the database as always."""
        from app.store.first_look import first_look

        look = first_look(self.database_target)
        if look is not None:
            self.home.show_first_look(*look)
            self.repaint()  # now: loading the storage layer keeps the event loop busy a while
        QTimer.singleShot(0, self.open_database)

    def open_database(self) -> None:
        """Open the database, asking in plain words when it is in use elsewhere (read-only) or
        damaged (restore the newest verified backup); then back it up and fill the window."""
        QTimer.singleShot(0, settle)  # after this fill, whatever the outcome (see gc_settle)
        from app.services.bootstrap import OpenFailure
        from app.ui.shell.safety_prompts import open_with_questions

        try:
            self.store = open_with_questions(self, self.database_target)
        except OpenFailure as exc:
            log.warning("could not open %s: %s", self.database_target, exc.message)
            messages.warn(self, self.tr("The database cannot be opened"), exc.message)
            self.store = None
        if self.store is None:
            self.home.show_first_look([], [])  # nothing of a first look stays on screen
            self.home.heading.setText(self.tr("No database open"))
            self.home.details.setText(self.tr("Nothing has been changed."))
            return
        label = self.tr("Database: %1").replace("%1", self.store.describe())
        if self.read_only:
            label += "  " + self.tr("(read-only)")
            self.store_banner.show_text(read_only_notice(self.store), closable=False)
        self.db_label.setText(label)
        if self.store.path is not None and not self.read_only:
            from app.ui.shell.backup_timer import BackupTimer

            self.backup_timer = BackupTimer(self.store.path, self, store=self.store)
            self.backup_timer.trouble.connect(self.store_banner.show_or_clear)
            # the backup at start waits until the list is on screen
            QTimer.singleShot(0, self.backup_timer.start)
        # a community window's read the storage refuses: said here (app.ui.session.reader)
        reader_for(self.store).trouble.connect(self.store_banner.show_while)
        self.home.set_store(self.store)
        QTimer.singleShot(0, lambda: waiting.offer_at_start(self))  # edits a crash left

    def may_leave_session(self) -> bool:
        """With edits waiting for the storage: ask before they could be lost (close, language,
        another session, a restore); True when it is safe to go on."""
        return self.session_page is None or waiting.may_leave(self, self.session_page.controller)

    @property
    def read_only(self) -> bool:
        return bool(self.store is not None and getattr(self.store, "read_only", False))

    def shutdown(self) -> None:
        self.room.close_phones()  # no phone writes once the database closes
        style.set_high_contrast(False)  # the application's palette is this window's to give back
        self._close_session_page()
        if self.backup_timer is not None:
            self.backup_timer.stop()
            self.backup_timer = None
        if self.store is not None:
            self.store.close()
            self.store = None

    def closeEvent(self, event) -> None:
        # a model being edited is asked about first: closing the window would lose its changes
        editor = getattr(self, "model_editor", None)
        if editor is not None and editor.isVisible() and not editor.close():
            event.ignore()
            return
        if not self.may_leave_session():
            event.ignore()
            return
        window_place.remember(self, self.settings)
        super().closeEvent(event)

    # -- navigation -----------------------------------------------------------------------------
    def show_home(self) -> None:
        if self.store is None:
            return
        if self.session_page is not None:
            self.session_page.flush()
        self.stack.setCurrentWidget(self.home)
        self.home.reload()
        self.session_menu.setEnabled(False)

    def _close_session_page(self) -> None:
        if self.session_page is not None:
            self.session_page.flush()
            self.stack.removeWidget(self.session_page)
            self.session_page.deleteLater()
            self.session_page = None
        if self.presence is not None:
            self.presence.stop()
            self.presence = None

    def open_session(self, session_id: int) -> None:
        """Open a session in this window, marked as in use; when someone else runs it (a shared
        database), ask: look read-only, take over, or cancel."""
        from app.services.errors import StorageUnavailable
        from app.services.sessions import get_session
        from app.ui.shell.session_page import SessionPage
        from app.ui.shell.session_presence import open_session_presence
        from app.ui.shell.trace_follow import follow_elsewhere

        if not self.may_leave_session():
            return
        self._close_session_page()
        read_only = self.read_only
        if not read_only:
            try:
                opened = open_session_presence(
                    self,
                    self.store,
                    session_id,
                    reader_for(self.store).read(get_session, session_id).facilitator,
                    ask=self._ask_in_use,
                )
            except StorageUnavailable as exc:  # the claim is a write: a full disk says so here
                messages.warn(self, self.tr("The session cannot be opened now"), str(exc))
                self.show_home()
                return
            if opened is None:
                return
            read_only = opened.read_only
            self.presence = opened.presence
            if self.presence is not None:
                self.presence.takenOver.connect(self._taken_over)
        self.session_page = SessionPage(self.store, session_id, self.settings, read_only=read_only)
        self.session_page.homeRequested.connect(self.show_home)
        self.session_page.elsewhere.connect(lambda target: follow_elsewhere(self, target))
        if self.read_only:  # say why (another window, a read-only medium)
            self.session_page.set_store_read_only(read_only_notice(self.store))
        if self.backup_timer is not None:
            self.session_page.controller.saved.connect(self.backup_timer.note_change)
        self.stack.addWidget(self.session_page)
        self.stack.setCurrentWidget(self.session_page)
        self.session_menu.clear()
        self.session_page.fill_menu(self.session_menu)
        self.session_menu.setEnabled(True)
        self.room.follow(self.session_page)

    def _ask_in_use(self, parent, holder) -> str:
        """A mark left on this computer by a window that died: with a local file the file lock
        already makes this window the only writer, so it simply takes the session back."""
        from app.ui.shell.session_presence import ask_in_use

        if holder.on_this_computer and self.store.dialect == "sqlite":
            return "take-over"
        return ask_in_use(parent, holder)

    def _taken_over(self, who: str) -> None:
        if self.session_page is not None:
            self.session_page.set_store_read_only(
                self.tr(
                    "%1 has taken over this session; this window shows it and no longer "
                    "saves. Nothing you saved was lost."
                ).replace("%1", who or self.tr("Someone else"))
            )

    def new_community(self) -> None:
        from app.services import communities
        from app.services.errors import ServiceError
        from app.ui.widgets.forms import CommunityForm

        if self.store is None:
            return
        form = CommunityForm(self)
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            c = communities.create_community(
                self.store, form.name.text(), form.region.text(), form.description.text()
            )
        except ServiceError as exc:
            messages.warn(self, self.tr("Not saved"), words(exc))
            return
        self.home.reload(select_community=c.id)

    def new_session(self, community_id: int) -> None:
        from app.services import followup, sessions
        from app.ui.community.model_choice import model_choices
        from app.ui.community.model_move import offer_move
        from app.ui.widgets.forms import SessionForm

        earlier = [
            (s.id, f"{s.held_on:%d-%m-%Y} · {s.title}")
            for s in reader_for(self.store).read(sessions.list_sessions, community_id)
        ]
        form = SessionForm(
            earlier, self, title=self.tr("Intervisie"), models=model_choices(self.store)
        )
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        values = form.values()
        chosen = values.pop("model_version", None)
        if values["continues_from_id"] is None:
            s = followup.start_session(self.store, community_id, model_version=chosen, **values)
        else:
            # a follow-up starts on its earlier session's version; another version only after
            # the group saw what it carries and what it has no place for
            s = followup.start_session(self.store, community_id, **values)
            if chosen and chosen != s.model_version:
                offer_move(self, self.store, s.id, chosen)
        self.open_session(s.id)

    def open_community_view(self, kind: str) -> None:
        """The model's uses for the community selected on the home page."""
        if self.store is None or self.home.current_community_id() is None:
            return
        self.show_home()
        self.home.uses.open(kind)

    # -- view -----------------------------------------------------------------------------------
    def zoom(self, direction: int) -> None:
        percent = 100 if direction == 0 else step(self.settings.get(ZOOM), direction)
        self.settings.set(ZOOM, percent)
        apply_zoom(percent)
        self.room.presentation.zoom_changed()
        self.statusBar().showMessage(self.tr("Text size %1%").replace("%1", str(percent)), 2000)

    def set_language(self, lang: str) -> None:
        """Switch the interface language during a session: everything is saved first, then the
        window rebuilds its pages in the new language and returns to the same session and stage."""
        session_id = stage = None
        if not self.may_leave_session():
            return
        if self.session_page is not None:
            session_id = self.session_page.controller.session_id
            stage = self.session_page.current_stage()
            on_session = self.stack.currentWidget() is self.session_page
        self.settings.set(LANGUAGE, lang)
        install_language(lang)
        self.menuBar().clear()
        build_menus(self)
        old_home = self.home
        self._build_home()
        self.stack.removeWidget(old_home)
        old_home.deleteLater()
        if self.store is not None:
            self.home.set_store(self.store)
            self.db_label.setText(self.tr("Database: %1").replace("%1", self.store.describe()))
        if session_id is not None:
            self.open_session(session_id)
            self.session_page.go_to(stage)
            if not on_session:
                self.show_home()

    def toggle_contrast(self, on: bool) -> None:
        self.settings.set(HIGH_CONTRAST, on)
        style.set_high_contrast(on)  # the widgets too, not only the model
        self.home.uses.set_high_contrast(on)
        if self.session_page is not None:
            self.session_page.set_high_contrast(on)

    def show_shortcuts(self) -> None:
        from app.ui.common.shortcuts import shortcut_help

        messages.tell(self, self.tr("Keyboard shortcuts"), shortcut_help())

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Intervisie"),
            self.tr(
                "<h3>Intervisie %1</h3><p>Guided intervisie sessions on the "
                "community-learning model (LLO door middel van community learning) for "
                "regional learning communities.</p><p>Everything stays on this computer: "
                "no account, no network.</p><p>Database: %2</p>"
            )
            .replace("%1", __version__)
            .replace("%2", self.store.describe() if self.store else "-"),
        )

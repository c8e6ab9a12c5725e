"""The room's switches, on the View menu and on keys: the audience window (F5), presentation mode
(F11), names off the projector, freezing the projector, and the session's projector profile.

Owned by the main window for the whole run. The actions are made once and only re-labelled when
the menus are rebuilt (a language switch), and they are added to the window itself as well, so
their keys keep working while presentation mode hides the menu bar.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from app.ui.audience.presentation import PresentationMode
from app.ui.common import shortcuts
from app.ui.common.settings import HIDE_NAMES, PROJECTOR_PROFILE, per_session


class RoomControls(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.page = None
        self.audience = None  # made on first use, then kept for the whole run
        self._uuid: str | None = None
        self.presentation = PresentationMode(window)
        self.frozen_mark = QLabel()  # for the facilitator only: the room cannot see the laptop
        self.frozen_mark.setStyleSheet("font-weight: bold; padding: 0 6px;")  # palette's colour
        self.frozen_mark.hide()
        window.statusBar().addPermanentWidget(self.frozen_mark)
        self.audience_action = self._action(self.set_audience, shortcuts.AUDIENCE_WINDOW)
        self.presentation_action = self._action(self.set_presentation, shortcuts.PRESENTATION_MODE)
        self.names_action = self._action(self.set_hide_names)
        self.freeze_action = self._action(self.set_frozen)
        self.profile_action = self._action(self.set_projector_profile)
        self.phones_action = QAction(self)  # not a switch: it opens the room's panel
        self.phones_action.triggered.connect(self.open_phones)
        self.phones = None  # app.ui.audience.room_phones.RoomPhonesDialog, while shown
        self.presentation.toggled.connect(self.presentation_action.setChecked)
        self._enable()

    def _action(self, slot, shortcut: str | None = None) -> QAction:
        act = QAction(self)
        act.setCheckable(True)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        self.window.addAction(act)
        return act

    def fill_menu(self, menu) -> None:
        """Put the switches on menu (the View menu), labelled in the current language."""
        self.audience_action.setText(self.tr("Audience window"))
        self.presentation_action.setText(self.tr("Presentation mode"))
        self.names_action.setText(self.tr("Hide names on the projector"))
        self.freeze_action.setText(self.tr("Freeze projector"))
        self.profile_action.setText(self.tr("Projector profile for this session"))
        self.phones_action.setText(self.tr("Open the room for phones…"))
        self.frozen_mark.setText(self.tr("❄ Projector frozen"))
        menu.addSeparator()
        for act in (
            self.audience_action,
            self.presentation_action,
            self.names_action,
            self.freeze_action,
            self.profile_action,
            self.phones_action,
        ):
            menu.addAction(act)

    # -- the session ---------------------------------------------------------------------------
    def follow(self, page) -> None:
        """A session page was opened (or rebuilt in another language)."""
        # imported here, not before the first window: it loads SQLAlchemy
        from app.services import sessions

        self.page = page
        self._uuid = page.controller.read(sessions.get_session, page.controller.session_id).uuid
        if self.phones is not None:  # the room for phones stays with its session only
            if self.phones.session_id == page.controller.session_id:
                self.phones.follow(page)
            else:
                self.phones.shut()
        self.names_action.setChecked(self._per_session(HIDE_NAMES))
        self.profile_action.setChecked(self._per_session(PROJECTOR_PROFILE))
        page.destroyed.connect(self._page_gone)
        if self.audience is not None and self.audience.isVisible():
            self._feed_audience()
        self._enable()

    def _page_gone(self, *_args) -> None:
        self.page = None
        self._enable()

    def _per_session(self, setting):
        return self.window.settings.get(per_session(setting, self._uuid))

    def _remember(self, setting, on: bool) -> None:
        if self._uuid is not None:
            self.window.settings.set(per_session(setting, self._uuid), on)

    def _enable(self) -> None:
        has_session = self.page is not None
        showing = self.audience is not None and self.audience.isVisible()
        self.names_action.setEnabled(has_session)
        self.profile_action.setEnabled(has_session)
        self.phones_action.setEnabled(has_session)
        self.freeze_action.setEnabled(showing)

    def open_phones(self) -> None:
        """The room's panel for this session (one at a time; closing it closes the room)."""
        if self.page is None:
            return
        from app.ui.audience.room_phones import RoomPhonesDialog

        if self.phones is None or self.phones.page is not self.page:
            if self.phones is not None:
                self.phones.shut()
            self.phones = RoomPhonesDialog(
                self.window, self.page, hide_names=self.names_action.isChecked()
            )
            self.phones.finished.connect(self._phones_closed)
        self.phones.show()
        self.phones.raise_()

    def _phones_closed(self, *_args) -> None:
        self.phones = None

    def close_phones(self) -> None:
        """The app is closing (its database with it): the room closes first."""
        if self.phones is not None:
            self.phones.shut()

    # -- the audience window -------------------------------------------------------------------
    def set_audience(self, on: bool) -> None:
        if on and self.page is None:
            self.window.statusBar().showMessage(
                self.tr("Open a session first: the audience window shows a session."), 4000
            )
            on = False
        if on:
            if self.audience is None:
                from app.ui.audience.window import AudienceWindow

                self.audience = AudienceWindow(self.window)
                self.audience.closeRequested.connect(lambda: self.set_audience(False))
            self._feed_audience()
            self.audience.show_on_room_screen()
            if self.audience.screen() is not self.window.screen():
                self.window.activateWindow()  # the facilitator keeps typing on the laptop
        elif self.audience is not None:
            self.set_frozen(False)
            self.audience.hide()
            self.audience.detach()
        self.audience_action.setChecked(on)
        self._enable()

    def _feed_audience(self) -> None:
        self.audience.set_hide_names(self.names_action.isChecked())
        self.audience.set_projector_profile(self.profile_action.isChecked())
        self.audience.follow(self.page)

    def set_frozen(self, on: bool) -> None:
        on = on and self.audience is not None and self.audience.isVisible()
        if self.audience is not None:
            self.audience.set_frozen(on)
        self.freeze_action.setChecked(on)
        self.frozen_mark.setVisible(on)

    def set_hide_names(self, on: bool) -> None:
        self._remember(HIDE_NAMES, on)
        self.names_action.setChecked(on)
        if self.audience is not None:
            self.audience.set_hide_names(on)

    def set_projector_profile(self, on: bool) -> None:
        self._remember(PROJECTOR_PROFILE, on)
        self.profile_action.setChecked(on)
        if self.audience is not None:
            self.audience.set_projector_profile(on)
        self.presentation.set_projector_profile(on)

    # -- presentation mode ---------------------------------------------------------------------
    def set_presentation(self, on: bool) -> None:
        self.presentation.set_on(on, self.profile_action.isChecked() and self.page is not None)

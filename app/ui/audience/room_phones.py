"""View → Open the room for phones…: the facilitator's control of the participants' phones.

Off until the facilitator opens it, on the address they pick (this laptop's own hotspot or local
network address, never every address). Shows the QR code, the address and the 4-digit code large
enough for the projector; how many phones joined and answered; pause, remove a phone, reveal the
spread or the dots; and the proposals tray. Closing the panel, the session or the app closes the
room, and the phones then show "closed".

The server runs in its own thread (app.room.serve); what it changes reaches this panel through a
queued signal, so every redraw happens on the window's thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)
from shiboken6 import isValid

from app.ui.audience.room_phones_qr import qr_image
from app.ui.audience.room_phones_tray import ProposalTray
from app.ui.common.i18n import current_language
from app.ui.common.messages import warn
from app.vocabulary.changes import Change

DEFAULT_PORT = 8765


class RoomPhonesDialog(QDialog):
    roomChanged = Signal()  # from the server's thread; connected queued to refresh()

    def __init__(self, parent, page, hide_names: bool = True):
        super().__init__(parent)
        from app.room.serve import addresses

        self.page = page
        self.session_id = page.controller.session_id
        self._generation = 0  # which page the panel follows (a rebuilt page is a new one)
        self.hide_names = hide_names
        self.room = None
        self.server = None
        self.setWindowTitle(self.tr("The room for phones"))
        self.address = QComboBox()
        self.address.addItems(addresses())
        self.address.setAccessibleName(self.tr("Address to listen on"))
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setAccessibleName(self.tr("Port"))
        self.https = QCheckBox(self.tr("&HTTPS"))
        self.https.setToolTip(
            self.tr(
                "Encrypted, with a certificate this laptop makes now: each "
                "phone warns once; compare the fingerprint."
            )
        )
        self.open_button = QPushButton(self.tr("&Open the room"))
        self.open_button.clicked.connect(self.toggle)
        where = QHBoxLayout()
        where.addWidget(QLabel(self.tr("Listen on")))
        where.addWidget(self.address, 1)
        where.addWidget(self.port)
        where.addWidget(self.https)
        where.addWidget(self.open_button)

        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.url = QLabel()
        self.url.setTextFormat(Qt.TextFormat.PlainText)
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code = QLabel()
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        big = QFont(self.font())
        big.setPointSize(max(28, big.pointSize() * 3))
        self.code.setFont(big)
        self.counts = QLabel()
        self.refusals = QLabel()
        self.spread = QLabel()
        self.spread.setTextFormat(Qt.TextFormat.PlainText)
        self.spread.setWordWrap(True)

        self.poster = None  # app.ui.audience.room_phones_poster.RoomPoster, made on first use
        self.on_projector = QCheckBox(self.tr("Show on the pro&jector"))
        self.on_projector.toggled.connect(self._show_poster)
        self.pause = QCheckBox(self.tr("&Pause input"))
        self.show_spread = QCheckBox(self.tr("Reveal the &spread"))
        self.show_votes = QCheckBox(self.tr("Reveal the &votes"))
        self.pause.toggled.connect(lambda on: self._set(paused=on))
        self.show_spread.toggled.connect(lambda on: self._set(spread_shown=on))
        self.show_votes.toggled.connect(lambda on: self._set(votes_shown=on))
        self.add_votes = QPushButton(self.tr("Add the phones' dots to the focus points"))
        self.add_votes.clicked.connect(self._add_votes)
        self.devices = QListWidget()
        self.devices.setAccessibleName(self.tr("Joined phones"))
        self.remove_button = QPushButton(self.tr("&Remove phone"))
        self.remove_button.clicked.connect(self._remove)
        self.tray = ProposalTray()
        self.tray.page = page
        self.tray.refreshed = self.refresh

        grid = QGridLayout()
        grid.addWidget(self.qr, 0, 0, 4, 1)
        grid.addWidget(self.code, 0, 1)
        grid.addWidget(self.url, 1, 1)
        grid.addWidget(self.counts, 2, 1)
        grid.addWidget(self.refusals, 3, 1)
        switches = QHBoxLayout()
        for w in (self.on_projector, self.pause, self.show_spread, self.show_votes, self.add_votes):
            switches.addWidget(w)
        phones = QHBoxLayout()
        phones.addWidget(self.devices, 1)
        phones.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(where)
        layout.addLayout(grid)
        layout.addLayout(switches)
        layout.addWidget(self.spread)
        layout.addLayout(phones)
        layout.addWidget(self.tray, 1)
        # Enter belongs to the line being edited (the tray accepts with it), never to a button:
        # a default button would close the room on the first Enter
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.roomChanged.connect(self.refresh, Qt.ConnectionType.QueuedConnection)
        self.follow(page)

    def follow(self, page) -> None:
        """The session's page (again, after a language switch rebuilt it): the room stays open
        for the same session and follows the new page's stage and element."""
        self.page = self.tray.page = page
        page.stageShown.connect(self._stage_shown)
        page.controller.changed.connect(self._session_changed)
        vp = page.page_by_key.get("vertrekpunt")
        if hasattr(vp, "elementShown"):
            vp.elementShown.connect(self._element_shown)
        self._generation += 1
        generation = self._generation
        page.destroyed.connect(lambda *_args: self._page_gone(generation))
        if self.room is not None:
            self.room.set(stage=page.current_stage())
        self.refresh()

    def _page_gone(self, generation: int) -> None:
        # the window may be rebuilding the page (a language switch): decide after it did
        QTimer.singleShot(0, lambda: self._page_replaced_or_closed(generation))

    def _page_replaced_or_closed(self, generation: int) -> None:
        if not isValid(self.qr):  # the panel went with the window
            return
        if self._generation == generation:  # no page followed: the session was left
            self.shut()

    def _session_changed(self, what: Change) -> None:
        """A closed session closes the room (the phones then show "closed")."""
        from app.services import sessions

        if (
            what is Change.STATE
            and self.server is not None
            and self.page.controller.read(
                sessions.get_session, self.page.controller.session_id
            ).is_closed
        ):
            self.close_room()

    # -- opening and closing -------------------------------------------------------------------
    def toggle(self) -> None:
        if self.server is None:
            self.open_room(self.address.currentText(), self.port.value())
        else:
            self.close_room()

    def open_room(self, host: str, port: int) -> bool:
        from app.room.serve import NotAllowed, RoomServer
        from app.room.state import Room

        room = Room(self.page.store, self.page.controller.session_id, hide_names=self.hide_names)
        room.stage = self.page.current_stage()
        vp = self.page.page_by_key.get("vertrekpunt")
        room.element_key = vp.navigator.current_key() if hasattr(vp, "navigator") else None
        try:
            server = RoomServer(room, host, port, https=self.https.isChecked())
        except (NotAllowed, OSError) as exc:
            warn(
                self,
                self.tr("The room could not open"),
                self.tr(
                    "The room could not listen on %1:%2 (%3). Nothing changed; the "
                    "session goes on without phones."
                )
                .replace("%1", host)
                .replace("%2", str(port))
                .replace("%3", str(exc)),
            )
            return False
        room.listen(self.roomChanged.emit)
        server.start()
        self.room, self.server = room, server
        self.qr.setPixmap(QPixmap.fromImage(qr_image(server.url)))
        self.refresh()
        return True

    def close_room(self, *_args) -> None:
        server, self.server = self.server, None
        if self.poster is not None and isValid(self.poster):
            self.poster.hide()
        if server is not None:
            server.room.unlisten(self.roomChanged.emit)
            server.stop()
        try:
            self.qr.clear()
            self.on_projector.setChecked(False)
            self.refresh()
        except RuntimeError:  # the panel is being deleted with the window
            pass

    def done(self, result: int) -> None:
        self.close_room()
        super().done(result)

    def shut(self) -> None:
        """Close the room and the panel without asking (the app or the session is going)."""
        self.close_room()
        self.close()

    def reject(self) -> None:
        """Escape (or the window's close button) while the room is open asks first: the
        phones in the room would lose it. Keeping it open is the default answer."""
        if self.server is not None and not self._may_close():
            return
        super().reject()

    def _may_close(self) -> bool:
        joined = len(self.room.devices()) if self.room is not None else 0
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Close the room?"),
            self.tr(
                "%n phone(s) joined the room. Closing it now shows “closed” "
                "on every phone; what they sent is kept with the session.",
                "",
                joined,
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        close = box.addButton(self.tr("Close the room"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it open"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAccessibleName(box.windowTitle())
        box.exec()
        return box.clickedButton() is close

    # -- following the session -----------------------------------------------------------------
    def _stage_shown(self, stage: str) -> None:
        if self.room is not None:
            self.room.set(stage=stage)

    def _element_shown(self, key: str) -> None:
        if self.room is not None:
            self.room.set(element_key=key)
            self.show_spread.setChecked(False)

    def _show_poster(self, on: bool) -> None:
        if on and self.server is not None:
            if self.poster is None:
                from app.ui.audience.room_phones_poster import RoomPoster

                self.poster = RoomPoster(self.parentWidget())
                self.poster.closed.connect(lambda: self.on_projector.setChecked(False))
            self.poster.show_room(self.server.url, self.room.code)
        elif self.poster is not None:
            self.poster.hide()

    def _set(self, **what) -> None:
        if self.room is not None and self.server is not None:
            self.room.set(**what)

    def _add_votes(self) -> None:
        from app.services import room as svc

        if self.room is not None:
            self.page.controller.write(
                svc.add_votes_to_focus_points, self.room.session_id, what=Change.FOCUS
            )

    def _remove(self) -> None:
        item = self.devices.currentItem()
        if item is not None and self.room is not None:
            self.room.remove(item.data(Qt.ItemDataRole.UserRole))

    # -- what the room holds -------------------------------------------------------------------
    def refresh(self) -> None:
        from app.services import room as svc

        open_ = self.server is not None
        self.open_button.setText(self.tr("&Close the room") if open_ else self.tr("&Open the room"))
        self.address.setEnabled(not open_)
        self.port.setEnabled(not open_)
        self.https.setEnabled(not open_)
        for w in (
            self.on_projector,
            self.pause,
            self.show_spread,
            self.show_votes,
            self.add_votes,
            self.remove_button,
        ):
            w.setEnabled(open_)
        if not open_ or self.room is None:
            self.url.setText(self.tr("The room is closed: no phone can reach this laptop."))
            self.code.clear()
            self.counts.clear()
            self.refusals.clear()
            self.spread.clear()
            self.devices.clear()
            self.tray.fill([], str)
            return
        room = self.room
        tally = self.page.controller.read(svc.tally, room.session_id, room.element_key)
        devices = room.devices()
        url = self.server.url
        if self.server.certificate is not None:
            url += "\n" + self.tr("Certificate fingerprint: %1").replace(
                "%1", self.server.certificate.fingerprint[:23] + "…"
            )
        self.url.setText(url)
        self.code.setText(self.tr("Code %1").replace("%1", room.code))
        answered = tally.voters if room.stage == "focus" else tally.rated
        self.counts.setText(
            self.tr("%1 joined · %2 answered · %3 proposals waiting")
            .replace("%1", str(len(devices)))
            .replace("%2", str(answered))
            .replace("%3", str(tally.waiting))
        )
        r = room.refused
        self.refusals.setText(
            self.tr(
                "Refused: %1 wrong codes, %2 unknown addresses, %3 too fast or full, %4 malformed"
            )
            .replace("%1", str(r.wrong_codes))
            .replace("%2", str(r.wrong_tokens))
            .replace("%3", str(r.too_many))
            .replace("%4", str(r.bad_requests))
        )
        model = self.page.model
        lang = current_language()
        lines = []
        if room.element_key is not None:
            counts = " · ".join(
                f"{lv.level} {lv.label.get(lang)}: {tally.spread.get(lv.level, 0)}"
                for lv in model.levels
            )
            lines.append(
                self.tr("Spread for %1: %2")
                .replace("%1", model.element_label(room.element_key, lang))
                .replace("%2", counts)
            )
        if tally.votes:
            from app.services import focus

            lines.append(
                self.tr("Dots from the phones: %1").replace("%1", str(sum(tally.votes.values())))
            )
            lines += [
                f"  {tally.votes[f.id]} ● {f.text}"
                for f in self.page.controller.read(focus.list_focus_points, room.session_id)
                if f.id in tally.votes
            ]
        self.spread.setText("\n".join(lines))
        keep = self.devices.currentRow()
        self.devices.clear()
        for n, d in enumerate(devices, start=1):
            item = QListWidgetItem(self.tr("Phone %1").replace("%1", str(n)))
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            self.devices.addItem(item)
        self.devices.setCurrentRow(min(keep, self.devices.count() - 1))
        self.tray.fill(
            self.page.controller.read(svc.proposals, room.session_id),
            lambda key: model.element_label(key, lang),
        )

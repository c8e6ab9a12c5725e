"""The room's invitation on the projector: the QR code, the short address and the 4-digit code,
full-screen on the room's screen (over the laptop's own when there is only one). Esc, a click or
the panel's switch takes it down; the room stays open."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.audience.room_phones_qr import qr_image
from app.ui.audience.screens import choose_screen, place_full_screen


class RoomPoster(QWidget):
    closed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Join with your phone"))
        self.setStyleSheet("background: white; color: black;")  # a QR code scans best so
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.invite = QLabel()
        self.address = QLabel()
        self.code = QLabel()
        for label, scale in ((self.invite, 2), (self.address, 2), (self.code, 5)):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextFormat(Qt.TextFormat.PlainText)
            font = QFont(self.font())
            font.setPointSize(max(12, font.pointSize() * scale))
            label.setFont(font)
        layout = QVBoxLayout(self)
        for w in (self.invite, self.qr, self.address, self.code):
            layout.addWidget(w)

    def show_room(self, url: str, code: str) -> None:
        home = self.parentWidget().screen() if self.parentWidget() else None
        screen = choose_screen([], list(QGuiApplication.screens()), None, home)
        side = int(min(screen.geometry().width(), screen.geometry().height()) * 0.55)
        self.qr.setPixmap(QPixmap.fromImage(qr_image(url, side)))
        self.invite.setText(self.tr("Join with your phone: scan the code or type the address"))
        self.address.setText(url)
        self.code.setText(self.tr("Code %1").replace("%1", code))
        place_full_screen(self, screen)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            self.closed.emit()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        self.hide()
        self.closed.emit()

"""Presentation mode: one screen mirrored to the projector, so the main window itself is what the
room reads. It hides what the room need not see (menus, status bar, the stage rail, the
previous/next buttons: the keys still work), keeps the timer, shrinks the saved indicator, and
enlarges the rest; full-screen. Off again, everything is as it was.

Larger type comes two ways, because Qt has two kinds of font: widgets that inherit the
application font follow a larger application font; widgets with a size of their own (headings
made with big_label) are scaled one by one, their own size kept aside to be restored.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.common import style
from app.ui.common.settings import HIGH_CONTRAST

SCALE = 1.15  # the rest, enlarged at least this much
PROJECTOR_SCALE = 1.3  # with the session's projector profile
# ... and at least to this share of the screen's height for body text, so a 1080-line projector
# gets 27 px and not the laptop's 18 (read from the back of the room like the audience view)
BODY_SHARE = 1 / 40
PROJECTOR_BODY_SHARE = 1 / 34
SAVED_SCALE = 0.8  # the saved indicator: small but still there
SIZE_RESOLVED = 0x2  # QFont's resolve-mask bit for an explicitly set size
_OWN_FONT = "presentationOwnFont"  # where a widget's own font waits to be restored


class PresentationMode(QObject):
    toggled = Signal(bool)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.on = False
        self.scale = SCALE
        self._high_contrast = False
        self._was = {}
        window.stack.currentChanged.connect(lambda _i: self._page_changed())

    def set_on(self, on: bool, projector_profile: bool = False) -> None:
        if on == self.on:
            return
        self.on = on
        w = self.window
        if on:
            self.scale = self.scale_for(w.screen().geometry().height(), projector_profile)
            self._high_contrast = projector_profile
            self._was = {
                "full": w.isFullScreen(),
                "max": w.isMaximized(),
                "font": QFont(QApplication.font()),
            }
            w.menuBar().hide()
            w.statusBar().hide()
            QApplication.setFont(scaled(QApplication.font(), self.scale))
            self._dress(w.session_page)
            w.showFullScreen()
        else:
            w.menuBar().show()
            w.statusBar().show()
            QApplication.setFont(self._was["font"])
            self._undress(w.session_page)
            if not self._was.get("full"):
                w.showMaximized() if self._was.get("max") else w.showNormal()
        self.toggled.emit(on)

    @staticmethod
    def scale_for(screen_height: int, projector_profile: bool = False) -> float:
        body = QFontInfo(QApplication.font()).pixelSize()
        share = PROJECTOR_BODY_SHARE if projector_profile else BODY_SHARE
        least = PROJECTOR_SCALE if projector_profile else SCALE
        return max(least, screen_height * share / max(1, body))

    def zoom_changed(self) -> None:
        """The text size was changed while presenting: keep the enlargement on top of it, and
        return to the new size (not the old one) when presenting ends."""
        if self.on:
            self._was["font"] = QFont(QApplication.font())
            QApplication.setFont(scaled(QApplication.font(), self.scale))

    def toggle(self, projector_profile: bool = False) -> None:
        self.set_on(not self.on, projector_profile)

    def set_projector_profile(self, on: bool) -> None:
        """The session's profile changed while presenting: present with the new one."""
        if self.on:
            self.set_on(False)
            self.set_on(True, on)

    # -- the session page -----------------------------------------------------------------------
    def _page_changed(self) -> None:
        # a session opened, or rebuilt in another language, while presenting
        if self.on:
            self._dress(self.window.session_page)

    def _dress(self, page) -> None:
        if page is None:
            return
        for widget in (page.rail, page.back, page.next):
            widget.hide()
        for widget in page.findChildren(QWidget):
            if widget.font().resolveMask() & SIZE_RESOLVED:
                self._set_own_font(widget, self.scale)
        # after the application font grew: the saved indicator ends up smaller than before
        self._set_own_font(page.saved_label, SAVED_SCALE / self.scale)
        if self._high_contrast:
            page.set_high_contrast(True)
            style.set_high_contrast(True)  # the mirrored widgets too

    def _undress(self, page) -> None:
        if page is None:
            return
        for widget in (page.rail, page.back, page.next):
            widget.show()
        for widget in page.findChildren(QWidget):
            own = widget.property(_OWN_FONT)
            if own is not None:
                widget.setFont(own)
                widget.setProperty(_OWN_FONT, None)
        if self._high_contrast:
            page.set_high_contrast(self.window.settings.get(HIGH_CONTRAST))
            style.set_high_contrast(self.window.settings.get(HIGH_CONTRAST))

    @staticmethod
    def _set_own_font(widget: QWidget, factor: float) -> None:
        """Scale widget's font once (a page shown again is not scaled twice)."""
        if widget.property(_OWN_FONT) is not None:
            return
        widget.setProperty(_OWN_FONT, QFont(widget.font()))
        widget.setFont(scaled(widget.font(), factor))


def scaled(font: QFont, factor: float) -> QFont:
    """font, factor times as large (in points or in pixels, whichever it is set in)."""
    bigger = QFont(font)
    if font.pointSizeF() > 0:
        bigger.setPointSizeF(font.pointSizeF() * factor)
    else:
        bigger.setPixelSize(max(1, round(font.pixelSize() * factor)))
    return bigger

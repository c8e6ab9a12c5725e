"""The audience window: what the room sees on the projector. No menus, no controls: the model
(another ModelCanvas, fed the same element states) beside the current stage in large type, the
stages along the top, the session along the bottom.

It follows the facilitator's session page: a stage change, an edit, the element chosen in the
vertrekpunt and the line being typed there reach it at once (signals, no polling). Frozen, it
keeps the picture it has while the facilitator looks something up, and catches up when unfrozen.
With the names switch on, people appear by their role. It is one window for the whole run of the
app: a change of screens moves it, a language switch or another session re-feeds it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from app.ui.audience.content import AudienceContent, Look, font_px, look_for
from app.ui.audience.end_screen import EndScreen
from app.ui.audience.names import NameMask
from app.ui.audience.screens import choose_screen, place_full_screen
from app.ui.audience.stages import AudienceSource
from app.ui.common import shortcuts
from app.ui.common.i18n import current_language
from app.ui.common.stage_names import STAGES, stage_label
from app.vocabulary.changes import CANVAS, Change

END_STAGE = STAGES[-1]  # the closing


class StageStrip(QWidget):
    """The stages in a row, the current one filled: where the session is, at a glance."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.labels = {key: QLabel() for key in STAGES}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        for label in self.labels.values():
            label.setTextFormat(Qt.TextFormat.PlainText)
            row.addWidget(label)
        row.addStretch(1)

    def show_stage(self, current: str, look: Look) -> None:
        for key, label in self.labels.items():
            label.setText(stage_label(key))
            label.setFont(font_px(look.small_px, bold=key == current))
            on = (
                f"background: {look.text}; color: {look.background};"
                if key == current
                else f"color: {look.muted}; border: {max(1, look.rule_px // 2)}px solid "
                f"{look.muted};"
            )
            label.setStyleSheet(f"{on} padding: 2px 12px; border-radius: 4px;")


class AudienceWindow(QWidget):
    closeRequested = Signal()  # F5 or Esc pressed on the audience window itself

    def __init__(self, parent=None):
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("audience")
        self.setWindowTitle(self.tr("Intervisie – audience view"))
        self.setAccessibleName(self.tr("Audience view"))
        self._page = None
        self._source: AudienceSource | None = None
        self._model = None
        self.canvas = None
        self.content: AudienceContent | None = None
        self._mask: NameMask | None = None
        self._stage, self._element, self._draft = STAGES[0], None, ""
        self._shown = (self._stage, None, "")  # what the room sees (stays while frozen)
        self._frozen = self._hide_names = self._profile = False
        self._known_screens: list = list(QGuiApplication.screens())
        self.look = look_for(768)

        self.strip = StageStrip()
        self.footer = QLabel()
        self.footer.setTextFormat(Qt.TextFormat.PlainText)
        self.middle = QHBoxLayout()
        # after the last stage's work: the page at a glance instead of the model and the lists
        self.end_screen = EndScreen()
        self.end_screen.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F5 and Esc stay the window's
        self.end_screen.hide()
        self.middle.addWidget(self.end_screen, 1)
        outer = QVBoxLayout(self)
        # the window takes its screen's size, whatever the type asks: the content fits itself
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        outer.addWidget(self.strip)
        outer.addLayout(self.middle, 1)
        outer.addWidget(self.footer)
        for key in (shortcuts.AUDIENCE_WINDOW, "Esc"):
            QShortcut(QKeySequence(key), self, self.closeRequested.emit)
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._screen_added)
        app.screenRemoved.connect(self._screen_removed)
        self._apply_look()

    # -- following a session page -------------------------------------------------------------
    def follow(self, page) -> None:
        """Show page's session and follow it from now on (another session, or the same one
        rebuilt in another language)."""
        self.detach()
        self._page = page
        self._source = AudienceSource(page.controller.read, page.controller.session_id, page.model)
        self._set_model(page.model)
        page.stageShown.connect(self._stage_shown)
        # a refused read shows the page's banner instead of escaping this slot
        self._on_data = page.controller.guarded(self._data_changed)
        page.controller.changed.connect(self._on_data)
        page.destroyed.connect(self._page_gone)
        vp = page.page_by_key.get("vertrekpunt")
        self._element, self._draft = None, ""
        if hasattr(vp, "elementShown"):
            vp.elementShown.connect(self._element_shown)
            vp.draftChanged.connect(self._draft_changed)
            self._element = vp.navigator.current_key()
            self._draft = vp.current_list.entry.text()
        self._stage = page.current_stage()
        self.refresh()

    def detach(self) -> None:
        page, self._page = self._page, None
        if page is None:
            return
        try:
            page.stageShown.disconnect(self._stage_shown)
            page.controller.changed.disconnect(self._on_data)
            page.destroyed.disconnect(self._page_gone)
            vp = page.page_by_key.get("vertrekpunt")
            if hasattr(vp, "elementShown"):
                vp.elementShown.disconnect(self._element_shown)
                vp.draftChanged.disconnect(self._draft_changed)
        except RuntimeError:  # the page is already being deleted: Qt dropped the connections
            pass

    def _page_gone(self, *_args) -> None:
        self._page = None

    def _set_model(self, model) -> None:
        if model is self._model:
            self.canvas.set_language(current_language())
            return
        from app.ui.canvas.view import ModelCanvas

        self._model = model
        for old in (self.canvas, self.content):
            if old is not None:
                old.deleteLater()
        self.canvas = ModelCanvas(model, lang=current_language(), high_contrast=self._profile)
        # the room only looks: no hover texts, no clicks, no keyboard focus on the projector
        self.canvas.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # every element's short label, status number and icon (compact or portrait form), or
        # where those would be under 1/50 of the screen its number and a key (see _share_width)
        self.content = AudienceContent(model)
        self.content.setMinimumSize(1, 1)  # it gives way row by row rather than grow
        self.content.set_look(self.look)
        self.middle.addWidget(self.canvas, 1)
        self.middle.addWidget(self.content, 1)
        self._share_width()

    # -- the facilitator's signals --------------------------------------------------------------
    def _stage_shown(self, key: str) -> None:
        self._stage = key
        if not self._frozen:
            self._show_stage()

    def _element_shown(self, key: str) -> None:
        self._element = key
        if not self._frozen and self._stage == "vertrekpunt":
            self._show_stage()

    def _draft_changed(self, text: str) -> None:
        self._draft = text
        if not self._frozen and self._stage == "vertrekpunt" and self._mask is not None:
            self._shown = (self._stage, self._element, text)
            self.content.set_draft(self._mask.draft(text))

    def _data_changed(self, what: Change) -> None:
        if self._frozen or what is Change.STAGE:  # a stage change arrives as stageShown
            return
        if what in CANVAS:
            self.canvas.set_states(self._page.controller.element_states())
        self._show_stage()

    # -- showing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Everything from the source again (after following, unfreezing or a switch)."""
        if self._source is None or self._frozen:
            return
        if self._page is not None:
            self.canvas.set_states(self._page.controller.element_states())
        self._show_stage()

    def _show_stage(self) -> None:
        self._render(self._stage, self._element, self._draft)

    def _render(self, stage: str, element: str | None, draft: str) -> None:
        if self._source is None:
            return
        self._shown = (stage, element, draft)
        lang = current_language()
        self._mask = self._source.mask(lang, self._hide_names)
        view = self._source.view(stage, lang, self._mask, element)
        self.canvas.set_current(view.element)
        self._show_end(stage == END_STAGE)
        # the regional questions on the band, their words masked like the rest
        self.canvas.set_band_questions(self._source.band(self._mask))
        self.content.show_view(view, self._mask.draft(draft) if view.element else "")
        self.strip.show_stage(stage, self.look)
        self._show_footer()

    def _show_end(self, on: bool) -> None:
        """At the closing the page at a glance takes the middle, drawn from masked data."""
        self.canvas.setVisible(not on)
        self.content.setVisible(not on)
        self.end_screen.setVisible(on)
        if on:
            data = self._source.glance_data(self._mask)
            self.end_screen.show_data(
                data, current_language(), self.look.small_px, self.look.high_contrast
            )

    def _show_footer(self) -> None:
        if self._source is None:
            return
        text = self._source.footer(self._mask)
        width = max(100, self.width() - 2 * self.look.body_px)
        self.footer.setText(
            self.footer.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)
        )

    def texts(self) -> list[str]:
        """Every text the room can read now (for the privacy check)."""
        shown = [w.text() for w in self.findChildren(QLabel) if w.isVisibleTo(self) and w.text()]
        if self.end_screen.isVisibleTo(self):  # a picture: its words are the page's text layer
            shown.append(self.end_screen.text_shown)
        return shown + [self.windowTitle()]

    # -- the facilitator's switches -----------------------------------------------------------
    def set_frozen(self, on: bool) -> None:
        self._frozen = on
        if not on:
            self.refresh()

    def is_frozen(self) -> bool:
        return self._frozen

    def set_hide_names(self, on: bool) -> None:
        self._hide_names = on
        if self._frozen:  # privacy does not wait: the frozen picture is redrawn without names
            self._render(*self._shown)
        else:
            self.refresh()

    def hides_names(self) -> bool:
        return self._hide_names

    def set_projector_profile(self, on: bool) -> None:
        self._profile = on
        if self.canvas is not None:
            self.canvas.set_high_contrast(on)
        self._apply_look()

    def projector_profile(self) -> bool:
        return self._profile

    def _apply_look(self) -> None:
        self.look = look_for(self.height(), self._profile)
        look = self.look
        margin = round(look.body_px * 0.8)
        self.layout().setContentsMargins(margin, margin // 2, margin, margin // 2)
        self.layout().setSpacing(margin // 2)
        self.middle.setSpacing(margin * 2)
        self.setStyleSheet(f"QWidget#audience {{ background: {look.background}; }}")
        self.setAutoFillBackground(True)
        self.footer.setFont(font_px(look.small_px, bold=look.high_contrast))
        self.footer.setStyleSheet(f"color: {look.muted};")
        if self.content is not None:
            self.content.set_look(look)
        self.strip.show_stage(self._stage, look)
        self._show_footer()
        if self.end_screen.isVisibleTo(self) and self._mask is not None:
            self._show_end(True)  # the page's type follows the look

    def _share_width(self) -> None:
        """Half and half on a wide screen. On a 4:3 projector the large type needs more of the
        width: the model goes into a narrow column, in a portrait form, which is drawn larger
        there than a landscape one would be."""
        if self.canvas is not None:
            narrow = self.width() < 1.5 * self.height()
            self.middle.setStretchFactor(self.canvas, 1)
            self.middle.setStretchFactor(self.content, 2 if narrow else 1)
            # the short labels while they are readable from the back, else numbers and a key
            self.canvas.set_allowed_forms(
                ("portrait", "numbered") if narrow else ("compact", "numbered-wide", "numbered")
            )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._share_width()
        if look_for(self.height(), self._profile) != self.look:
            self._apply_look()
        else:
            self._show_footer()

    # -- screens ------------------------------------------------------------------------------
    def home_screen(self):
        """The facilitator's screen: where the main window is."""
        parent = self.parentWidget()
        return parent.screen() if parent is not None else QGuiApplication.primaryScreen()

    def show_on_room_screen(self) -> None:
        """Open full-screen on the projector (a screen that is not the facilitator's), or over
        the facilitator's own screen when there is only one."""
        screens = list(QGuiApplication.screens())
        self._known_screens = screens
        place_full_screen(self, choose_screen([], screens, None, self.home_screen()))
        self.refresh()

    def screens_changed(self, before: list, after: list) -> None:
        """Screens were plugged in or out: keep the window on a live screen, moving it back to
        the laptop or onto a new projector. Nothing it shows is rebuilt."""
        self._known_screens = list(after)
        if not self.isVisible():
            return
        home = self.home_screen()
        target = choose_screen(before, after, self.screen(), home if home in after else None)
        if target is not None and (
            target is not self.screen() or self.geometry() != target.geometry()
        ):
            place_full_screen(self, target)

    def _screen_added(self, screen) -> None:
        self.screens_changed(self._known_screens, list(QGuiApplication.screens()))

    def _screen_removed(self, screen) -> None:
        self.screens_changed(
            self._known_screens, [s for s in QGuiApplication.screens() if s is not screen]
        )

"""A session in the room: the stage rail, the current stage, the model beside it, the timer and
the quiet "saved" indicator. Wiring only; each stage is its own page."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.modeldef import definition_for
from app.services import progress, sessions
from app.ui.canvas.project_overlay import ProjectOverlay
from app.ui.common import shortcuts, style
from app.ui.common.gc_settle import collect_when_idle, settle
from app.ui.common.i18n import current_language
from app.ui.common.settings import CANVAS_VISIBLE, HIGH_CONTRAST
from app.ui.common.stage_names import STAGES
from app.ui.session.controller import SessionController
from app.ui.shell.stage_rail import StageRail
from app.ui.shell.stage_timer import StageTimer
from app.ui.stages.pages import make_page
from app.ui.widgets.labels import big_label
from app.vocabulary.changes import CANVAS, Change
from app.vocabulary.dto import ElementState

STAGE_WIDTH = 600  # what a stage wants before the model beside it gets more than its minimum


class SessionPage(QWidget):
    homeRequested = Signal()
    stageShown = Signal(str)  # the stage now on screen (the audience window follows it)
    elsewhere = Signal(object)  # a trace leads into another session: the window opens it

    def __init__(self, store, session_id: int, settings, parent=None, read_only: bool = False):
        super().__init__(parent)
        self.store_read_only = read_only
        self.read_only_reason = self.tr(
            "This session is open in another Intervisie window, so this window only shows it "
            "and changes nothing."
        )
        self.store = store
        self.settings = settings
        self.controller = SessionController(store, session_id, self)
        info = self.controller.read(sessions.get_session, session_id)
        self.model = definition_for(info.model_id, info.model_version)

        # header: where we are, the timer, the saved indicator
        self.title = big_label(scale=1.3)
        self.title.setMinimumWidth(200)
        self.title.setAccessibleName(self.tr("Session"))
        self.timer = StageTimer()
        self.saved_label = QLabel()
        self.saved_label.setAccessibleName(self.tr("Save state"))
        self.saved_label.setMinimumWidth(190)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.timer)
        header.addWidget(self.saved_label)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Notice"))
        self.banner.hide()

        # body: rail | stage | model
        self.rail = StageRail()
        self.rail.stageChosen.connect(self.go_to)
        self.pages = QStackedWidget()
        self.page_by_key = {}
        for key in STAGES:
            page = make_page(key, self.controller, self.model)
            self.page_by_key[key] = page
            self.pages.addWidget(page)
        for page in self.page_by_key.values():  # a trace's row leads to its stage and row
            if hasattr(page, "traceFollowed"):
                page.traceFollowed.connect(self.follow_trace)
        self.page_by_key["vertrekpunt"].elementShown.connect(
            lambda key: self.canvas.set_current(key) if self._current == "vertrekpunt" else None
        )
        self.back = QPushButton(self.tr("← Previous"))
        self.back.setAccessibleName(self.tr("Previous stage"))
        self.back.clicked.connect(lambda: self.step(-1))
        self.next = QPushButton(self.tr("Next →"))
        self.next.setAccessibleName(self.tr("Next stage"))
        self.next.clicked.connect(lambda: self.step(+1))
        nav = QHBoxLayout()
        nav.addStretch(1)
        nav.addWidget(self.back)
        nav.addWidget(self.next)
        middle = QWidget()
        mv = QVBoxLayout(middle)
        mv.setContentsMargins(0, 0, 0, 0)
        mv.addWidget(self.pages, 1)
        mv.addLayout(nav)
        self._shown_states: dict = {}
        self.canvas = self._make_canvas()
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(middle)
        self.split.addWidget(self.canvas)
        # on a 1024-wide beamer the model gives way before the group's text does
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setCollapsible(0, False)
        self.split.setCollapsible(1, False)
        self.canvas.setVisible(False)  # go_to shows it on the stages that talk about the model
        body = QHBoxLayout()
        body.addWidget(self.rail)
        body.addWidget(self.split, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(header)
        outer.addWidget(self.banner)
        outer.addLayout(body, 1)

        self.controller.saved.connect(self._show_saved)
        self.controller.stateChanged.connect(lambda: self._show_saved(self.controller.last_saved))
        self.controller.storageTrouble.connect(self._storage_trouble)
        self.controller.changed.connect(self.controller.guarded(self._changed))
        self._install_shortcuts()
        self._current = info.current_stage
        self._entered = False
        self.refresh_header()
        self.go_to(info.current_stage)
        self._show_saved(None)
        settle()  # while the window opens, not later on a keystroke
        self._last_activity = time.monotonic()
        self.controller.saved.connect(self._note_activity)
        self._idle_gc = QTimer(self)
        self._idle_gc.setInterval(20_000)
        self._idle_gc.timeout.connect(lambda: collect_when_idle(self._last_activity))
        self._idle_gc.start()

    # -- the model beside the stages ------------------------------------------------------------
    def _make_canvas(self):
        from app.services.vertrekpunt import list_observations
        from app.ui.canvas.view import ModelCanvas

        canvas = ModelCanvas(self.model, lang=current_language())
        canvas.set_high_contrast(self.settings.get(HIGH_CONTRAST))
        canvas.elementActivated.connect(self.show_element)
        read = self.controller.guarded(
            lambda key: [
                o.text
                for o in self.controller.read(list_observations, self.controller.session_id, key)
            ]
        )
        canvas.set_observation_provider(lambda key: read(key) or [])
        canvas.setMinimumWidth(220)  # on a 1024-wide beamer the model gives way, not the work
        self.projects = ProjectOverlay(canvas, self._projects, self.model)  # the toggle strip
        return canvas

    def _projects(self) -> list[tuple[str, tuple[str, ...]]]:
        """The aanpak's projects and the elements each touches, for the canvas overlay."""
        from app.services.aanpak import list_actions

        return [
            (a.title, a.element_keys)
            for a in self.controller.read(list_actions, self.controller.session_id)
        ]

    def refresh_canvas(self) -> None:
        """Recolour only the elements whose state changed (one edit → one element)."""
        states = self.controller.element_states()
        if not self._shown_states:
            self.canvas.set_states(states)
        else:
            for key in set(states) | set(self._shown_states):
                if states.get(key) != self._shown_states.get(key):
                    self.canvas.update_state(states.get(key) or ElementState(key, None, 0))
        self._shown_states = dict(states)
        from app.services.timeline_plan import band_questions

        self.canvas.set_band_questions(
            self.controller.read(band_questions, self.controller.session_id)
        )

    def show_element(self, key: str) -> None:
        """A click on the model shows that element on the current stage when the stage has it
        (vertrekpunt, focus), otherwise in the vertrekpunt."""
        if self.page_by_key[self._current].show_element(key):
            return
        self.go_to("vertrekpunt")
        self.page_by_key["vertrekpunt"].show_element(key)

    def toggle_canvas(self) -> None:
        visible = not self.canvas.isVisible()
        self.canvas.setVisible(visible)
        self.settings.set(CANVAS_VISIBLE, visible)

    def _show_canvas_for(self, stage: str) -> None:
        """The model sits beside stages 1–4; the opening and closing need the whole width for
        their tables and summary (F9 still shows it there)."""
        was_hidden = self.canvas.isHidden()
        self.canvas.setVisible(
            self.settings.get(CANVAS_VISIBLE) and stage not in ("opening", "closing")
        )
        if was_hidden and not self.canvas.isHidden():
            QTimer.singleShot(0, self._share_split)

    def _share_split(self) -> None:
        """The model back beside the stage (a splitter shows a widget that was hidden at its
        minimum): two fifths of the width, as long as the stage keeps STAGE_WIDTH for the
        group's text; on a 1024-wide beamer the model takes its minimum."""
        total = self.split.width()
        if total > 0 and not self.canvas.isHidden():
            model = max(self.canvas.minimumWidth(), min(total * 2 // 5, total - STAGE_WIDTH))
            self.split.setSizes([total - model, model])

    def enlarge_canvas(self) -> None:
        self.canvas.show()
        total = sum(self.split.sizes())
        big = self.split.sizes()[1] < total * 0.6
        self.split.setSizes(
            [total // 4, total * 3 // 4] if big else [total * 3 // 5, total * 2 // 5]
        )

    def set_high_contrast(self, on: bool) -> None:
        self.canvas.set_high_contrast(on)

    def follow_trace(self, target) -> None:
        from app.ui.shell.trace_follow import go_there

        if target.session_id != self.controller.session_id:
            self.elsewhere.emit(target)
        else:
            go_there(self, target)

    # -- stages ---------------------------------------------------------------------------------
    def current_stage(self) -> str:
        return self._current

    def go_to(self, key: str) -> None:
        self.controller.guarded(self._go_to)(key)

    def _go_to(self, key: str) -> None:
        self.controller.flush()
        self._current = key
        went = self.controller.write(
            sessions.go_to_stage, self.controller.session_id, key, what=Change.STAGE
        )
        page = self.page_by_key[key]
        if key != "vertrekpunt":
            self.canvas.set_current(None)
        page.reload()
        self.pages.setCurrentWidget(page)
        self.timer.set_stage(key)
        self._show_canvas_for(key)
        self.back.setEnabled(key != STAGES[0])
        self.next.setEnabled(key != STAGES[-1])
        if went.saved and went.value is not None:
            self._apply_state(went.value)
        self.focus_entry()
        self.stageShown.emit(key)

    def focus_entry(self) -> None:
        """The cursor where the stage is typed in, not left behind on the stage before."""
        entry = self.page_by_key[self._current].entry_widget()
        if entry is not None:
            entry.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._entered:  # a session just opened: ready to type in its stage
            self._entered = True
            self.focus_entry()

    def step(self, direction: int) -> None:
        index = STAGES.index(self._current) + direction
        if 0 <= index < len(STAGES):
            self.go_to(STAGES[index])

    def _apply_state(self, info) -> None:
        # the rail marks stages with content; it is redrawn whenever the stage changes
        self.rail.show_states(
            self._current, info.stage_reached, self.controller.read(progress.filled_stages, info.id)
        )
        for page in self.page_by_key.values():
            page.set_read_only(info.is_closed or self.store_read_only)
        if self.store_read_only:
            self._show_banner(self.read_only_reason)
        elif info.is_closed:
            self._show_banner(
                self.tr(
                    "This session is closed and can only be read. "
                    "Reopen it in the closing stage to change it."
                )
            )
        elif not self.controller.pending:
            self.banner.hide()

    def set_store_read_only(self, reason: str) -> None:
        """From now on this window only shows the session (someone else took it over)."""
        self.flush()
        self.store_read_only = True
        self.read_only_reason = reason
        self._apply_state(self.controller.read(sessions.get_session, self.controller.session_id))

    def refresh_header(self) -> None:
        info = self.controller.read(sessions.get_session, self.controller.session_id)
        self.title.setText(f"{info.community_name} · {info.title} · {info.held_on:%d-%m-%Y}")
        self.refresh_canvas()
        self._apply_state(info)

    def _changed(self, what: Change) -> None:
        if what in CANVAS:
            self.refresh_canvas()
        if what in (Change.SESSION, Change.STATE):
            self.refresh_header()
        if what in (Change.ACTION_DETAILS, Change.ACTIONS):
            self.projects.refresh()

    # -- saving ---------------------------------------------------------------------------------
    def _note_activity(self, *_args) -> None:
        self._last_activity = time.monotonic()

    def _show_saved(self, when: float | None) -> None:
        """ "Saved" only when everything on screen is in the database: not while typing waits
        for its pause, nor while edits wait for the storage."""
        if self.controller.waiting:
            self.saved_label.setText(self.tr("⚠ not saved yet"))
        elif self.controller.pending:
            self.saved_label.setText(self.tr("✎ being saved…"))
        elif when is None:
            self.saved_label.setText(self.tr("✓ everything saved"))
        else:
            self.saved_label.setText(
                self.tr("✓ saved %1").replace("%1", time.strftime("%H:%M:%S", time.localtime(when)))
            )

    def _show_banner(self, text: str) -> None:
        self.banner.setStyleSheet(style.notice_sheet(self))  # the palette as it is now
        self.banner.setText(text)
        self.banner.show()

    def _storage_trouble(self, message: str) -> None:
        if not message:
            self.banner.hide()
            self._show_saved(self.controller.last_saved or time.time())
            return
        self.saved_label.setText(self.tr("⚠ not saved yet"))
        self._show_banner(
            self.tr(
                "The database cannot be written at the moment (%1). Everything you type stays on "
                "screen and is saved as soon as writing works again; keep going."
            ).replace("%1", message)
        )

    def flush(self) -> None:
        self.controller.flush()

    # -- keyboard and menu ----------------------------------------------------------------------
    def _install_shortcuts(self) -> None:
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence(shortcuts.NEXT_STAGE), self, lambda: self.step(+1), context=ctx)
        QShortcut(QKeySequence(shortcuts.PREVIOUS_STAGE), self, lambda: self.step(-1), context=ctx)
        for key, seq in zip(STAGES, shortcuts.STAGE_KEYS, strict=True):
            QShortcut(QKeySequence(seq), self, lambda k=key: self.go_to(k), context=ctx)
        QShortcut(QKeySequence(shortcuts.TIMER), self, self.timer.toggle, context=ctx)
        QShortcut(QKeySequence(shortcuts.TOGGLE_CANVAS), self, self.toggle_canvas, context=ctx)
        QShortcut(QKeySequence(shortcuts.ENLARGE_CANVAS), self, self.enlarge_canvas, context=ctx)

    def fill_menu(self, menu) -> None:
        from app.ui.shell.session_menu import fill_session_menu

        fill_session_menu(menu, self)

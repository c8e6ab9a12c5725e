"""The model canvas: the community-learning model drawn live, each element coloured by status.

It draws app.diagram's layout (the same one the PDF report draws), recolours one element when
one status changes, shows an element's observations on hover and emits elementActivated(key) on a
click or on Enter, so the stepper can jump to that area. The figure always fits the widget; when
the widget is too small for the full figure's type to stay readable, it draws a compact form
(every element's label, number and icon; the rest in the tooltip and the legend), landscape or
portrait, whichever is drawn larger; on a wide screen the wide form. Exports are always the full
figure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

from app.diagram.band_marks import BandMark, BandQuestion, band_marks, band_ops
from app.diagram.layout import compute_layout, restyle_element
from app.diagram.overlay import Overlay, compute_overlay
from app.diagram.paint import Op, background_ops
from app.diagram.readable import readable_form
from app.diagram.shapes import Layout
from app.diagram.svg import write_svg
from app.modeldef.definition import ModelDefinition
from app.ui.canvas.band_item import BandItem, mark_text
from app.ui.canvas.items import (
    ElementItem,
    FocusRingItem,
    OverlayItem,
    paint_ops,
    render_layout,
)
from app.vocabulary.dto import ElementState

PNG_SCALE = 2.0  # exported pixels per point: sharp enough to print at about 144 dpi
READABLE_SHARE = 50  # a label read from the back of the room: 1/50 of the screen's height


def form_for(
    model: ModelDefinition, lang: str, width: float, height: float, now: str = "full"
) -> str:
    """The form a canvas of width x height draws on a screen of that height (the model editor's
    preview shows what the room would see at each size): the same choice as ModelCanvas."""
    return readable_form(model, lang, width, height, height / READABLE_SHARE, None, now)


class ModelCanvas(QGraphicsView):
    elementActivated = Signal(str)

    def __init__(
        self,
        model: ModelDefinition,
        parent: QWidget | None = None,
        lang: str = "nl",
        high_contrast: bool = False,
    ):
        super().__init__(parent)
        self._model = model
        self._lang = lang
        self._high_contrast = high_contrast
        self._states: dict[str, ElementState] = {}
        self._observations: dict[str, list[str]] = {}
        self._provider: Callable[[str], Sequence[str]] | None = None
        self._items: dict[str, ElementItem] = {}
        self._current: str | None = None
        self._form_wanted: str | None = None  # None: by size
        self._allowed: tuple[str, ...] | None = None  # the forms chosen from by size
        self._form = "full"
        self._projects: list[tuple[str, list[str]]] = []  # the overlay's (title, element keys)
        self._questions: tuple[BandQuestion, ...] = ()  # the regional questions on the band
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QColor("#FFFFFF"))
        # panels, axis and legend never change with a status: Qt keeps them as one pixmap of
        # the viewport, so a recolour repaints one element over it
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self._background: list = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Model of the learning community"))
        self.viewport().setAccessibleName(self.accessibleName())  # it takes the focus
        self._layout: Layout = self._compute("full")
        self._rebuild()

    # ---- what the window calls -----------------------------------------------------------------
    def figure_layout(self) -> Layout:
        """The layout as drawn now, in the form the widget's size chose."""
        return self._layout

    def set_states(self, states: dict[str, ElementState]) -> None:
        """Show these states; elements missing from states are 'not assessed'."""
        self._states = dict(states)
        self._layout = self._compute(self._form)
        for box in self._layout.elements:
            self._items[box.key].set_box(box)
        self._replace_overlay()
        self._describe()

    def update_state(self, state: ElementState) -> None:
        """One element changed: recolour only that one."""
        if state.key not in self._items:
            return
        self._states[state.key] = state
        self._layout = restyle_element(self._layout, self._model, state)
        self._items[state.key].set_box(self._layout.element(state.key))
        self._replace_overlay()
        self._describe()

    def set_high_contrast(self, on: bool) -> None:
        if on != self._high_contrast:
            self._high_contrast = on
            self._relayout()

    def high_contrast(self) -> bool:
        return self._high_contrast

    def set_language(self, lang: str) -> None:
        if lang != self._lang:
            self._lang = lang
            self._relayout()

    def set_observations(self, key: str, texts: Sequence[str]) -> None:
        """The observation texts shown when hovering over element key."""
        self._observations[key] = list(texts)

    def set_observation_provider(self, provider: Callable[[str], Sequence[str]] | None) -> None:
        """Ask provider(key) for the texts at hover time (wins over set_observations)."""
        self._provider = provider

    def set_current(self, key: str | None) -> None:
        """Mark the element under discussion with a ring (None: no mark)."""
        self._current = key if key in self._items else None
        self._ring.follow(self._layout.element(self._current).rect if self._current else None)

    def current(self) -> str | None:
        return self._current

    def set_overlay(self, projects: Sequence[tuple[str, Sequence[str]]] | None) -> None:
        """Show projects on the model: (title, element keys it touches) numbered 1, 2, … as
        chips on those boxes (app.diagram.overlay); None or [] hides the overlay."""
        self._projects = [(title, list(keys)) for title, keys in projects or ()]
        self._place_overlay()

    def set_band_questions(self, questions: Sequence[BandQuestion]) -> None:
        """The regional questions drawn on the growth band, at their place, shaped by type."""
        if tuple(questions) != self._questions:
            self._questions = tuple(questions)
            self._place_band()

    def band_marks(self) -> tuple[BandMark, ...]:
        """The questions' markers as drawn now."""
        return self._band_item.marks

    def overlay(self) -> Overlay | None:
        """The overlay as drawn now (None when hidden)."""
        return self._overlay_item.overlay

    def set_form(self, form: str | None) -> None:
        """Force a form of style.FORMS ("full", "compact", "numbered", …); None chooses by the
        widget's size."""
        self._form_wanted = form
        self._choose_figure()

    def set_allowed_forms(self, forms: Sequence[str] | None) -> None:
        """Choose by size among these forms only (None: all of them)."""
        self._allowed = tuple(forms) if forms else None
        self._form_wanted = None
        self._choose_figure()

    def form(self) -> str:
        return self._form

    def element_item(self, key: str) -> ElementItem:
        return self._items[key]

    def export_png(self, path: str | Path, scale: float = PNG_SCALE) -> None:
        """Write the full figure as PNG; OSError when it cannot be written."""
        if not self.render_image(scale).save(str(path), "PNG"):
            raise OSError(f"Could not write {path}")

    def export_svg(self, path: str | Path) -> None:
        """Write the full figure as SVG, from the same layout; OSError when it cannot be
        written."""
        full = self._compute("full")
        write_svg(full, path, self._model.title.get(self._lang), self._band_ops(full))

    def render_image(self, scale: float = 1.0) -> QImage:
        """The full figure at scale pixels per point (without the focus ring), with the
        questions on its band as on screen."""
        full = self._compute("full")
        return render_layout(full, scale, self._band_ops(full))

    def _band_ops(self, layout: Layout) -> list[Op]:
        steps = self._model.transition.steps
        return band_ops(band_marks(layout, self._questions, steps), layout.high_contrast)

    # ---- building ------------------------------------------------------------------------------
    def _compute(self, form: str) -> Layout:
        return compute_layout(self._model, self._states, self._lang, self._high_contrast, form)

    def _relayout(self) -> None:
        self._layout = self._compute(self._form)
        self._rebuild()

    def readable_px(self) -> float:
        """The smallest label a room reads on this screen: 1/50 of its height."""
        screen = self.screen()
        return (screen.geometry().height() if screen else 768) / READABLE_SHARE

    def _choose_figure(self) -> None:
        """The requested form; else the form that says most with every element's label at a
        readable size on this screen (app.diagram.readable): details, short labels, or numbers
        with a key."""
        form = self._form_wanted
        if form is None:
            view = self.viewport()
            form = readable_form(
                self._model,
                self._lang,
                view.width(),
                view.height(),
                self.readable_px(),
                self._allowed,
                self._form,
            )
        if form != self._form:
            self._form = form
            self._relayout()

    def _rebuild(self) -> None:
        self._scene.clear()
        self._items.clear()
        lay = self._layout
        self._scene.setSceneRect(0, 0, lay.width, lay.height)
        self._background = background_ops(lay)
        self.resetCachedContent()
        for box in lay.elements:
            item = ElementItem(box, lay.high_contrast, self._texts_for, self._activate)
            self._scene.addItem(item)
            self._items[box.key] = item
        self._ring = FocusRingItem()
        self._scene.addItem(self._ring)
        self._overlay_item = OverlayItem()
        self._scene.addItem(self._overlay_item)
        self._band_item = BandItem()
        self._scene.addItem(self._band_item)
        self._place_band()
        self._place_overlay()
        self.set_current(self._current)
        self._describe()
        self._fit()

    def _replace_overlay(self) -> None:
        """A box's words changed with its state: the chips' size may change with them."""
        if self._projects:
            self._place_overlay()

    def _place_overlay(self) -> None:
        self._overlay_item.set_overlay(
            compute_overlay(self._layout, self._projects) if self._projects else None
        )
        self._describe()

    def _place_band(self) -> None:
        steps = self._model.transition.steps
        self._band_item.set_marks(
            band_marks(self._layout, self._questions, steps), steps, self._layout.high_contrast
        )
        self._describe()

    def _texts_for(self, key: str) -> list[str]:
        if self._provider is not None:
            return list(self._provider(key))
        return self._observations.get(key, [])

    def _activate(self, key: str) -> None:
        # emitted from the event loop, not from inside the item's mouse handler: a slot may
        # rebuild the scene (a palette switch), deleting the item that was clicked
        QTimer.singleShot(0, lambda: self.elementActivated.emit(key))

    def _describe(self) -> None:
        """A screen reader hears every element with its status."""
        parts = [f"{b.full_label}: {b.status.badge} {b.level_label}" for b in self._layout.elements]
        overlay = self._overlay_item.overlay
        if overlay is not None:  # the projects on the model, as the legend lists them
            parts += [f"{e.number} {e.title}" for e in overlay.entries]
        steps = self._model.transition.steps
        parts += [mark_text(mk, steps) for mk in self._band_item.marks]  # the questions too
        self.setAccessibleDescription("; ".join(parts))

    def _fit(self) -> None:
        self.fitInView(self._scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    # ---- Qt events -----------------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect) -> None:
        super().drawBackground(painter, rect)
        paint_ops(painter, self._background)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._choose_figure()
        self._fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._choose_figure()
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows walk the elements (in the definition's order), Enter or Space opens one."""
        keys = [b.key for b in self._layout.elements]
        step = {
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Up: -1,
        }.get(event.key())
        if step and keys:
            i = keys.index(self._current) if self._current in keys else (-1 if step > 0 else 0)
            self.set_current(keys[(i + step) % len(keys)])
        elif (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._current
        ):
            self._activate(self._current)
        else:
            super().keyPressEvent(event)

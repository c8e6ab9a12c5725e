"""The model canvas: the community-learning model drawn live, each element coloured by status.

It draws app.diagram's layout (the same one the PDF report draws), recolours one element when
one status changes, shows an element's observations on hover and emits elementActivated(key) on a
click or on Enter, so the stepper can jump to that area. The figure always fits the widget.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

from app.diagram.layout import compute_layout, restyle_element
from app.diagram.shapes import Layout
from app.diagram.svg import write_svg
from app.modeldef.definition import ModelDefinition
from app.services.dto import ElementState
from app.ui.canvas_items import BackgroundItem, ElementItem, FocusRingItem

PNG_SCALE = 2.0  # exported pixels per point: sharp enough to print at about 144 dpi


class ModelCanvas(QGraphicsView):
    elementActivated = Signal(str)

    def __init__(self, model: ModelDefinition, parent: QWidget | None = None, lang: str = "nl",
                 high_contrast: bool = False):
        super().__init__(parent)
        self._model = model
        self._lang = lang
        self._high_contrast = high_contrast
        self._states: dict[str, ElementState] = {}
        self._observations: dict[str, list[str]] = {}
        self._provider: Callable[[str], Sequence[str]] | None = None
        self._items: dict[str, ElementItem] = {}
        self._current: str | None = None
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QColor("#FFFFFF"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Model of the learning community"))
        self._layout: Layout = compute_layout(model, {}, lang, high_contrast)
        self._rebuild()

    # ---- what the window calls -----------------------------------------------------------------
    def figure_layout(self) -> Layout:
        """The layout as drawn now (for a report or an export)."""
        return self._layout

    def set_states(self, states: dict[str, ElementState]) -> None:
        """Show these states; elements missing from states are 'not assessed'."""
        self._states = dict(states)
        new = compute_layout(self._model, self._states, self._lang, self._high_contrast)
        self._layout = new
        for box in new.elements:
            self._items[box.key].set_box(box)
        self._describe()

    def update_state(self, state: ElementState) -> None:
        """One element changed: recolour only that one."""
        if state.key not in self._items:
            return
        self._states[state.key] = state
        self._layout = restyle_element(self._layout, self._model, state)
        self._items[state.key].set_box(self._layout.element(state.key))
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

    def element_item(self, key: str) -> ElementItem:
        return self._items[key]

    def export_png(self, path: str | Path, scale: float = PNG_SCALE) -> None:
        """Write the figure as PNG (without the focus ring); OSError when it cannot be written."""
        image = self.render_image(scale)
        if not image.save(str(path), "PNG"):
            raise OSError(f"Could not write {path}")

    def export_svg(self, path: str | Path) -> None:
        """Write the figure as SVG, from the same layout; OSError when it cannot be written."""
        write_svg(self._layout, path, self._model.title.get(self._lang))

    def render_image(self, scale: float = 1.0) -> QImage:
        """The figure at scale pixels per point, as a user sees it, on white."""
        w, h = round(self._layout.width * scale), round(self._layout.height * scale)
        image = QImage(w, h, QImage.Format.Format_ARGB32)
        image.fill(QColor("#FFFFFF"))
        ring_visible = self._ring.isVisible()
        self._ring.setVisible(False)
        painter = QPainter(image)
        painter.setRenderHints(self.renderHints())
        self._scene.render(painter, QRectF(0, 0, w, h), self._scene.sceneRect())
        painter.end()
        self._ring.setVisible(ring_visible)
        return image

    # ---- building ------------------------------------------------------------------------------
    def _relayout(self) -> None:
        self._layout = compute_layout(self._model, self._states, self._lang, self._high_contrast)
        self._rebuild()

    def _rebuild(self) -> None:
        self._scene.clear()
        self._items.clear()
        lay = self._layout
        self._scene.setSceneRect(0, 0, lay.width, lay.height)
        self._scene.addItem(BackgroundItem(lay))
        for box in lay.elements:
            item = ElementItem(box, lay.high_contrast, self._texts_for, self._activate)
            self._scene.addItem(item)
            self._items[box.key] = item
        self._ring = FocusRingItem()
        self._scene.addItem(self._ring)
        self.set_current(self._current)
        self._describe()
        self._fit()

    def _texts_for(self, key: str) -> list[str]:
        if self._provider is not None:
            return list(self._provider(key))
        return self._observations.get(key, [])

    def _activate(self, key: str) -> None:
        self.elementActivated.emit(key)

    def _describe(self) -> None:
        """A screen reader hears every element with its status."""
        parts = [f"{b.full_label}: {b.status.badge} {b.status.label.lines[0]}"
                 for b in self._layout.elements]
        self.setAccessibleDescription("; ".join(parts))

    def _fit(self) -> None:
        self.fitInView(self._scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    # ---- Qt events -----------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows walk the elements (in the definition's order), Enter or Space opens one."""
        keys = [b.key for b in self._layout.elements]
        step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1,
                Qt.Key.Key_Up: -1}.get(event.key())
        if step and keys:
            i = keys.index(self._current) if self._current in keys else (-1 if step > 0 else 0)
            self.set_current(keys[(i + step) % len(keys)])
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) \
                and self._current:
            self._activate(self._current)
        else:
            super().keyPressEvent(event)

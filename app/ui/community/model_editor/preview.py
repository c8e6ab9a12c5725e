"""The edited model drawn as the canvas would draw it, with the one layout (app.diagram), at the
canvas sizes a facilitator meets: a laptop beside the talk, a 1024x768 projector, a wide screen.
Each size draws the form the canvas itself would choose there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QVBoxLayout, QWidget

from app.diagram.layout import compute_layout
from app.modeldef.definition import ModelDefinition
from app.ui.canvas.items import render_layout
from app.ui.canvas.view import form_for
from app.ui.common.i18n import current_language

SIZES = {"small": (640, 400), "medium": (1024, 768), "large": (1920, 1080)}


class Preview(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._model: ModelDefinition | None = None
        self._size = "medium"
        self.form = ""
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        for key, words in (
            ("small", self.tr("Small")),
            ("medium", self.tr("Projector")),
            ("large", self.tr("Wide")),
        ):
            button = QRadioButton(words)
            button.setAccessibleName(self.tr("Preview size: %1").replace("%1", words))
            button.setChecked(key == self._size)
            button.toggled.connect(lambda on, k=key: self.set_size(k) if on else None)
            self.group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(200, 150)
        self.picture.setAccessibleName(self.tr("Preview of the model"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.picture, 1)

    def set_size(self, key: str) -> None:
        self._size = key
        self._draw()

    def set_model(self, model: ModelDefinition) -> None:
        self._model = model
        self._draw()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._draw()

    def _draw(self) -> None:
        if self._model is None:
            return
        width, height = SIZES[self._size]
        lang = current_language()
        self.form = form_for(self._model, lang, width, height)
        lay = compute_layout(self._model, {}, lang, False, self.form)
        # drawn at the canvas's own scale, then shown smaller: what the room would see
        scale = min(width / lay.width, height / lay.height)
        image = render_layout(lay, scale)
        self.image = image
        pixmap = QPixmap.fromImage(image).scaled(
            self.picture.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.picture.setPixmap(pixmap)
        self.picture.setToolTip(
            self.tr("%1 by %2 pixels").replace("%1", str(width)).replace("%2", str(height))
        )

"""The projects-on-the-model switch of a model canvas: a strip under the figure with a toggle
button and, while it is on, the legend — which number is which project, and where no project is
yet — while numbered chips sit on the boxes each project touches (ModelCanvas.set_overlay). The
strip takes its own room below the figure (the canvas's viewport margin), so it never covers a
part of the model."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from app.ui.widgets.choices import element_label

Projects = Sequence[tuple[str, Sequence[str]]]
MARGIN, SPACING = 4, 2


class ProjectOverlay(QObject):
    def __init__(self, canvas, projects: Callable[[], Projects], model, parent=None):
        super().__init__(parent or canvas)
        self.canvas, self._projects, self.model = canvas, projects, model
        self.strip = QWidget(canvas)
        self.strip.setObjectName("projectStrip")
        self.strip.setStyleSheet(
            "#projectStrip { background: #FFFFFF; border-top: 1px solid #8C8C8C; }"
        )
        self.button = QToolButton()
        self.button.setText(self.tr("Projects on the model"))
        self.button.setAccessibleName(self.tr("Show projects on the model"))
        self.button.setToolTip(
            self.tr("Numbered chips on the elements each project of the aanpak touches")
        )
        self.button.setCheckable(True)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.toggled.connect(self._show)
        self.legend = QLabel()
        self.legend.setAccessibleName(self.tr("Projects on the model"))
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #1A1A1A;")
        self.legend.hide()
        self.legend.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # the button, and the legend under it across the whole width (the canvas beside the
        # stage pages is narrow: beside the button the legend would run to many lines)
        column = QVBoxLayout(self.strip)
        column.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        column.setSpacing(SPACING)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.legend)
        canvas.installEventFilter(self)
        self._place()

    def is_on(self) -> bool:
        return self.button.isChecked()

    def set_on(self, on: bool) -> None:
        self.button.setChecked(on)

    def refresh(self) -> None:
        """Read the projects again (after an edit in the aanpak)."""
        if self.is_on():
            self._show(True)

    # -- showing --------------------------------------------------------------------------------
    def _show(self, on: bool) -> None:
        projects = list(self._projects()) if on else []
        self.canvas.set_overlay(projects if on else None)
        self.legend.setVisible(on)
        if on:
            self.legend.setText(self._legend_html(projects, self.canvas.overlay()))
        self._place()

    def _legend_html(self, projects: Projects, overlay) -> str:
        if not projects:
            return escape(self.tr("No projects in the aanpak yet."))
        not_placed = escape(self.tr("not placed on the model"))
        rows = [
            f"<b>{i}</b>&nbsp;{escape(title)}" + ("" if keys else f" <i>({not_placed})</i>")
            for i, (title, keys) in enumerate(projects, start=1)
        ]
        html = " &nbsp;·&nbsp; ".join(rows)
        if overlay is not None and overlay.untouched:
            names = ", ".join(element_label(self.model, k, short=True) for k in overlay.untouched)
            html += "<br>" + escape(self.tr("No project yet on: %1").replace("%1", names))
        return html

    def _place(self) -> None:
        c = self.canvas
        width = c.width()
        height = self.button.sizeHint().height() + 2 * MARGIN
        if self.legend.isVisible():
            height += SPACING + self.legend.heightForWidth(width - 2 * MARGIN)
        self.strip.setGeometry(0, c.height() - height, width, height)
        self.strip.raise_()
        if c.viewportMargins().bottom() != height:
            c.setViewportMargins(0, 0, 0, height)  # the figure shrinks above the strip
            c.fitInView(c.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.canvas and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._place()
        return False

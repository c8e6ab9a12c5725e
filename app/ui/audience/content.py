"""The current stage in large type for the projector: the guiding question, then the sections
(the element under discussion with its observations, the focus points with their votes, the
action plan, …), and the line the facilitator is typing.

Type is sized from the screen's height, never from the laptop's zoom, so it reads from the back
of the room on any projector. What does not fit gives way visibly ("… 3 more"), never by a row
cut in half: the newest observations stay, in a list of focus points the top voted stay.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui.audience.stages import Row, Section, StageView
from app.ui.common.i18n import current_language

# The body text is this share of the screen's height; the smallest text on the audience view is
# never below MIN_SHARE of it (about 15 px on a 768-line projector, read at eight metres).
BODY_SHARE = 1 / 34
BODY_SHARE_PROJECTOR = 1 / 28
MIN_SHARE = 1 / 50
DRAFT_TAIL = 200  # a long line being typed: its end is what the room follows


translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


@dataclass(frozen=True)
class Look:
    """Type sizes (pixels) and colours of the audience view."""

    body_px: int
    heading_px: int
    small_px: int
    high_contrast: bool
    text: str
    muted: str
    accent: str
    background: str
    rule_px: int


def look_for(height: int, projector_profile: bool = False) -> Look:
    """The look for a screen height; the projector profile is larger, black on white, with
    thicker rules (a washed-out beamer loses greys and thin lines first)."""
    body = round(height * (BODY_SHARE_PROJECTOR if projector_profile else BODY_SHARE))
    small = max(math.ceil(height * MIN_SHARE), round(body * 0.8))
    if projector_profile:
        return Look(
            body, round(body * 1.3), small, True, "#000000", "#000000", "#000000", "#FFFFFF", 4
        )
    return Look(
        body, round(body * 1.3), small, False, "#1A1A1A", "#3D3D3D", "#1F3A5F", "#FFFFFF", 2
    )


def font_px(px: int, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont(QApplication.font())
    f.setPixelSize(px)
    f.setBold(bold)
    f.setItalic(italic)
    return f


def _label(text: str, font: QFont, colour: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # typed text is never read as markup
    label.setWordWrap(True)
    label.setFont(font)
    label.setStyleSheet(f"color: {colour};")
    return label


class RowWidget(QWidget):
    """One line of content: a lead (status icon, votes, number), the text, a quieter detail."""

    def __init__(self, row: Row, look: Look, italic: bool = False, parent=None):
        super().__init__(parent)
        body_bold = look.high_contrast
        self.lead = _label(row.lead, font_px(look.body_px, bold=True), look.accent)
        self.lead.setFixedWidth(round(look.body_px * 2.0))
        self.lead.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.lead.setVisible(bool(row.lead))  # no lead: the text lines up with the title
        self.text = _label(
            row.text, font_px(look.body_px, bold=body_bold, italic=italic), look.text
        )
        self.detail = _label(row.detail, font_px(look.small_px), look.muted)
        self.detail.setVisible(bool(row.detail))
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.text)
        words.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(round(look.body_px * 0.5))
        layout.addWidget(self.lead, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)

    def set_text(self, text: str) -> None:
        self.text.setText(text)


class _Block:
    """A widget of the content with what it is, for fitting."""

    __slots__ = ("kind", "section", "widget")

    def __init__(self, widget: QWidget, section: int, kind: str):
        self.widget, self.section, self.kind = widget, section, kind


class AudienceContent(QWidget):
    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.model = model
        self.look = look_for(768)
        self.view: StageView | None = None
        self._blocks: list[_Block] = []
        self._markers: dict[int, _Block] = {}
        self._draft: RowWidget | None = None
        self._draft_text = ""
        self._fitting = self._fit_again = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    # -- what the window calls ----------------------------------------------------------------
    def set_look(self, look: Look) -> None:
        if look != self.look:
            self.look = look
            if self.view is not None:
                self.show_view(self.view)

    def show_view(self, view: StageView, draft: str | None = None) -> None:
        """Show a stage; draft is the line being typed (None: keep the one shown)."""
        self.view = view
        if draft is not None:
            self._draft_text = draft
        self.setUpdatesEnabled(False)  # one repaint for the new stage, not one per row
        self._clear()
        look = self.look
        self._layout.setSpacing(round(look.body_px * 0.45))
        question = _label(view.question, font_px(look.heading_px, bold=True), look.text)
        question.setAccessibleName(translate("Audience", "Question of the stage"))
        self._add(question, -1, "question")
        for i, section in enumerate(view.sections):
            self._add_section(i, section)
        self._layout.addStretch(1)
        self.set_draft(self._draft_text)
        self.setUpdatesEnabled(True)

    def set_draft(self, text: str) -> None:
        """The line being typed (already masked); shown at the end of the section that takes
        it, or nowhere on stages without one."""
        self._draft_text = text
        if self._draft is not None:
            shown = text if len(text) <= DRAFT_TAIL else "…" + text[-DRAFT_TAIL:]
            self._draft.set_text(shown + "▏")
        self._fit()

    # -- building -----------------------------------------------------------------------------
    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self._blocks.clear()
        self._markers.clear()
        self._draft = None

    def _add(self, widget: QWidget, section: int, kind: str) -> _Block:
        self._layout.addWidget(widget)
        self._blocks.append(_Block(widget, section, kind))
        return self._blocks[-1]

    def _add_section(self, i: int, section: Section) -> None:
        look = self.look
        self._add(self._title(section), i, "title")
        marker = _label("", font_px(look.small_px, italic=True), look.muted)
        marker.hide()
        if section.newest_last:
            self._markers[i] = self._add(marker, i, "marker")
        for row in section.rows:
            self._add(RowWidget(row, look), i, "row")
        if not section.rows and section.empty:
            self._add(
                _label(section.empty, font_px(look.body_px, italic=True), look.muted), i, "empty"
            )
        if section.takes_draft:
            self._draft = RowWidget(Row("", lead="✎"), look, italic=True)
            self._draft.setAccessibleName(translate("Audience", "Being typed"))
            self._add(self._draft, i, "draft")
        if not section.newest_last:
            self._markers[i] = self._add(marker, i, "marker")

    def _title(self, section: Section) -> QWidget:
        """The section's title over a rule; the element's status chip below it, so a long
        element name never squeezes it."""
        look = self.look
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, round(look.body_px * 0.4), 0, 0)
        column.setSpacing(round(look.body_px * 0.3))
        title = _label(section.title, font_px(look.body_px, bold=True), look.accent)
        # (Qt draws this rule from the long-hand border properties, not from border-bottom)
        title.setStyleSheet(
            f"color: {look.accent}; padding: 0 0 2px 0; border-style: solid; "
            f"border-width: 0 0 {look.rule_px}px 0; "
            f"border-color: {look.accent};"
        )
        title.setIndent(0)  # a label with a border indents its text unless told otherwise
        column.addWidget(title)
        if section.has_status:
            column.addWidget(self._chip(section.status), 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _chip(self, status: int | None) -> QLabel:
        """The element's status as the model draws it: fill, text colour, icon, number, name."""
        look = self.look
        level = self.model.level(status)
        fill, text = level.colours(look.high_contrast)
        number = f" {level.level}" if level.level is not None else ""
        chip = QLabel(f"{level.icon}{number} {level.label.get(current_language())}")
        chip.setFont(font_px(look.body_px, bold=True))
        line = "dashed" if level.border in ("dashed", "hatched") else "solid"
        chip.setStyleSheet(
            f"background: {fill}; color: {text}; border: {look.rule_px}px {line} "
            f"{look.text}; padding: 2px 10px;"
        )
        chip.setAccessibleName(translate("Audience", "Status of the element"))
        return chip

    # -- fitting ------------------------------------------------------------------------------
    def _height(self, w: QWidget, width: int) -> int:
        return w.heightForWidth(width) if w.hasHeightForWidth() else w.sizeHint().height()

    def _fit(self) -> None:
        """Show as much as fits; rows that do not fit give way, and say so. Showing or hiding
        a row can resize this widget at once (a nested resize event): fit again with the new
        size rather than finish with the old one."""
        if self._fitting:
            self._fit_again = True
            return
        self._fitting = True
        try:
            for _ in range(3):
                self._fit_again = False
                self._fit_once()
                if not self._fit_again:
                    break
        finally:
            self._fitting = False

    def _fit_once(self) -> None:
        if not self._blocks:
            return
        width, room = self.width(), self.height()
        spacing = self._layout.spacing()
        shown = {
            id(b)
            for b in self._blocks
            if b.kind not in ("marker", "draft") or (b.kind == "draft" and self._draft_text)
        }
        heights = {id(b): self._height(b.widget, width) for b in self._blocks}
        total = sum(heights[i] for i in shown) + spacing * (len(shown) - 1)
        dropped: dict[int, int] = {}
        while total > room:
            b = self._next_to_give_way(shown)
            if b is None:
                break
            shown.discard(id(b))
            total -= heights[id(b)] + spacing
            dropped[b.section] = dropped.get(b.section, 0) + 1
            if dropped[b.section] == 1:
                total += heights[id(self._markers[b.section])] + spacing
        for i, n in dropped.items():
            marker = self._markers[i]
            shown.add(id(marker))
            text = (
                translate("Audience", "… %1 earlier")
                if self.view.sections[i].newest_last
                else translate("Audience", "… %1 more")
            )
            marker.widget.setText(text.replace("%1", str(n)))
        for b in self._blocks:  # all at once, after deciding: no half-done state to resize
            b.widget.setVisible(id(b) in shown)

    def _next_to_give_way(self, shown: set[int]) -> _Block | None:
        """A row from the section with the most rows on screen (the later one of equals), so
        every section keeps something; its oldest row when typing happens at the end, else its
        last row."""
        rows: dict[int, list[_Block]] = {}
        for b in self._blocks:
            if b.kind == "row" and id(b) in shown:
                rows.setdefault(b.section, []).append(b)
        if not rows:
            return None
        i = max(rows, key=lambda s: (len(rows[s]), s))
        return rows[i][0] if self.view.sections[i].newest_last else rows[i][-1]

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

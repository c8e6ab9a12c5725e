"""The whole session on one screen, for the closing: who was there, where each element stands,
the focus points with most votes, the chosen path, themes, the ambition's first lines and the
actions with owner and date. Cards reflow into one, two or three columns so the text can stay
large enough to read from the back of the room."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services.vervolg import theme_label
from app.ui.common.i18n import current_language
from app.ui.widgets.choices import element_label
from app.ui.widgets.labels import big_label
from app.vocabulary.dto import SessionSnapshot

TOP_FOCUS = 3
AMBITION_CHARS = 160


def first_lines(text: str, limit: int = AMBITION_CHARS) -> str:
    """The opening of a long text: its first sentence (or line), cut at a word near limit,
    with an ellipsis when there is more."""
    text = text.strip()
    head = text.splitlines()[0].strip() if text else ""
    stop = next(
        (i for i, ch in enumerate(head) if ch in ".!?" and head[i + 1 : i + 2] in (" ", "")), None
    )
    if stop is not None:
        head = head[: stop + 1]
    if len(head) > limit:
        head = head[:limit].rsplit(" ", 1)[0]
    return head + (" …" if len(head) < len(text) else "")


def _date(d) -> str:
    return f"{d:%d-%m-%Y}" if d else ""


class Card(QFrame):
    """A heading with a count, and its lines."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("summaryCard")
        self.heading = big_label(title, scale=1.15)
        self.heading.setAccessibleName(title)
        self.lines = QVBoxLayout()
        self.lines.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.lines)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def add_line(self, text: str, muted: bool = False) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAccessibleName(text)
        if muted:
            label.setStyleSheet("font-style: italic;")
        self.lines.addWidget(label)
        return label

    def texts(self) -> list[str]:
        """What the card says, heading first (for tests and accessibility checks)."""
        out = [self.heading.text()]
        for label in self.findChildren(QLabel):
            if label is not self.heading and label.text():
                out.append(label.accessibleName() or label.text())  # plain, not rich text
        return out


class SessionSummary(QScrollArea):
    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.model = model
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Summary of the session"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Page Up/Down scroll it
        self.cards: list[Card] = []
        self._columns = 0
        self._holder = QWidget()
        self._row = QHBoxLayout(self._holder)
        self._row.setContentsMargins(0, 0, 0, 0)
        self.setWidget(self._holder)

    # -- filling --------------------------------------------------------------------------------
    def show_snapshot(self, snap: SessionSnapshot) -> None:
        self._clear_columns()
        for card in self.cards:
            card.deleteLater()
        # in reading order; the actions (what the group takes away) early
        self.cards = [
            self._participants(snap),
            self._elements(snap),
            self._actions(snap),
            self._focus(snap),
            self._way_forward(snap),
        ]
        self._columns = 0
        self._reflow()

    def _participants(self, snap: SessionSnapshot) -> Card:
        people = snap.participants
        lang = current_language()
        counts = [
            (h.label.get(lang), sum(p.helix_role == h.key for p in people))
            for h in self.model.helix_roles
        ]
        helix = " · ".join(f"{label} {n}" for label, n in counts if n)
        # a short heading: a long one wraps, and the lines below it get squeezed
        card = Card(self.tr("Participants (%1)").replace("%1", str(len(people))))
        if not people:
            card.add_line(self.tr("Nobody recorded yet."), muted=True)
        else:
            if helix:
                card.add_line(helix)
            card.add_line(", ".join(p.name for p in people), muted=True)
        return card

    def _elements(self, snap: SessionSnapshot) -> Card:
        """One line per level, highest first: its chip (icon, number, colour) and the elements
        at that level. Compact enough to sit beside the other cards."""
        keys = self.model.element_keys()
        statuses = {k: a.status for k, a in snap.assessments.items()}
        assessed = sum(statuses.get(k) is not None for k in keys)
        card = Card(
            self.tr("Status per element (%1 of %2 assessed)")
            .replace("%1", str(assessed))
            .replace("%2", str(len(keys)))
        )
        lang = current_language()
        for level in tuple(reversed(self.model.levels)) + (self.model.unassessed,):
            at_level = [k for k in keys if self.model.level(statuses.get(k)) is level]
            if not at_level:
                continue
            fill, text = level.colours()
            number = "" if level.level is None else f" {level.level}"
            names = ", ".join(element_label(self.model, k, short=True) for k in at_level)
            plain = f"{level.label.get(lang)} ({len(at_level)}): {names}"
            # one rich-text label per level, so it wraps as one text: a chip in the level's
            # colours (icon and number, never colour alone), then the elements at that level
            line = QLabel(
                f'<span style="background-color:{fill}; color:{text};">'
                f"&nbsp;{level.icon}{number}&nbsp;</span>&nbsp; {html.escape(plain)}"
            )
            line.setTextFormat(Qt.TextFormat.RichText)
            line.setWordWrap(True)
            line.setAccessibleName(plain)
            card.lines.addWidget(line)
        return card

    def _focus(self, snap: SessionSnapshot) -> Card:
        points = sorted(snap.focus_points, key=lambda f: (-f.votes, f.position))
        voted = [f for f in points if f.votes > 0]
        card = Card(self.tr("Focus points (%1)").replace("%1", str(len(points))))
        if not points:
            card.add_line(self.tr("No focus points yet."), muted=True)
            return card
        if not voted:
            card.add_line(self.tr("No votes cast yet."), muted=True)
        for f in (voted or points)[:TOP_FOCUS]:
            votes = self.tr("%1 votes").replace("%1", str(f.votes)) if voted else ""
            short = element_label(self.model, f.element_key, short=True)
            card.add_line(f"{votes}  {f.text} ({short})".strip())
        return card

    def _way_forward(self, snap: SessionSnapshot) -> Card:
        lang = current_language()
        card = Card(self.tr("Way forward"))
        path = self.model.find(self.model.paths, snap.session.development_path or "")
        card.add_line(
            self.tr("Path: %1").replace(
                "%1", path.label.get(lang) if path else self.tr("not chosen yet")
            )
        )
        themes = [theme_label(t, lang, self.model) for t in snap.themes]
        card.add_line(
            self.tr("Themes (%1): %2")
            .replace("%1", str(len(themes)))
            .replace("%2", " · ".join(themes) if themes else self.tr("none yet"))
        )
        ambition = first_lines(snap.session.ambition)
        card.add_line(
            self.tr("Ambition: %1").replace("%1", ambition or self.tr("not written yet")),
            muted=not ambition,
        )
        return card

    def _actions(self, snap: SessionSnapshot) -> Card:
        card = Card(self.tr("Actions (%1)").replace("%1", str(len(snap.actions))))
        if not snap.actions:
            card.add_line(self.tr("No actions yet."), muted=True)
        for a in snap.actions:
            owner = a.owner or self.tr("no owner yet")
            due = _date(a.due_on) or self.tr("no date")
            card.add_line(f"{a.title} — {owner} — {due}")
        if snap.reviews:
            tally = {
                o: sum(r.outcome == o for r in snap.reviews)
                for o in ("gereed", "doorgezet", "gestopt", None)
            }
            text = self.tr("Earlier actions: ✓ %1 done · → %2 continued · ✗ %3 dropped · – %4 open")
            for marker, outcome in (
                ("%1", "gereed"),
                ("%2", "doorgezet"),
                ("%3", "gestopt"),
                ("%4", None),
            ):
                text = text.replace(marker, str(tally[outcome]))
            card.add_line(text, muted=True)
        return card

    # -- layout ---------------------------------------------------------------------------------
    def texts(self) -> list[str]:
        return [t for card in self.cards for t in card.texts()]

    def _columns_for(self, width: int) -> int:
        em = self.fontMetrics().averageCharWidth() or 8
        return max(1, min(3, width // (em * 42)))

    def _clear_columns(self) -> None:
        while self._row.count():
            column = self._row.takeAt(0).layout()
            if column is not None:
                while column.count():
                    column.takeAt(0)
                column.deleteLater()

    def _reflow(self) -> None:
        """Fill the columns like a wall of cards: each card goes to the shortest column, so
        the summary is as short as the width allows."""
        columns = self._columns_for(self.viewport().width())
        if columns == self._columns:
            return
        self._columns = columns
        self._clear_columns()
        width = max(1, self.viewport().width() // columns - self._row.spacing())
        heights = [0] * columns
        stacks = []
        for _ in range(columns):
            stack = QVBoxLayout()
            self._row.addLayout(stack, 1)
            stacks.append(stack)
        for card in self.cards:
            i = heights.index(min(heights))
            stacks[i].addWidget(card)
            h = card.heightForWidth(width)
            heights[i] += (h if h > 0 else card.sizeHint().height()) + self._row.spacing()
        for stack in stacks:
            stack.addStretch(1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._reflow()

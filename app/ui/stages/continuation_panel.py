"""Which earlier session this one continues from, and that session's actions, which the group
reviews first: done, continued or dropped, with an optional note."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services import aanpak, sessions
from app.ui.stages.review_list import ReviewList
from app.ui.widgets.labels import big_label
from app.vocabulary.changes import Change


class ContinuationPanel(QWidget):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.heading = big_label(self.tr("Continuing from"), scale=1.15)
        self.heading.setAccessibleName(self.tr("Continuing from"))
        self.earlier = QComboBox()
        self.earlier.setAccessibleName(self.tr("Earlier session this one continues from"))
        self.earlier.activated.connect(self._earlier_chosen)
        self.heading.setBuddy(self.earlier)  # a screen reader names the choice by it
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setAccessibleName(self.tr("Review of earlier actions"))
        self.reviews = ReviewList()
        self.reviews.outcomeChosen.connect(self._outcome)
        self.reviews.noteEdited.connect(self._note)
        row = QHBoxLayout()
        row.addWidget(self.heading)
        row.addWidget(self.earlier, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.info)
        layout.addWidget(self.reviews, 1)

    @property
    def session_id(self) -> int:
        return self.controller.session_id

    # -- filling --------------------------------------------------------------------------------
    def reload(self) -> None:
        info = self.controller.read(sessions.get_session, self.session_id)
        # earlier = held on or before this one; the chosen one stays listed even if its date
        # was changed afterwards
        earlier = [
            s
            for s in self.controller.read(sessions.list_sessions, info.community_id)
            if s.id != info.id and (s.held_on <= info.held_on or s.id == info.continues_from_id)
        ]
        self.earlier.clear()
        self.earlier.addItem(self.tr("– none: a first session"), None)
        for s in earlier:
            self.earlier.addItem(f"{s.held_on:%d-%m-%Y} · {s.title}", s.id)
        self.earlier.setCurrentIndex(max(0, self.earlier.findData(info.continues_from_id)))
        self.fill_reviews(info.continues_from_id)

    def fill_reviews(self, continues_from_id: int | None = None) -> None:
        if continues_from_id is None:
            continues_from_id = self.earlier.currentData()
        rows = self.controller.read(aanpak.reviews, self.session_id)
        self.reviews.set_reviews(rows)
        self.reviews.setVisible(bool(rows))
        if continues_from_id is None:
            text = self.tr("No earlier session chosen: nothing to review.")
        elif not rows:
            text = self.tr("That session recorded no actions: nothing to review.")
        else:
            done = sum(r.outcome is not None for r in rows)
            text = (
                self.tr(
                    "%1 of %2 actions reviewed · keys: 1 done, 2 continued, "
                    "3 dropped, 0 clear, Enter note"
                )
                .replace("%1", str(done))
                .replace("%2", str(len(rows)))
            )
        self.info.setText(text)

    def set_read_only(self, read_only: bool) -> None:
        self.earlier.setEnabled(not read_only)

    # -- edits ----------------------------------------------------------------------------------
    def _earlier_chosen(self, _index: int) -> None:
        self.controller.write(
            sessions.update_session,
            self.session_id,
            continues_from_id=self.earlier.currentData(),
            what=Change.CONTINUATION,
        )

    def _outcome(self, action_id: int, outcome) -> None:
        # the note typed so far goes with the verdict (the service stores both together)
        self.controller.write(
            aanpak.review_action,
            self.session_id,
            action_id,
            outcome,
            note=self.reviews.note_of(action_id),
            what=Change.REVIEWS,
        )

    def _note(self, action_id: int, note: str) -> None:
        outcome = self.reviews.outcome_of(action_id)
        if outcome is not None:
            self.controller.write_later(
                f"review-note:{action_id}",
                aanpak.review_action,
                self.session_id,
                action_id,
                outcome,
                note=note,
                what=Change.REVIEW_NOTE,
            )

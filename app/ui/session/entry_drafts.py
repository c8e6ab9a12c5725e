"""The "+ add" lines of a session keep what is typed as a draft (app.services.drafts), saved
after the same typing pause as every other field. When the session opens again the draft is back
in its line, marked as not added yet; adding the line (Enter) or emptying it forgets the draft.

A line added while the storage cannot be written stays in its list, marked as waiting, until it
is saved (so nobody types it a second time)."""

from __future__ import annotations

from app.services import drafts
from app.services.errors import StorageUnavailable
from app.vocabulary.changes import Change


class EntryDrafts:
    def __init__(self, controller):
        self.controller = controller
        self._texts: dict[str, str] | None = None  # place → text, read once per session
        self._lists: list = []
        controller.storageTrouble.connect(self._storage)

    def texts(self) -> dict[str, str]:
        if self._texts is None:
            try:
                self._texts = self.controller.read(drafts.list_drafts, self.controller.session_id)
            except StorageUnavailable as exc:
                self.controller.read_failed(exc)
                return {}
        return self._texts

    def attach(self, line_list, place: str | None = None) -> None:
        """Keep line_list's "+ add" line as the draft of `place`. Connect after the page's own
        `added` handler: the draft is forgotten only after the add was written (or queued)."""
        self._lists.append(line_list)
        line_list.draftChanged.connect(lambda text, lst=line_list: self._typed(lst, text))
        line_list.added.connect(lambda text, lst=line_list: self._added(lst, text))
        line_list.draft_place = None
        if place is not None:
            self.move(line_list, place)

    def move(self, line_list, place: str) -> None:
        """The line now adds to another place (the vertrekpunt's next element): show its draft."""
        if place == line_list.draft_place:
            return
        line_list.draft_place = place
        line_list.set_draft(self.texts().get(place, ""))

    def _key(self, place: str) -> str:
        return f"draft:{place}"

    def _typed(self, line_list, text: str) -> None:
        place = line_list.draft_place
        if place is None:
            return
        self.texts()[place] = text
        self.controller.write_later(
            self._key(place),
            drafts.save_draft,
            self.controller.session_id,
            place,
            text,
            what=Change.DRAFT,
        )

    def _added(self, line_list, text: str) -> None:
        place = line_list.draft_place
        if place is None:
            return
        left = line_list.entry.text()  # a page may put the text back (refused: not added)
        self.texts()[place] = left
        self.controller.write(
            drafts.save_draft,
            self.controller.session_id,
            place,
            left,
            what=Change.DRAFT,
            merge=self._key(place),
        )
        if not left and self.controller.waiting:
            line_list.show_waiting(text)

    def _storage(self, message: str) -> None:
        if not message:  # everything waiting is written and listed again by its page
            for line_list in self._lists:
                line_list.clear_waiting()

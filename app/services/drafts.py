"""Drafts: what was typed into an "+ add" line before Enter. Saved after the typing pause like
every other field (one short transaction), so a crash before Enter loses nothing; given back to
the line when the session opens again; deleted when the line is added or the entry is emptied.

A draft is not the group's agreed text yet: it never travels in exchange files and never shows in
reports; it only keeps a facilitator's typing safe."""

from __future__ import annotations

from sqlalchemy import delete, select

from app import models as m
from app.models.draft import PLACE_LENGTH
from app.services.errors import refused
from app.store import Store
from app.vocabulary.refusals import Refusal


def _check_place(place: str) -> None:
    if not place or len(place) > PLACE_LENGTH:
        raise refused(Refusal.DRAFT_NEEDS_PLACE)


def save_draft(store: Store, session_id: int, place: str, text: str) -> None:
    """Keep `text` as the draft of `place`; an empty (or blank) text deletes the draft."""
    _check_place(place)
    with store.transaction() as db:
        if not text.strip():
            db.execute(
                delete(m.Draft).where(m.Draft.session_id == session_id, m.Draft.place == place)
            )
            return
        row = db.get(m.Draft, (session_id, place))
        if row is None:
            db.add(m.Draft(session_id=session_id, place=place, text=text))
        else:
            row.text = text


def clear_draft(store: Store, session_id: int, place: str) -> None:
    save_draft(store, session_id, place, "")


def list_drafts(store: Store, session_id: int) -> dict[str, str]:
    """Every draft of a session: place → text."""
    with store.reading() as db:
        rows = db.execute(
            select(m.Draft.place, m.Draft.text).where(m.Draft.session_id == session_id)
        )
        return {place: text for place, text in rows}

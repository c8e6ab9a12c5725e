"""Which stages of a session already hold the group's work (for the stage rail)."""

from __future__ import annotations

from sqlalchemy import exists, select

from app import models as m
from app.services.rows import get
from app.store import Store


def filled_stages(store: Store, session_id: int) -> set[str]:
    def has(model) -> bool:
        return bool(db.scalar(select(exists().where(model.session_id == session_id))))

    with store.reading() as db:
        s = get(db, m.IntervisieSession, session_id)
        out: set[str] = set()
        if has(m.Participant):
            out.add("opening")
        if has(m.Observation) or has(m.Assessment):
            out.add("vertrekpunt")
        if has(m.FocusPoint) or s.development_path:
            out.add("focus")
        if has(m.SessionTheme) or has(m.Step) or s.ambition.strip():
            out.add("vervolg")
        if has(m.Action):
            out.add("aanpak")
        if s.state == "closed":
            out.add("closing")
        return out

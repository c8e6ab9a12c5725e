"""The action list to hand to the owners: one session's actions, or a community's open actions
across its sessions, each with what it serves and what later sessions said of it.

    action_list(store, session_id=3)
    action_list(store, community_id=1, open_only=True)
"""

from __future__ import annotations

from sqlalchemy import select

from app import models as m
from app.modeldef.loader import definition_for
from app.services import aanpak, communities, focus, sessions, vervolg
from app.services.errors import NotFound
from app.store import Store
from app.vocabulary.report_data import ActionEntry, ActionList

STILL_OPEN = ("open", "bezig")
CLOSED_BY_REVIEW = ("gereed", "gestopt")  # a later session's verdict closes an open action


def _history(store: Store, action_ids: list[int]) -> dict[int, list[tuple]]:
    """action id -> [(date of the reviewing session, outcome, note)], oldest first."""
    if not action_ids:
        return {}
    with store.reading() as db:
        q = (
            select(
                m.ActionReview.action_id,
                m.IntervisieSession.held_on,
                m.ActionReview.outcome,
                m.ActionReview.note,
            )
            .join(m.IntervisieSession, m.IntervisieSession.id == m.ActionReview.session_id)
            .where(m.ActionReview.action_id.in_(action_ids))
            .order_by(m.IntervisieSession.held_on, m.ActionReview.id)
        )
        out: dict[int, list[tuple]] = {}
        for action_id, held_on, outcome, note in db.execute(q):
            out.setdefault(action_id, []).append((held_on, outcome, note or ""))
        return out


def _is_open(entry: ActionEntry) -> bool:
    if entry.action.status not in STILL_OPEN:
        return False
    return not (entry.history and entry.history[-1][1] in CLOSED_BY_REVIEW)


def _entries(store: Store, session) -> list[ActionEntry]:
    actions = aanpak.list_actions(store, session.id)
    points = {f.id: f.text for f in focus.list_focus_points(store, session.id)}
    themes = {t.id: t for t in vervolg.list_themes(store, session.id)}
    history = _history(store, [a.id for a in actions])
    return [
        ActionEntry(
            action=a,
            session=session,
            focus_points=tuple(points[i] for i in a.focus_point_ids if i in points),
            themes=tuple(themes[i] for i in a.theme_ids if i in themes),
            history=tuple(history.get(a.id, ())),
        )
        for a in actions
    ]


def action_list(
    store: Store,
    session_id: int | None = None,
    community_id: int | None = None,
    open_only: bool = False,
) -> ActionList:
    """NotFound when the session or community is not there. A community's list runs from its
    oldest session to its newest, each session's actions in their own order."""
    with store.snapshot():
        if session_id is not None:
            chosen = [sessions.get_session(store, session_id)]
            community = communities.get_community(store, chosen[0].community_id)
        elif community_id is not None:
            community = communities.get_community(store, community_id)
            chosen = sorted(
                sessions.list_sessions(store, community_id), key=lambda s: (s.held_on, s.id)
            )
        else:
            raise NotFound("a session or a community")
        entries = [e for s in chosen for e in _entries(store, s)]
    if open_only:
        entries = [e for e in entries if _is_open(e)]
    newest = chosen[-1] if chosen else None
    model = definition_for(newest.model_id, newest.model_version) if newest else None
    return ActionList(model=model, community=community, entries=tuple(entries))

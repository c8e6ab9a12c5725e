"""Everything the session report needs, gathered from the database as plain data."""

from __future__ import annotations

from app.modeldef import definition_for
from app.services import communities, sessions
from app.services.report_uses import uses_data
from app.services.room_report import room_summary
from app.services.snapshot import session_snapshot
from app.services.vertrekpunt import element_states
from app.store import Store
from app.vocabulary import dto
from app.vocabulary.report_data import Earlier, ReportData


def held_before(store: Store, session: dto.SessionData) -> dto.SessionData | None:
    """The community's latest session held before this one (same day: created earlier).

    sessions.latest_session(before=id) only leaves this session out; it can return a session held
    later, which is no "earlier session" for a report."""
    mine = (session.held_on, session.id)
    for s in sessions.list_sessions(store, session.community_id):  # newest first
        if (s.held_on, s.id) < mine:
            return s
    return None


def earlier_session(store: Store, session: dto.SessionData) -> dto.SessionData | None:
    """The session to compare with: the one the group said it continues from, or else the one
    held just before."""
    if session.continues_from_id is not None:
        return sessions.get_session(store, session.continues_from_id)
    return held_before(store, session)


def _earlier(store: Store, snapshot: dto.SessionSnapshot) -> Earlier | None:
    base = earlier_session(store, snapshot.session)
    if base is None:
        return None
    base_snapshot = session_snapshot(store, base.id)
    if snapshot.session.continues_from_id == base.id:
        reviews = snapshot.reviews
    else:
        # No follow-up was declared, so nobody reviewed the earlier actions: list them as open
        # questions rather than leave them out.
        reviews = tuple(
            dto.ReviewData(a.id, a.title, a.owner, None, "") for a in base_snapshot.actions
        )
    return Earlier(base_snapshot, reviews)


def report_data(
    store: Store, session_id: int, hide_organisations: bool = False, **uses
) -> ReportData:
    """uses: the optional sections, as report_uses.uses_data takes them (include_timeline,
    include_actors, include_groenpact, include_projects, compare_with, hide_names).
    hide_organisations: an anonymised report leaves the participants' organisations out too.

    All of it comes from one read transaction: a save on another laptop (or by the open window)
    while the report is gathered shows in the next report, never half in this one."""
    with store.snapshot():
        snapshot = session_snapshot(store, session_id)
        s = snapshot.session
        return ReportData(
            model=definition_for(s.model_id, s.model_version),
            community=communities.get_community(store, s.community_id),
            snapshot=snapshot,
            states=element_states(store, session_id),
            earlier=_earlier(store, snapshot),
            uses=uses_data(store, snapshot, **uses),
            hide_organisations=hide_organisations,
            room=room_summary(store, session_id),
        )

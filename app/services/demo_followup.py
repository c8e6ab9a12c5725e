"""The demo's second session, an illustration (the source document holds only the first): it
continues from the first as a real follow-up does — everything carried over — and then holds
what the group changed: statuses up, observations revised, regional questions tied to actors and
to the knowledge they need, the first session's action reviewed, new projects placed on the
model and tagged with GroenPact's action lines. Built inside the demo's one transaction."""

from __future__ import annotations

from sqlalchemy import select

from app import models as m
from app.services import plan_carry
from app.services.action_history import carry_on
from app.services.followup import carry_rows


def starting_with(rows, starts: list[str]) -> list:
    """The rows whose text starts with each of `starts` (the demo file names them so)."""
    found = []
    for start in starts:
        row = next((r for r in rows if r.text.startswith(start)), None)
        if row is None:
            raise ValueError(f"the demo file names {start!r}, which it does not hold")
        found.append(row)
    return found


def _carried(session: m.IntervisieSession, element: str) -> list[m.Observation]:
    return sorted(
        (o for o in session.observations if o.element_key == element), key=lambda o: o.position
    )


def _assessment(session: m.IntervisieSession, element: str) -> m.Assessment:
    found = next((a for a in session.assessments if a.element_key == element), None)
    if found is None:
        found = m.Assessment(element_key=element)
        session.assessments.append(found)
    return found


def _revise(session: m.IntervisieSession, raw: dict) -> None:
    for key, status in raw.get("statuses", {}).items():
        a = _assessment(session, key)
        a.status, a.carried = status, False
    for key in raw.get("confirmed", []):
        _assessment(session, key).carried = False
        for o in _carried(session, key):
            o.carried = False
    for r in raw.get("revised", []):
        o = _carried(session, r["element"])[r["number"] - 1]
        o.text, o.status, o.carried = r["text"], r.get("status", o.status), False


def _questions(
    session: m.IntervisieSession, raw: dict, actors: dict[str, m.Actor], question_area: str
) -> None:
    for q in raw.get("questions", []):
        o = _carried(session, q.get("element", question_area))[q["number"] - 1]
        o.needed_knowledge = q.get("needed", "")
        o.actors = [actors[name] for name in q.get("actors", [])]
        o.carried = False
    for a in raw.get("added", []):
        key = a["element"]
        session.observations.append(
            m.Observation(
                element_key=key,
                position=len(_carried(session, key)),
                text=a["text"],
                status=a.get("status"),
                complexity=a.get("complexity"),
                transition=a.get("transition"),
                needed_knowledge=a.get("needed", ""),
                actors=[actors[name] for name in a.get("actors", [])],
            )
        )


def _plan(db, session: m.IntervisieSession, raw: dict, actors: dict[str, m.Actor]) -> None:
    if "themes" in raw:  # the group changed the themes it carried over
        for t in db.scalars(select(m.SessionTheme).where(m.SessionTheme.session_id == session.id)):
            db.delete(t)
        db.flush()
        db.expire(session, ["themes"])
        plan_carry.changed(session, "themes")
    for i, key in enumerate(raw.get("themes", [])):
        session.themes.append(m.SessionTheme(theme_key=key, position=i))
    for i, f in enumerate(raw.get("focus", [])):
        came_from = starting_with(session.observations, [f["from"]])[0] if "from" in f else None
        if came_from is not None and came_from.id is None:
            db.flush()
        session.focus_points.append(
            m.FocusPoint(
                element_key=f["element"],
                text=f["text"],
                votes=f.get("votes", 0),
                position=i,
                observation_id=came_from.id if came_from is not None else None,
            )
        )
    for i, a in enumerate(raw.get("actions", [])):
        session.actions.append(
            m.Action(
                position=i,
                title=a["title"],
                description=a.get("description", ""),
                owner=a.get("owner", ""),
                partners=list(a.get("partners", [])),
                status=a.get("status", "open"),
                indicator=a.get("indicator", ""),
                characteristics=list(a.get("characteristics", [])),
                groenpact=list(a.get("groenpact", [])),
                frame_items=list(a.get("frame_items", [])),
                element_keys=list(a.get("elements", [])),
                complexity=a.get("complexity"),
                development_path=a.get("path"),
                actors=[actors[name] for name in a.get("actors", [])],
                focus_points=starting_with(session.focus_points, a.get("focus", [])),
                themes=[t for t in session.themes if t.theme_key in a.get("themes", [])],
            )
        )


def _reviews(db, session: m.IntervisieSession, earlier: m.IntervisieSession, raw: dict) -> None:
    """The first session's actions reviewed; each reviewed one lives on in this session's plan,
    after the new projects, as a real follow-up's review makes it (action_history.carry_on)."""
    for r in raw.get("reviews", []):
        action = earlier.actions[r["action"] - 1]
        session.reviews.append(
            m.ActionReview(action=action, outcome=r["outcome"], note=r.get("note", ""))
        )
        carry_on(db, session, action, r["outcome"])


def build_follow_up(
    db, earlier: m.IntervisieSession, raw: dict, actors: dict[str, m.Actor], question_area: str
) -> m.IntervisieSession:
    """The follow-up session of `earlier` (already flushed) from the demo file's [follow_up]."""
    session = m.IntervisieSession(
        title=raw["title"],
        held_on=raw["held_on"],
        location=raw.get("location", ""),
        facilitator=raw.get("facilitator", ""),
        model_id=earlier.model_id,
        model_version=earlier.model_version,
        current_stage="opening",
        stage_reached="aanpak",
        summary_note=raw.get("summary_note", ""),
        development_path=raw.get("development_path"),
        development_path_reason=raw.get("development_path_reason", ""),
        continues_from_id=earlier.id,
    )
    earlier.community.sessions.append(session)
    for i, p in enumerate(earlier.participants):
        session.participants.append(
            m.Participant(
                name=p.name,
                organisation=p.organisation,
                helix_role=p.helix_role,
                position=i,
                actor_id=p.actor_id,
            )
        )
    db.flush()
    carry_rows(db, earlier, session)
    _revise(session, raw)
    _questions(session, raw, actors, question_area)
    _plan(db, session, raw, actors)
    db.flush()
    _reviews(db, session, earlier, raw)
    db.flush()
    return session

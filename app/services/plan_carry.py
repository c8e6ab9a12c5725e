"""The plan comes along: a follow-up starts with the development path, the ambition, the themes,
the steps and the "Op koers?" indicators of the session it continues from, marked as carried per
part, as element statuses are. The group confirms a part unchanged, or changes it (any edit of
the part counts); the report says which were confirmed. Each carried indicator is asked about:
where do we stand (a verdict and/or a value or note), and its line over sessions is its trend."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app import models as m
from app.models.plan import VERDICTS
from app.services import convert
from app.services.errors import refused
from app.services.rows import clean_text, get, open_session, set_fields, writing
from app.store import Store
from app.vocabulary import dto
from app.vocabulary.refusals import Refusal

PARTS = ("path", "ambition", "themes", "steps", "monitoring")
STATES = ("carried", "confirmed", "changed")


def states(session: m.IntervisieSession) -> dict[str, str]:
    return dict(item.split(":", 1) for item in session.plan_review or ())


def _set_state(session: m.IntervisieSession, part: str, state: str) -> None:
    now = states(session)
    now[part] = state
    session.plan_review = [f"{p}:{now[p]}" for p in PARTS if p in now]


def changed(session: m.IntervisieSession, part: str) -> None:
    """An edit of a carried part: the group changed it (called by every write of the part)."""
    if states(session).get(part) == "carried":
        _set_state(session, part, "changed")


def carry_plan(db, source: m.IntervisieSession, target: m.IntervisieSession) -> None:
    """Copy the plan parts the target does not hold yet (a replay copies nothing twice)."""
    done = states(target)
    if "path" not in done and source.development_path and not target.development_path:
        target.development_path = source.development_path
        target.development_path_reason = source.development_path_reason
        _set_state(target, "path", "carried")
    if "ambition" not in done and source.ambition.strip() and not target.ambition.strip():
        target.ambition = source.ambition
        _set_state(target, "ambition", "carried")
    rows: dict[str, tuple[type[Any], tuple[str, ...]]] = {
        "themes": (m.SessionTheme, ("theme_key", "label", "position", "element_keys")),
        "steps": (m.Step, ("position", "text")),
        "monitoring": (m.MonitoringItem, ("position", "kind", "text", "due_on")),
    }
    for part, (model, names) in rows.items():
        mine = db.scalars(select(model).where(model.session_id == target.id)).first()
        theirs = list(
            db.scalars(
                select(model)
                .where(model.session_id == source.id)
                .order_by(model.position, model.id)
            )
        )
        if part in done or mine is not None or not theirs:
            continue
        for row in theirs:
            copy = model(session_id=target.id, **{n: getattr(row, n) for n in names})
            if model is m.MonitoringItem:
                copy.carried_from_uuid = row.uuid
            db.add(copy)
        _set_state(target, part, "carried")
    db.flush()


def plan_states(store: Store, session_id: int) -> dict[str, str]:
    """Per part carried over: carried (not yet confirmed), confirmed or changed."""
    with store.reading() as db:
        return states(get(db, m.IntervisieSession, session_id))


def confirm_part(store: Store, session_id: int, part: str) -> None:
    """'Confirm unchanged': the carried part becomes this session's own, as it was."""
    if part not in PARTS:
        raise ValueError(part)
    with writing(store) as db:
        s = open_session(db, session_id)
        if states(s).get(part) == "carried":
            _set_state(s, part, "confirmed")


def set_standing(
    store: Store,
    item_id: int,
    verdict: str | None,
    standing: str = "",
    based_on: dict | None = None,
) -> dto.MonitoringData:
    """Where do we stand on this indicator: a verdict (or None) and a value or note."""
    if verdict not in (None, *VERDICTS):
        raise refused(Refusal.NO_SUCH_VERDICT, verdict=verdict)
    with writing(store) as db:
        x = get(db, m.MonitoringItem, item_id)
        open_session(db, x.session_id)
        set_fields(
            x,
            {"verdict", "standing"},
            {"verdict": verdict, "standing": clean_text(standing)},
            based_on,
        )
        return convert.monitoring(x)


def indicator_trend(store: Store, item_id: int) -> tuple[dto.IndicatorStep, ...]:
    """The indicator's standing in each session it was carried to, oldest first (up to the
    item's own session)."""
    with store.reading() as db:
        x: m.MonitoringItem | None = get(db, m.MonitoringItem, item_id)
        out: list[dto.IndicatorStep] = []
        seen: set[str] = set()
        while x is not None and x.uuid not in seen:
            seen.add(x.uuid)
            s = x.session
            out.insert(0, dto.IndicatorStep(s.id, s.title, s.held_on, x.verdict, x.standing))
            x = (
                db.scalars(
                    select(m.MonitoringItem).where(m.MonitoringItem.uuid == x.carried_from_uuid)
                ).first()
                if x.carried_from_uuid
                else None
            )
        return tuple(out)

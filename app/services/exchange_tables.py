"""What travels in an exchange file, table by table: the plain columns, the links that travel as
the uuid of the row they point at, and how a column's value is written in JSON. Export and import
both read this one description, and a test checks it covers every column of every table, so a
new column cannot be forgotten on the way out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime

from app import models as m

COMMON = ("uuid", "created_at", "updated_at")


@dataclass(frozen=True)
class Ref:
    """A local key (column) that travels as the uuid (key) of a row of `target`."""

    column: str
    key: str
    target: type


@dataclass(frozen=True)
class Entity:
    model: type[Any]  # a mapped class (the code reads its columns and table)
    key: str  # the list's name in its parent (or "community")
    fields: tuple[str, ...]  # plain columns, written as they are
    refs: tuple[Ref, ...] = ()
    parent_column: str | None = None  # the local key of the owning row (not exported)


COMMUNITY = Entity(
    m.Community, "community", ("name", "region", "description", "frame_key", "is_demo")
)
ACTOR = Entity(
    m.Actor,
    "actors",
    ("name", "organisation", "helix_role", "knowledge", "contact"),
    parent_column="community_id",
)
SESSION = Entity(
    m.IntervisieSession,
    "sessions",
    (
        "title",
        "held_on",
        "location",
        "facilitator",
        "model_id",
        "model_version",
        "current_stage",
        "stage_reached",
        "state",
        "closed_at",
        "development_path",
        "development_path_reason",
        "ambition",
        "summary_note",
        "next_session_on",
        "plan_review",
    ),
    (Ref("continues_from_id", "continues_from", m.IntervisieSession),),
    parent_column="community_id",
)

# The rows of a session, in the order they are written (a row only points at earlier ones;
# reviews come last because they point at actions, perhaps of another session).
PARTICIPANT = Entity(
    m.Participant,
    "participants",
    ("position", "name", "organisation", "helix_role", "role_in_session"),
    (Ref("actor_id", "actor", m.Actor),),
    "session_id",
)
ASSESSMENT = Entity(
    m.Assessment,
    "assessments",
    ("element_key", "status", "context_note", "carried"),
    (),
    "session_id",
)
OBSERVATION = Entity(
    m.Observation,
    "observations",
    (
        "element_key",
        "position",
        "text",
        "status",
        "complexity",
        "transition",
        "carried",
        "carried_from_uuid",
        "needed_knowledge",
        "linked_uuid",
    ),
    (),
    "session_id",
)
FOCUS_POINT = Entity(
    m.FocusPoint,
    "focus_points",
    ("element_key", "position", "text", "votes"),
    (Ref("observation_id", "observation", m.Observation),),
    "session_id",
)
THEME = Entity(
    m.SessionTheme, "themes", ("theme_key", "label", "position", "element_keys"), (), "session_id"
)
STEP = Entity(m.Step, "steps", ("position", "text"), (), "session_id")
MONITORING = Entity(
    m.MonitoringItem,
    "monitoring",
    ("position", "kind", "text", "due_on", "carried_from_uuid", "verdict", "standing"),
    (),
    "session_id",
)
ACTION = Entity(
    m.Action,
    "actions",
    (
        "position",
        "title",
        "description",
        "owner",
        "partners",
        "starts_on",
        "due_on",
        "indicator",
        "status",
        "characteristics",
        "groenpact",
        "frame_items",
        "element_keys",
        "complexity",
        "development_path",
        "continued_from_uuid",
    ),
    (),
    "session_id",
)
REVIEW = Entity(
    m.ActionReview,
    "reviews",
    ("outcome", "note"),
    (Ref("action_id", "action", m.Action),),
    "session_id",
)

SESSION_ROWS = (
    PARTICIPANT,
    ASSESSMENT,
    OBSERVATION,
    FOCUS_POINT,
    THEME,
    STEP,
    MONITORING,
    ACTION,
    REVIEW,
)
ALL = (COMMUNITY, ACTOR, SESSION) + SESSION_ROWS

# Links through association tables travel as uuid lists on the row that owns them: an action's
# focus points, themes and actors, a regional question's actors.
ACTION_LINKS: dict[str, type[Any]] = {
    "focus_points": m.FocusPoint,
    "themes": m.SessionTheme,
    "actors": m.Actor,
}
OBSERVATION_LINKS: dict[str, type[Any]] = {"actors": m.Actor}
LINKS: dict[Entity, dict[str, type[Any]]] = {ACTION: ACTION_LINKS, OBSERVATION: OBSERVATION_LINKS}
LINK_TABLES = ("action_focus", "action_theme", "action_actor", "observation_actor")

# What belongs to one database and never travels: the row version of the optimistic checks, who
# has a session open, the record of a take-out (app.services.takeout) and of a community's
# exchanges (app.services.exchange_merge), counted votes, unfinished entry lines, what the phones
# in the room sent (anonymous device ids; an accepted proposal travels as its observation).
LOCAL_COLUMNS = ("version",)
LOCAL_TABLES = (
    "session_claim",
    "takeout",
    "counted_vote",
    "exchange_record",
    "draft",
    "room_rating",
    "room_vote",
    "room_proposal",
    # travels as the file's "models" (whole definitions by id and version), not rows
    "model_definition",
)


def _column_type(model: type[Any], name: str):
    return model.__table__.c[name].type


def to_json(model: type, name: str, value):
    if value is None:
        return None
    kind = _column_type(model, name)
    if isinstance(kind, (Date, DateTime)):
        return value.isoformat()
    if isinstance(kind, JSON):
        return list(value)
    return value


def from_json(model: type, name: str, value):
    """The column's value from its JSON form (already checked by the schema); ValueError for a
    date that only looks like one (2023-02-30)."""
    if value is None:
        return None
    kind = _column_type(model, name)
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, JSON):
        return list(value)
    if isinstance(kind, Boolean):
        return bool(value)
    return value


def row_to_json(entity: Entity, row, uuid_of) -> dict:
    """One row as a JSON object; uuid_of(target_model, local_id) names what a Ref points at."""
    out = {name: to_json(entity.model, name, getattr(row, name)) for name in COMMON}
    for name in entity.fields:
        out[name] = to_json(entity.model, name, getattr(row, name))
    for ref in entity.refs:
        local = getattr(row, ref.column)
        out[ref.key] = uuid_of(ref.target, local) if local is not None else None
    return out


def label(data: dict) -> str:
    """A row of the exchange format in a few words (its text or title), for messages."""
    text = (
        data.get("text")
        or data.get("title")
        or data.get("name")
        or data.get("label")
        or data.get("element_key")
        or data["uuid"]
    )
    text = " ".join(str(text).split())
    return text if len(text) <= 60 else text[:57] + "…"


def rows_of(doc: dict):
    """(entity, row, its session's uuid or None) for every row of an exchange document."""
    community = doc["community"]
    yield COMMUNITY, community, None
    for actor in community["actors"]:
        yield ACTOR, actor, None
    for s in doc["sessions"]:
        yield SESSION, s, None
        for entity in SESSION_ROWS:
            for row in s[entity.key]:
                yield entity, row, s["uuid"]

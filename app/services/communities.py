"""Communities and their actors."""

from __future__ import annotations

from sqlalchemy import func, select

from app import models as m
from app.models.limits import LIMITS
from app.services import convert
from app.services.errors import NotFound, refused
from app.services.idempotent import client_id
from app.services.rows import by_uuid, clean_text, get, set_fields, uuid_for, writing
from app.store import Store
from app.vocabulary import dto
from app.vocabulary.refusals import Refusal

ACTOR_FIELDS = {"name", "organisation", "helix_role", "knowledge", "contact"}
COMMUNITY_FIELDS = {"name", "region", "description", "frame_key"}


# The first window's lists read table columns (one query each), so they do not wait for the ORM
# to set itself up.
_C = m.Community.__table__.c
_S = m.IntervisieSession.__table__.c
_COLUMNS = (_C.id, _C.uuid, _C.name, _C.region, _C.description, _C.frame_key, _C.is_demo)


def _with_counts():
    return (
        # the version last, as CommunityData has it: the base of an edit (app.vocabulary.based_on)
        select(*_COLUMNS, func.count(_S.id), func.max(_S.held_on), _C.version)
        .select_from(
            m.Community.__table__.outerjoin(m.IntervisieSession.__table__, _S.community_id == _C.id)
        )
        .group_by(*_COLUMNS, _C.version)
    )


def list_communities(store: Store) -> list[dto.CommunityData]:
    """All communities, by name, with their number of sessions and latest date (one query)."""
    with store.reading() as db:
        return [
            dto.CommunityData(*row)
            for row in db.execute(_with_counts().order_by(func.lower(_C.name), _C.id))
        ]


def get_community(store: Store, community_id: int) -> dto.CommunityData:
    with store.reading() as db:
        row = db.execute(_with_counts().where(_C.id == community_id)).first()
    if row is None:
        raise NotFound(f"Community {community_id} no longer exists")
    return dto.CommunityData(*row)


@client_id("uuid")
def create_community(
    store: Store,
    name: str,
    region: str = "",
    description: str = "",
    frame_key: str | None = None,
    uuid: str | None = None,
) -> dto.CommunityData:
    """A new community; under a uuid already used (a replay), the community made then."""
    name = clean_text(name).strip()
    if not name:
        raise refused(Refusal.COMMUNITY_NEEDS_NAME)
    with writing(store) as db:
        again = by_uuid(db, m.Community, uuid)
        if again is not None:
            return convert.community(again)
        c = m.Community(
            uuid=uuid_for(uuid),
            name=name,
            region=clean_text(region),
            description=clean_text(description),
            frame_key=frame_key,
        )
        db.add(c)
        db.flush()
        return convert.community(c)


def update_community(
    store: Store, community_id: int, *, based_on: dict | None = None, **fields
) -> dto.CommunityData:
    with writing(store) as db:
        c = get(db, m.Community, community_id)
        set_fields(c, COMMUNITY_FIELDS, fields, based_on)
        return convert.community(c)


def delete_community(store: Store, community_id: int) -> None:
    """Delete a community; one already deleted (an earlier attempt was saved) is success."""
    with writing(store) as db:
        c = db.get(m.Community, community_id)
        if c is not None:
            db.delete(c)


def list_actors(store: Store, community_id: int) -> list[dto.ActorData]:
    with store.reading() as db:
        q = (
            select(m.Actor)
            .where(m.Actor.community_id == community_id)
            .order_by(func.lower(m.Actor.organisation), func.lower(m.Actor.name))
        )
        return [convert.actor(a) for a in db.scalars(q)]


@client_id("uuid")
def add_actor(store: Store, community_id: int, uuid: str | None = None, **fields) -> dto.ActorData:
    """A new actor; under a uuid already used (a replay), that actor brought up to date."""
    with writing(store) as db:
        get(db, m.Community, community_id)
        again = by_uuid(db, m.Actor, uuid)
        if again is not None:
            set_fields(again, ACTOR_FIELDS, fields)
            return convert.actor(again)
        a = m.Actor(uuid=uuid_for(uuid), community_id=community_id, name="")
        set_fields(a, ACTOR_FIELDS, fields)
        db.add(a)
        db.flush()
        return convert.actor(a)


def update_actor(
    store: Store, actor_id: int, *, based_on: dict | None = None, **fields
) -> dto.ActorData:
    with writing(store) as db:
        a = get(db, m.Actor, actor_id)
        set_fields(a, ACTOR_FIELDS, fields, based_on)
        return convert.actor(a)


def delete_actor(store: Store, actor_id: int) -> None:
    """Delete an actor; one already deleted (an earlier attempt was saved) is success."""
    with writing(store) as db:
        a = db.get(m.Actor, actor_id)
        if a is not None:
            db.delete(a)


def unique_name(db, name: str, suffix: str = "kopie") -> str:
    """name, or "name (kopie)", "name (kopie 2)", … : the first no community here has (a copy
    beside the original must be told from it in the list). Fits the column."""
    taken = set(db.scalars(select(_C.name).where(_C.name.startswith(name[:200], autoescape=True))))
    room = LIMITS["community"]["name"]  # the column's length
    n = 1
    candidate = name[:room]
    while candidate in taken:
        tail = f" ({suffix})" if n == 1 else f" ({suffix} {n})"
        candidate = name[: room - len(tail)] + tail
        n += 1
    return candidate

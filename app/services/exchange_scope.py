"""An import touches only its own community. Before anything is written, every uuid of the file is
looked up in this database: a row of the file that is here must be here in the file's community
(and a session's row in that same session), and the links that may point outside the file (a
session continuing an earlier one, the review of an earlier action) must not point into another
community. uuids are unique per table across the whole database, so without this check a file
could overwrite another community's row and move it (a hostile file, or two communities that
once were one copy)."""

from __future__ import annotations

from sqlalchemy import select

from app import models as m
from app.services import exchange_tables as t
from app.services.exchange_file import ExchangeRejected

CHUNK = 500
WHAT = {
    t.ACTOR: "actor",
    t.SESSION: "session",
    t.PARTICIPANT: "participant",
    t.ASSESSMENT: "status",
    t.OBSERVATION: "observation",
    t.FOCUS_POINT: "focus point",
    t.THEME: "theme",
    t.STEP: "step",
    t.MONITORING: "monitoring item",
    t.ACTION: "action",
    t.REVIEW: "review",
}


def _owners(db, entity: t.Entity, uuids: list[str]) -> dict[str, tuple[str, str]]:
    """uuid → (the uuid of the row that owns it here: its community or its session, the name of
    its community) for the rows here among uuids."""
    model = entity.model
    if entity.parent_column == "community_id":
        stmt = select(model.uuid, m.Community.uuid, m.Community.name).join(
            m.Community, model.community_id == m.Community.id
        )
    else:
        stmt = (
            select(model.uuid, m.IntervisieSession.uuid, m.Community.name)
            .join(m.IntervisieSession, model.session_id == m.IntervisieSession.id)
            .join(m.Community, m.IntervisieSession.community_id == m.Community.id)
        )
    found = {}
    for i in range(0, len(uuids), CHUNK):
        for uuid, owner, name in db.execute(stmt.where(model.uuid.in_(uuids[i : i + CHUNK]))):
            found[uuid] = (owner, name)
    return found


def _refuse(entity: t.Entity, row: dict, community: str, how: str) -> ExchangeRejected:
    return ExchangeRejected(
        f"the {WHAT[entity]} “{t.label(row)}” ({row['uuid']}) {how} another community here "
        f"(“{community}”); an import never changes another community. Import the file as a "
        "separate copy (keep both, --copy) to give its rows new ids"
    )


def check_scope(db, doc: dict) -> int | None:
    """The local id of the file's community (None when it is not here yet); ExchangeRejected when
    the file reaches into another community."""
    community_uuid = doc["community"]["uuid"]
    community_id = db.scalars(
        select(m.Community.id).where(m.Community.uuid == community_uuid)
    ).first()
    expected: dict[t.Entity, dict[str, tuple[str, dict]]] = {}  # entity → uuid → (owner, row)
    for entity, row, session in t.rows_of(doc):
        if entity is not t.COMMUNITY:
            owner = session if session is not None else community_uuid
            expected.setdefault(entity, {})[row["uuid"]] = (owner, row)
    for entity, rows in expected.items():
        for uuid, (owner_here, name) in _owners(db, entity, list(rows)).items():
            owner, row = rows[uuid]
            if owner_here != owner:
                if entity.parent_column == "community_id":
                    raise _refuse(entity, row, name, "has the id of a row of")
                raise _refuse(entity, row, name, "has the id of a row of another session or of")
    _check_outside_links(db, doc, community_uuid)
    return community_id


def _check_outside_links(db, doc: dict, community_uuid: str) -> None:
    in_file = {row["uuid"] for _e, row, _s in t.rows_of(doc)}
    links = [(t.SESSION, s, s["continues_from"]) for s in doc["sessions"]]
    links += [(t.REVIEW, r, r["action"]) for s in doc["sessions"] for r in s["reviews"]]
    for entity, row, target in links:
        if target is None or target in in_file:
            continue
        target_entity = t.SESSION if entity is t.SESSION else t.ACTION
        here = _owners(db, target_entity, [target]).get(target)
        if here is None:
            continue  # not here at all: the link is left out (counted as dropped)
        owner_community = (
            here[0] if target_entity is t.SESSION else _community_of_session(db, here[0])
        )
        if owner_community != community_uuid:
            what = "continues from a session of" if entity is t.SESSION else "reviews an action of"
            raise _refuse(entity, row, here[1], what)


def _community_of_session(db, session_uuid: str) -> str:
    return db.scalars(
        select(m.Community.uuid)
        .join(m.IntervisieSession, m.IntervisieSession.community_id == m.Community.id)
        .where(m.IntervisieSession.uuid == session_uuid)
    ).one()

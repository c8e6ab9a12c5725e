"""The one merge of a community's two versions: bringing a taken-out community back to the
server, and importing a laptop's exchange file into another laptop (app.services.exchange_merge).
A three-way merge of exchange documents.

Three copies of the community, all in the exchange format (keyed by uuid): the base (as it was
taken out, or as it was last exchanged), the laptop's (edited offline; the file's) and the
server's (edited by others meanwhile; the database's here). Below, "laptop" is the side coming in
and "server" the side it comes into; Sides names them for the people reading the conflicts. Field by
field: what only the laptop changed is taken, what only the server changed stays, and what both
changed differently is a conflict. A conflict never loses a side:

- an observation, focus point, step, indicator or action keeps the server's version, and the
  laptop's comes in beside it as a copy whose text starts with a conflict marker;
- any other row keeps the server's values; a long text (a note, the ambition) holds both, the
  laptop's under a marker, and other values of the laptop are noted in the row's note field;
- every conflict is also reported (BringBack.conflicts) with both values.

Rows the laptop deleted go when the server did not change them (and are kept, as a conflict,
when it did); rows the server deleted come back only when the laptop changed them. Position and
stage are quiet: on a clash the server's order and stage stay, without a conflict.

Pure functions on documents: app.services.takeout reads and writes the databases.
"""

from __future__ import annotations

import copy
import uuid as uuidlib
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Text

from app.services import exchange_tables as t

QUIET = {"position", "current_stage", "stage_reached", "carried"}
# rows a conflict copies (the laptop's version beside the server's), with the field that is marked
COPIED = {
    t.OBSERVATION: "text",
    t.FOCUS_POINT: "text",
    t.STEP: "text",
    t.MONITORING: "text",
    t.ACTION: "title",
}
# where the other rows note the laptop's values that are not long texts
NOTE_FIELD = {
    t.COMMUNITY: "description",
    t.ACTOR: "knowledge",
    t.SESSION: "summary_note",
    t.ASSESSMENT: "context_note",
    t.REVIEW: "note",
}


@dataclass(frozen=True)
class Sides:
    """How conflicts name the two sides."""

    here: str = "server"  # short names, in Conflict.describe()
    incoming: str = "laptop"
    on_here: str = "on the server"
    on_incoming: str = "on the laptop"
    marker: str = "van de laptop"  # in the marker the group reads in its texts (Dutch)


BRING_BACK = Sides()
IMPORT = Sides("here", "file", "here", "in the file", "uit het bestand")


@dataclass(frozen=True)
class Conflict:
    what: str  # the table ("observation", "intervisie_session", …)
    label: str  # the row in a few words (its text or title)
    field: str | None  # None: the row itself (deleted on one side, changed on the other)
    server: object
    laptop: object
    resolution: str
    sides: Sides = BRING_BACK

    def describe(self) -> str:
        where = f"{self.what} “{self.label}”"
        if self.field is None:
            return f"{where}: {self.resolution}"
        return (
            f"{where}, {self.field}: {self.sides.here} “{self.server}”, "
            f"{self.sides.incoming} “{self.laptop}” — {self.resolution}"
        )


@dataclass
class Plan:
    merged: dict  # the server's document with the merge applied
    written: set[str] = field(default_factory=set)  # uuids whose merged row must be written
    deleted: list[tuple[t.Entity, str]] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass
class _Item:
    entity: t.Entity
    data: dict
    parent: dict | None  # the owning session's dict (session rows); None otherwise


def marker(when: datetime, sides: Sides = BRING_BACK) -> str:
    return f"[Conflict: versie {sides.marker}, {when:%d-%m-%Y %H:%M}]"


def compared(entity: t.Entity) -> tuple[str, ...]:
    return entity.fields + tuple(r.key for r in entity.refs) + tuple(t.LINKS.get(entity, ()))


def _index(doc: dict | None) -> dict[str, _Item]:
    if doc is None:
        return {}
    out = {doc["community"]["uuid"]: _Item(t.COMMUNITY, doc["community"], None)}
    for actor in doc["community"]["actors"]:
        out[actor["uuid"]] = _Item(t.ACTOR, actor, None)
    for s in doc["sessions"]:
        out[s["uuid"]] = _Item(t.SESSION, s, None)
        for entity in t.SESSION_ROWS:
            for row in s[entity.key]:
                out[row["uuid"]] = _Item(entity, row, s)
    return out


def _differs(entity: t.Entity, a: dict, b: dict) -> bool:
    return any(a[f] != b[f] for f in compared(entity))


def _label(item: _Item) -> str:
    return t.label(item.data)


def _is_text(entity: t.Entity, name: str) -> bool:
    column = entity.model.__table__.c.get(name)
    return column is not None and isinstance(column.type, Text)


def _fit(entity: t.Entity, name: str, value: str) -> str:
    length = getattr(entity.model.__table__.c[name].type, "length", None)
    return value if length is None or len(value) <= length else value[: length - 1] + "…"


class _Merger:
    def __init__(
        self, base: dict | None, laptop: dict, server: dict, when: datetime, sides: Sides
    ):  # base None: no row was shared before (see _index)
        self.sides = sides
        self.base, self.laptop = _index(base), _index(laptop)
        self.plan = Plan(copy.deepcopy(server))
        self.merged = _index(self.plan.merged)
        self.server_before = _index(server)
        self.when, self.stamp = when, when.isoformat(timespec="seconds")
        self.laptop_touched = self._touched_sessions(self.laptop)
        self.server_touched = self._touched_sessions(self.server_before)
        self.added_sessions: set[str] = set()  # sessions written whole, with all their rows

    # -- what changed where -----------------------------------------------------------------------
    def _touched_sessions(self, side: dict[str, _Item]) -> set[str]:
        """Sessions in which this side changed, added or deleted anything since the base."""
        touched = set()
        for uuid, item in side.items():
            if item.entity is not t.SESSION and item.parent is None:
                continue  # the community and its actors
            b = self.base.get(uuid)
            if b is None or _differs(item.entity, b.data, item.data):
                touched.add(item.parent["uuid"] if item.parent else uuid)
        for uuid, b in self.base.items():
            if uuid not in side and b.parent is not None:
                touched.add(b.parent["uuid"])
        return touched

    def _changed_on_server(self, uuid: str, b: _Item, s: _Item) -> bool:
        if b.entity is t.SESSION:
            return uuid in self.server_touched
        return _differs(b.entity, b.data, s.data)

    def _changed_on_laptop(self, uuid: str, b: _Item, lap: _Item) -> bool:
        if b.entity is t.SESSION:
            return uuid in self.laptop_touched
        return _differs(b.entity, b.data, lap.data)

    def _conflict(self, item: _Item, name: str | None, server, laptop, resolution: str) -> None:
        self.plan.conflicts.append(
            Conflict(
                item.entity.model.__tablename__,
                _label(item),
                name,
                server,
                laptop,
                resolution,
                self.sides,
            )
        )

    # -- the merge ------------------------------------------------------------------------------
    def run(self) -> Plan:
        self._deleted_on_laptop()
        for uuid, lap in self.laptop.items():
            if lap.parent is not None and lap.parent["uuid"] in self.added_sessions:
                continue  # came with its whole session
            s = self.merged.get(uuid) or self._twin(lap)
            if s is not None:
                self._fields(self.base.get(uuid), lap, s)
                continue
            b = self.base.get(uuid)
            if b is None:
                self._add(lap)
            elif self._changed_on_laptop(uuid, b, lap):
                self._add(lap)
                self._conflict(
                    lap,
                    None,
                    None,
                    None,
                    f"deleted {self.sides.on_here} but "
                    f"changed {self.sides.on_incoming}: brought back",
                )
        return self.plan

    def _deleted_on_laptop(self) -> None:
        for uuid, b in self.base.items():
            if uuid in self.laptop or uuid not in self.merged or b.entity is t.COMMUNITY:
                continue
            if b.parent is not None and b.parent["uuid"] not in self.laptop:
                continue  # its session was deleted on the laptop: it shares the session's fate
            s = self.merged[uuid]
            if self._changed_on_server(uuid, b, s):
                self._conflict(
                    s,
                    None,
                    None,
                    None,
                    f"deleted {self.sides.on_incoming} but changed {self.sides.on_here}: kept",
                )
                continue
            self.plan.deleted.append((s.entity, uuid))
            self._remove(s)

    def _remove(self, item: _Item) -> None:
        doc = self.plan.merged
        if item.entity is t.ACTOR:
            doc["community"]["actors"].remove(item.data)
        elif item.entity is t.SESSION:
            doc["sessions"].remove(item.data)
        elif item.parent is not None and item.parent in doc["sessions"]:
            item.parent[item.entity.key].remove(item.data)
        self.merged.pop(item.data["uuid"], None)

    def _twin(self, lap: _Item) -> _Item | None:
        """The server's row for the same thing under another uuid (a status given to the same
        element on both sides): the database allows only one."""
        if lap.entity not in (t.ASSESSMENT, t.REVIEW) or lap.parent is None:
            return None
        key = "element_key" if lap.entity is t.ASSESSMENT else "action"
        here = self.merged.get(lap.parent["uuid"])
        if here is None:
            return None
        return next(
            (
                _Item(lap.entity, row, here.data)
                for row in here.data[lap.entity.key]
                if row[key] == lap.data[key]
            ),
            None,
        )

    def _add(self, lap: _Item) -> None:
        data = copy.deepcopy(lap.data)
        doc = self.plan.merged
        parent = None
        if lap.entity is t.ACTOR:
            doc["community"]["actors"].append(data)
        elif lap.entity is t.SESSION:
            doc["sessions"].append(data)
            self.added_sessions.add(data["uuid"])
        else:
            assert lap.parent is not None  # a session's row has its session
            parent = self.merged[lap.parent["uuid"]].data
            parent[lap.entity.key].append(data)
        self.merged[data["uuid"]] = _Item(lap.entity, data, parent)
        self.plan.written.add(data["uuid"])

    def _fields(self, b: _Item | None, lap: _Item, s: _Item) -> None:
        clashes = []
        for name in compared(lap.entity):
            lv, sv = lap.data[name], s.data[name]
            if lv == sv:
                continue
            laptop_changed = b is None or lv != b.data[name]
            server_changed = b is None or sv != b.data[name]
            if laptop_changed and not server_changed:
                s.data[name] = copy.deepcopy(lv)
                self._written(s)
            elif laptop_changed and name not in QUIET:
                clashes.append(name)
        if clashes:
            self._resolve(lap, s, clashes)

    def _written(self, s: _Item) -> None:
        s.data["updated_at"] = self.stamp
        self.plan.written.add(s.data["uuid"])

    def _resolve(self, lap: _Item, s: _Item, clashes: list[str]) -> None:
        entity = lap.entity
        if entity in COPIED:
            self._copy(lap, s)
            for name in clashes:
                self._conflict(
                    s,
                    name,
                    s.data[name],
                    lap.data[name],
                    f"the version {self.sides.on_here} stays; the one "
                    f"{self.sides.on_incoming} was added beside it",
                )
            return
        noted, texts = [], False
        for name in clashes:
            server, laptop = s.data[name], lap.data[name]
            if _is_text(entity, name):
                s.data[name] = f"{server}\n\n{marker(self.when, self.sides)}\n{laptop}".strip()
                resolution, texts = "both texts kept in the field", True
            else:
                noted.append(f"{name} = {laptop}")
                resolution = f"the value {self.sides.on_here} stays"
                if entity in NOTE_FIELD:
                    resolution += (
                        f"; the one {self.sides.on_incoming} is noted in {NOTE_FIELD[entity]}"
                    )
            self._conflict(s, name, server, laptop, resolution)
        if noted and entity in NOTE_FIELD:
            note = NOTE_FIELD[entity]
            s.data[note] = (
                f"{s.data[note]}\n\n{marker(self.when, self.sides)} {'; '.join(noted)}"
            ).strip()
        if texts or (noted and entity in NOTE_FIELD):
            self._written(s)

    def _copy(self, lap: _Item, s: _Item) -> None:
        data = copy.deepcopy(lap.data)
        data["uuid"] = str(uuidlib.uuid4())
        data["created_at"] = data["updated_at"] = self.stamp
        marked = COPIED[lap.entity]
        data[marked] = _fit(lap.entity, marked, f"{marker(self.when, self.sides)} {data[marked]}")
        if "position" in data:
            data["position"] = s.data["position"]  # just after the server's (ties go by id)
        assert s.parent is not None  # a session's row has its session
        s.parent[lap.entity.key].append(data)
        self.merged[data["uuid"]] = _Item(lap.entity, data, s.parent)
        self.plan.written.add(data["uuid"])


def plan_merge(
    base: dict | None, laptop: dict, server: dict | None, when: datetime, sides: Sides = BRING_BACK
) -> Plan:
    """What bringing the laptop's document back into the server's means; server None when the
    community is no longer on the server (then the laptop's copy is all there is)."""
    if server is None:
        plan = Plan(copy.deepcopy(laptop))
        plan.written = set(_index(laptop))
        community = _Item(t.COMMUNITY, laptop["community"], None)
        plan.conflicts.append(
            Conflict(
                t.COMMUNITY.model.__tablename__,
                _label(community),
                None,
                None,
                None,
                f"deleted {sides.on_here}: brought back whole",
                sides,
            )
        )
        return plan
    return _Merger(base, laptop, server, when, sides).run()

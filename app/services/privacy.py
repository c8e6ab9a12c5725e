"""Erasing a person on request (AVG/GDPR), in two steps: first every mention is found and shown in
context (as participant, contact person, facilitator, action owner or partner, and in the group's
texts, in every session of every community and in every backup), then the facilitator chooses
which go — a surname or first name on its own may be somebody else — and those are erased.

The columns searched are every text column of every table (read from the models, so a column
added later is searched too), strings inside JSON included. SQLite keeps deleted text in free
pages and in its write-ahead log: the erase runs with secure_delete on, truncates the log and
vacuums, and the files beside the database are dealt with by privacy_files.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field, fields, replace
from typing import Any

from sqlalchemy import JSON, String, select, text

from app import models as m
from app.name_matcher import FULL, NameMatcher, key, snippet
from app.services.errors import refused
from app.store import Store
from app.vocabulary.refusals import Refusal

ERASED = "[verwijderd]"

# Columns that hold a person's name as the whole value: emptied (or the row removed) rather than
# having "[verwijderd]" written in. Any other text column is free text.
PARTICIPANT, ACTOR, FACILITATOR, OWNER, PARTNER, HOLDER, TEXT = (
    "participant",
    "actor",
    "facilitator",
    "owner",
    "partner",
    "holder",
    "text",
)
NAME_FIELDS = {
    ("participant", "name"): PARTICIPANT,
    ("actor", "name"): ACTOR,
    ("intervisie_session", "facilitator"): FACILITATOR,
    ("action", "owner"): OWNER,
    ("action", "partners"): PARTNER,
    ("session_claim", "holder"): HOLDER,
    ("takeout", "holder"): HOLDER,
}


def text_columns() -> dict[type[Any], tuple[str, ...]]:
    """Model -> the attributes that can hold typed text: every String/Text/JSON column except
    keys and uuids (derived, so a new column is never forgotten)."""
    out: dict[type[Any], tuple[str, ...]] = {}
    for mapper in sorted(m.Base.registry.mappers, key=lambda mp: mp.class_.__tablename__):
        if mapper.class_ is m.StoredModel:
            # a model definition is the network's model, not what a group said about people;
            # changing it in place would break its fingerprint (one version, one content)
            continue
        cols = tuple(
            c.key
            for c in mapper.columns
            if isinstance(c.type, (String, JSON))
            and not c.primary_key
            and not c.foreign_keys
            and c.key != "uuid"
        )
        if cols:
            out[mapper.class_] = cols
    return out


@dataclass(frozen=True)
class Mention:
    table: str
    column: str
    row: tuple  # the row's primary key
    path: tuple  # where inside a JSON value (() for plain text)
    n: int  # the how-manieth mention in that value
    kind: str  # name_matcher.FULL / SURNAME / FIRST
    role: str  # PARTICIPANT, ACTOR, … or TEXT
    written: str  # the mention as typed
    context: str  # the words around it
    whole: bool  # the mention is the whole value (a name field, a partner)
    files: tuple[str, ...] = ("database",)

    @property
    def key(self) -> tuple:
        return (self.table, self.column, self.row, self.path, self.n, key(self.written))


@dataclass
class ErasureCounts:
    participants: int = 0  # participant rows removed
    actors: int = 0  # actors whose contact person was this name
    facilitators: int = 0  # sessions where they were the facilitator
    owners: int = 0  # actions they owned
    partners: int = 0  # partner entries removed from actions
    text_mentions: int = 0  # mentions replaced in the group's texts
    backups: int = 0  # backups rewritten
    leftovers: int = 0  # half-written copies and printed reports deleted
    damaged: int = 0  # set-aside damaged copies scrubbed byte by byte
    unreachable: list[str] = field(default_factory=list)  # exports/reports written elsewhere

    @property
    def total(self) -> int:
        return sum(
            getattr(self, f.name)
            for f in fields(self)
            if f.name
            in ("participants", "actors", "facilitators", "owners", "partners", "text_mentions")
        )


def _tree(value):
    """(the value as a tree of strings, whether it was JSON stored as text)."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value), True
        except ValueError:
            pass
    return value, False


def _leaves(tree, path=()):
    if isinstance(tree, str):
        yield path, tree
    elif isinstance(tree, list):
        for i, x in enumerate(tree):
            yield from _leaves(x, path + (i,))
    elif isinstance(tree, dict):
        for k, x in tree.items():
            yield from _leaves(x, path + (k,))


def _mentions_in(db, matcher: NameMatcher, where: str) -> list[Mention]:
    found = []
    for model, cols in text_columns().items():
        mapper = model.__mapper__
        for row in db.scalars(select(model)):
            pk = tuple(mapper.primary_key_from_instance(row))
            for col in cols:
                tree, _ = _tree(getattr(row, col))
                role = NAME_FIELDS.get((model.__tablename__, col), TEXT)
                for path, value in _leaves(tree):
                    for n, hit in enumerate(matcher.find(value)):
                        whole = role != TEXT and value.strip() == hit.text.strip()
                        found.append(
                            Mention(
                                model.__tablename__,
                                col,
                                pk,
                                path,
                                n,
                                hit.kind,
                                role if whole else TEXT,
                                hit.text,
                                snippet(value, hit.start, hit.end),
                                whole,
                                (where,),
                            )
                        )
    return found


def find_mentions(store: Store, name: str, include_files: bool = True) -> list[Mention]:
    """Every mention of `name` in the database and (include_files) its backups; a mention found in
    several files is listed once, with the files it is in."""
    matcher = _matcher(name)
    with store.reading() as db:
        found = {x.key: x for x in _mentions_in(db, matcher, "database")}
    if include_files and store.path is not None:
        from app.services.privacy_files import mentions_in_backups

        for x in mentions_in_backups(store.path, matcher):
            if x.key in found:
                found[x.key] = _with_file(found[x.key], x.files[0])
            else:
                found[x.key] = x
    return list(found.values())


def _with_file(x: Mention, where: str) -> Mention:
    return replace(x, files=x.files + (where,))


def _matcher(name: str) -> NameMatcher:
    if len(key(name).replace(" ", "")) < 2:
        raise refused(Refusal.ERASE_NEEDS_FULL_NAME)
    return NameMatcher(name)


def _put(tree, path, new):
    if not path:
        return new
    tree[path[0]] = _put(tree[path[0]], path[1:], new)
    return tree


def _drop(tree, path):
    """A partner entry (an element of a JSON list) removed."""
    del _leaf(tree, path[:-1])[path[-1]]
    return tree


def erase_chosen(db, matcher: NameMatcher, chosen: set[tuple], counts: ErasureCounts) -> None:
    """Erase, in one open database session, the mentions whose key is in `chosen`."""
    doomed = [x for x in _mentions_in(db, matcher, "") if x.key in chosen]
    by_value: dict[tuple, list[Mention]] = {}
    for x in doomed:
        by_value.setdefault((x.table, x.column, x.row), []).append(x)
    models = {model.__tablename__: model for model in text_columns()}
    gone: set[tuple] = set()
    # name fields first: a participant row removed needs no other column rewritten
    for (table, column, pk), xs in sorted(
        by_value.items(), key=lambda kv: not any(x.whole for x in kv[1])
    ):
        row = db.get(models[table], pk)
        if row is None or (table, pk) in gone:
            continue
        if any(x.role == PARTICIPANT for x in xs):
            db.delete(row)
            gone.add((table, pk))
            counts.participants += 1
            continue
        if any(x.role == ACTOR for x in xs):
            counts.actors += 1
            if (row.organisation or "").strip():
                row.name, row.contact = "", ""  # the organisation stays a partner
            else:
                db.delete(row)
                gone.add((table, pk))
            continue
        # a copy: a JSON list changed in place would not be seen as changed and not be saved
        tree, was_json_text = _tree(copy.deepcopy(getattr(row, column)))
        # the last mention first, so earlier positions and list indexes stay valid
        for x in sorted(xs, key=lambda x: (x.path, x.n), reverse=True):
            if x.role == PARTNER:
                tree = _drop(tree, x.path)
                counts.partners += 1
                continue
            value = _leaf(tree, x.path)
            if x.whole:
                new = ""
                counts.facilitators += x.role == FACILITATOR
                counts.owners += x.role == OWNER
            else:
                new = _replace_nth(matcher, value, x.n)
                counts.text_mentions += 1
            tree = _put(tree, x.path, new)
        setattr(row, column, json.dumps(tree) if was_json_text else tree)


def _leaf(tree, path):
    for step in path:
        tree = tree[step]
    return tree


def _replace_nth(matcher: NameMatcher, value: str, n: int) -> str:
    hits = matcher.find(value)
    if n >= len(hits):  # already emptied with its row (an actor's contact)
        return value
    hit = hits[n]
    return value[: hit.start] + ERASED + value[hit.end :]


def erase_in_store(store: Store, matcher: NameMatcher, chosen: set[tuple]) -> ErasureCounts:
    counts = ErasureCounts()
    with store.transaction() as db:
        if store.dialect == "sqlite":
            db.execute(text("PRAGMA secure_delete=ON"))  # freed space is zeroed, not left readable
        erase_chosen(db, matcher, chosen, counts)
    if store.dialect == "sqlite":
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return counts


def erase_mentions(
    store: Store, name: str, chosen: list[Mention], include_files: bool = True
) -> ErasureCounts:
    """Erase the chosen mentions (as found by find_mentions) from the database and, with
    include_files, from its backups and every other file beside it (privacy_files)."""
    matcher = _matcher(name)
    keys = {x.key for x in chosen}
    counts = erase_in_store(store, matcher, keys)
    if include_files and store.path is not None:
        from app.services.privacy_files import erase_beside

        erase_beside(store, matcher, chosen, counts)
    return counts


def erase_person(store: Store, name: str, include_backups: bool = False) -> ErasureCounts:
    """Erase every mention of the full name (case, spacing and accents do not matter); a surname
    or first name on its own is left, since it may be somebody else (erase_mentions can)."""
    full = [x for x in find_mentions(store, name, include_files=include_backups) if x.kind == FULL]
    return erase_mentions(store, name, full, include_files=include_backups)

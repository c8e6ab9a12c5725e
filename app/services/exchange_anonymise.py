"""The anonymised export: people become "Deelnemer 1", "Deelnemer 2", … consistently throughout
the file (as participant, contact person, facilitator, owner, partner, and where the texts name
them in any form the name matcher knows: the surname alone, without accents, a possessive);
contact details are left out. Organisations and everything the group said stay.

Who is a person: a participant, an actor's contact person, a facilitator, and an action owner or
partner that is not an organisation the community knows (an actor's or a participant's
organisation, or the community itself) — an owner the app cannot place is taken to be a person.
With drop_organisations the participants' organisations go too: "Deelnemer 4" alone, since the
only delegate of a water board is known by it.
"""

from __future__ import annotations

import copy

from app.name_matcher import NameMatcher, key, replace_all
from app.services import exchange_tables as t
from app.services.privacy import NAME_FIELDS, text_columns

PSEUDONYM = "Deelnemer {n}"


def _organisations(doc: dict) -> set[str]:
    found = {key(doc["community"]["name"])}
    found |= {key(a["organisation"]) for a in doc["community"]["actors"]}
    for s in doc["sessions"]:
        found |= {key(p["organisation"]) for p in s["participants"]}
    return found - {""}


def _people(doc: dict, organisations: set[str]) -> list[str]:
    """Every person's name in the file, in order of first appearance."""
    names: list[str] = []
    seen: set[str] = set()

    def add(name: str) -> None:
        k = key(name or "")
        if len(k) >= 2 and k not in seen and k not in organisations:
            seen.add(k)
            names.append(name)

    for a in doc["community"]["actors"]:
        add(a["name"])
    for s in doc["sessions"]:
        add(s["facilitator"])
        for p in s["participants"]:
            add(p["name"])
        for a in s["actions"]:
            add(a["owner"])
            for partner in a["partners"]:
                add(partner)
    return names


class _Renamer:
    def __init__(self, people: list[str]):
        self.alias = {key(n): PSEUDONYM.format(n=i + 1) for i, n in enumerate(people)}
        # longest names first, so "Jan de Vries" is replaced before "Jan" could split it
        self.matchers = [
            (NameMatcher(n), self.alias[key(n)]) for n in sorted(people, key=len, reverse=True)
        ]

    def person(self, name: str) -> str:
        return self.alias.get(key(name), name) if name else name

    def text(self, value: str | None) -> str | None:
        if not isinstance(value, str):
            return value
        # a surname or first name alone only where it is written as a name ("Wit", not "wit")
        return replace_all(value, self.matchers, only_capitalised_parts=True)


def _free_text(entity: t.Entity) -> tuple[str, ...]:
    table = entity.model.__tablename__
    return tuple(
        c
        for c in text_columns().get(entity.model, ())
        if c in entity.fields and (table, c) not in NAME_FIELDS and c != "contact"
    )


def anonymise(doc: dict, drop_organisations: bool = False) -> dict:
    doc = copy.deepcopy(doc)
    organisations = _organisations(doc)
    rename = _Renamer(_people(doc, organisations))

    def texts(entity: t.Entity, row: dict) -> None:
        for col in _free_text(entity):
            value = row.get(col)
            row[col] = (
                [rename.text(x) for x in value] if isinstance(value, list) else rename.text(value)
            )

    community = doc["community"]
    texts(t.COMMUNITY, community)
    for a in community["actors"]:
        a["name"], a["contact"] = rename.person(a["name"]), ""
        texts(t.ACTOR, a)
    for s in doc["sessions"]:
        s["facilitator"] = rename.person(s["facilitator"])
        texts(t.SESSION, s)
        for entity in t.SESSION_ROWS:
            for row in s[entity.key]:
                texts(entity, row)
        for p in s["participants"]:
            p["name"] = rename.person(p["name"])
            if drop_organisations:
                p["organisation"] = ""
                p["actor"] = None  # the actor it points at would name the organisation again
        for a in s["actions"]:
            a["owner"] = rename.person(a["owner"])
            a["partners"] = [rename.person(p) for p in a["partners"]]
    doc["anonymised"] = True
    return doc

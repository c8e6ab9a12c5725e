"""The anonymised export: people become "Deelnemer 1", "Deelnemer 2", … consistently throughout
the file (as participant, contact person, facilitator, owner, partner, and where the texts name
them); contact details are left out. Organisations and everything the group said stay."""

from __future__ import annotations

import copy

from app.services import exchange_tables as t
from app.services.privacy import TEXT_COLUMNS, mention_pattern, normalise

PSEUDONYM = "Deelnemer {n}"


def _people(doc: dict) -> list[str]:
    """Every person's name in the file, in order of first appearance."""
    names: list[str] = []

    def add(name: str) -> None:
        if name and name.strip() and normalise(name) not in {normalise(n) for n in names}:
            names.append(name)

    for a in doc["community"]["actors"]:
        add(a["name"])
    for s in doc["sessions"]:
        add(s["facilitator"])
        for p in s["participants"]:
            add(p["name"])
        for a in s["actions"]:
            add(a["owner"])
    return names


def anonymise(doc: dict) -> dict:
    doc = copy.deepcopy(doc)
    people = _people(doc)
    alias = {normalise(n): PSEUDONYM.format(n=i + 1) for i, n in enumerate(people)}
    # longest names first, so "Jan de Vries" is replaced before "Jan" could split it
    patterns = [(mention_pattern(n), alias[normalise(n)])
                for n in sorted(people, key=len, reverse=True)]

    def person(name: str) -> str:
        return alias.get(normalise(name), name) if name else name

    def texts(entity: t.Entity, row: dict) -> None:
        for col in TEXT_COLUMNS.get(entity.model, ()):
            for pattern, pseudonym in patterns:
                row[col] = pattern.sub(pseudonym, row[col])

    community = doc["community"]
    texts(t.COMMUNITY, community)
    for a in community["actors"]:
        a["name"], a["contact"] = person(a["name"]), ""
        texts(t.ACTOR, a)
    for s in doc["sessions"]:
        s["facilitator"] = person(s["facilitator"])
        texts(t.SESSION, s)
        for entity in t.SESSION_ROWS:
            for row in s[entity.key]:
                texts(entity, row)
        for p in s["participants"]:
            p["name"] = person(p["name"])
        for a in s["actions"]:
            a["owner"] = person(a["owner"])
            a["partners"] = [person(p) for p in a["partners"]]
    doc["anonymised"] = True
    return doc

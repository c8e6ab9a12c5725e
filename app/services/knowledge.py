"""Actoren en kennis: who holds which knowledge, which regional questions and projects each actor
is tied to, and which questions need knowledge that no actor of the community has.

Knowledge is kept simple and matchable: an actor's `knowledge` and a question's
`needed_knowledge` are texts of tags separated by commas (or semicolons, or new lines); two tags
match when they are equal apart from case, spacing and hyphens ("Biobased-economy" matches
"biobased economy")."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app import models as m
from app.modeldef import definition_for
from app.services import convert, sessions
from app.services.rows import get, open_session, set_fields, set_tied, writing
from app.store import Store
from app.vocabulary import dto, overviews

_SEPARATORS = re.compile(r"[,;\n]")
_SPACING = re.compile(r"[\s\-_]+")


def tags(text: str) -> tuple[str, ...]:
    """The tags of a knowledge text, as typed (trimmed), without repeats."""
    out: dict[str, str] = {}
    for part in _SEPARATORS.split(text or ""):
        part = " ".join(part.split())
        if part:
            out.setdefault(normalise(part), part)
    return tuple(out.values())


def normalise(tag: str) -> str:
    return _SPACING.sub(" ", tag.casefold()).strip()


def question_elements(model) -> tuple[str, ...]:
    """The areas whose observations are regional questions."""
    return tuple(a.key for a in model.areas if a.regional_questions)


def _item(row, text: str) -> overviews.TiedItem:
    return overviews.TiedItem(row.id, row.session_id, text)


def actors_overview(
    store: Store, community_id: int, session_id: int | None = None
) -> overviews.ActorsOverview:
    """The community's actors with their knowledge and ties, the regional questions of one
    session (by default the latest) and the gaps among them."""
    if session_id is None:
        latest = sessions.latest_session(store, community_id)
        session_id = latest.id if latest else None
    with store.reading() as db:
        actors = list(
            db.scalars(
                select(m.Actor)
                .where(m.Actor.community_id == community_id)
                .order_by(m.Actor.organisation, m.Actor.name)
            )
        )
        questions, actions = [], []
        if session_id is not None:
            s = get(db, m.IntervisieSession, session_id)
            keys = question_elements(definition_for(s.model_id, s.model_version))
            questions = list(
                db.scalars(
                    select(m.Observation)
                    .where(
                        m.Observation.session_id == session_id, m.Observation.element_key.in_(keys)
                    )
                    .options(selectinload(m.Observation.actors))
                    .order_by(m.Observation.element_key, m.Observation.position)
                )
            )
            actions = list(
                db.scalars(
                    select(m.Action)
                    .where(m.Action.session_id == session_id)
                    .options(selectinload(m.Action.actors))
                    .order_by(m.Action.position)
                )
            )
        tied_q: dict[int, list] = {a.id: [] for a in actors}
        tied_a: dict[int, list] = {a.id: [] for a in actors}
        for q in questions:
            for a in q.actors:
                tied_q.setdefault(a.id, []).append(_item(q, q.text))
        for x in actions:
            for a in x.actors:
                tied_a.setdefault(a.id, []).append(_item(x, x.title))
        people = tuple(
            overviews.ActorKnowledge(
                convert.actor(a), tags(a.knowledge), tuple(tied_q[a.id]), tuple(tied_a[a.id])
            )
            for a in actors
        )
        items = tuple(_item(q, q.text) for q in questions)
        needed = {q.id: found for q in questions if (found := tags(q.needed_knowledge))}
        as_read = {q.id: convert.observation(q) for q in questions}
    return overviews.ActorsOverview(
        community_id, session_id, people, items, needed, gaps(people, items, needed), as_read
    )


def gaps(
    actors, questions, needed: dict[int, tuple[str, ...]]
) -> tuple[overviews.KnowledgeGap, ...]:
    """Questions needing a tag no actor holds, with the tags that are missing."""
    held = {normalise(t) for a in actors for t in a.tags}
    out = []
    for q in questions:
        wanted = needed.get(q.id, ())
        missing = tuple(t for t in wanted if normalise(t) not in held)
        if missing:
            out.append(overviews.KnowledgeGap(q, wanted, missing))
    return tuple(out)


def set_needed_knowledge(
    store: Store, observation_id: int, text: str, based_on: dict | None = None
) -> dto.ObservationData:
    """The knowledge a regional question needs, as comma-separated tags; based_on: the question
    as the window showed it (app.vocabulary.based_on)."""
    with writing(store) as db:
        o = get(db, m.Observation, observation_id)
        open_session(db, o.session_id)
        set_fields(o, {"needed_knowledge"}, {"needed_knowledge": text}, based_on)
        o.carried = False  # the group looked at it again
        db.flush()
        return convert.observation(o)


def set_question_actors(
    store: Store, observation_id: int, actor_ids: list[int], based_on: dict | None = None
) -> dto.ObservationData:
    """Tie a regional question to these actors of its community (and to no others)."""
    with writing(store) as db:
        o = get(db, m.Observation, observation_id)
        s = open_session(db, o.session_id)
        chosen = [get(db, m.Actor, i) for i in dict.fromkeys(actor_ids)]
        if any(a.community_id != s.community_id for a in chosen):
            raise ValueError("a question is tied to actors of its own community")
        set_tied(o, "actor_ids", chosen, based_on)
        o.carried = False
        db.flush()
        return convert.observation(o)

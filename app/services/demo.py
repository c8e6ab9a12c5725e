"""The demo community: the source document's worked example, installed into a new database and
restorable later, with a later session made up to illustrate the model's uses (marked as an
example in its title). Built in one transaction, so a half-installed demo cannot exist.

Restoring touches only the app's own demo, and only while nobody worked in it: the community this
database installed as its demo (its exchange record says so; the is_demo flag alone also travels
in exchange files) whose content is still exactly as delivered. A demo the group worked in, or one
that came from a file, holds the group's work: it is kept, and a fresh demo comes beside it."""

from __future__ import annotations

import json
import re
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, select

from app import models as m
from app.modeldef.loader import shipped_definitions, version_key
from app.resources import demo_dir
from app.services import exchange_tables as t
from app.services.communities import unique_name
from app.services.demo_followup import build_follow_up, starting_with
from app.services.exchange_export import document_in
from app.services.exchange_merge import note_origin, record
from app.store import Store

DEMO_FILE = "westerkwartier.toml"


def load_demo_file(path: Path | None = None) -> dict:
    with open(path or demo_dir() / DEMO_FILE, "rb") as fh:
        return tomllib.load(fh)


def _demo_model():
    """The demo's words are written for the shipped model, whatever newer version the user made."""
    return max(shipped_definitions().values(), key=lambda d: version_key(d.version))


def _build(raw: dict) -> tuple[m.Community, list[tuple[m.Participant | m.FocusPoint, Any]]]:
    """The community, and the links (participant→actor, focus point→observation) that can only be
    set once the rows have ids."""
    model = _demo_model()
    c = raw["community"]
    community = m.Community(
        name=c["name"],
        region=c["region"],
        description=c["description"],
        frame_key=c.get("frame"),
        is_demo=True,
    )
    actors = {}
    links: list[tuple[m.Participant | m.FocusPoint, Any]] = []
    for a in raw.get("actors", []):
        actor = m.Actor(
            name=a["name"],
            organisation=a["organisation"],
            helix_role=a["helix_role"],
            knowledge=a.get("knowledge", ""),
        )
        community.actors.append(actor)
        actors[a["name"]] = actor
    s = raw["session"]
    session = m.IntervisieSession(
        title=s["title"],
        held_on=s["held_on"],
        location=s["location"],
        facilitator=s["facilitator"],
        model_id=model.id,
        model_version=model.version,
        ambition=s.get("ambition", ""),
        current_stage="opening",
        stage_reached="aanpak",
    )
    community.sessions.append(session)
    for i, name in enumerate(s.get("participants", [])):
        actor = actors[name]
        participant = m.Participant(
            name=name, organisation=actor.organisation, helix_role=actor.helix_role, position=i
        )
        session.participants.append(participant)
        links.append((participant, actor))
    focus_position = 0
    for el in s.get("elements", []):
        session.assessments.append(
            m.Assessment(
                element_key=el["key"], status=el.get("status"), context_note=el.get("context", "")
            )
        )
        observations = []
        for i, o in enumerate(el.get("observations", [])):
            obs = m.Observation(
                element_key=el["key"],
                position=i,
                text=o["text"],
                status=o.get("status"),
                complexity=o.get("complexity"),
                transition=o.get("transition"),
            )
            session.observations.append(obs)
            observations.append(obs)
        for f in el.get("focus", []):
            fp = m.FocusPoint(element_key=el["key"], text=f["text"], position=focus_position)
            focus_position += 1
            if "from" in f:
                links.append((fp, observations[f["from"] - 1]))
            session.focus_points.append(fp)
    for i, key in enumerate(s.get("themes", [])):
        session.themes.append(m.SessionTheme(theme_key=key, position=i))
    for i, text in enumerate(s.get("steps", [])):
        session.steps.append(m.Step(text=text, position=i))
    for i, a in enumerate(s.get("actions", [])):
        session.actions.append(
            m.Action(
                position=i,
                title=a["title"],
                description=a.get("description", ""),
                owner=a.get("owner", ""),
                partners=list(a.get("partners", [])),
                indicator=a.get("indicator", ""),
                characteristics=list(a.get("characteristics", [])),
                focus_points=starting_with(session.focus_points, a.get("focus", [])),
                themes=[t for t in session.themes if t.theme_key in a.get("themes", [])],
            )
        )
    return community, links


def install_demo(store: Store, path: Path | None = None) -> int:
    """Add the demo community; returns its id."""
    raw = load_demo_file(path)
    with store.transaction() as db:
        community, links = _build(raw)
        community.name = unique_name(db, community.name)
        db.add(community)
        db.flush()
        for row, target in links:
            if isinstance(row, m.Participant):
                row.actor_id = target.id
            else:
                row.observation_id = target.id
        if "follow_up" in raw:  # an illustration of a later session (see the demo file)
            db.flush()
            actors = {a.name: a for a in community.actors}
            model = _demo_model()
            questions = next(a.key for a in model.areas if a.regional_questions)
            build_follow_up(db, community.sessions[0], raw["follow_up"], actors, questions)
        db.flush()
        note_origin(db, community.uuid, "demo")
        return community.id


def restore_demo(store: Store) -> int:
    """A fresh demo community; returns its id. The app's own demo is replaced when nobody worked
    in it; any other community flagged as demo (worked in, or from a file) stays as it is."""
    delivered = _content(_fresh_demo_document())
    with store.transaction() as db:
        for c in db.scalars(select(m.Community).where(m.Community.is_demo.is_(True))):
            own = record(db, c.uuid)
            if (
                own is not None
                and own.origin == "demo"
                and _content(document_in(db, c.id)) == delivered
            ):
                db.delete(own)
                db.delete(c)
    return install_demo(store)


_COPY_SUFFIX = re.compile(r" \(kopie(?: \d+)?\)$")


def _content(doc: dict) -> list:
    """What the group could have changed in a community, without ids and times: every field of
    every row (a name given "(kopie 2)" beside a kept demo counts as the delivered name)."""
    out = []
    for entity, row, _session in t.rows_of(doc):
        values = []
        for name in entity.fields:
            if isinstance(entity.model.__table__.c[name].type, DateTime):
                continue  # closed_at and the like: the moment of installing
            value = row[name]
            if name.endswith("_uuid"):
                value = value is not None  # an id, different in every copy
            if entity is t.COMMUNITY and name == "name":
                value = _COPY_SUFFIX.sub("", value)
            values.append(value)
        links = [len(row[key]) for key in t.LINKS.get(entity, ())]
        refs = [row[ref.key] is not None for ref in entity.refs]
        out.append(json.dumps([entity.key, values, links, refs], ensure_ascii=False))
    return sorted(out)


def _fresh_demo_document() -> dict:
    """The demo as delivered, built in a throw-away database (the same code that installs it)."""
    from app.services.bootstrap import open_database

    with tempfile.TemporaryDirectory(prefix="intervisie-demo-") as folder:
        fresh = open_database(str(Path(folder) / "demo.db"), with_demo=True)
        try:
            with fresh.reading() as db:
                community_id = db.scalars(select(m.Community.id)).one()
                return document_in(db, community_id)
        finally:
            fresh.close()

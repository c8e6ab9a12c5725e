"""The demo community: the source document's worked example, installed into a new database and
restorable later, with a later session made up to illustrate the model's uses (marked as an
example in its title). Built in one transaction, so a half-installed demo cannot exist."""

from __future__ import annotations

import tomllib
from pathlib import Path

from sqlalchemy import select

from app import models as m
from app.modeldef import current_definition
from app.resources import demo_dir
from app.services.demo_followup import build_follow_up
from app.store import Store

DEMO_FILE = "westerkwartier.toml"


def load_demo_file(path: Path | None = None) -> dict:
    with open(path or demo_dir() / DEMO_FILE, "rb") as fh:
        return tomllib.load(fh)


def _build(raw: dict) -> tuple[m.Community, list[tuple[object, object]]]:
    """The community, and the links (participant→actor, focus point→observation) that can only be
    set once the rows have ids."""
    model = current_definition()
    c = raw["community"]
    community = m.Community(name=c["name"], region=c["region"], description=c["description"],
                            frame_key=c.get("frame"), is_demo=True)
    actors = {}
    links: list[tuple[object, object]] = []
    for a in raw.get("actors", []):
        actor = m.Actor(name=a["name"], organisation=a["organisation"],
                        helix_role=a["helix_role"], knowledge=a.get("knowledge", ""))
        community.actors.append(actor)
        actors[a["name"]] = actor
    s = raw["session"]
    session = m.IntervisieSession(
        title=s["title"], held_on=s["held_on"], location=s["location"],
        facilitator=s["facilitator"], model_id=model.id, model_version=model.version,
        ambition=s.get("ambition", ""), current_stage="opening", stage_reached="aanpak")
    community.sessions.append(session)
    for i, name in enumerate(s.get("participants", [])):
        actor = actors[name]
        participant = m.Participant(name=name, organisation=actor.organisation,
                                    helix_role=actor.helix_role, position=i)
        session.participants.append(participant)
        links.append((participant, actor))
    focus_position = 0
    for el in s.get("elements", []):
        session.assessments.append(m.Assessment(element_key=el["key"], status=el.get("status"),
                                                context_note=el.get("context", "")))
        observations = []
        for i, o in enumerate(el.get("observations", [])):
            obs = m.Observation(element_key=el["key"], position=i, text=o["text"],
                                status=o.get("status"), complexity=o.get("complexity"),
                                transition=o.get("transition"))
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
        session.actions.append(m.Action(
            position=i, title=a["title"], description=a.get("description", ""),
            owner=a.get("owner", ""), partners=list(a.get("partners", [])),
            indicator=a.get("indicator", ""), characteristics=list(a.get("characteristics", []))))
    return community, links


def install_demo(store: Store, path: Path | None = None) -> int:
    """Add the demo community; returns its id."""
    raw = load_demo_file(path)
    with store.transaction() as db:
        community, links = _build(raw)
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
            model = current_definition()
            questions = next(a.key for a in model.areas if a.regional_questions)
            build_follow_up(db, community.sessions[0], raw["follow_up"], actors, questions)
        return community.id


def restore_demo(store: Store) -> int:
    """Replace the demo community (whatever was changed in it) by a fresh copy."""
    with store.transaction() as db:
        for c in db.scalars(select(m.Community).where(m.Community.is_demo.is_(True))):
            db.delete(c)
    return install_demo(store)

"""ORM rows to plain data, in one place."""

from __future__ import annotations

from app import models as m
from app.vocabulary import dto


def community(c: m.Community, session_count: int = 0, last=None) -> dto.CommunityData:
    return dto.CommunityData(
        c.id,
        c.uuid,
        c.name,
        c.region,
        c.description,
        c.frame_key,
        c.is_demo,
        session_count,
        last,
        version=c.version,
    )


def actor(a: m.Actor) -> dto.ActorData:
    return dto.ActorData(
        a.id,
        a.uuid,
        a.community_id,
        a.name,
        a.organisation,
        a.helix_role,
        a.knowledge,
        a.contact,
        version=a.version,
    )


def session(s: m.IntervisieSession) -> dto.SessionData:
    return dto.SessionData(
        s.id,
        s.uuid,
        s.community_id,
        s.community.name,
        s.title,
        s.held_on,
        s.location,
        s.facilitator,
        s.model_id,
        s.model_version,
        s.current_stage,
        s.stage_reached,
        s.state,
        s.closed_at,
        s.continues_from_id,
        s.development_path,
        s.development_path_reason,
        s.ambition,
        s.summary_note,
        s.next_session_on,
        version=s.version,
    )


def participant(p: m.Participant) -> dto.ParticipantData:
    return dto.ParticipantData(
        p.id,
        p.uuid,
        p.session_id,
        p.position,
        p.name,
        p.organisation,
        p.helix_role,
        p.role_in_session,
        p.actor_id,
        version=p.version,
    )


def observation(o: m.Observation) -> dto.ObservationData:
    return dto.ObservationData(
        o.id,
        o.uuid,
        o.session_id,
        o.element_key,
        o.position,
        o.text,
        o.status,
        o.complexity,
        o.transition,
        o.carried,
        o.needed_knowledge,
        tuple(sorted(a.id for a in o.actors)),
        version=o.version,
        linked_uuid=o.linked_uuid,
    )


def assessment(a: m.Assessment) -> dto.AssessmentData:
    return dto.AssessmentData(
        a.element_key, a.status, a.context_note, a.carried, id=a.id, version=a.version
    )


def focus_point(f: m.FocusPoint) -> dto.FocusPointData:
    return dto.FocusPointData(
        f.id,
        f.uuid,
        f.session_id,
        f.element_key,
        f.position,
        f.text,
        f.votes,
        f.observation_id,
        version=f.version,
    )


def theme(t: m.SessionTheme) -> dto.ThemeData:
    return dto.ThemeData(
        t.id, t.uuid, t.theme_key, t.label, t.position, tuple(t.element_keys or ())
    )


def step(s: m.Step) -> dto.StepData:
    return dto.StepData(s.id, s.uuid, s.position, s.text, version=s.version)


def monitoring(x: m.MonitoringItem) -> dto.MonitoringData:
    return dto.MonitoringData(
        x.id,
        x.uuid,
        x.position,
        x.kind,
        x.text,
        x.due_on,
        x.carried_from_uuid,
        x.verdict,
        x.standing,
        version=x.version,
    )


def action(a: m.Action) -> dto.ActionData:
    return dto.ActionData(
        a.id,
        a.uuid,
        a.session_id,
        a.position,
        a.title,
        a.description,
        a.owner,
        tuple(a.partners or ()),
        a.starts_on,
        a.due_on,
        a.indicator,
        a.status,
        tuple(a.characteristics or ()),
        tuple(sorted(f.id for f in a.focus_points)),
        tuple(sorted(t.id for t in a.themes)),
        tuple(a.groenpact or ()),
        tuple(a.frame_items or ()),
        tuple(a.element_keys or ()),
        a.complexity,
        a.development_path,
        tuple(sorted(x.id for x in a.actors)),
        a.continued_from_uuid,
        version=a.version,
    )

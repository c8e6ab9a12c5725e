"""A session moves to a newer version of its model (a follow-up that started on the version the
group used before): what the group said is mapped to the new version's keys through its lineage
(app.modeldef.diff), and what has no place there is shown first (plan_model_move) and never
silently dropped (move_session_model).

What cannot be mapped, decided here: with keep_unmapped (the default) every such status,
observation and focus point is written, with the old area's name, into the session's closing
note ("Not in version 1.1 of the model …"), which the group sees, edits, prints and exports with
the session; the rows themselves go, because the new model has no place to draw them. A
follow-up's carried rows also stay in the earlier session, drawn with that session's own model.
A theme of the model that the new version no longer has becomes the group's own theme under the
same name; a development path the new version lacks is cleared and named in the note.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import models as m
from app.modeldef.definition import ModelDefinition, Text
from app.modeldef.diff import diff_definitions, element_mapping
from app.modeldef.loader import version_key
from app.services import model_store
from app.services.errors import refused
from app.services.model_checks import model_of
from app.services.rows import get, open_session, writing
from app.store import Store
from app.vocabulary.model_info import MappedElement, MovePlan, UnmappedItem
from app.vocabulary.refusals import Refusal

NOTE_HEAD = {
    "nl": "Niet in versie {new} van het model (verhuisd van versie {old} op {day}):",
    "en": "Not in version {new} of the model (moved from version {old} on {day}):",
}
NOTE_LINE = {
    "status": {"nl": "- {area}: status {status}{text}", "en": "- {area}: status {status}{text}"},
    "observation": {"nl": "- {area}, observatie: {text}", "en": "- {area}, observation: {text}"},
    "focus_point": {"nl": "- {area}, focuspunt: {text}", "en": "- {area}, focus point: {text}"},
    "path": {"nl": "- ontwikkelpad: {text}", "en": "- development path: {text}"},
    "link": {"nl": "- {text} werkte aan {area}", "en": "- {text} worked on {area}"},
    "proposal": {
        "nl": "- {area}, voorstel van een telefoon: {text}",
        "en": "- {area}, proposed by a phone: {text}",
    },
}


def _label(model: ModelDefinition, key: str) -> Text:
    return Text(model.element_label(key, "nl"), model.element_label(key, "en"))


def _target(db: Session, session: m.IntervisieSession, to_version: str) -> ModelDefinition:
    old = model_of(session)
    new = model_store.definition_of(session.model_id, to_version)
    if version_key(to_version) <= version_key(old.version):
        raise refused(Refusal.MODEL_MOVE_NOT_NEWER, current=old.version, version=to_version)
    return new


def _rows(db: Session, session_id: int):
    def of(model):
        return list(
            db.scalars(select(model).where(model.session_id == session_id).order_by(model.id))
        )

    return (of(m.Assessment), of(m.Observation), of(m.FocusPoint), of(m.SessionTheme), of(m.Action))


def _room(db: Session, session_id: int):
    """What the phones sent in this session: ratings and proposals (keyed by element too)."""
    return (
        list(db.scalars(select(m.RoomRating).where(m.RoomRating.session_id == session_id))),
        list(db.scalars(select(m.RoomProposal).where(m.RoomProposal.session_id == session_id))),
    )


def _merged_status(olds: list[m.Assessment]) -> int | None:
    given = {a.status for a in olds if a.status is not None}
    return given.pop() if len(given) == 1 else None


def _plan(db: Session, session: m.IntervisieSession, to_version: str) -> MovePlan:
    old = model_of(session)
    new = _target(db, session, to_version)
    mapping = element_mapping(old, new)
    assessments, observations, focus, themes, actions = _rows(db, session.id)
    by_new: dict[str, list[m.Assessment]] = {}
    for a in assessments:
        if a.element_key in mapping:
            by_new.setdefault(mapping[a.element_key], []).append(a)
    mapped, unmapped = [], []
    for old_key, new_key in mapping.items():
        olds = by_new.get(new_key, [])
        status = _merged_status(olds)
        counts = (
            sum(o.element_key == old_key for o in observations),
            sum(f.element_key == old_key for f in focus),
            sum(old_key in (t.element_keys or []) for t in themes),
            sum(old_key in (x.element_keys or []) for x in actions),
        )
        own = [a for a in olds if a.element_key == old_key]
        if any(counts) or own:
            mapped.append(MappedElement(old_key, new_key, status if own else None, *counts))
        if status is None:  # merged areas that disagree: the group decides again
            unmapped += [
                UnmappedItem(
                    "status",
                    a.element_key,
                    _label(old, a.element_key),
                    a.context_note,
                    a.status,
                    a.carried,
                )
                for a in own
                if a.status is not None and len(olds) > 1
            ]
    for a in assessments:
        if a.element_key not in mapping and (a.status is not None or a.context_note):
            unmapped.append(
                UnmappedItem(
                    "status",
                    a.element_key,
                    _label(old, a.element_key),
                    a.context_note,
                    a.status,
                    a.carried,
                )
            )
    for o in observations:
        if o.element_key not in mapping:
            unmapped.append(
                UnmappedItem(
                    "observation",
                    o.element_key,
                    _label(old, o.element_key),
                    o.text,
                    o.status,
                    o.carried,
                )
            )
    for f in focus:
        if f.element_key not in mapping:
            unmapped.append(
                UnmappedItem("focus_point", f.element_key, _label(old, f.element_key), f.text)
            )
    for row, name in [(t, t.label or _theme_label(old, t.theme_key)) for t in themes] + [
        (x, x.title) for x in actions
    ]:
        for key in row.element_keys or []:
            if key not in mapping:
                unmapped.append(UnmappedItem("link", key, _label(old, key), name))
    if session.development_path and new.find(new.paths, session.development_path) is None:
        item = old.find(old.paths, session.development_path)
        unmapped.append(
            UnmappedItem(
                "path",
                session.development_path,
                item.label if item else Text(session.development_path, session.development_path),
                session.development_path_reason,
            )
        )
    return MovePlan(
        session.id,
        session.model_id,
        old.version,
        new.version,
        diff_definitions(old, new),
        tuple(mapped),
        tuple(unmapped),
    )


def _theme_label(model: ModelDefinition, key: str | None) -> str:
    item = model.find(model.themes, key) if key else None
    return item.label.get("nl") if item else (key or "")


def plan_model_move(store: Store, session_id: int, to_version: str) -> MovePlan:
    """What moving the session to `to_version` would map, and what has no place there."""
    with store.reading() as db:
        return _plan(db, get(db, m.IntervisieSession, session_id), to_version)


def _note(plan: MovePlan, lang: str) -> str:
    lang = "en" if lang == "en" else "nl"
    lines = [
        NOTE_HEAD[lang].format(
            new=plan.to_version, old=plan.from_version, day=date.today().isoformat()
        )
    ]
    for item in plan.unmapped:
        text = item.text.strip()
        if item.kind == "status":
            text = f" ({text})" if text else ""
        lines.append(
            NOTE_LINE[item.kind][lang].format(
                area=item.element_label.get(lang),
                status=item.status if item.status else "-",
                text=text or item.element_label.get(lang),
            )
        )
    return "\n".join(lines)


def _apply(
    db: Session,
    session: m.IntervisieSession,
    plan: MovePlan,
    new: ModelDefinition,
    mapping: dict[str, str],
) -> None:
    assessments, observations, focus, themes, actions = _rows(db, session.id)
    by_new: dict[str, list[m.Assessment]] = {}
    for a in assessments:
        if a.element_key in mapping:
            by_new.setdefault(mapping[a.element_key], []).append(a)
        else:
            db.delete(a)
    keeps: dict[str, m.Assessment] = {}
    for new_key, olds in by_new.items():
        keep = keeps[new_key] = next((a for a in olds if a.element_key == new_key), olds[0])
        if len(olds) > 1:
            keep.status = _merged_status(olds)
            keep.context_note = "\n".join(a.context_note for a in olds if a.context_note)
            keep.carried = all(a.carried for a in olds)
            for a in olds:
                if a is not keep:
                    db.delete(a)
    db.flush()  # the merged rows go before a kept one takes its new key (one per element)
    for new_key, keep in keeps.items():
        keep.element_key = new_key
    ratings, proposals = _room(db, session.id)
    targets = list(mapping.values())
    merged = {k for k in targets if targets.count(k) > 1}
    for rating in ratings:
        # a phone's private rating of a merged or retired area is not the group's: it rates again
        if rating.element_key not in mapping or mapping[rating.element_key] in merged:
            db.delete(rating)
        else:
            rating.element_key = mapping[rating.element_key]
    for row in observations + focus + proposals:
        if row.element_key in mapping:
            row.element_key = mapping[row.element_key]
        else:
            db.delete(row)
    for row in themes + actions:
        if row.element_keys:
            row.element_keys = list(
                dict.fromkeys(mapping[k] for k in row.element_keys if k in mapping)
            )
    for t in themes:
        if t.theme_key and new.find(new.themes, t.theme_key) is None:
            t.label, t.theme_key = t.label or _theme_label(model_of(session), t.theme_key), None
    if session.development_path and new.find(new.paths, session.development_path) is None:
        session.development_path = None


def move_session_model(
    store: Store, session_id: int, to_version: str, *, keep_unmapped: bool = True, lang: str = "nl"
) -> MovePlan:
    """Move the session to `to_version` (newer than its own); returns the plan it carried out.
    keep_unmapped: what has no place in the new version is written into the session's closing
    note in `lang` (see the module's docstring); False only after the group saw the plan."""
    with writing(store) as db:
        session = open_session(db, session_id)
        plan = _plan(db, session, to_version)
        new = model_store.definition_of(session.model_id, to_version)
        mapping = element_mapping(model_of(session), new)
        _apply(db, session, plan, new, mapping)
        if keep_unmapped and plan.unmapped:
            note = _note(plan, lang)
            session.summary_note = (
                f"{session.summary_note.rstrip()}\n\n{note}"
                if session.summary_note.strip()
                else note
            )
        model_store.keep(db, new)
        session.model_version = new.version
        db.flush()
        return plan

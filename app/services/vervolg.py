"""Stage 3, vervolg: innovation themes, the ambition, the steps, and how the group keeps track."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app import models as m
from app.modeldef import current_definition, definition_for
from app.services import convert, plan_carry
from app.services.errors import refused
from app.services.idempotent import client_id, derived
from app.services.rows import (
    by_uuid,
    clean_text,
    delete_from_session,
    get,
    move,
    move_in_session,
    next_position,
    open_session,
    set_fields,
    uuid_for,
    writing,
)
from app.store import Store
from app.vocabulary import dto
from app.vocabulary.refusals import Refusal


def _open(db, session_id: int, part: str) -> m.IntervisieSession:
    """The session, open for writing; a write to a part carried over changes it."""
    s = open_session(db, session_id)
    plan_carry.changed(s, part)
    return s


# ---- themes -------------------------------------------------------------------------------------
def list_themes(store: Store, session_id: int) -> list[dto.ThemeData]:
    with store.reading() as db:
        q = (
            select(m.SessionTheme)
            .where(m.SessionTheme.session_id == session_id)
            .order_by(m.SessionTheme.position, m.SessionTheme.id)
        )
        return [convert.theme(t) for t in db.scalars(q)]


@client_id("uuid")
def add_theme(
    store: Store,
    session_id: int,
    theme_key: str | None = None,
    label: str = "",
    uuid: str | None = None,
) -> dto.ThemeData:
    """Choose a theme of the model (theme_key) or add the group's own (label). Each theme of
    the model is chosen once; an own theme added under a uuid already used (a replay) is the
    one that is there."""
    label = clean_text(label).strip()
    if theme_key is None and not label:
        raise refused(Refusal.THEME_NEEDS_NAME)
    with writing(store) as db:
        s = _open(db, session_id, "themes")
        again = by_uuid(db, m.SessionTheme, uuid)
        if again is not None:
            return convert.theme(again)
        if theme_key is not None:
            if (
                definition_for(s.model_id, s.model_version).find(
                    definition_for(s.model_id, s.model_version).themes, theme_key
                )
                is None
            ):
                raise refused(Refusal.NO_SUCH_THEME, theme=theme_key)
            existing = db.scalars(
                select(m.SessionTheme).where(
                    m.SessionTheme.session_id == session_id, m.SessionTheme.theme_key == theme_key
                )
            ).first()
            if existing is not None:
                return convert.theme(existing)
        t = m.SessionTheme(
            uuid=uuid_for(uuid),
            session_id=session_id,
            theme_key=theme_key,
            label=label,
            position=next_position(db, m.SessionTheme, session_id=session_id),
        )
        db.add(t)
        db.flush()
        return convert.theme(t)


def remove_theme(store: Store, theme_id: int) -> None:
    """Remove a chosen theme; one already removed (an earlier attempt was saved) is success."""
    with writing(store) as db:
        t = db.get(m.SessionTheme, theme_id)
        if t is None:
            return
        _open(db, t.session_id, "themes")
        db.delete(t)


def set_theme_elements(store: Store, theme_id: int, element_keys: list[str]) -> dto.ThemeData:
    """The model elements a theme works on (each once, known to the session's model)."""
    with writing(store) as db:
        t = get(db, m.SessionTheme, theme_id)
        s = _open(db, t.session_id, "themes")
        known = set(definition_for(s.model_id, s.model_version).element_keys())
        unknown = [k for k in element_keys if k not in known]
        if unknown:
            raise refused(Refusal.THEME_ELEMENT_UNKNOWN, element=unknown[0])
        set_fields(t, {"element_keys"}, {"element_keys": list(dict.fromkeys(element_keys))})
        return convert.theme(t)


def theme_label(theme: dto.ThemeData, lang: str = "nl", model=None) -> str:
    if theme.theme_key is None:
        return theme.label
    model = model or current_definition()
    item = model.find(model.themes, theme.theme_key)
    return item.label.get(lang) if item else theme.theme_key


# ---- steps --------------------------------------------------------------------------------------
def list_steps(store: Store, session_id: int) -> list[dto.StepData]:
    with store.reading() as db:
        q = (
            select(m.Step)
            .where(m.Step.session_id == session_id)
            .order_by(m.Step.position, m.Step.id)
        )
        return [convert.step(x) for x in db.scalars(q)]


@client_id("uuid")
def add_step(store: Store, session_id: int, text: str, uuid: str | None = None) -> dto.StepData:
    """Add a step; under a uuid already used (a replay), bring that step up to date."""
    if not text.strip():
        raise refused(Refusal.STEP_EMPTY)
    with writing(store) as db:
        _open(db, session_id, "steps")
        x = by_uuid(db, m.Step, uuid)
        if x is not None:
            set_fields(x, {"text"}, {"text": text})
            return convert.step(x)
        x = m.Step(
            uuid=uuid_for(uuid),
            session_id=session_id,
            text=clean_text(text),
            position=next_position(db, m.Step, session_id=session_id),
        )
        db.add(x)
        db.flush()
        return convert.step(x)


@client_id("uuid")
def add_template_steps(
    store: Store, session_id: int, lang: str = "nl", uuid: str | None = None
) -> list[dto.StepData]:
    """The worked example's five steps, as a starting point the group edits. Each step's uuid
    follows from the call's, so a replay adds none of them twice."""
    model = current_definition()
    return [
        add_step(store, session_id, t.get(lang), uuid=derived(uuid, i))
        for i, t in enumerate(model.steps)
    ]


def update_step(
    store: Store, step_id: int, text: str, based_on: dict | None = None
) -> dto.StepData:
    if not text.strip():
        raise refused(Refusal.STEP_EMPTY)
    with writing(store) as db:
        x = get(db, m.Step, step_id)
        _open(db, x.session_id, "steps")
        set_fields(x, {"text"}, {"text": text}, based_on)
        return convert.step(x)


def _deleting(store: Store, model, row_id: int, part: str) -> None:
    """A delete in a part carried over changes it."""
    with writing(store) as db:
        row = db.get(model, row_id)
        if row is not None:
            _open(db, row.session_id, part)


def delete_step(store: Store, step_id: int) -> dto.StepData:
    _deleting(store, m.Step, step_id, "steps")
    return delete_from_session(store, m.Step, step_id, convert.step)


def move_step(store: Store, step_id: int, new_index: int) -> None:
    move_in_session(store, m.Step, step_id, new_index)


# ---- keeping track: indicators and review moments ---------------------------------------------
def list_monitoring(store: Store, session_id: int) -> list[dto.MonitoringData]:
    with store.reading() as db:
        q = (
            select(m.MonitoringItem)
            .where(m.MonitoringItem.session_id == session_id)
            .order_by(m.MonitoringItem.position, m.MonitoringItem.id)
        )
        return [convert.monitoring(x) for x in db.scalars(q)]


@client_id("uuid")
def add_monitoring(
    store: Store,
    session_id: int,
    text: str,
    kind: str = "indicator",
    due_on: date | None = None,
    uuid: str | None = None,
) -> dto.MonitoringData:
    """Add an indicator or review moment; under a uuid already used (a replay), update it."""
    if not text.strip():
        raise refused(Refusal.INDICATOR_EMPTY)
    if kind not in ("indicator", "review"):
        raise ValueError(kind)
    with writing(store) as db:
        _open(db, session_id, "monitoring")
        x = by_uuid(db, m.MonitoringItem, uuid)
        if x is not None:
            set_fields(
                x, {"text", "kind", "due_on"}, {"text": text, "kind": kind, "due_on": due_on}
            )
            return convert.monitoring(x)
        x = m.MonitoringItem(
            uuid=uuid_for(uuid),
            session_id=session_id,
            text=clean_text(text),
            kind=kind,
            due_on=due_on,
            position=next_position(db, m.MonitoringItem, session_id=session_id),
        )
        db.add(x)
        db.flush()
        return convert.monitoring(x)


def update_monitoring(
    store: Store, item_id: int, *, based_on: dict | None = None, **fields
) -> dto.MonitoringData:
    with writing(store) as db:
        x = get(db, m.MonitoringItem, item_id)
        _open(db, x.session_id, "monitoring")
        set_fields(x, {"text", "kind", "due_on"}, fields, based_on)
        return convert.monitoring(x)


def delete_monitoring(store: Store, item_id: int) -> dto.MonitoringData:
    """Delete and return what was deleted, so the UI can offer undo (restore_monitoring)."""
    _deleting(store, m.MonitoringItem, item_id, "monitoring")
    return delete_from_session(store, m.MonitoringItem, item_id, convert.monitoring)


def restore_step(store: Store, session_id: int, data: dto.StepData) -> dto.StepData:
    """Undo of a delete: the step back in its place (under its uuid: a replay restores once)."""
    with writing(store) as db:
        _open(db, session_id, "steps")
        again = by_uuid(db, m.Step, data.uuid)
        if again is not None:
            return convert.step(again)
        x = m.Step(
            uuid=data.uuid,
            session_id=session_id,
            text=clean_text(data.text),
            position=next_position(db, m.Step, session_id=session_id),
        )
        db.add(x)
        db.flush()
        move(db, x, data.position, "session_id")
        return convert.step(x)


def restore_monitoring(
    store: Store, session_id: int, data: dto.MonitoringData
) -> dto.MonitoringData:
    """Undo of a delete: the indicator or review moment back in its place (under its uuid)."""
    with writing(store) as db:
        _open(db, session_id, "monitoring")
        again = by_uuid(db, m.MonitoringItem, data.uuid)
        if again is not None:
            return convert.monitoring(again)
        x = m.MonitoringItem(
            uuid=data.uuid,
            session_id=session_id,
            text=clean_text(data.text),
            kind=data.kind,
            due_on=data.due_on,
            position=next_position(db, m.MonitoringItem, session_id=session_id),
        )
        db.add(x)
        db.flush()
        move(db, x, data.position, "session_id")
        return convert.monitoring(x)


def move_monitoring(store: Store, item_id: int, new_index: int) -> None:
    move_in_session(store, m.MonitoringItem, item_id, new_index)

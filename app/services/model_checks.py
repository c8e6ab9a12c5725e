"""Writes are checked against the session's own model definition: an element the model does not
have, or a status outside its scale, is refused here with a plain message — not stored to be
found only when the session is exported or drawn."""

from __future__ import annotations

from app import models as m
from app.modeldef import definition_for
from app.modeldef.definition import ModelDefinition
from app.services.errors import refused
from app.vocabulary.refusals import Refusal


def model_of(session: m.IntervisieSession) -> ModelDefinition:
    return definition_for(session.model_id, session.model_version)


def check_element(
    session: m.IntervisieSession, element_key: str | None, optional: bool = False
) -> None:
    if element_key is None and optional:
        return
    model = model_of(session)
    if element_key not in model.element_keys():
        raise refused(
            Refusal.ELEMENT_NOT_IN_MODEL, model=model.id, version=model.version, element=element_key
        )


def check_status(session: m.IntervisieSession, status: int | None) -> None:
    if status is None:
        return
    model = model_of(session)
    levels = [lv.level for lv in model.levels if lv.level is not None]  # (the scale's all are)
    if status not in levels:
        raise refused(
            Refusal.STATUS_NOT_ON_SCALE,
            status=status,
            model=model.id,
            version=model.version,
            lowest=min(levels),
            highest=max(levels),
        )

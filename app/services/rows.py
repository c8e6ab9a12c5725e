"""Shared mechanics for the rows a stage edits: fetch, check the session is open, update given
fields, append at the end of a list, move within a list."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import models as m
from app.services.errors import NotFound, SessionClosed

T = TypeVar("T")

# Text typed in the room is stored verbatim, but NUL cannot live in every database (PostgreSQL
# refuses it), so it alone is dropped.
_FORBIDDEN = "\x00"


def clean_text(value: str) -> str:
    return value.replace(_FORBIDDEN, "") if _FORBIDDEN in value else value


def get(db: Session, model: type[T], row_id: int) -> T:
    row = db.get(model, row_id)
    if row is None:
        raise NotFound(f"{model.__name__} {row_id} no longer exists")
    return row


def open_session(db: Session, session_id: int) -> m.IntervisieSession:
    s = get(db, m.IntervisieSession, session_id)
    if s.state == "closed":
        raise SessionClosed("Deze sessie is afgesloten; heropen haar om te wijzigen.")
    return s


def set_fields(row: Any, allowed: set[str], fields: dict[str, Any]) -> None:
    unknown = set(fields) - allowed
    if unknown:
        raise TypeError(f"cannot set {sorted(unknown)} on {type(row).__name__}")
    for name, value in fields.items():
        setattr(row, name, clean_text(value) if isinstance(value, str) else value)


def next_position(db: Session, model: Any, **where: Any) -> int:
    q = select(func.coalesce(func.max(model.position), -1) + 1)
    for col, val in where.items():
        q = q.where(getattr(model, col) == val)
    return int(db.scalar(q))


def siblings(db: Session, row: Any, *group: str) -> list[Any]:
    model = type(row)
    q = select(model).order_by(model.position, model.id)
    for col in group:
        q = q.where(getattr(model, col) == getattr(row, col))
    return list(db.scalars(q))


def move(db: Session, row: Any, new_index: int, *group: str) -> None:
    """Move a row to new_index within its list and renumber the list 0..n-1."""
    rows = [r for r in siblings(db, row, *group) if r.id != row.id]
    new_index = max(0, min(new_index, len(rows)))
    rows.insert(new_index, row)
    for i, r in enumerate(rows):
        r.position = i

"""Shared mechanics for the rows a stage edits: fetch, check the session is open (and not run by
someone else), update given fields without silently overwriting another client's change, append
at the end of a list, move within a list."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import exc as sa_exc
from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from app import models as m
from app.models.base import new_uuid, utcnow
from app.services import lengths, presence  # noqa: F401  (lengths: the check before each flush)
from app.services.errors import ConcurrentEdit, NotFound, NotStored, SessionClosed, refused
from app.store.store import CHANGED_ELSEWHERE
from app.vocabulary.based_on import ROW, VERSION
from app.vocabulary.refusals import Refusal

T = TypeVar("T", bound=Any)  # a mapped class: its columns are read by name

# Text typed in the room is stored verbatim, but NUL cannot live in every database (PostgreSQL
# refuses it), so it alone is dropped.
_FORBIDDEN = "\x00"


def clean_text(value: str) -> str:
    return value.replace(_FORBIDDEN, "") if _FORBIDDEN in value else value


@contextmanager
def writing(store) -> Iterator[Session]:
    """store.transaction(), with the database's own refusals in the services' words. A unique
    key another laptop took a moment earlier (two first statuses for one element, a link to a
    row deleted meanwhile) is a ConcurrentEdit; a value the database cannot hold is NotStored.
    Either way nothing was saved, and the UI keeps what was typed."""
    try:
        with store.transaction() as db:
            yield db
    except sa_exc.IntegrityError as exc:
        raise ConcurrentEdit(CHANGED_ELSEWHERE) from exc
    except sa_exc.DataError as exc:
        raise refused(
            Refusal.NOT_STORED, NotStored, detail=str(exc.orig or exc).splitlines()[0]
        ) from exc


def by_uuid(db: Session, model: type[T], uuid: str | None) -> T | None:
    """The row an earlier attempt of the same add made (it was committed, but its answer was
    lost with the connection), or None."""
    if uuid is None:
        return None
    return db.scalars(select(model).where(model.uuid == uuid)).first()


def uuid_for(uuid: str | None) -> str:
    return uuid or new_uuid()


def get(db: Session, model: type[T], row_id: int, **options: Any) -> T:
    row = db.get(model, row_id, **options)
    if row is None:
        raise NotFound(f"{model.__name__} {row_id} no longer exists")
    return row


def open_session(db: Session, session_id: int) -> m.IntervisieSession:
    s = get(db, m.IntervisieSession, session_id)
    if s.state == "closed":
        raise refused(Refusal.SESSION_CLOSED, SessionClosed)
    presence.check_writable(db, session_id)
    return s


def set_fields(
    row: Any, allowed: set[str], fields: dict[str, Any], based_on: dict[str, Any] | None = None
) -> None:
    """Set fields of a row; for a row already in the database, refuse (ConcurrentEdit) a field
    that someone else changed since the version the edit was based on (app.vocabulary.based_on:
    what the user's screen showed), and write at once, so that a save meeting another at the
    same moment is refused here too, with both values known. Without a base (a command, an
    import) the edit replaces what is there."""
    unknown = set(fields) - allowed
    if unknown:
        raise TypeError(f"cannot set {sorted(unknown)} on {type(row).__name__}")
    values = {
        name: clean_text(value) if isinstance(value, str) else value
        for name, value in fields.items()
    }
    state = inspect(row)
    db = object_session(row)
    if not state.persistent or db is None:
        for name, value in values.items():
            setattr(row, name, value)
        return
    _refuse_changed_elsewhere(row, values, based_on)
    for name, value in values.items():
        setattr(row, name, value)
    model, row_id = type(row), row.id
    try:
        db.flush()
    except StaleDataError:
        current = _fresh_values(db, model, row_id)
        name = next((n for n in values if current.get(n) != values[n]), next(iter(values)))
        raise _conflict(
            model,
            row_id,
            name,
            current.get(name),
            values[name],
            current.get(VERSION),
            (based_on or {}).get(ROW),
        ) from None


def _refuse_changed_elsewhere(
    row: Any, values: dict[str, Any], based_on: dict[str, Any] | None
) -> None:
    if not based_on or based_on.get(VERSION) == row.version:
        return  # a command's edit, or nobody changed the row since it was read
    for name, value in values.items():
        current = getattr(row, name)
        if name in based_on and based_on[name] != current and value != current:
            raise _conflict(type(row), row.id, name, current, value, row.version, based_on.get(ROW))


def set_tied(row: Any, name: str, tied: list[Any], based_on: dict[str, Any] | None = None) -> None:
    """Tie a row to these rows (a relation such as an action's focus points, a question's
    actors), refusing like set_fields when someone else changed the ties since the edit's base
    (`name` holds the tied ids as read). A relation is no column of the row, so the row is
    marked changed: its version moves and the next stale edit of the ties is seen."""
    relation = name.removesuffix("_ids") + "s"  # focus_point_ids → focus_points
    current = sorted(t.id for t in getattr(row, relation))
    wanted = sorted(t.id for t in tied)
    if (
        based_on
        and based_on.get(VERSION) != row.version
        and name in based_on
        and sorted(based_on[name]) != current
        and wanted != current
    ):
        raise _conflict(type(row), row.id, name, current, wanted, row.version, based_on.get(ROW))
    if wanted != current:
        setattr(row, relation, tied)
        row.updated_at = utcnow()
        flag_modified(row, "updated_at")


def _fresh_values(db: Session, model: type[Any], row_id: int) -> dict[str, Any]:
    """The row as another client just saved it (this transaction failed and cannot read)."""
    with Session(db.get_bind()) as fresh:
        row = fresh.get(model, row_id)
        return (
            {} if row is None else {a.key: getattr(row, a.key) for a in inspect(model).column_attrs}
        )


def _conflict(
    model: type[Any],
    row_id: int,
    name: str,
    current: Any,
    rejected: Any,
    version: int | None = None,
    row: str | None = None,
) -> ConcurrentEdit:
    what = model.__tablename__.replace("_", " ")
    shown = (
        f"“{current}”" if isinstance(current, str) else "(empty)" if current is None else current
    )
    return ConcurrentEdit(
        f"Someone else changed this {what} ({name.replace('_', ' ')}) while you were working on "
        f"it; it now reads: {shown}. Your version was not saved and is still on your screen: "
        "save it again to replace theirs.",
        current,
        rejected,
        name,
        model.__tablename__,
        row_id,
        version,
        row,
    )


def next_position(db: Session, model: Any, **where: Any) -> int:
    q = select(func.coalesce(func.max(model.position), -1) + 1)
    for col, val in where.items():
        q = q.where(getattr(model, col) == val)
    return int(db.scalar(q) or 0)  # (coalesce: never None)


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


# ---- the same delete and move for every list a stage edits ------------------------------------
def delete_from_session(store, model: type[T], row_id: int, to_data):
    """Delete a row of an open session; return it as plain data so the UI can offer undo. A row
    already gone (an earlier attempt of this delete was saved) is success: None."""
    with writing(store) as db:
        row = db.get(model, row_id)
        if row is None:
            return None
        open_session(db, row.session_id)
        data = to_data(row)
        db.delete(row)
        return data


def move_in_session(store, model: type[T], row_id: int, new_index: int, *group: str) -> None:
    """Move a row of an open session to new_index within its list (session, plus group)."""
    with writing(store) as db:
        row = get(db, model, row_id)
        open_session(db, row.session_id)
        move(db, row, new_index, "session_id", *group)

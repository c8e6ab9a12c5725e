"""Every text is checked against its declared length (app.models.limits) before a write reaches
the database, on SQLite too (which would store any length, while PostgreSQL refuses): the same
edit is refused, with the same message, on a laptop's file and on a shared server.

One check for every service: before each flush, the texts of rows being added and the changed
texts of rows being updated. A text already longer than its field (stored before the limits
existed) does not stop an edit of another field of the same row.
"""

from __future__ import annotations

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from app.models.limits import LIMITS
from app.services.errors import TextTooLong


def check_row(row) -> None:
    """Raise TextTooLong for the first text of a new or changed row that does not fit."""
    table: str = getattr(row, "__tablename__", "")
    columns = LIMITS.get(table) if table else None
    if not columns:
        return
    state = inspect(row)
    for column, n in columns.items():
        if state.pending or state.transient:
            value = state.dict.get(column)
        else:
            added = state.attrs[column].history.added if column in state.attrs else ()
            value = added[0] if added else None
        if isinstance(value, str) and len(value) > n:
            raise TextTooLong(table, column, len(value))


def check_text(table: str, column: str, value: str) -> None:
    """The same check for a text about to be written without the ORM."""
    if isinstance(value, str) and len(value) > LIMITS[table][column]:
        raise TextTooLong(table, column, len(value))


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _context, _instances) -> None:
    for row in (*session.new, *session.dirty):
        check_row(row)

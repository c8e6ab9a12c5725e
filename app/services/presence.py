"""A session being run is marked as in use: by whom (the facilitator's name, the operating-system
user and the computer) and since when. On a shared server this keeps two facilitators from
running the same session against each other; on a laptop's own file it costs one small row.

The open session window claims the session, sends a heartbeat every HEARTBEAT_EVERY and releases
it on closing. A mark whose heartbeat is older than STALE_AFTER belongs to a window that was
closed without saying so (a crash, a laptop that went to sleep) and no longer counts. Opening a
session someone else holds raises SessionInUse: the UI offers to look (read-only) or to take
over. While another client's mark is fresh, every write to the session is refused, so a window
that was taken over cannot overwrite the new facilitator's work.

All times are the database's clock: laptops whose clocks differ still agree on what is stale.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import delete, text, update
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from app import models as m
from app.models.base import utcnow
from app.services.errors import NotFound, SessionInUse
from app.store import Store
from app.store.lock import os_user
from app.store.store import CLIENT

HEARTBEAT_EVERY = timedelta(minutes=1)
STALE_AFTER = timedelta(minutes=5)


@dataclass(frozen=True)
class InUse:
    holder: str  # the facilitator's name, when the app knows it
    user: str  # operating-system user
    host: str  # computer
    since: datetime  # UTC, the database's clock
    seen_at: datetime

    @property
    def on_this_computer(self) -> bool:
        """The same user on this computer: most likely a window of the app that closed without
        saying so (a crash) less than STALE_AFTER ago; taking over is then taking it back."""
        return self.user == os_user() and self.host == socket.gethostname()

    def describe(self) -> str:
        who = self.holder or self.user or "someone"
        where = " on ".join(x for x in (self.user if self.holder else "", self.host) if x)
        return f"{who} ({where})" if where else who


def db_now(db: Session) -> datetime:
    """The database's clock, as naive UTC like every time the app stores."""
    dialect = db.get_bind().dialect.name
    if dialect == "postgresql":
        return db.scalar(text("SELECT CAST(now() AT TIME ZONE 'UTC' AS timestamp)"))
    if dialect == "sqlite":
        return datetime.fromisoformat(db.scalar(text("SELECT strftime('%Y-%m-%d %H:%M:%f')")))
    return utcnow()


def _fresh(claim: m.SessionClaim, now: datetime) -> bool:
    return now - claim.seen_at < STALE_AFTER


def _in_use(claim: m.SessionClaim) -> InUse:
    return InUse(claim.holder, claim.user, claim.host, claim.since, claim.seen_at)


def check_writable(db: Session, session_id: int) -> None:
    """Refuse a write to a session another client holds (called before every write to it).
    One primary-key read when nobody holds it, which is almost always."""
    claim = db.get(m.SessionClaim, session_id)
    if claim is None or claim.client == db.info.get(CLIENT):
        return
    if _fresh(claim, db_now(db)):
        holder = _in_use(claim)
        raise SessionInUse(
            f"{holder.describe()} is running this session now (since {holder.since:%H:%M} UTC), "
            "so this change was not saved. Nothing you typed is lost.",
            holder,
        )


def in_use(store: Store, session_id: int) -> InUse | None:
    """Who else runs the session right now; None when nobody does (or only this client)."""
    with store.reading() as db:
        claim = db.get(m.SessionClaim, session_id)
        if claim is None or claim.client == store.client_id or not _fresh(claim, db_now(db)):
            return None
        return _in_use(claim)


def claim_session(
    store: Store, session_id: int, facilitator: str = "", take_over: bool = False
) -> None:
    """Mark the session as run by this client. Raises SessionInUse when someone else's mark is
    fresh, unless take_over (the user chose to take it over after being told who has it)."""
    try:
        _claim(store, session_id, facilitator, take_over)
    except sa_exc.IntegrityError:
        # another laptop claimed it in the same instant: its mark now exists, so ask again
        _claim(store, session_id, facilitator, take_over)


def _claim(store: Store, session_id: int, facilitator: str, take_over: bool) -> None:
    with store.transaction() as db:
        if db.get(m.IntervisieSession, session_id) is None:
            raise NotFound(
                f"IntervisieSession {session_id} no longer exists",
                params={"detail": f"session {session_id}"},
            )
        claim = db.get(m.SessionClaim, session_id, with_for_update=True)
        now = db_now(db)
        if (
            claim is not None
            and not take_over
            and _fresh(claim, now)
            and claim.client != store.client_id
        ):
            holder = _in_use(claim)
            raise SessionInUse(
                f"{holder.describe()} has had this session open since {holder.since:%H:%M} UTC.",
                holder,
            )
        if claim is None:
            claim = m.SessionClaim(session_id=session_id, since=now)
            db.add(claim)
        elif claim.client != store.client_id:
            claim.since = now
        claim.client, claim.seen_at = store.client_id, now
        claim.holder, claim.user, claim.host = facilitator[:300], os_user(), socket.gethostname()


def heartbeat(store: Store, session_id: int) -> bool:
    """Keep this client's mark fresh. False when the mark is gone: someone took the session over
    (the window should say so and stop writing) or it went stale and was taken."""
    with store.transaction() as db:
        result = db.execute(
            update(m.SessionClaim)
            .where(
                m.SessionClaim.session_id == session_id, m.SessionClaim.client == store.client_id
            )
            .values(seen_at=db_now(db))
        )
        # an UPDATE's result is a CursorResult (Session.execute is typed for any statement)
        return cast(CursorResult, result).rowcount == 1


def release_session(store: Store, session_id: int) -> None:
    """The window closes: the session is free (only this client's own mark is removed)."""
    with store.transaction() as db:
        db.execute(
            delete(m.SessionClaim).where(
                m.SessionClaim.session_id == session_id, m.SessionClaim.client == store.client_id
            )
        )

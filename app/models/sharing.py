"""Working with others on one database: a session marked as in use, and communities taken out to
a laptop (offline) to be brought back later. Neither travels in exchange files."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow
from app.models.limits import LIMITS

# the declared lengths (app.models.limits)
_CLAIM = LIMITS["session_claim"]
_TAKEOUT = LIMITS["takeout"]


class SessionClaim(Base):
    """Who runs a session right now. Kept fresh by a heartbeat from the open session window; a
    mark whose heartbeat is older than app.services.presence.STALE_AFTER no longer counts. Times
    are the database's clock, so laptops whose clocks differ still agree on what is stale."""

    __tablename__ = "session_claim"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("intervisie_session.id", ondelete="CASCADE"), primary_key=True
    )
    client: Mapped[str] = mapped_column(String(_CLAIM["client"]))  # Store.client_id of the holder
    # the facilitator's name
    holder: Mapped[str] = mapped_column(String(_CLAIM["holder"]), default="")
    user: Mapped[str] = mapped_column(String(_CLAIM["user"]), default="")  # operating-system user
    host: Mapped[str] = mapped_column(String(_CLAIM["host"]), default="")
    since: Mapped[datetime]
    seen_at: Mapped[datetime]


class Takeout(Base):
    """A community taken out of a shared database into a laptop's file. In the laptop's file
    (role 'laptop') it keeps the community as it was taken (base: the exchange document), which
    bringing it back compares both sides with; in the server (role 'server') it tells others
    who took it and when."""

    __tablename__ = "takeout"
    __table_args__ = (CheckConstraint("role IN ('laptop', 'server')", name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    community_uuid: Mapped[str] = mapped_column(String(_TAKEOUT["community_uuid"]), index=True)
    role: Mapped[str] = mapped_column(String(_TAKEOUT["role"]))
    holder: Mapped[str] = mapped_column(
        String(_TAKEOUT["holder"]), default=""
    )  # who took it (user@host)
    place: Mapped[str] = mapped_column(
        String(_TAKEOUT["place"]), default=""
    )  # the other side (no password)
    taken_at: Mapped[datetime] = mapped_column(default=utcnow)
    returned_at: Mapped[datetime | None] = mapped_column(default=None)
    base: Mapped[str] = mapped_column(Text, default="")  # JSON, in the laptop's file only

"""What the participants' phones send in the room (app.room): private ratings of an element,
dot votes on focus points, and proposed observations waiting in the facilitator's tray.

Stored with the session (the report can show the spread and the votes, anonymously) but kept to
this database: a phone is known only by a random device id the room made, never by a name.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow
from app.models.limits import LIMITS

_RATING = LIMITS["room_rating"]
_VOTE = LIMITS["room_vote"]
_PROPOSAL = LIMITS["room_proposal"]

PROPOSAL_STATES = ("waiting", "accepted", "dropped")


class RoomRating(Base):
    """One phone's private status for one element (its latest choice counts)."""

    __tablename__ = "room_rating"
    __table_args__ = (
        UniqueConstraint("session_id", "element_key", "device", name="rating_one_per_device"),
        CheckConstraint("level >= 1 AND level <= 9", name="level_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("intervisie_session.id", ondelete="CASCADE"), index=True
    )
    element_key: Mapped[str] = mapped_column(String(_RATING["element_key"]))
    device: Mapped[str] = mapped_column(String(_RATING["device"]))
    level: Mapped[int]
    rated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class RoomVote(Base):
    """How many of its dots one phone put on one focus point."""

    __tablename__ = "room_vote"
    __table_args__ = (
        UniqueConstraint("focus_point_id", "device", name="vote_one_per_device"),
        CheckConstraint("dots >= 1", name="dots_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("intervisie_session.id", ondelete="CASCADE"), index=True
    )
    focus_point_id: Mapped[int] = mapped_column(
        ForeignKey("focus_point.id", ondelete="CASCADE"), index=True
    )
    device: Mapped[str] = mapped_column(String(_VOTE["device"]))
    dots: Mapped[int]


class RoomProposal(Base):
    """An observation a phone proposed; it enters the session only when the facilitator accepts
    it (then observation_id names the observation it became)."""

    __tablename__ = "room_proposal"
    __table_args__ = (CheckConstraint("state IN ('waiting', 'accepted', 'dropped')", name="state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("intervisie_session.id", ondelete="CASCADE"), index=True
    )
    element_key: Mapped[str] = mapped_column(String(_PROPOSAL["element_key"]))
    device: Mapped[str] = mapped_column(String(_PROPOSAL["device"]))
    text: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(_PROPOSAL["state"]), default="waiting")
    observation_id: Mapped[int | None] = mapped_column(
        ForeignKey("observation.id", ondelete="SET NULL"), default=None
    )
    proposed_at: Mapped[datetime] = mapped_column(default=utcnow)

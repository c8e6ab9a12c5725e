"""A learning community and the actors (organisations, people) it knows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Travelling
from app.models.limits import LIMITS

if TYPE_CHECKING:
    from app.models.session import IntervisieSession

# the declared lengths (app.models.limits)
_COMMUNITY = LIMITS["community"]
_ACTOR = LIMITS["actor"]


class Community(Travelling, Base):
    __tablename__ = "community"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(_COMMUNITY["name"]))
    region: Mapped[str] = mapped_column(String(_COMMUNITY["region"]), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # which policy frame (from the model's frames) the community places itself in
    frame_key: Mapped[str | None] = mapped_column(String(_COMMUNITY["frame_key"]), default=None)
    is_demo: Mapped[bool] = mapped_column(default=False)

    actors: Mapped[list[Actor]] = relationship(
        back_populates="community", cascade="all, delete-orphan", order_by="Actor.name"
    )
    sessions: Mapped[list[IntervisieSession]] = relationship(
        back_populates="community",
        cascade="all, delete-orphan",
        order_by="IntervisieSession.held_on",
    )


class Actor(Travelling, Base):
    """A party the community works with: organisation, helix role, what it knows, who to call."""

    __tablename__ = "actor"

    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(
        ForeignKey("community.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(_ACTOR["name"]))  # contact person, may be empty
    organisation: Mapped[str] = mapped_column(String(_ACTOR["organisation"]), default="")
    helix_role: Mapped[str] = mapped_column(String(_ACTOR["helix_role"]), default="")
    knowledge: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(String(_ACTOR["contact"]), default="")

    community: Mapped[Community] = relationship(back_populates="actors")

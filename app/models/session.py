"""An intervisie session and the people in the room."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Travelling
from app.models.limits import LIMITS

if TYPE_CHECKING:
    from app.models.community import Community
    from app.models.content import Assessment, FocusPoint, Observation
    from app.models.plan import Action, ActionReview, MonitoringItem, SessionTheme, Step

# the declared lengths (app.models.limits)
_SESSION = LIMITS["intervisie_session"]
_PARTICIPANT = LIMITS["participant"]

STAGES = ("opening", "vertrekpunt", "focus", "vervolg", "aanpak", "closing")


class IntervisieSession(Travelling, Base):
    __tablename__ = "intervisie_session"
    __table_args__ = (CheckConstraint("state IN ('open', 'closed')", name="state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(
        ForeignKey("community.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(_SESSION["title"]))
    held_on: Mapped[date]
    location: Mapped[str] = mapped_column(String(_SESSION["location"]), default="")
    facilitator: Mapped[str] = mapped_column(String(_SESSION["facilitator"]), default="")
    model_id: Mapped[str] = mapped_column(String(_SESSION["model_id"]))
    model_version: Mapped[str] = mapped_column(String(_SESSION["model_version"]))
    current_stage: Mapped[str] = mapped_column(String(_SESSION["current_stage"]), default="opening")
    stage_reached: Mapped[str] = mapped_column(String(_SESSION["stage_reached"]), default="opening")
    state: Mapped[str] = mapped_column(String(_SESSION["state"]), default="open")
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    continues_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("intervisie_session.id", ondelete="SET NULL"), default=None
    )
    # focus: the chosen development path (a key of the model's growth.paths) and why
    development_path: Mapped[str | None] = mapped_column(
        String(_SESSION["development_path"]), default=None
    )
    development_path_reason: Mapped[str] = mapped_column(Text, default="")
    # vervolg: the ambition in the group's words
    ambition: Mapped[str] = mapped_column(Text, default="")
    # a follow-up carries the plan of the session it continues from: per part ("path",
    # "ambition", "themes", "steps", "monitoring") "part:carried" until the group confirms it
    # unchanged ("part:confirmed") or changes it ("part:changed"); see app.services.plan_carry
    plan_review: Mapped[list] = mapped_column(JSON, default=list)
    # closing
    summary_note: Mapped[str] = mapped_column(Text, default="")
    next_session_on: Mapped[date | None] = mapped_column(default=None)

    community: Mapped[Community] = relationship(back_populates="sessions")
    participants: Mapped[list[Participant]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="Participant.position"
    )
    assessments: Mapped[list[Assessment]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )
    observations: Mapped[list[Observation]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="Observation.position"
    )
    focus_points: Mapped[list[FocusPoint]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="FocusPoint.position"
    )
    themes: Mapped[list[SessionTheme]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="SessionTheme.position"
    )
    steps: Mapped[list[Step]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="Step.position"
    )
    monitoring: Mapped[list[MonitoringItem]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="MonitoringItem.position"
    )
    actions: Mapped[list[Action]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="Action.position"
    )
    reviews: Mapped[list[ActionReview]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        foreign_keys="ActionReview.session_id",
    )


class Participant(Travelling, Base):
    __tablename__ = "participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("intervisie_session.id", ondelete="CASCADE"), index=True
    )
    actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("actor.id", ondelete="SET NULL"), default=None
    )
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(_PARTICIPANT["name"]))
    organisation: Mapped[str] = mapped_column(String(_PARTICIPANT["organisation"]), default="")
    helix_role: Mapped[str] = mapped_column(String(_PARTICIPANT["helix_role"]), default="")
    role_in_session: Mapped[str] = mapped_column(
        String(_PARTICIPANT["role_in_session"]), default=""
    )

    session: Mapped[IntervisieSession] = relationship(back_populates="participants")

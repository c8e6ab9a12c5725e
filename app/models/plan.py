"""Vervolg and aanpak: themes, steps, how the group keeps track, and the actions/projects."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import JSON, CheckConstraint, Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Travelling
from app.models.limits import LIMITS

if TYPE_CHECKING:
    from app.models.community import Actor
    from app.models.content import FocusPoint
    from app.models.session import IntervisieSession

# the declared lengths (app.models.limits)
_THEME = LIMITS["session_theme"]
_MONITORING = LIMITS["monitoring_item"]
_ACTION = LIMITS["action"]
_REVIEW = LIMITS["action_review"]

ACTION_STATUSES = ("open", "bezig", "gereed", "gestopt")
REVIEW_OUTCOMES = ("gereed", "doorgezet", "gestopt")
VERDICTS = ("op-koers", "aandacht", "uit-koers")  # an indicator: on track, needs attention, off

action_focus = Table(
    "action_focus",
    Base.metadata,
    Column("action_id", ForeignKey("action.id", ondelete="CASCADE"), primary_key=True),
    Column("focus_point_id", ForeignKey("focus_point.id", ondelete="CASCADE"), primary_key=True),
)

action_theme = Table(
    "action_theme",
    Base.metadata,
    Column("action_id", ForeignKey("action.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "session_theme_id", ForeignKey("session_theme.id", ondelete="CASCADE"), primary_key=True
    ),
)

action_actor = Table(
    "action_actor",
    Base.metadata,
    Column("action_id", ForeignKey("action.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", ForeignKey("actor.id", ondelete="CASCADE"), primary_key=True),
)


class SessionTheme(Travelling, Base):
    """An innovation theme chosen in vervolg: one of the model's (theme_key) or the group's own."""

    __tablename__ = "session_theme"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("intervisie_session.id", ondelete="CASCADE"), index=True
    )
    theme_key: Mapped[str | None] = mapped_column(String(_THEME["theme_key"]), default=None)
    label: Mapped[str] = mapped_column(String(_THEME["label"]), default="")  # own theme, or empty
    position: Mapped[int] = mapped_column(default=0)
    # the model elements the theme works on (keys): the trace from action to model goes through it
    element_keys: Mapped[list] = mapped_column(JSON, default=list)

    session: Mapped[IntervisieSession] = relationship(back_populates="themes")


class Step(Travelling, Base):
    __tablename__ = "step"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("intervisie_session.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)

    session: Mapped[IntervisieSession] = relationship(back_populates="steps")


class MonitoringItem(Travelling, Base):
    """How the group watches whether it is on track: an indicator or a review moment."""

    __tablename__ = "monitoring_item"
    __table_args__ = (CheckConstraint("kind IN ('indicator', 'review')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("intervisie_session.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(String(_MONITORING["kind"]), default="indicator")
    text: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(default=None)
    # a follow-up asks about each indicator carried over: where do we stand (a verdict of
    # VERDICTS and/or a value or note), and the same indicator over sessions is its trend
    carried_from_uuid: Mapped[str | None] = mapped_column(
        String(_MONITORING["carried_from_uuid"]), default=None
    )
    verdict: Mapped[str | None] = mapped_column(String(_MONITORING["verdict"]), default=None)
    standing: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[IntervisieSession] = relationship(back_populates="monitoring")


class Action(Travelling, Base):
    """A project or action of the aanpak."""

    __tablename__ = "action"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'bezig', 'gereed', 'gestopt')", name="status"),
        CheckConstraint(
            "complexity IS NULL OR complexity IN ('enkelvoudig', 'gecompliceerd', 'complex')",
            name="complexity",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("intervisie_session.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(String(_ACTION["title"]))
    description: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(_ACTION["owner"]), default="")
    partners: Mapped[list] = mapped_column(JSON, default=list)  # names or organisations
    starts_on: Mapped[date | None] = mapped_column(default=None)
    due_on: Mapped[date | None] = mapped_column(default=None)
    indicator: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(_ACTION["status"]), default="open")
    characteristics: Mapped[list] = mapped_column(JSON, default=list)  # model keys
    # what the action gives shape to: GroenPact action lines and policy-frame items
    # ("frame-key:item-key"), both keys of the model definition
    groenpact: Mapped[list] = mapped_column(JSON, default=list)
    frame_items: Mapped[list] = mapped_column(JSON, default=list)
    # where the project sits on the model: the elements it touches (model keys), how complex
    # it is and which development path it follows (a key of the model's growth.paths)
    element_keys: Mapped[list] = mapped_column(JSON, default=list)
    complexity: Mapped[str | None] = mapped_column(String(_ACTION["complexity"]), default=None)
    development_path: Mapped[str | None] = mapped_column(
        String(_ACTION["development_path"]), default=None
    )
    # an action lives until it is done: a follow-up's review that continues it (or marks it
    # done or stopped) makes it this session's row, pointing at the earlier one by uuid, so the
    # lineage survives export, take-out and a copy with fresh uuids (app.services.action_history)
    continued_from_uuid: Mapped[str | None] = mapped_column(
        String(_ACTION["continued_from_uuid"]), default=None, index=True
    )

    session: Mapped[IntervisieSession] = relationship(back_populates="actions")
    focus_points: Mapped[list[FocusPoint]] = relationship(secondary=action_focus)
    themes: Mapped[list[SessionTheme]] = relationship(secondary=action_theme)
    actors: Mapped[list[Actor]] = relationship(secondary=action_actor)


class ActionReview(Travelling, Base):
    """In a follow-up session's opening: what became of an action of the session it continues."""

    __tablename__ = "action_review"
    __table_args__ = (
        CheckConstraint("outcome IN ('gereed', 'doorgezet', 'gestopt')", name="outcome"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("intervisie_session.id", ondelete="CASCADE"), index=True
    )
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    outcome: Mapped[str] = mapped_column(String(_REVIEW["outcome"]))
    note: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[IntervisieSession] = relationship(
        back_populates="reviews", foreign_keys=[session_id]
    )
    action: Mapped[Action] = relationship()

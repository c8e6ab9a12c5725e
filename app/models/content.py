"""What the group says about the model: element statuses, observations, focus points."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Column, ForeignKey, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Travelling
from app.models.limits import LIMITS

if TYPE_CHECKING:
    from app.models.community import Actor
    from app.models.session import IntervisieSession

# the declared lengths (app.models.limits)
_ASSESSMENT = LIMITS["assessment"]
_OBSERVATION = LIMITS["observation"]
_FOCUS = LIMITS["focus_point"]

COMPLEXITIES = ("enkelvoudig", "gecompliceerd", "complex")

# which actors a regional question (an observation of the questions area) is tied to
observation_actor = Table(
    "observation_actor",
    Base.metadata,
    Column("observation_id", ForeignKey("observation.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", ForeignKey("actor.id", ondelete="CASCADE"), primary_key=True),
)


class Assessment(Travelling, Base):
    """The group's status for one element of the model (an area or a condition) in one session."""

    __tablename__ = "assessment"
    __table_args__ = (
        UniqueConstraint("session_id", "element_key", name="session_element"),
        CheckConstraint("status IS NULL OR (status >= 1 AND status <= 9)", name="status_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("intervisie_session.id", ondelete="CASCADE"), index=True
    )
    element_key: Mapped[str] = mapped_column(String(_ASSESSMENT["element_key"]))
    status: Mapped[int | None] = mapped_column(default=None)
    context_note: Mapped[str] = mapped_column(Text, default="")
    # set when the status was carried over from an earlier session and not yet revised
    carried: Mapped[bool] = mapped_column(default=False)

    session: Mapped[IntervisieSession] = relationship(back_populates="assessments")


class Observation(Travelling, Base):
    __tablename__ = "observation"
    __table_args__ = (
        CheckConstraint("status IS NULL OR (status >= 1 AND status <= 9)", name="status_range"),
        CheckConstraint(
            "complexity IS NULL OR complexity IN ('enkelvoudig', 'gecompliceerd', 'complex')",
            name="complexity",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("intervisie_session.id", ondelete="CASCADE"), index=True
    )
    element_key: Mapped[str] = mapped_column(String(_OBSERVATION["element_key"]), index=True)
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[int | None] = mapped_column(default=None)
    complexity: Mapped[str | None] = mapped_column(String(_OBSERVATION["complexity"]), default=None)
    # 0 = vernieuwing … steps-1 = sustainability transition (the model's growth.transition)
    transition: Mapped[int | None] = mapped_column(default=None)
    carried: Mapped[bool] = mapped_column(default=False)
    carried_from_uuid: Mapped[str | None] = mapped_column(
        String(_OBSERVATION["carried_from_uuid"]), default=None
    )
    # for a regional question: the knowledge it needs, as comma-separated tags
    needed_knowledge: Mapped[str] = mapped_column(Text, default="")
    # "verbonden met …": an observation of another community this one is connected with (by
    # uuid, so the link survives exchange files and take-outs of either community)
    linked_uuid: Mapped[str | None] = mapped_column(
        String(_OBSERVATION["linked_uuid"]), default=None, index=True
    )

    session: Mapped[IntervisieSession] = relationship(back_populates="observations")
    actors: Mapped[list[Actor]] = relationship(secondary=observation_actor)


class FocusPoint(Travelling, Base):
    """An accelerator (versneller): where the group puts the emphasis, with its dot votes."""

    __tablename__ = "focus_point"
    __table_args__ = (CheckConstraint("votes >= 0", name="votes_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("intervisie_session.id", ondelete="CASCADE"), index=True
    )
    element_key: Mapped[str] = mapped_column(String(_FOCUS["element_key"]))
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)
    votes: Mapped[int] = mapped_column(default=0)
    observation_id: Mapped[int | None] = mapped_column(
        ForeignKey("observation.id", ondelete="SET NULL"), default=None
    )

    session: Mapped[IntervisieSession] = relationship(back_populates="focus_points")


# Dot votes already counted. A vote carries a token made on the laptop before it is sent; when
# the connection breaks during the commit and the vote is sent again, its token is found here and
# it is not counted twice. Local to one database: it does not travel in exchange files.
counted_vote = Table(
    "counted_vote",
    Base.metadata,
    Column("token", String(36), primary_key=True),
    Column(
        "focus_point_id",
        ForeignKey("focus_point.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
)

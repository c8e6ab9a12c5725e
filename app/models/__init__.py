"""SQLAlchemy 2 typed models. Importing this package registers every table on Base.metadata."""

from app.models.base import Base  # noqa: F401
from app.models.community import Actor, Community  # noqa: F401
from app.models.content import (  # noqa: F401
    Assessment,
    FocusPoint,
    Observation,
    counted_vote,
    observation_actor,
)
from app.models.draft import Draft  # noqa: F401
from app.models.exchange import ExchangeRecord  # noqa: F401
from app.models.model_definition import StoredModel  # noqa: F401
from app.models.plan import (  # noqa: F401
    Action,
    ActionReview,
    MonitoringItem,
    SessionTheme,
    Step,
    action_actor,
    action_focus,
    action_theme,
)
from app.models.room import RoomProposal, RoomRating, RoomVote  # noqa: F401
from app.models.session import IntervisieSession, Participant  # noqa: F401
from app.models.sharing import SessionClaim, Takeout  # noqa: F401

"""What a write changed, as the session controller announces it to the views (Signal `changed`).

One member per thing that changes, so a listener names what it follows and a typo is an
AttributeError instead of a change nobody hears. The *_TEXT members are typing in a field that is
already on screen: announced (the saved indicator moves) but no view refills a list for them.
Not a str Enum on purpose: comparing with an old string name is never true.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any


class Change(Enum):
    SESSION = "session"  # title, date, place, facilitator of the session
    STATE = "state"  # closed or reopened
    STAGE = "stage"  # the stage the session is at
    NEXT_DATE = "next-date"  # the next meeting's date
    SUMMARY = "summary"  # the closing summary
    NOTE = "note"  # the closing note
    PARTICIPANTS = "participants"  # added, removed, moved, role or presence
    PARTICIPANT_TEXT = "participant-text"  # a name or organisation typed
    CONTINUATION = "continuation"  # the follow-up's view of the last session
    REVIEWS = "reviews"  # an earlier action's outcome
    REVIEW_NOTE = "review-note"  # the note on such an outcome typed
    ASSESSMENT = "assessment"  # an element's status or context note
    OBSERVATIONS = "observations"  # added, removed, moved, status, type
    OBSERVATION_TEXT = "observation-text"  # an observation's text typed
    DRAFT = "draft"  # an "+ add" line's draft
    FOCUS = "focus"  # focus points added, removed, from observations
    FOCUS_TEXT = "focus-text"  # a focus point's text typed
    FOCUS_VOTES = "focus-votes"  # votes (the list re-sorts when voting pauses)
    PATH = "path"  # the development path chosen
    PLAN_CARRIED = "plan-carried"  # a part of the earlier plan confirmed
    THEMES = "themes"  # themes chosen or removed
    THEME_ELEMENTS = "theme-elements"  # the elements a theme is about
    AMBITION = "ambition"  # the ambition typed
    STEPS = "steps"  # steps added, removed, moved
    STEPS_TEXT = "steps-text"  # a step's text typed
    MONITORING = "monitoring"  # indicators added, removed, moved, kind, date
    MONITORING_TEXT = "monitoring-text"  # an indicator's text typed
    STANDING = "standing"  # where an indicator stands now
    ACTIONS = "actions"  # the list of actions: added, removed, moved, status
    ACTION_DETAILS = "action-details"  # one action's own fields, typed in its editor
    ROOM = "room"  # phones' proposals and votes taken in


# what every view reads again after the storage came back (a read had failed)
REREAD = (Change.OBSERVATIONS, Change.SESSION)
# what recolours the model on the canvases
CANVAS = frozenset({Change.OBSERVATIONS, Change.ASSESSMENT})


class Outcome(Enum):
    SAVED = "saved"  # in the database now
    WAITING = "waiting"  # the storage refused for now: the edit waits in order and is retried
    REFUSED = "refused"  # the services refused it (a rule, a conflict): nothing was saved


@dataclass(frozen=True)
class Written:
    """What SessionController.write() did with an edit. `value` is the service's answer when
    saved; `refusal` the words the user was shown (in the language on screen) when refused, and
    `error` the refusal itself (its code, and for a conflict the other's value)."""

    outcome: Outcome
    value: Any = None
    refusal: str = ""
    error: Exception | None = None

    @property
    def saved(self) -> bool:
        return self.outcome is Outcome.SAVED

    @property
    def refused(self) -> bool:
        return self.outcome is Outcome.REFUSED


WAITING = Written(Outcome.WAITING)

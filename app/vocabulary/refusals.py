"""What the services refuse, by code, with the English wording; the interface words each code in
the chosen language (app.ui.common.service_words), the command line prints the English.

The wordings are marked with QT_TRANSLATE_NOOP so Qt's lupdate collects them into the Dutch
translation (scripts/i18n.py reads this file too); nothing here imports Qt. Placeholders are
{name}s filled from the refusal's parameters.
"""

from __future__ import annotations

from enum import StrEnum

CONTEXT = "ServiceWords"  # lupdate reads the literal in each call, not this name


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    return text


class Refusal(StrEnum):
    OBSERVATION_EMPTY = "observation-empty"
    OBSERVATION_EMPTIED = "observation-emptied"
    NO_SUCH_STATUS = "no-such-status"
    NO_SUCH_COMPLEXITY = "no-such-complexity"
    SESSION_NEEDS_TITLE = "session-needs-title"
    PARTICIPANT_NEEDS_NAME = "participant-needs-name"
    COMMUNITY_NEEDS_NAME = "community-needs-name"
    FOCUS_POINT_EMPTY = "focus-point-empty"
    VOTES_NEGATIVE = "votes-negative"
    THEME_NEEDS_NAME = "theme-needs-name"
    NO_SUCH_THEME = "no-such-theme"
    STEP_EMPTY = "step-empty"
    INDICATOR_EMPTY = "indicator-empty"
    NO_SUCH_ACTION_STATUS = "no-such-action-status"
    ACTION_NEEDS_TITLE = "action-needs-title"
    END_BEFORE_START = "end-before-start"
    NO_SUCH_OUTCOME = "no-such-outcome"
    SESSION_CLOSED = "session-closed"
    DRAFT_NEEDS_PLACE = "draft-needs-place"
    NOT_STORED = "not-stored"


ENGLISH: dict[Refusal, str] = {
    Refusal.OBSERVATION_EMPTY: QT_TRANSLATE_NOOP("ServiceWords", "An observation needs text."),
    Refusal.OBSERVATION_EMPTIED: QT_TRANSLATE_NOOP(
        "ServiceWords", "An observation needs text; delete it if it may go."),
    Refusal.NO_SUCH_STATUS: QT_TRANSLATE_NOOP("ServiceWords", "Status {status} is not on the scale."),
    Refusal.NO_SUCH_COMPLEXITY: QT_TRANSLATE_NOOP(
        "ServiceWords", "Unknown type of question: {complexity}"),
    Refusal.SESSION_NEEDS_TITLE: QT_TRANSLATE_NOOP("ServiceWords", "A session needs a title."),
    Refusal.PARTICIPANT_NEEDS_NAME: QT_TRANSLATE_NOOP("ServiceWords", "Fill in a name."),
    Refusal.COMMUNITY_NEEDS_NAME: QT_TRANSLATE_NOOP("ServiceWords", "Give the community a name."),
    Refusal.FOCUS_POINT_EMPTY: QT_TRANSLATE_NOOP("ServiceWords", "A focus point needs text."),
    Refusal.VOTES_NEGATIVE: QT_TRANSLATE_NOOP("ServiceWords", "The number of votes cannot be negative."),
    Refusal.THEME_NEEDS_NAME: QT_TRANSLATE_NOOP("ServiceWords", "Give your own theme a name."),
    Refusal.NO_SUCH_THEME: QT_TRANSLATE_NOOP("ServiceWords", "Unknown theme: {theme}"),
    Refusal.STEP_EMPTY: QT_TRANSLATE_NOOP("ServiceWords", "A step needs text."),
    Refusal.INDICATOR_EMPTY: QT_TRANSLATE_NOOP(
        "ServiceWords", "Describe the indicator or the moment of evaluation."),
    Refusal.NO_SUCH_ACTION_STATUS: QT_TRANSLATE_NOOP("ServiceWords", "Unknown status: {status}"),
    Refusal.ACTION_NEEDS_TITLE: QT_TRANSLATE_NOOP("ServiceWords", "An action needs a title."),
    Refusal.END_BEFORE_START: QT_TRANSLATE_NOOP("ServiceWords", "The end date is before the start date."),
    Refusal.NO_SUCH_OUTCOME: QT_TRANSLATE_NOOP("ServiceWords", "Unknown outcome: {outcome}"),
    Refusal.SESSION_CLOSED: QT_TRANSLATE_NOOP(
        "ServiceWords", "This session is closed; reopen it to change it."),
    Refusal.DRAFT_NEEDS_PLACE: QT_TRANSLATE_NOOP("ServiceWords", "A draft needs a place."),
    Refusal.NOT_STORED: QT_TRANSLATE_NOOP(
        "ServiceWords", "The database could not store this change (a text or number that does not "
                 "fit: {detail}). Nothing was saved; what you typed is still on your screen."),
}


def english(code: Refusal, params: dict[str, object]) -> str:
    return ENGLISH[code].format(**params)

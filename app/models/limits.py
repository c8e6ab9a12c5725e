"""How long each text may be: one table, read by the models (String(n) columns), the services'
check before a write reaches the database, the exchange file's schema (maxLength) and the input
widgets (a maximum, a count near it).

Why one table: PostgreSQL refuses a text longer than its column (SQLite does not), and a limit
known to the database alone meant an edit dropped on a server and kept on a laptop. Short texts
(names, titles, keys) are String(n) in the database too. Long texts (observations, notes) are
Text in the database, which has no cap; the app caps them (generously: a paste of a few pages
fits), so that the widgets can show a count and no text is ever cut without a word.
"""

from __future__ import annotations

from app.vocabulary.errors import Refused
from app.vocabulary.refusals import Refusal

NAME = 300  # a name, organisation, place, title
KEY = 60  # a key of the model definition
CODE = 20  # a value from a fixed list (a stage, a status)
# a long text: an observation, a step, a note, what an actor knows (the exchange format's cap
# for a text since its first version: every file ever exported still fits)
ITEM = NOTE = 100_000

# table -> column -> the most characters it holds
LIMITS: dict[str, dict[str, int]] = {
    "community": {"name": NAME, "region": NAME, "description": NOTE, "frame_key": KEY},
    "actor": {
        "name": NAME,
        "organisation": NAME,
        "helix_role": 40,
        "knowledge": NOTE,
        "contact": NAME,
    },
    "intervisie_session": {
        "title": NAME,
        "location": NAME,
        "facilitator": NAME,
        "model_id": 80,
        "model_version": CODE,
        "current_stage": CODE,
        "stage_reached": CODE,
        "state": 10,
        "development_path": KEY,
        "development_path_reason": NOTE,
        "ambition": NOTE,
        "summary_note": NOTE,
    },
    "participant": {"name": NAME, "organisation": NAME, "helix_role": 40, "role_in_session": 120},
    "assessment": {"element_key": KEY, "context_note": NOTE},
    "observation": {
        "element_key": KEY,
        "text": ITEM,
        "complexity": CODE,
        "carried_from_uuid": 36,
        "needed_knowledge": ITEM,
        "linked_uuid": 36,
    },
    "focus_point": {"element_key": KEY, "text": ITEM},
    "session_theme": {"theme_key": KEY, "label": NAME},
    "step": {"text": ITEM},
    "monitoring_item": {
        "kind": CODE,
        "text": ITEM,
        "carried_from_uuid": 36,
        "verdict": CODE,
        "standing": ITEM,
    },
    "action": {
        "title": 500,
        "description": NOTE,
        "owner": NAME,
        "indicator": ITEM,
        "status": CODE,
        "complexity": CODE,
        "development_path": KEY,
        "continued_from_uuid": 36,
    },
    "action_review": {"outcome": CODE, "note": ITEM},
    "session_claim": {"client": 32, "holder": NAME, "user": 120, "host": 255},
    "takeout": {"community_uuid": 36, "role": 10, "holder": NAME, "place": 500},
    "exchange_record": {"community_uuid": 36, "origin": 10},
    "draft": {"place": 300, "text": NOTE},
    # the phones in the room (app.room): a proposal is a spoken remark, not a pasted page
    "room_rating": {"element_key": KEY, "device": 36},
    "room_vote": {"device": 36},
    "room_proposal": {"element_key": KEY, "device": 36, "text": 1000, "state": 10},
    # the model definitions the sessions use (app.modeldef.registry): the definition is JSON
    "model_definition": {
        "model_id": 80,
        "version": CODE,
        "fingerprint": 64,
        "origin": 10,
        "definition": 1_000_000,
    },
}

# what a person calls the row, for the message
_WHAT = {
    "intervisie_session": "session",
    "focus_point": "focus point",
    "session_theme": "theme",
    "monitoring_item": "indicator or review moment",
    "action": "action or project",
    "action_review": "review",
    "assessment": "element's status",
    "room_proposal": "proposal",
}


def limit(table: str, column: str) -> int:
    """The declared length of table.column (KeyError for a column without one: a bug)."""
    return LIMITS[table][column]


def describe(table: str, column: str) -> str:
    """'participant name', 'session title': the field as the message names it."""
    return f"{_WHAT.get(table, table.replace('_', ' '))} {column.replace('_', ' ')}"


class TooLong(Refused, ValueError):
    """A text longer than its field holds. Nothing was written."""

    code = Refusal.TEXT_TOO_LONG

    def __init__(self, table: str, column: str, length: int):
        self.table, self.column, self.length = table, column, length
        self.limit = limit(table, column)
        self.field = describe(table, column)
        super().__init__(
            f"The {self.field} is too long: {length:,} characters, and it holds at most "
            f"{self.limit:,}. Nothing was saved; your text is still on your screen: shorten it "
            "and it will be saved.",
            code=Refusal.TEXT_TOO_LONG,
            params={"field": self.field, "length": f"{length:,}", "limit": f"{self.limit:,}"},
        )


def too_long(table: str, values: dict) -> TooLong | None:
    """The first text of values (column -> value) that is longer than its column holds."""
    columns = LIMITS.get(table, {})
    for column, value in values.items():
        n = columns.get(column)
        if n is not None and isinstance(value, str) and len(value) > n:
            return TooLong(table, column, len(value))
    return None

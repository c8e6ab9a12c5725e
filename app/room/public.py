"""The open stage's public view: the only data a phone is ever sent.

Counts, never who: the spread of a rating and the dots appear only once the facilitator reveals
them. Texts of the group (focus points) go through the names mask when names are hidden. Nothing
of another session, the community or a file: only what the projector shows of this stage. The
page puts every text in with textContent, so a text is never read as HTML.
"""

from __future__ import annotations

import re

from app.modeldef import definition_for
from app.room.state import Device, Room
from app.services import focus as focus_svc
from app.services import room as svc
from app.services import sessions

MASK = "…"


def _text(t) -> dict[str, str]:
    return {"nl": t.nl, "en": t.en}


def name_mask(room: Room):
    """A callable hiding participants' and the facilitator's whole names in a text."""
    if not room.hide_names:
        return lambda text: text
    s = sessions.get_session(room.store, room.session_id)
    names = [p.name for p in sessions.list_participants(room.store, room.session_id)]
    names = sorted(
        {n.strip() for n in [*names, s.facilitator] if len(n.strip()) >= 2}, key=len, reverse=True
    )
    if not names:
        return lambda text: text
    words = (r"\s+".join(re.escape(w) for w in n.split()) for n in names)
    pattern = re.compile(r"(?<!\w)(" + "|".join(words) + r")(?!\w)", re.IGNORECASE)
    return lambda text: pattern.sub(MASK, text)


def shared_view(room: Room) -> dict:
    """What every phone sees at this version of the room."""
    s = sessions.get_session(room.store, room.session_id)
    model = definition_for(s.model_id, s.model_version)
    stage_key = room.stage or s.current_stage
    stage = model.stage(stage_key)
    closed = room.closed or s.is_closed
    view: dict = {
        "v": room.version,
        "closed": closed,
        "paused": room.paused,
        "stage": stage_key,
        "stage_label": _text(stage.label),
        "stage_number": stage.number,
        "input": None,
        "element": None,
        "elements": [],
        "levels": [],
        "focus": [],
        "dots": room.dots,
        "spread": None,
        "votes": None,
    }
    if closed:
        return view
    key = room.element_key
    if stage_key == "vertrekpunt":
        view["input"] = "rate"
        view["levels"] = [
            {"level": lv.level, "label": _text(lv.label), "fill": lv.fill, "text": lv.text}
            for lv in model.levels
        ]
        if key is None:
            view["elements"] = [
                {
                    "key": k,
                    "label": {
                        "nl": model.element_label(k, "nl"),
                        "en": model.element_label(k, "en"),
                    },
                }
                for k in model.element_keys()
            ]
    elif stage_key == "focus":
        view["input"] = "vote"
        mask = name_mask(room)
        view["focus"] = [
            {"id": f.id, "text": mask(f.text), "element": _text_of(model, f.element_key)}
            for f in focus_svc.list_focus_points(room.store, room.session_id)
        ]
    if key is not None:
        view["element"] = {"key": key, "label": _text_of(model, key)}
    tally = svc.tally(room.store, room.session_id, key)
    if room.spread_shown and key is not None:
        view["spread"] = {str(k): v for k, v in tally.spread.items()}
    if room.votes_shown:
        view["votes"] = {str(k): v for k, v in tally.votes.items()}
    return view


def _text_of(model, key: str) -> dict[str, str]:
    return {"nl": model.element_label(key, "nl"), "en": model.element_label(key, "en")}


def device_view(room: Room, d: Device, shared: dict) -> dict:
    """The shared view with this phone's own choices (its rating, its dots)."""
    mine: dict = {"level": None, "dots": {}}
    if not shared["closed"]:
        key = room.element_key
        if key is not None:
            mine["level"] = svc.own_rating(room.store, room.session_id, key, d.id)
        if shared["input"] == "vote":
            mine["dots"] = {
                str(k): v for k, v in svc.own_votes(room.store, room.session_id, d.id).items()
            }
    return {**shared, "mine": mine}

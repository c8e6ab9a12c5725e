"""A first look at the database file, before the storage layer is loaded.

Loading SQLAlchemy and the app's mappings takes about 0.3 s on this kind of laptop, after the
window has appeared. In that time the home page stayed empty. On an up-to-date SQLite file the
standard library can read what the home page shows first — the communities with their session
counts and the sessions of the first one — in a few milliseconds, so the room sees the group's
own list at once; the storage layer then opens the file as always (asking when it is in use or
damaged) and fills the page again from the services.

Only the plainest case is looked at: a local file at today's schema version, opened read-only
(nothing is ever written). Anything else — no file, an empty or damaged file, an older or newer
schema, a server URL, a file that cannot be read — gives None and the page waits for the
storage layer, which says what is wrong. tests/test_first_look.py checks that both reads give
the same rows.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

from app.paths import is_url
from app.store.schema_version import HEAD
from app.vocabulary.dto import CommunityData, SessionData

# the services' lists (app.services.communities / sessions), in the same order and columns
_COMMUNITIES = """
SELECT c.id, c.uuid, c.name, c.region, c.description, c.frame_key, c.is_demo,
       count(s.id), max(s.held_on)
FROM community AS c LEFT OUTER JOIN intervisie_session AS s ON s.community_id = c.id
GROUP BY c.id, c.uuid, c.name, c.region, c.description, c.frame_key, c.is_demo
ORDER BY lower(c.name), c.id
"""
_SESSIONS = """
SELECT s.id, s.uuid, s.community_id, c.name, s.title, s.held_on, s.location, s.facilitator,
       s.model_id, s.model_version, s.current_stage, s.stage_reached, s.state, s.closed_at,
       s.continues_from_id, s.development_path, s.development_path_reason, s.ambition,
       s.summary_note, s.next_session_on
FROM intervisie_session AS s JOIN community AS c ON c.id = s.community_id
WHERE s.community_id = ?
ORDER BY s.held_on DESC, s.id DESC
"""


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def first_look(target: str) -> tuple[list[CommunityData], list[SessionData]] | None:
    """(the communities, the sessions of the first of them) of an up-to-date SQLite file, or
    None when the file is anything but plain (see the module's note)."""
    if is_url(target):
        return None
    path = Path(target)
    try:
        if path.stat().st_size == 0:
            return None
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.1)
    except (OSError, sqlite3.Error, ValueError):
        return None
    try:
        (version,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if version != HEAD:
            return None
        communities = [
            CommunityData(i, u, n, r, d, f, bool(demo), count, _day(latest))
            for i, u, n, r, d, f, demo, count, latest in connection.execute(_COMMUNITIES)
        ]
        if not communities:
            return communities, []
        sessions = []
        for row in connection.execute(_SESSIONS, (communities[0].id,)):
            row = list(row)
            row[5], row[13], row[19] = _day(row[5]), _moment(row[13]), _day(row[19])
            sessions.append(SessionData(*row))
        return communities, sessions
    except (sqlite3.Error, TypeError, ValueError):
        return None  # not this app's file, or not readable now: the storage layer will say
    finally:
        connection.close()

"""Erasing a person also reaches what the app wrote outside the database's folder: backups made
elsewhere when that folder refused one, and the journal of edits that waited for the storage."""

from __future__ import annotations

import json
from datetime import date

from app.paths import config_dir
from app.services import communities, sessions
from app.services.privacy import erase_person
from app.store.backup import make_backup
from app.store.backup_schedule import elsewhere_dirs

NAME = "Zoë Geheimnaam"


def _hits(path) -> int:
    raw = path.read_bytes().lower()
    return sum(
        raw.count(f.encode()) for f in ("zoë geheimnaam", "zoe\u0308 geheimnaam", "geheimnaam")
    )


def test_erase_reaches_backups_elsewhere_and_the_waiting_journal(store, db_path):
    c = communities.create_community(store, "Geheim")
    s = sessions.create_session(store, c.id, "Eerste", date(2026, 1, 5), facilitator=NAME)
    sessions.add_participant(store, s.id, NAME, "Waterschap", "overheid")
    elsewhere = elsewhere_dirs(db_path)[0]
    elsewhere.mkdir(parents=True)
    backup = make_backup(db_path, "noodkopie", dest_dir=elsewhere).path
    journal = config_dir() / "waiting-edits" / "abc.jsonl"
    journal.parent.mkdir(parents=True)
    journal.write_text(
        json.dumps(
            {"fn": "add_observation", "args": [s.id, "monitoring", f"{NAME} belt terug"]},
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    assert _hits(backup) and _hits(journal)
    erase_person(store, NAME, include_backups=True)
    assert _hits(backup) == 0
    assert _hits(journal) == 0
    json.loads(journal.read_text(encoding="utf-8"))  # still a journal the app can read

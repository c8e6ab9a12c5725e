"""Erasing a person leaves no byte of their name behind: not in any text column of the database
(read from the models, needed_knowledge included), not in a backup, a half-written backup, a
damaged copy set aside or a printed report; and exports written elsewhere are named."""

from __future__ import annotations

import json
import shutil
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import JSON, CheckConstraint, select

from app import models as m
from app.models.base import utcnow
from app.name_matcher import FIRST, FULL, SURNAME
from app.paths import data_dir
from app.services import aanpak, communities, sessions, vertrekpunt
from app.services.exchange_export import export_community
from app.services.privacy import NAME_FIELDS, erase_mentions, find_mentions, text_columns
from app.store.backup import backup_dir_for, list_backups, make_backup

NAME = "Zoë Geheimnaam"
# the forms searched for in the raw bytes: composed, decomposed, without accents, the surname
FORMS = [
    unicodedata.normalize("NFC", "zoë"),
    unicodedata.normalize("NFD", "zoë"),
    "zoe ",
    "zoe'",
    "zoes",
    "geheimnaam",
]


def hits(raw: bytes) -> int:
    low = raw.lower()
    return sum(low.count(f.encode("utf-8")) for f in FORMS)


def _constrained(table) -> set[str]:
    """Columns that cannot hold a name: checked by a constraint, or codes too short for one
    (model version, stage keys: app.models.limits)."""
    out = {
        col.name
        for col in table.columns
        if getattr(col.type, "length", None) is not None and col.type.length < 60
    }
    for c in table.constraints:
        if isinstance(c, CheckConstraint):
            out |= {col.name for col in table.columns if col.name in str(c.sqltext)}
    return out


def _fill(store, db_path: Path, export_to: Path) -> None:
    """The name in every text column of every row, in several spellings."""
    c = communities.create_community(store, "Geheim", description="Opgezet door Zoë Geheimnaam")
    s = sessions.create_session(store, c.id, "Eerste", date(2026, 1, 5), facilitator=NAME)
    sessions.add_participant(store, s.id, NAME, "Waterschap", "overheid")
    sessions.add_participant(store, s.id, "Bert Bos", "Noorderpoort", "onderwijs")
    communities.add_actor(
        store, c.id, name=NAME, organisation="Waterschap", contact="zoe.geheimnaam@example.nl"
    )
    vertrekpunt.add_observation(
        store, s.id, "monitoring", "Zoë's idee en Zoës plan; Geheimnaams voorstel"
    )
    aanpak.add_action(store, s.id, "Pilot", owner=NAME, partners=[NAME, "Waterschap"])
    with store.transaction() as db:
        session = db.get(m.IntervisieSession, s.id)
        db.add(
            m.SessionClaim(
                session_id=session.id, client="x", holder=NAME, since=utcnow(), seen_at=utcnow()
            )
        )
        db.add(
            m.Takeout(
                community_uuid=db.get(m.Community, c.id).uuid,
                role="laptop",
                holder="me@host",
                base=json.dumps({"said": NAME}),
            )
        )
    export_community(store, c.id, export_to)  # to a USB stick: out of the app's reach
    decomposed = unicodedata.normalize("NFD", "ZOË GEHEIMNAAM")
    with store.transaction() as db:
        for model, cols in text_columns().items():
            skip = _constrained(model.__table__)
            for row in db.scalars(select(model)):
                for col in cols:
                    if (
                        col in skip
                        or (model, col) == (m.Takeout, "base")
                        or ((model.__tablename__, col) in NAME_FIELDS and col != "partners")
                    ):
                        continue
                    value = getattr(row, col)
                    if isinstance(model.__table__.c[col].type, JSON):
                        setattr(row, col, list(value or []) + [f"{decomposed}s"])
                    else:
                        setattr(row, col, f"{value or ''} {decomposed} en zoe geheimnaam")
    assert db_path.exists()


@pytest.fixture
def elsewhere(tmp_path_factory):
    return tmp_path_factory.mktemp("usb") / "geheim.intervisie"


@pytest.fixture
def filled(store, db_path, elsewhere):
    _fill(store, db_path, elsewhere)
    make_backup(db_path, "handmatig")
    folder = backup_dir_for(db_path)
    newest = list_backups(db_path)[0].path
    shutil.copy(newest, folder / "intervisie-20260101-000000-000000-half.db.part")
    shutil.copy(newest, folder / "intervisie-20260101-000000-000000-half.db.part-journal")
    damaged = db_path.with_name(f"{db_path.name}.damaged-20260101-000000-000000")
    damaged.write_bytes(newest.read_bytes()[:-1500])  # cut short: it does not open any more
    (data_dir() / "print").mkdir(parents=True)
    (data_dir() / "print" / "sessieverslag-1.pdf").write_bytes(f"%PDF {NAME}".encode())
    return store


def _files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def test_every_mention_is_shown_with_its_kind_and_context(filled):
    found = find_mentions(filled, NAME)
    kinds = {x.kind for x in found}
    assert kinds == {FULL, SURNAME, FIRST}
    columns = {(x.table, x.column) for x in found}
    assert ("observation", "needed_knowledge") in columns  # the column the hand list missed
    assert {
        ("participant", "name"),
        ("actor", "name"),
        ("action", "owner"),
        ("action", "partners"),
        ("takeout", "base"),
    } <= columns
    roles = {x.role for x in found if x.whole}
    assert {"participant", "actor", "facilitator", "owner", "partner"} <= roles
    said = next(x for x in found if x.written == "Geheimnaams")
    assert said.kind == SURNAME and "»Geheimnaams« voorstel" in said.context
    assert any(len(x.files) > 1 for x in found)  # in the database and in the backup


def test_erasing_every_mention_leaves_no_byte_in_any_file(filled, db_path, tmp_path, elsewhere):
    before = sum(hits(p.read_bytes()) for p in _files(tmp_path))
    assert before > 40
    counts = erase_mentions(filled, NAME, find_mentions(filled, NAME))
    assert (counts.participants, counts.actors, counts.facilitators, counts.owners) == (1, 1, 1, 1)
    assert counts.backups == 1 and counts.damaged == 1 and counts.leftovers == 3
    assert counts.unreachable == [str(elsewhere.resolve())]
    assert find_mentions(filled, NAME) == []
    left = {str(p.relative_to(tmp_path)): hits(p.read_bytes()) for p in _files(tmp_path)}
    assert {k: v for k, v in left.items() if v} == {}
    assert not list(backup_dir_for(db_path).glob("*.part*"))
    assert [p.name for p in backup_dir_for(db_path).glob("*.db")] == [
        list_backups(db_path)[0].path.name
    ]
    # the group's other words are still there
    sid = sessions.list_sessions(filled)[0].id
    assert [p.name for p in sessions.list_participants(filled, sid)] == ["Bert Bos"]
    action = aanpak.list_actions(filled, sid)[0]
    assert action.owner == "" and action.partners[0] == "Waterschap"


def test_only_the_chosen_mentions_go(store):
    c = communities.create_community(store, "Bakkerij")
    s = sessions.create_session(store, c.id, "Eerste", date(2026, 1, 5))
    vertrekpunt.add_observation(
        store, s.id, "monitoring", "Zoë Geheimnaam belde; Zoë van de bakker ook"
    )
    found = find_mentions(store, NAME, include_files=False)
    assert [(x.kind, x.written) for x in found] == [(FULL, NAME), (FIRST, "Zoë")]
    erase_mentions(store, NAME, [x for x in found if x.kind == FULL], include_files=False)
    text = vertrekpunt.list_observations(store, s.id)[0].text
    assert text == "[verwijderd] belde; Zoë van de bakker ook"


def test_erase_person_reaches_the_full_name_in_every_spelling_and_file(filled, tmp_path):
    """The one-call erase (what the old menu item did): the full name, however typed, leaves
    every file; a surname or first name alone stays for the facilitator to decide on."""
    from app.services.privacy import erase_person

    erase_person(filled, NAME, include_backups=True)
    full = [unicodedata.normalize(f, NAME.casefold()).encode() for f in ("NFC", "NFD")]
    full.append(b"zoe geheimnaam")
    for p in _files(tmp_path):
        low = p.read_bytes().lower()
        assert not any(f in low for f in full), p


def test_reports_written_elsewhere_are_listed_after_an_erase(tmp_path, capsys):
    """A report on a stick is out of reach: the erase names it, so it can be deleted by hand."""
    from app.main import main
    from app.services.bootstrap import open_database

    db = tmp_path / "i.db"
    store = open_database(str(db), with_demo=False)
    c = communities.create_community(store, "Dorp")
    sid = sessions.create_session(store, c.id, "Eerste", date(2026, 1, 5), facilitator=NAME).id
    store.close()
    stick = tmp_path.parent / f"{tmp_path.name}-stick"
    stick.mkdir()
    assert (
        main(
            ["report", "--session", str(sid), "--out", str(stick / "v.pdf"), "--database", str(db)]
        )
        == 0
    )
    assert main(["erase", NAME, "--yes", "--database", str(db)]) == 0
    out = capsys.readouterr().out
    assert "erase these yourself:" in out and str((stick / "v.pdf").resolve()) in out


def test_a_backup_of_an_older_schema_is_reached_too(store, db_path):
    """A backup made before an update lacks today's columns: it is cleaned byte for byte."""
    import sqlite3

    c = communities.create_community(store, "Dorp", description=f"Met {NAME}")
    sessions.create_session(store, c.id, "Eerste", date(2026, 1, 5), facilitator=NAME)
    old = make_backup(db_path, "voor-update").path
    con = sqlite3.connect(old)
    con.execute("ALTER TABLE observation DROP COLUMN needed_knowledge")  # as before 0004
    con.commit()
    con.close()
    counts = erase_mentions(store, NAME, find_mentions(store, NAME))
    assert counts.backups == 1
    assert hits(old.read_bytes()) == 0
    assert sqlite3.connect(old).execute("PRAGMA integrity_check").fetchone()[0] == "ok"

"""A corpus of hostile inputs, generated here (no binary files in the repository): damaged,
foreign and future database files, and exchange files built to hurt (zip bombs, path tricks, deep
or oversized JSON, wrong types, extra keys, 5,000-digit numbers, …). Each gets a clear message,
and where nothing should change the database is byte-identical afterwards."""

from __future__ import annotations

import json
import sqlite3
import struct
import time
import uuid
import zipfile

import pytest

from app.services import exchange_file, sessions
from app.services.bootstrap import DamagedDatabase, OpenFailure, open_database
from app.services.exchange_export import build_document
from app.services.exchange_file import ExchangeRejected
from app.services.exchange_import import import_file
from app.services.recovery import restore_backup
from app.store.backup import list_backups, make_backup
from app.store.damage import kept_copies
from tests.safety_tools import db_files, fingerprint

# ---- database files -----------------------------------------------------------------------------


@pytest.fixture
def closed_demo(db_path):
    """A demo database with one verified backup, closed (its log folded into the file)."""
    store = open_database(str(db_path))
    store.close()
    make_backup(db_path, "handmatig")
    return db_path


def _truncate(db):
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])


def _flip_a_table_page(db):
    con = sqlite3.connect(db)
    page = con.execute("SELECT rootpage FROM sqlite_master WHERE name='observation'").fetchone()[0]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    data = bytearray(db.read_bytes())
    offset = (page - 1) * size
    for i in range(offset, offset + 12):  # the b-tree page header
        data[i] ^= 0xA5
    db.write_bytes(bytes(data))


def _flip_the_page_size(db):
    data = bytearray(db.read_bytes())
    data[16:18] = struct.pack(">H", 3000)  # not a power of two: no valid page size
    db.write_bytes(bytes(data))


def _scribble_after_the_header(db):
    data = bytearray(db.read_bytes())
    for i in range(100, len(data), 7):
        data[i] = (data[i] * 31 + 7) % 256
    db.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "damage", [_truncate, _flip_a_table_page, _flip_the_page_size, _scribble_after_the_header]
)
def test_a_damaged_database_is_kept_aside_and_the_newest_backup_offered(closed_demo, damage):
    db = closed_demo
    damage(db)
    damaged = db.read_bytes()
    with pytest.raises(DamagedDatabase) as caught:
        open_database(str(db))
    failure = caught.value
    assert db.read_bytes() == damaged  # never written to
    assert failure.kept_at.read_bytes() == damaged  # a copy kept aside
    assert failure.backup == list_backups(db)[0]
    assert (
        "damaged" in failure.message
        and f"{failure.backup.made_at:%Y-%m-%d %H:%M}" in failure.message
    )
    with pytest.raises(DamagedDatabase):
        open_database(str(db))
    assert kept_copies(db) == [failure.kept_at]  # trying again does not pile up copies

    restore_backup(db, failure.backup)
    store = open_database(str(db))
    try:
        assert sessions.list_sessions(store)  # the group's work is back
    finally:
        store.close()
    assert failure.kept_at.read_bytes() == damaged


def test_a_file_that_is_not_sqlite_is_left_alone(db_path):
    db_path.write_bytes(b"%PDF-1.7 this is someone's report, not a database\n" * 50)
    before = fingerprint(*db_files(db_path))
    with pytest.raises(OpenFailure) as caught:
        open_database(str(db_path))
    assert not isinstance(caught.value, DamagedDatabase)
    assert "not a readable Intervisie database" in caught.value.message
    assert "has not been changed" in caught.value.message
    assert fingerprint(*db_files(db_path)) == before
    assert kept_copies(db_path) == []


def test_a_database_from_a_future_version_is_refused_byte_identical(closed_demo):
    db = closed_demo
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(OpenFailure) as caught:
        open_database(str(db))
    assert "newer version" in caught.value.message and "9999_future" in caught.value.message
    assert db.read_bytes() == before


# ---- exchange files -----------------------------------------------------------------------------
def _zip(path, entries: dict[str, bytes]):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


@pytest.fixture
def doc(demo_store, demo_session_id):
    return build_document(
        demo_store, sessions.get_session(demo_store, demo_session_id).community_id
    )


def _first(doc, key):
    return doc["sessions"][0][key][0]


def _json(doc, replace: tuple[str, str] | None = None) -> bytes:
    text = json.dumps(doc, ensure_ascii=False)
    if replace:
        assert replace[0] in text
        text = text.replace(replace[0], replace[1], 1)
    return text.encode("utf-8")


def _lying_bomb(path):
    """A zip whose headers say 1,000 bytes while the data inflates to 40 MB."""
    _zip(path, {"intervisie.json": b" " * (40 * 2**20)})
    data = bytearray(path.read_bytes())
    local = data.index(b"PK\x03\x04")
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, local + 22, 1000)
    struct.pack_into("<I", data, central + 24, 1000)
    path.write_bytes(bytes(data))
    return path


def _set(doc, where, key, value):
    target = _first(doc, where) if where else doc
    target[key] = value
    return _json(doc)


CASES = {
    "not a zip": lambda p, d: p.write_bytes(b"MZ\x90\x00 not an archive" * 100) and p,
    "empty file": lambda p, d: p.write_bytes(b"") or p,
    "zip bomb": lambda p, d: _zip(p, {"intervisie.json": b" " * (40 * 2**20)}),
    "zip bomb with lying sizes": lambda p, d: _lying_bomb(p),
    "../ entry": lambda p, d: _zip(p, {"../intervisie.json": _json(d)}),
    "absolute entry": lambda p, d: _zip(p, {"/etc/intervisie.json": _json(d)}),
    "backslash entry": lambda p, d: _zip(p, {"..\\intervisie.json": _json(d)}),
    "extra entry": lambda p, d: _zip(p, {"intervisie.json": _json(d), "run.exe": b"MZ"}),
    "many entries": lambda p, d: _zip(p, {f"f{i}": b"" for i in range(40)}),
    "not JSON": lambda p, d: _zip(p, {"intervisie.json": b'{"format": "intervisie-exch'}),
    "not UTF-8": lambda p, d: _zip(p, {"intervisie.json": b'{"format": "\xff\xfe"}'}),
    "a list, not an object": lambda p, d: _zip(p, {"intervisie.json": b"[]"}),
    "nested 100 deep": lambda p, d: _zip(
        p,
        {
            "intervisie.json": _json(
                d, ('"anonymised": false', '"anonymised": ' + "[" * 100 + "]" * 100)
            )
        },
    ),
    "nested 200,000 deep": lambda p, d: _zip(p, {"intervisie.json": b"[" * 200_000}),
    "oversized text": lambda p, d: _zip(
        p, {"intervisie.json": _set(d, "observations", "text", "x" * 200_000)}
    ),
    "wrong type": lambda p, d: _zip(p, {"intervisie.json": _set(d, "observations", "status", "5")}),
    "extra key": lambda p, d: _zip(p, {"intervisie.json": _set(d, "observations", "evil", True)}),
    "5,000-digit number": lambda p, d: _zip(
        p, {"intervisie.json": _json(d, ('"format_version": 2', '"format_version": ' + "7" * 5000))}
    ),
    "fraction": lambda p, d: _zip(
        p, {"intervisie.json": _json(d, ('"format_version": 2', '"format_version": 2.0'))}
    ),
    "NaN": lambda p, d: _zip(
        p, {"intervisie.json": _json(d, ('"format_version": 2', '"format_version": NaN'))}
    ),
    "duplicate key": lambda p, d: _zip(
        p,
        {
            "intervisie.json": _json(
                d, ('"format_version": 2', '"format_version": 2, "format_version": 2')
            )
        },
    ),
    "future format": lambda p, d: _zip(p, {"intervisie.json": _set(d, None, "format_version", 3)}),
    "foreign format": lambda p, d: _zip(p, {"intervisie.json": _set(d, None, "format", "x")}),
    "impossible date": lambda p, d: _zip(
        p,
        {
            "intervisie.json": _set(
                d, None, "sessions", [dict(d["sessions"][0], held_on="2025-02-30")]
            )
        },
    ),
    "NUL in a text": lambda p, d: _zip(
        p, {"intervisie.json": _set(d, "observations", "text", "a\x00b")}
    ),
    "unknown element": lambda p, d: _zip(
        p, {"intervisie.json": _set(d, "observations", "element_key", "bestaat-niet")}
    ),
    "unknown model": lambda p, d: _zip(
        p,
        {
            "intervisie.json": _set(
                d, None, "sessions", [dict(d["sessions"][0], model_id="ander-model")]
            )
        },
    ),
    "duplicate uuid": lambda p, d: _zip(
        p,
        {
            "intervisie.json": _set(
                d, "observations", "uuid", d["sessions"][0]["observations"][1]["uuid"]
            )
        },
    ),
    "dangling link": lambda p, d: _zip(
        p, {"intervisie.json": _set(d, "participants", "actor", str(uuid.uuid4()))}
    ),
}
EXPECTED = {
    "not a zip": "not a readable Intervisie exchange file",
    "empty file": "not a readable Intervisie exchange file",
    "zip bomb": "would unpack to more than",
    "zip bomb with lying sizes": "not a readable Intervisie exchange file",
    "../ entry": "unsafe name",
    "absolute entry": "unsafe name",
    "backslash entry": "unsafe name",
    "extra entry": "must hold exactly intervisie.json",
    "many entries": "entries",
    "not JSON": "not valid JSON",
    "not UTF-8": "not UTF-8",
    "a list, not an object": "one JSON object",
    "nested 100 deep": "nested more than",
    "nested 200,000 deep": "nested more than",
    "oversized text": "longer than 100000 characters",
    "wrong type": "'5' is not of type",
    "extra key": "Additional properties are not allowed ('evil'",
    "5,000-digit number": "5000 digits",
    "fraction": "has a fraction",
    "NaN": "NaN is not",
    "duplicate key": "appears twice",
    "future format": "newer version",
    "foreign format": "not an Intervisie exchange file",
    "impossible date": "2025-02-30",
    "NUL in a text": "NUL",
    "unknown element": "bestaat-niet",
    "unknown model": "ander-model",
    "duplicate uuid": "used twice",
    "dangling link": "not in the file",
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_exchange_file_is_refused_and_changes_nothing(
    case, demo_store, db_path, doc, tmp_path
):
    path = CASES[case](tmp_path / "vijandig.intervisie", json.loads(json.dumps(doc)))
    before = fingerprint(*db_files(db_path))
    started = time.perf_counter()
    with pytest.raises(ExchangeRejected) as caught:
        import_file(demo_store, path, on_existing="merge")
    assert time.perf_counter() - started < 5
    message = str(caught.value)
    assert EXPECTED[case] in message, message
    assert message.endswith("Nothing was changed.")
    assert fingerprint(*db_files(db_path)) == before
    assert list_backups(db_path) == []  # refused before even the backup


def test_the_row_limit_holds(demo_store, doc, tmp_path, monkeypatch):
    monkeypatch.setattr(exchange_file, "MAX_ROWS", 50)
    path = _zip(tmp_path / "veel.intervisie", {"intervisie.json": _json(doc)})
    with pytest.raises(ExchangeRejected, match="more than 50 rows"):
        import_file(demo_store, path)


def test_the_corpus_is_not_a_rubber_stamp(demo_store, doc, tmp_path):
    """The untouched document, zipped the same way, imports."""
    path = _zip(tmp_path / "goed.intervisie", {"intervisie.json": _json(doc)})
    assert import_file(demo_store, path, on_existing="merge").mode == "merge"

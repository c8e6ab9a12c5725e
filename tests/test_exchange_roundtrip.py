"""Export then import loses nothing: every session's snapshot, and every column of every row
(timestamps included), compare equal by uuid on the other laptop. The format description covers
every column, the schema and the code agree, and the documented example file imports."""

from __future__ import annotations

import dataclasses
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app import models as m
from app.main import main
from app.models.base import Base
from app.services import aanpak, communities, focus, sessions, vertrekpunt, vervolg
from app.services import exchange_tables as t
from app.services.bootstrap import open_database
from app.services.exchange_export import export_community, export_session
from app.services.exchange_import import import_file
from app.services.exchange_schema import schema
from app.services.snapshot import session_snapshot

ROOT = Path(__file__).resolve().parent.parent
ID_KEYS = {
    "session_id": m.IntervisieSession,
    "community_id": m.Community,
    "continues_from_id": m.IntervisieSession,
    "actor_id": m.Actor,
    "observation_id": m.Observation,
    "action_id": m.Action,
    "focus_point_ids": m.FocusPoint,
    "theme_ids": m.SessionTheme,
}


@pytest.fixture
def rich(demo_store, demo_session_id):
    """The demo, plus a closed follow-up session that reviews the first one's actions, links
    actions to focus points and themes, and carries unusual text."""
    s = demo_store
    first = demo_session_id
    fp = focus.list_focus_points(s, first)[0]
    theme = vervolg.add_theme(s, first, label="Eigen thema ✓ — “quotes”")
    action = aanpak.list_actions(s, first)[0]
    aanpak.update_action(
        s,
        action.id,
        focus_point_ids=[fp.id],
        theme_ids=[theme.id],
        starts_on=date(2025, 2, 1),
        due_on=date(2025, 6, 30),
        status="bezig",
        groenpact=["innovatie", "imago"],
        frame_items=["ris3-2014:innovatie"],
    )
    vervolg.add_monitoring(s, first, "Evaluatie in juni", kind="review", due_on=date(2025, 6, 1))
    c = sessions.get_session(s, first).community_id
    second = sessions.create_session(
        s, c, "Vervolg 😀 Łódź", date(2025, 9, 1), continues_from_id=first
    ).id
    aanpak.review_action(s, second, action.id, "doorgezet", "loopt door")
    vertrekpunt.set_assessment(s, second, "monitoring", status=4, context_note="beter\nregel 2")
    sessions.update_session(s, second, next_session_on=date(2026, 1, 15))
    sessions.close_session(s, second)
    return s, c


def _uuid_maps(store) -> dict:
    with store.reading() as db:
        return {
            model: dict(db.execute(select(model.id, model.uuid)).all())
            for model in set(ID_KEYS.values())
        }


def _portable(value, maps, key=None):
    """A snapshot with every local id replaced by the uuid it stands for."""
    if dataclasses.is_dataclass(value):
        value = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        # the local id and the row's version are this database's bookkeeping, not the data
        return {k: _portable(v, maps, k) for k, v in value.items() if k not in ("id", "version")}
    if isinstance(value, (list, tuple)):
        items = [_portable(v, maps, key) for v in value]
        return sorted(items, key=repr) if key in ID_KEYS else items
    if key in ID_KEYS and value is not None:
        return maps[ID_KEYS[key]][value]
    return value


def _snapshots(store, community_id) -> list:
    maps = _uuid_maps(store)
    return [
        _portable(session_snapshot(store, x.id), maps)
        for x in sorted(sessions.list_sessions(store, community_id), key=lambda x: x.uuid)
    ]


def _all_rows(store) -> dict:
    """Every column of every table, keyed by uuid, local keys swapped for uuids."""
    uuid_of = {}
    out = {}
    with store.reading() as db:
        for entity in t.ALL:
            for row in db.scalars(select(entity.model)):
                uuid_of[(entity.model, row.id)] = row.uuid
        for entity in t.ALL:
            for row in db.scalars(select(entity.model)):
                data = t.row_to_json(entity, row, lambda model, i: uuid_of[(model, i)])
                data.update(
                    {k: sorted(x.uuid for x in getattr(row, k)) for k in t.LINKS.get(entity, ())}
                )
                out[row.uuid] = data
    return out


@pytest.mark.both_databases  # exported from PostgreSQL too, read into SQLite
def test_export_then_import_is_lossless(rich, tmp_path):
    store, community_id = rich
    exported = export_community(store, community_id, tmp_path / "rond")
    other = open_database(str(tmp_path / "ander.db"), with_demo=False)
    try:
        result = import_file(other, exported.path)
        assert result.mode == "new" and result.dropped_links == 0
        assert _snapshots(other, result.community_id) == _snapshots(store, community_id)
        assert _all_rows(other) == _all_rows(store)
        again = export_community(other, result.community_id, tmp_path / "terug")
        first = json.loads(zipfile.ZipFile(exported.path).read("intervisie.json"))
        second = json.loads(zipfile.ZipFile(again.path).read("intervisie.json"))
        first.pop("exported_at"), second.pop("exported_at")
        # what the other laptop received travels back as the base of a later merge
        assert first.pop("base") is None
        assert second.pop("base") == {
            "community": first["community"],
            "sessions": first["sessions"],
        }
        assert first == second
    finally:
        other.close()


@pytest.mark.both_databases  # exported from PostgreSQL too, read into SQLite
def test_one_session_travels_on_its_own(rich, tmp_path):
    store, community_id = rich
    follow_up = next(x for x in sessions.list_sessions(store, community_id) if x.continues_from_id)
    exported = export_session(store, follow_up.id, tmp_path / "een")
    other = open_database(str(tmp_path / "ander.db"), with_demo=False)
    try:
        result = import_file(other, exported.path)
        # the earlier session is not in the file: its link and the review of its action go
        assert result.dropped_links == 2
        got = session_snapshot(other, result.sessions[0])
        assert got.session.title == follow_up.title and got.session.is_closed
        assert got.assessments["monitoring"].context_note == "beter\nregel 2"
    finally:
        other.close()


def test_every_column_of_every_table_travels():
    described = {}
    for entity in t.ALL:
        cols = set(t.COMMON) | set(entity.fields) | {r.column for r in entity.refs}
        cols |= {"id"} | ({entity.parent_column} if entity.parent_column else set())
        described[entity.model.__table__.name] = cols
    described.update(dict.fromkeys(t.LINK_TABLES))  # as uuid lists on the owning row
    for table in Base.metadata.sorted_tables:
        if table.name == "alembic_version" or table.name in t.LOCAL_TABLES:
            continue
        assert table.name in described, f"{table.name} is not in the exchange format"
        if described[table.name] is not None:
            columns = {c.name for c in table.columns} - set(t.LOCAL_COLUMNS)
            assert columns == described[table.name], table.name


def test_the_schema_and_the_code_describe_the_same_fields():
    defs = schema()["$defs"]
    names = {
        t.COMMUNITY: "community",
        t.ACTOR: "actor",
        t.SESSION: "session",
        t.PARTICIPANT: "participant",
        t.ASSESSMENT: "assessment",
        t.OBSERVATION: "observation",
        t.FOCUS_POINT: "focus_point",
        t.THEME: "theme",
        t.STEP: "step",
        t.MONITORING: "monitoring_item",
        t.ACTION: "action",
        t.REVIEW: "action_review",
    }
    children = {
        t.COMMUNITY: {"actors"},
        t.SESSION: {e.key for e in t.SESSION_ROWS},
        **{entity: set(links) for entity, links in t.LINKS.items()},
    }
    for entity, name in names.items():
        expected = (
            set(t.COMMON)
            | set(entity.fields)
            | {r.key for r in entity.refs}
            | children.get(entity, set())
        )
        assert set(defs[name]["properties"]) == expected, name
        assert defs[name]["additionalProperties"] is False
        assert set(defs[name]["required"]) == expected


@pytest.mark.parametrize(
    "name", ["westerkwartier.intervisie", "westerkwartier-format1.intervisie"]
)  # older files still read
def test_the_documented_example_imports(store, name):
    example = ROOT / "docs" / "examples" / name
    result = import_file(store, example)
    assert result.community_name == "Gebiedscoöperatie Westerkwartier"
    snap = session_snapshot(store, result.sessions[0])
    assert len(snap.observations) > 10 and snap.actions and snap.participants


def test_export_and_import_on_the_command_line(demo_store, db_path, tmp_path, capsys):
    out = tmp_path / "cli.intervisie"
    assert main(["export", str(out), "--database", str(db_path)]) == 0
    other = str(tmp_path / "ander.db")
    assert main(["import", str(out), "--database", other]) == 0
    assert "imported" in capsys.readouterr().out
    assert main(["import", str(out), "--database", other]) == 3  # asks: merge or keep both?
    assert "--merge or --copy" in capsys.readouterr().err
    assert main(["import", str(out), "--copy", "--database", other]) == 0
    store = open_database(other)
    try:
        names = [c.name for c in communities.list_communities(store)]
    finally:
        store.close()
    # the new file's own demo, the import, and the copy kept beside it
    assert len(names) == 3 and names.count("Gebiedscoöperatie Westerkwartier (kopie)") == 1

"""The schema's history: one head, every step up and down, models equal to migrations, data kept,
and files from a newer app refused without a byte changed."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData, create_engine, func, insert, select, text

from app.models import Base
from app.store.backup import list_backups
from app.store.engine import make_engine, sqlite_url
from app.store.migrate import alembic_config
from app.store.schema_version import HEAD


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _upgrade(engine, target: str) -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def test_one_head_and_it_is_the_expected_one():
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert heads == [HEAD]


def test_upgrade_from_empty_to_head_then_down_and_up_again(tmp_path):
    engine = make_engine(sqlite_url(tmp_path / "m.db"))
    _upgrade(engine, "head")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    with engine.connect() as conn:
        names = set(
            conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars()
        )
    assert names <= {"alembic_version"}
    _upgrade(engine, "head")


def test_models_match_the_migrations(tmp_path):
    engine = make_engine(sqlite_url(tmp_path / "m.db"))
    _upgrade(engine, "head")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_a_new_file_is_created_at_head_with_the_demo(demo_store):
    with demo_store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def _populate_at(engine, revision: str) -> dict[str, int]:
    """Fill every table of the schema at `revision` with a few linked rows, by reflection."""
    _upgrade(engine, revision)
    meta = MetaData()
    meta.reflect(engine)
    with engine.begin() as conn:
        now = datetime(2026, 1, 1, 10, 0)
        base = {"created_at": now, "updated_at": now}

        def add(table, **values):
            values = {**{k: v for k, v in base.items() if k in meta.tables[table].c}, **values}
            if "uuid" in meta.tables[table].c:
                values.setdefault("uuid", f"{table}-{len(values)}-{id(values)}")
            return conn.execute(insert(meta.tables[table]).values(**values)).inserted_primary_key[0]

        cid = add("community", name="Zoë's coöperatie", region="", description="", is_demo=False)
        aid = add(
            "actor",
            community_id=cid,
            name="A",
            organisation="O",
            helix_role="onderwijs",
            knowledge="",
            contact="",
        )
        sid = add(
            "intervisie_session",
            community_id=cid,
            title="T",
            held_on=date(2026, 1, 1),
            location="",
            facilitator="",
            model_id="llo-community-learning",
            model_version="1.0",
            current_stage="opening",
            stage_reached="opening",
            state="open",
            development_path_reason="",
            ambition="",
            summary_note="",
        )
        add(
            "participant",
            session_id=sid,
            actor_id=aid,
            position=0,
            name="P",
            organisation="",
            helix_role="",
            role_in_session="",
        )
        add(
            "assessment",
            session_id=sid,
            element_key="visie-regio",
            status=3,
            context_note="",
            carried=False,
        )
        oid = add(
            "observation",
            session_id=sid,
            element_key="visie-regio",
            position=0,
            text="🌱 observatie",
            status=2,
            carried=False,
        )
        fid = add(
            "focus_point",
            session_id=sid,
            element_key="visie-regio",
            position=0,
            text="f",
            votes=3,
            observation_id=oid,
        )
        tid = add("session_theme", session_id=sid, theme_key="voedselketens", label="", position=0)
        add("step", session_id=sid, position=0, text="s")
        add("monitoring_item", session_id=sid, position=0, kind="indicator", text="i")
        act = add(
            "action",
            session_id=sid,
            position=0,
            title="a",
            description="",
            owner="",
            partners=[],
            indicator="",
            status="open",
            characteristics=[],
        )
        conn.execute(insert(meta.tables["action_focus"]).values(action_id=act, focus_point_id=fid))
        conn.execute(
            insert(meta.tables["action_theme"]).values(action_id=act, session_theme_id=tid)
        )
        sid2 = add(
            "intervisie_session",
            community_id=cid,
            title="T2",
            held_on=date(2026, 2, 1),
            location="",
            facilitator="",
            model_id="llo-community-learning",
            model_version="1.0",
            current_stage="opening",
            stage_reached="opening",
            state="open",
            development_path_reason="",
            ambition="",
            summary_note="",
            continues_from_id=sid,
        )
        add("action_review", session_id=sid2, action_id=act, outcome="gereed", note="")
        return {
            t: conn.execute(select(func.count()).select_from(meta.tables[t])).scalar()
            for t in meta.tables
            if t != "alembic_version"
        }


def test_row_counts_survive_a_migration_of_a_populated_file(db_path):
    from app.services.bootstrap import open_database

    engine = create_engine(sqlite_url(db_path))
    before = _populate_at(engine, "0001")
    engine.dispose()
    store = open_database(str(db_path))
    try:
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
            for table, count in before.items():
                assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == count, table
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
            assert conn.execute(text("SELECT text FROM observation")).scalar() == "🌱 observatie"
        # a verified backup was made before migrating
        backups = list_backups(db_path)
        assert backups and backups[0].reason == "voor-migratie"
    finally:
        store.close()


def test_a_file_from_a_newer_app_is_refused_and_left_byte_identical(db_path):
    from app.services.bootstrap import OpenFailure, open_database

    store = open_database(str(db_path))
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    store.close()
    before = _sha(db_path)
    with pytest.raises(OpenFailure) as info:
        open_database(str(db_path))
    assert "newer version" in info.value.message
    assert "not changed" in info.value.message
    assert _sha(db_path) == before


def test_a_file_that_is_not_a_database_is_refused_and_kept(db_path):
    from app.services.bootstrap import OpenFailure, open_database

    db_path.write_bytes(b"this is a shopping list, not a database\n" * 200)
    before = _sha(db_path)
    with pytest.raises(OpenFailure):
        open_database(str(db_path))
    assert _sha(db_path) == before

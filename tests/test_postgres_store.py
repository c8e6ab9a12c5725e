"""The store on a PostgreSQL server: the migrations from the first schema to the head (with data),
models equal to migrations, `intervisie migrate` and `check`, the password never shown, read-only
refused by the server itself, and plain words when the server cannot be used. PostgreSQL only
(INTERVISIE_TEST_POSTGRES_URL; reported as not run without it)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import MetaData, func, insert, select, text

from app.main import main
from app.models import Base
from app.services import communities, sessions, vertrekpunt
from app.services.bootstrap import OpenFailure, open_database
from app.services.errors import StorageUnavailable
from app.store.engine import make_engine
from app.store.migrate import alembic_config
from app.store.schema_version import HEAD
from tests.pg_tools import fresh_schema


@pytest.fixture
def pg_url():
    with fresh_schema() as url:
        yield url


def _upgrade(engine, target: str) -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def _fill_first_schema(engine) -> dict[str, int]:
    """A community with a session, an observation (emoji, NUL-free) and an action with JSON
    lists, written at schema 0001."""
    _upgrade(engine, "0001")
    meta = MetaData()
    meta.reflect(engine)
    now = datetime(2026, 1, 1, 10, 0)

    def add(conn, table, **values):
        values = {"uuid": str(uuid.uuid4()), "created_at": now, "updated_at": now, **values}
        return conn.execute(insert(meta.tables[table]).values(**values)).inserted_primary_key[0]

    with engine.begin() as conn:
        cid = add(
            conn, "community", name="Zoë's coöperatie", region="", description="", is_demo=False
        )
        sid = add(
            conn,
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
            conn,
            "observation",
            session_id=sid,
            element_key="visie-regio",
            position=0,
            text="🌱 observatie",
            status=2,
            carried=False,
        )
        add(
            conn,
            "action",
            session_id=sid,
            position=0,
            title="a",
            description="",
            owner="",
            partners=["Gemeente", "ROC"],
            indicator="",
            status="open",
            characteristics=[],
        )
        return {
            t: conn.execute(select(func.count()).select_from(meta.tables[t])).scalar()
            for t in meta.tables
            if t != "alembic_version"
        }


def test_a_server_database_is_migrated_from_the_first_schema_with_its_data(pg_url):
    engine = make_engine(pg_url)
    before = _fill_first_schema(engine)
    engine.dispose()
    store = open_database(pg_url)  # migrates; no demo in a database that holds data
    try:
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
            for table, count in before.items():
                assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == count
            assert conn.execute(text("SELECT text FROM observation")).scalar() == "🌱 observatie"
            assert conn.execute(text("SELECT min(version) FROM observation")).scalar() == 1
        sid = sessions.list_sessions(store)[0].id
        o = vertrekpunt.list_observations(store, sid)[0]
        vertrekpunt.update_observation(store, o.id, text="bijgewerkt")
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT version FROM observation")).scalar() == 2
    finally:
        store.close()


def test_models_match_the_migrations_on_the_server_and_down_and_up_again(pg_url):
    engine = make_engine(pg_url)
    try:
        _upgrade(engine, "head")
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
        _upgrade(engine, "head")
    finally:
        engine.dispose()


def test_migrate_and_check_on_the_command_line(pg_url, capsys):
    assert main(["migrate", "--database", pg_url]) == 0
    printed = capsys.readouterr().out
    assert f"{HEAD} (created, empty)" in printed
    assert "intervisie_test" in printed and ":intervisie_test@" not in printed  # no password
    assert main(["migrate", "--database", pg_url]) == 0
    assert "already current" in capsys.readouterr().out
    assert main(["check", "--database", pg_url]) == 0
    printed = capsys.readouterr().out
    assert "integrity:  ok" in printed and "0 communities" in printed
    assert "***" in printed and "postgresql://" in printed


def test_the_app_says_which_server_it_is_on_without_the_password(pg_url, monkeypatch):
    monkeypatch.setenv("INTERVISIE_DATABASE", pg_url)
    from app.paths import choose_database

    store = open_database(choose_database(None), with_demo=False)
    try:
        shown = store.describe()
        assert shown.startswith("postgresql://intervisie_test:***@127.0.0.1:")
        assert "+psycopg" not in shown
    finally:
        store.close()


def test_read_only_on_a_server_is_refused_by_the_server(pg_url):
    writer = open_database(pg_url, with_demo=False)
    cid = communities.create_community(writer, "Werkplaats").id
    writer.close()
    looker = open_database(pg_url, read_only=True)
    try:
        assert looker.read_only and communities.get_community(looker, cid).name == "Werkplaats"
        with pytest.raises(StorageUnavailable) as refused:
            communities.create_community(looker, "Nog een")
        assert refused.value.reason == "read-only"
    finally:
        looker.close()


def test_a_server_that_does_not_answer_is_told_in_plain_words(monkeypatch):
    with pytest.raises(OpenFailure) as failed:
        open_database("postgresql://someone:geheim@127.0.0.1:9/nergens")
    assert "cannot be used" in failed.value.message and "geheim" not in failed.value.message
    assert "Nothing has been changed" in failed.value.message


def test_without_the_driver_the_user_is_told_what_to_install(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_psycopg(name, *args, **kwargs):
        if name.startswith("psycopg"):
            raise ModuleNotFoundError("No module named 'psycopg'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_psycopg)
    with pytest.raises(OpenFailure) as failed:
        open_database("postgresql://someone@127.0.0.1/nergens")
    assert "intervisie[postgres]" in failed.value.message


def test_a_server_lost_while_working_is_a_storage_failure_the_edit_waits_for():
    """Not an error of the edit: the session window keeps the text and retries (as with a full
    disk) until the server answers again."""
    from app.store.store import Store

    url = "postgresql://someone@127.0.0.1:9/weg"
    store = Store(make_engine(url), url, None)
    store.failure_type = StorageUnavailable
    try:
        with pytest.raises(StorageUnavailable) as refused:
            communities.create_community(store, "Werkplaats")
        assert refused.value.reason == "server" and "connection is back" in str(refused.value)
    finally:
        store.close()

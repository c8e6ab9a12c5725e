"""Migration 0014_models (#19): a database from before it keeps the shipped 1.0 definition for
its sessions (from the frozen copy beside the migrations), and its sessions keep drawing with it
whatever model files are installed."""

from __future__ import annotations

import json

from sqlalchemy import create_engine, text

from app.modeldef import definition_for, registry
from app.modeldef.loader import shipped_definitions
from app.resources import migrations_dir
from app.store.engine import sqlite_url
from tests.test_migrations import _populate_at, _upgrade

MODEL = "llo-community-learning"


def test_the_migration_stores_the_frozen_1_0_for_the_existing_sessions(db_path):
    engine = create_engine(sqlite_url(db_path))
    _populate_at(engine, "0013_room")
    _upgrade(engine, "head")
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT model_id, version, fingerprint, definition, origin FROM model_definition")
        ).all()
    engine.dispose()
    assert [(r[0], r[1], r[4]) for r in rows] == [(MODEL, "1.0", "shipped")]
    shipped = shipped_definitions()[(MODEL, "1.0")]
    # the frozen copy is today's shipped 1.0 exactly (a test keeps the two from drifting)
    assert rows[0][2] == shipped.fingerprint and json.loads(rows[0][3]) == shipped.raw


def test_an_empty_database_gets_no_model_rows(tmp_path):
    engine = create_engine(sqlite_url(tmp_path / "leeg.db"))
    _upgrade(engine, "head")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM model_definition")).scalar() == 0
    engine.dispose()


def test_a_migrated_database_draws_with_its_own_copy_not_the_files(db_path, monkeypatch):
    from app.diagram.layout import compute_layout
    from app.services.bootstrap import open_database
    from app.services.report_data import report_data

    engine = create_engine(sqlite_url(db_path))
    _populate_at(engine, "0013_room")
    engine.dispose()
    store = open_database(str(db_path))
    try:
        with store.engine.connect() as conn:
            sid = conn.execute(text("SELECT min(id) FROM intervisie_session")).scalar()
        # no model files at all now: the database's copy is what the session draws with
        monkeypatch.setattr(registry, "shipped_definitions", dict)
        monkeypatch.setattr(registry.catalogue, "file_definitions", dict)
        model = definition_for(MODEL, "1.0")
        assert model.source == f"database: {MODEL} 1.0"
        data = report_data(store, sid)
        assert data.model.version == "1.0"
        layout = compute_layout(data.model, data.states)
        assert "visie-regio" in {b.key for b in layout.elements}
    finally:
        store.close()


def test_the_frozen_copy_travels_with_the_migrations():
    assert (migrations_dir() / "frozen" / f"{MODEL}-1.0.toml").is_file()

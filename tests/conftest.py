"""Every test gets its own temporary database and settings; nothing touches the user's files."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("INTERVISIE_DATABASE", raising=False)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "intervisie.db"


@pytest.fixture
def store(db_path):
    """A fresh database without the demo."""
    from app.services.bootstrap import open_database

    s = open_database(str(db_path), with_demo=False)
    yield s
    s.close()


@pytest.fixture
def demo_store(db_path):
    """A fresh database with the demo community, as a newcomer gets it."""
    from app.services.bootstrap import open_database

    s = open_database(str(db_path))
    yield s
    s.close()


@pytest.fixture
def demo_session_id(demo_store):
    from app.services import sessions

    return sessions.list_sessions(demo_store)[0].id

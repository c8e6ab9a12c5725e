"""Every test gets its own temporary database and settings; nothing touches the user's files."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from tests.pg_tools import fresh_schema

BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "both_databases: the store fixtures run on SQLite and on PostgreSQL "
        "(the PostgreSQL variant needs INTERVISIE_TEST_POSTGRES_URL)",
    )


def pytest_generate_tests(metafunc):
    if "backend" in metafunc.fixturenames and metafunc.definition.get_closest_marker(
        "both_databases"
    ):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("INTERVISIE_DATABASE", raising=False)


@pytest.fixture(autouse=True)
def _no_stored_models():
    """The model definitions a database registered (app.modeldef.registry) end with the test."""
    yield
    from app.modeldef import registry

    registry.clear()


@pytest.fixture(autouse=True)
def _source_language():
    """Tests read the English source strings: a test that installed Dutch (create_application,
    set_language) takes it away again, so the next one does not depend on the order."""
    yield
    import sys

    i18n = sys.modules.get("app.ui.common.i18n")
    if i18n is not None:
        i18n.reset_language()


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "intervisie.db"


@pytest.fixture
def backend(request):
    """Which database the store fixtures open: SQLite, unless the test is marked both_databases
    (then it runs once on each)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def database_url(backend, db_path):
    """Where the store fixtures' database lives: db_path, or a fresh PostgreSQL schema."""
    if backend == "sqlite":
        yield str(db_path)
        return
    with fresh_schema() as url:
        yield url


@pytest.fixture
def store(database_url):
    """A fresh database without the demo."""
    from app.services.bootstrap import open_database

    s = open_database(database_url, with_demo=False)
    yield s
    s.close()


@pytest.fixture
def demo_store(database_url):
    """A fresh database with the demo community, as a newcomer gets it."""
    from app.services.bootstrap import open_database

    s = open_database(database_url)
    yield s
    s.close()


@pytest.fixture
def demo_session_id(demo_store):
    """The worked example's session (the demo's first; its second is an illustration)."""
    from app.services import sessions

    return sessions.list_sessions(demo_store)[-1].id

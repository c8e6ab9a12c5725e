"""A PostgreSQL schema of its own for each test, on the server named by
INTERVISIE_TEST_POSTGRES_URL (.ci/postgres.sh starts one on loopback; .ci/run sets the variable).

Without the variable the PostgreSQL variants are reported as skipped (not run) on a developer's
machine, and fail in CI, which must run them."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

POSTGRES_URL_ENV = "INTERVISIE_TEST_POSTGRES_URL"


def server_url() -> str:
    url = os.environ.get(POSTGRES_URL_ENV)
    if url:
        return url
    if os.environ.get("CI"):
        pytest.fail(
            f"{POSTGRES_URL_ENV} is not set: CI must run the PostgreSQL variants "
            "(.ci/run starts a server and sets it)"
        )
    pytest.skip(
        f"PostgreSQL variant not run: set {POSTGRES_URL_ENV} "
        "(.ci/postgres.sh starts a server and prints the URL)"
    )


@lru_cache(maxsize=1)
def _admin(url: str):
    from app.store.engine import server_url as driver_url

    return create_engine(driver_url(url), isolation_level="AUTOCOMMIT", pool_size=1)


def url_for_schema(base: str, schema: str) -> str:
    u = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    return u.render_as_string(hide_password=False)


@contextmanager
def fresh_schema() -> Iterator[str]:
    """The URL of an empty schema, dropped afterwards with all it holds."""
    base = server_url()
    name = f"t_{uuid.uuid4().hex[:16]}"
    admin = _admin(base)
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {name}")
    try:
        yield url_for_schema(base, name)
    finally:
        with admin.connect() as conn:
            # a test that left a connection open must not hang the run
            conn.exec_driver_sql("SET lock_timeout = '10s'")
            conn.exec_driver_sql(f"DROP SCHEMA {name} CASCADE")

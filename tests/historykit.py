"""History stores for tests: a SQLite file, and a throw-away database on the real
PostgreSQL server named by $AUDITOR_TEST_POSTGRES_URL (.ci/run starts one).

In CI (CI=true) a missing server is a failure, not a skip: the PostgreSQL half of
the history tests must run there."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_ENV = "AUDITOR_TEST_POSTGRES_URL"


def postgres_server_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"${PG_ENV} is not set in CI: .ci/run must start PostgreSQL")
        pytest.skip(f"${PG_ENV} not set (.ci/run starts a PostgreSQL server and sets it)")
    return url


def _admin(url: str):  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)


def _with_database(url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=name).render_as_string(hide_password=False)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty database on the test server, dropped afterwards."""
    from psycopg import sql

    server = postgres_server_url()
    name = f"auditor_t_{uuid.uuid4().hex[:12]}"
    with _admin(server) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield _with_database(server, name)
    finally:
        with _admin(server) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture(params=["sqlite", "postgresql"])
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each history test runs once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "history" / "runs.sqlite")
    return request.getfixturevalue("postgres_url")

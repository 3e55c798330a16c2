"""Shared fixtures: saved portal pages, databases (SQLite always; PostgreSQL when the server is up)."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

PAGES = Path(__file__).parent / "fixtures" / "pages"
PG_ADMIN_URL = os.environ.get("REFORMCRAWL_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("REFORMCRAWL_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@dataclass(frozen=True)
class PageCase:
    """One saved page: fixtures/pages/<portal>/<case>/{input.html, meta.json, expected.json}."""

    path: Path
    meta: dict[str, Any]
    expected: dict[str, Any]

    @property
    def id(self) -> str:
        return f"{self.path.parent.name}/{self.path.name}"

    @property
    def html(self) -> bytes:
        return (self.path / "input.html").read_bytes()


def page_cases() -> list[PageCase]:
    return [
        PageCase(case, json.loads((case / "meta.json").read_text("utf-8")), json.loads((case / "expected.json").read_text("utf-8")))
        for case in sorted(PAGES.glob("*/*"))
        if (case / "input.html").exists()
    ]


def _postgres_available() -> str | None:
    """None if the server answers, else why not (the skip reason)."""
    try:
        import psycopg
    except ImportError as exc:
        return f"psycopg is not installed ({exc})"
    try:
        with psycopg.connect(PG_ADMIN_URL, connect_timeout=3):
            return None
    except Exception as exc:  # noqa: BLE001 - any failure means: skip with the reason
        return f"PostgreSQL at {PG_ADMIN_URL} is not reachable: {exc}"


@pytest.fixture(scope="session")
def postgres_server() -> str:
    reason = _postgres_available()
    if reason:
        pytest.skip(reason)
    return PG_ADMIN_URL


@pytest.fixture
def pg_factory(postgres_server: str) -> Iterator[Callable[[], str]]:
    """Fresh PostgreSQL databases on demand, each dropped after the test."""
    import psycopg

    names: list[str] = []
    base = postgres_server.rpartition("/")[0]

    def make() -> str:
        name = f"reformcrawl_test_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(postgres_server, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        names.append(name)
        return f"{base}/{name}"

    try:
        yield make
    finally:
        from reformcrawl.store import close_shared_stores

        close_shared_stores()
        with psycopg.connect(postgres_server, autocommit=True) as conn:
            for name in names:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url(pg_factory: Callable[[], str]) -> str:
    """A fresh PostgreSQL database for one test, dropped afterwards."""
    return pg_factory()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> Iterator[str]:
    yield f"sqlite:///{tmp_path / 'reformcrawl.db'}"
    from reformcrawl.store import close_shared_stores

    close_shared_stores()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Each database test runs on SQLite and on the machine's PostgreSQL (skipped if absent)."""
    if request.param == "sqlite":
        yield request.getfixturevalue("sqlite_url")
    else:
        yield request.getfixturevalue("pg_url")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the user's real database or portal override."""
    monkeypatch.setenv("REFORMCRAWL_HOME", str(tmp_path_factory.mktemp("home")))
    monkeypatch.delenv("REFORMCRAWL_DB_URL", raising=False)
    monkeypatch.delenv("REFORMCRAWL_PORTALS", raising=False)

"""`reformcrawl db upgrade|current`: the schema, by Alembic migrations."""

from __future__ import annotations

import click

from .. import config
from ..store import StoreError, redact
from ..store.db import current_revision, head_revision, make_engine, upgrade
from .errors import EXIT_USAGE, fail
from .options import db_option


def _error(url: str, exc: Exception) -> str:
    """One line naming the database (password hidden) and what the driver said."""
    if isinstance(exc, StoreError):
        message = str(exc)
    else:  # SQLAlchemy wraps the driver's error in several lines (SQL, a link): keep the driver's words
        message = f"{redact(url)}: cannot open database: {getattr(exc, 'orig', None) or exc}"
    return message


@click.group("db")
def db_group() -> None:
    """Database schema commands. Migrations also run by themselves on first use."""


@db_group.command("upgrade")
@db_option
def upgrade_command(db_url: str | None) -> None:
    """Apply every pending migration.

    \b
    Example:
      reformcrawl db upgrade --db postgresql://reform@db.example/reformcrawl
    """
    url = db_url or config.default_db_url()
    try:
        engine = make_engine(url)
        before = current_revision(engine)
        upgrade(engine)
        after = current_revision(engine)
        engine.dispose()
    except Exception as exc:  # noqa: BLE001 - driver errors: one line naming the database
        fail("db", _error(url, exc), EXIT_USAGE)
    click.echo(f"{redact(url)}: {before or 'empty'} -> {after}" if before != after else f"{redact(url)}: already at {after}")


@db_group.command("current")
@db_option
def current_command(db_url: str | None) -> None:
    """Print the schema revision of the database and the newest one this version knows.

    \b
    Example:
      reformcrawl db current --db sqlite:///crawl.db
    """
    url = db_url or config.default_db_url()
    try:
        engine = make_engine(url)
        revision = current_revision(engine)
        engine.dispose()
    except Exception as exc:  # noqa: BLE001 - driver errors: one line naming the database
        fail("db", _error(url, exc), EXIT_USAGE)
    click.echo(f"{redact(url)}: {revision or 'empty'} (newest: {head_revision()})")

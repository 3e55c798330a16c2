"""Options shared by several commands."""

from __future__ import annotations

from datetime import datetime

import click

from .. import config
from ..store import Store, StoreError, open_store
from .errors import EXIT_USAGE, fail

db_option = click.option(
    "--db", "db_url", default=None, metavar="URL",
    help=f"SQLAlchemy database URL (default: ${config.ENV_DB_URL}, else a SQLite file in ${config.ENV_HOME}).",
)


def open_db(command: str, db_url: str | None) -> Store:
    try:
        return open_store(db_url or config.default_db_url())
    except StoreError as exc:
        fail(command, str(exc), EXIT_USAGE)


def parse_since(command: str, value: str | None) -> datetime | None:
    """An ISO date or datetime; a naive one is Vietnam time."""
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        fail(command, f"--since {value!r} is not an ISO date or datetime (e.g. 2024-02-01 or 2024-02-01T08:00+07:00)", EXIT_USAGE)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=config.VIETNAM_TZ)


def parse_settings(command: str, pairs: tuple[str, ...], verbose: bool) -> dict[str, str]:
    """`-s NAME=VALUE` options as Scrapy setting overrides, checked before anything starts (a value
    Scrapy cannot read is a usage error naming the setting), with the log level -v asks for."""
    from ..crawl.options import settings_problems  # Scrapy: only for the commands that crawl

    overrides: dict[str, str] = {"LOG_LEVEL": "INFO" if verbose else "WARNING"}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            fail(command, f"--setting {pair!r} must look like NAME=VALUE", EXIT_USAGE)
        overrides[name.strip()] = value
    problems = settings_problems(overrides)
    if problems:
        fail(command, f"-s {problems[0]}", EXIT_USAGE)
    return overrides

"""Every setting that comes from the environment is read here, and only here."""

from __future__ import annotations

import os
from pathlib import Path
from zoneinfo import ZoneInfo

#: All portal times are Vietnam time; stored datetimes are aware.
VIETNAM_TZ = ZoneInfo("Asia/Ho_Chi_Minh")

ENV_HOME = "REFORMCRAWL_HOME"
ENV_DB_URL = "REFORMCRAWL_DB_URL"
ENV_PORTALS = "REFORMCRAWL_PORTALS"
ENV_REDIS_URL = "REFORMCRAWL_REDIS_URL"
ENV_REDIS_PREFIX = "REFORMCRAWL_REDIS_PREFIX"
ENV_NOTIFY_URLS = "REFORMCRAWL_NOTIFY_URLS"
ENV_NOTIFY_CONFIG = "REFORMCRAWL_NOTIFY_CONFIG"
ENV_SCHEDULES = "REFORMCRAWL_SCHEDULES"

CONTACT_URL = "https://github.com/reformcrawl/reformcrawl"


def home_dir() -> Path:
    """Where the default database, feeds and logs live.

    `$REFORMCRAWL_HOME`, else `$XDG_DATA_HOME/reformcrawl`, else `~/.local/share/reformcrawl`.
    """
    explicit = os.environ.get(ENV_HOME)
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share"
    return base / "reformcrawl"


def default_db_url() -> str:
    """`$REFORMCRAWL_DB_URL`, else a SQLite file `reformcrawl.db` in `home_dir()`."""
    explicit = os.environ.get(ENV_DB_URL)
    if explicit:
        return explicit
    return f"sqlite:///{home_dir() / 'reformcrawl.db'}"


def portals_override_file() -> Path | None:
    """A TOML file whose tables override or extend the bundled portal definitions."""
    value = os.environ.get(ENV_PORTALS)
    return Path(value).expanduser() if value else None


def redis_url() -> str | None:
    """The Redis server of distributed crawls (`redis://host:6379/0`), if one is configured."""
    return os.environ.get(ENV_REDIS_URL) or None


def redis_prefix() -> str:
    """The prefix of every Redis key of distributed crawls: several deployments can share a server."""
    return os.environ.get(ENV_REDIS_PREFIX) or "reformcrawl"


def notify_urls_from_env() -> list[str]:
    """Apprise URLs, separated by whitespace or commas. Never logged."""
    raw = os.environ.get(ENV_NOTIFY_URLS, "")
    return [part for part in raw.replace(",", " ").split() if part]


def notify_config_file() -> Path | None:
    value = os.environ.get(ENV_NOTIFY_CONFIG)
    return Path(value).expanduser() if value else None


def schedules_dir(explicit: str | Path | None = None) -> Path:
    """Where the schedule files (`*.toml`) are: `--schedules DIR`, else `$REFORMCRAWL_SCHEDULES`,
    else `./schedules` (relative to the working directory)."""
    if explicit:
        return Path(explicit).expanduser()
    value = os.environ.get(ENV_SCHEDULES)
    return Path(value).expanduser() if value else Path("schedules")

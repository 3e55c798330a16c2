"""Crawl options: Scrapy settings and spider arguments are read and validated here, once."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from scrapy.settings import BaseSettings

from .. import config
from ..store.revisit import DEFAULT_POLICY, PolicyError, RevisitPolicy

REVISIT_MODES = ("due", "all", "none")

# Setting names (set them with `scrapy crawl -s NAME=VALUE`, or through `reformcrawl crawl`).
DB_URL = "REFORMCRAWL_DB_URL"
RUN_ID = "REFORMCRAWL_RUN_ID"
TRIGGER = "REFORMCRAWL_TRIGGER"
REVISIT_POLICY = "REFORMCRAWL_REVISIT_POLICY"
MAX_LISTING_PAGES = "REFORMCRAWL_MAX_LISTING_PAGES"
SITEMAP_MAX_AGE_DAYS = "REFORMCRAWL_SITEMAP_MAX_AGE_DAYS"
STORE_ENABLED = "REFORMCRAWL_STORE"
DEAD_LINK_RETRY_DAYS = "REFORMCRAWL_DEAD_LINK_RETRY_DAYS"


class OptionError(ValueError):
    """A spider argument or setting has a bad value; the message names it."""


# -- settings: checked before a crawl starts ----------------------------------------------------
#
# A value Scrapy cannot read (DOWNLOAD_DELAY=abc) would otherwise fail inside the engine, after the
# run record exists, as a traceback. Each known setting is read here with the getter Scrapy itself
# uses for it, so what passes is exactly what the crawl will get; settings not listed pass as they are.

@dataclass(frozen=True)
class SettingType:
    getter: str  # the BaseSettings method Scrapy (or CrawlOptions) reads the setting with
    what: str  # what a good value is, for the message
    minimum: float | None = None
    above_minimum: bool = False  # the minimum itself is not allowed (a timeout of 0)


_SECONDS = SettingType("getfloat", "a number of seconds (like 0.5)", 0)
_POSITIVE_SECONDS = SettingType("getfloat", "a number of seconds above 0 (like 30)", 0, above_minimum=True)
_COUNT = SettingType("getint", "a whole number (0 or more)", 0)
_AT_LEAST_ONE = SettingType("getint", "a whole number, at least 1", 1)
_SWITCH = SettingType("getbool", "true or false (or 1 or 0)")

SETTING_TYPES: dict[str, SettingType] = {
    "DOWNLOAD_DELAY": _SECONDS,
    "DOWNLOAD_TIMEOUT": _POSITIVE_SECONDS,
    "DNS_TIMEOUT": _POSITIVE_SECONDS,
    "AUTOTHROTTLE_START_DELAY": _SECONDS,
    "AUTOTHROTTLE_MAX_DELAY": _SECONDS,
    "AUTOTHROTTLE_TARGET_CONCURRENCY": SettingType("getfloat", "a number above 0 (like 1.0)", 0, above_minimum=True),
    "RETRY_BACKOFF_BASE": _SECONDS,
    "RETRY_BACKOFF_MAX": _SECONDS,
    "CLOSESPIDER_TIMEOUT": _SECONDS,
    "CONCURRENT_REQUESTS": _AT_LEAST_ONE,
    "CONCURRENT_REQUESTS_PER_DOMAIN": _AT_LEAST_ONE,
    "CONCURRENT_REQUESTS_PER_IP": _COUNT,
    "CONCURRENT_ITEMS": _AT_LEAST_ONE,
    "RETRY_TIMES": _COUNT,
    "REDIRECT_MAX_TIMES": _COUNT,
    "DOWNLOAD_MAXSIZE": _COUNT,
    "DOWNLOAD_WARNSIZE": _COUNT,
    "DEPTH_LIMIT": _COUNT,
    "CLOSESPIDER_PAGECOUNT": _COUNT,
    "CLOSESPIDER_ITEMCOUNT": _COUNT,
    "CLOSESPIDER_ERRORCOUNT": _COUNT,
    "AUTOTHROTTLE_ENABLED": _SWITCH,
    "AUTOTHROTTLE_DEBUG": _SWITCH,
    "ROBOTSTXT_OBEY": _SWITCH,
    "COOKIES_ENABLED": _SWITCH,
    "RETRY_ENABLED": _SWITCH,
    "REDIRECT_ENABLED": _SWITCH,
    "METAREFRESH_ENABLED": _SWITCH,
    "RANDOMIZE_DOWNLOAD_DELAY": _SWITCH,
    "COMPRESSION_ENABLED": _SWITCH,
    "DNSCACHE_ENABLED": _SWITCH,
    "HTTPCACHE_ENABLED": _SWITCH,
    "LOG_ENABLED": _SWITCH,
    "TELNETCONSOLE_ENABLED": _SWITCH,
    RUN_ID: _AT_LEAST_ONE,
    MAX_LISTING_PAGES: _AT_LEAST_ONE,
    SITEMAP_MAX_AGE_DAYS: SettingType("getint", "a whole number of days (0 or more)", 0),
    DEAD_LINK_RETRY_DAYS: SettingType("getint", "a whole number of days (0 or more)", 0),
    STORE_ENABLED: _SWITCH,
}
LOG_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")


def setting_problem(name: str, value: Any) -> str | None:
    """Why `value` will not do for the setting `name`, or None (also for settings not known here).

    `value` is a command-line string or a TOML value (a schedule's `[settings]` table)."""
    if name == "LOG_LEVEL":
        return None if value in LOG_LEVELS else f"must be one of {', '.join(LOG_LEVELS)}, not {value!r}"
    if name == REVISIT_POLICY:
        try:
            RevisitPolicy.parse(str(value))
        except PolicyError as exc:
            return str(exc)
        return None
    kind = SETTING_TYPES.get(name)
    if kind is None:
        return None
    wrong = f"must be {kind.what}, not {value!r}"
    if isinstance(value, bool) and kind.getter != "getbool":
        return wrong
    if isinstance(value, float) and kind.getter == "getint" and not value.is_integer():
        return wrong
    try:
        parsed = getattr(BaseSettings({name: value}), kind.getter)(name)
    except (TypeError, ValueError):
        return wrong
    if isinstance(parsed, float) and not math.isfinite(parsed):
        return wrong
    if kind.minimum is not None and (parsed < kind.minimum or (kind.above_minimum and parsed == kind.minimum)):
        return wrong
    return None


def settings_problems(values: Mapping[str, Any]) -> list[str]:
    """`NAME: why` for each setting whose value will not do, in the order given."""
    return [f"{name}: {problem}" for name, value in values.items()
            if (problem := setting_problem(name, value)) is not None]


def origin_problem(url: str) -> str | None:
    """Why `url` cannot be a portal's origin (--base-url, --origin, a schedule's base_urls): it must
    be an absolute http(s) URL with a host."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"{url!r} must be an absolute http(s) URL like http://127.0.0.1:8000/"
    return None


def start_url_problem(url: str) -> str | None:
    """Why `url` cannot be a start URL: a path on the portal, or an absolute http(s) URL."""
    return origin_problem(url) if urlsplit(url).scheme or url.startswith("//") else None


@dataclass(frozen=True)
class CrawlOptions:
    """Process-wide options, from Scrapy settings."""

    db_url: str
    run_id: int | None  # the run this crawl belongs to; None: the crawl records its own run
    trigger: str
    revisit_policy: RevisitPolicy
    max_listing_pages: int  # per entry page, so a first crawl of a huge archive stays bounded
    sitemap_max_age: timedelta  # sitemap URLs whose lastmod is older are not new-article candidates
    store: bool  # False only for benchmarks that measure crawling without the database
    dead_link_retry: timedelta  # a link that answered 404 is not fetched again for this long

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> CrawlOptions:
        run_id = settings.get(RUN_ID)
        return cls(
            db_url=settings.get(DB_URL) or config.default_db_url(),
            run_id=int(run_id) if run_id not in (None, "") else None,
            trigger=settings.get(TRIGGER) or "scrapy",
            revisit_policy=RevisitPolicy.parse(settings.get(REVISIT_POLICY) or DEFAULT_POLICY),
            max_listing_pages=settings.getint(MAX_LISTING_PAGES, 50),
            sitemap_max_age=timedelta(days=settings.getint(SITEMAP_MAX_AGE_DAYS, 90)),
            store=settings.getbool(STORE_ENABLED, True),
            dead_link_retry=timedelta(days=settings.getint(DEAD_LINK_RETRY_DAYS, 30)),
        )


@dataclass(frozen=True)
class SpiderArgs:
    """Per-portal spider arguments (`scrapy crawl PORTAL -a base_url=... -a max_pages=50`)."""

    base_url: str | None = None
    start_urls: tuple[str, ...] = ()
    max_pages: int | None = None
    revisit: str = "due"

    @classmethod
    def parse(cls, raw: dict[str, Any]) -> SpiderArgs:
        unknown = set(raw) - {"base_url", "start_url", "start_urls", "max_pages", "revisit"}
        if unknown:
            raise OptionError(f"unknown spider argument(s): {', '.join(sorted(unknown))}")
        starts = raw.get("start_urls") or raw.get("start_url") or ()
        if isinstance(starts, str):
            starts = tuple(s for s in starts.replace(",", " ").split() if s)
        max_pages = raw.get("max_pages")
        if max_pages not in (None, ""):
            try:
                max_pages = int(max_pages)
            except (TypeError, ValueError):
                raise OptionError(f"max_pages must be a whole number, not {max_pages!r}") from None
            if max_pages < 1:
                raise OptionError("max_pages must be at least 1")
        else:
            max_pages = None
        revisit = raw.get("revisit") or "due"
        if revisit not in REVISIT_MODES:
            raise OptionError(f"revisit must be one of {', '.join(REVISIT_MODES)}, not {revisit!r}")
        base_url = raw.get("base_url") or None
        if base_url and (problem := origin_problem(base_url)):
            raise OptionError(f"base_url {problem}")
        for url in starts:
            if problem := start_url_problem(url):
                raise OptionError(f"start_url {problem}")
        return cls(base_url=base_url, start_urls=tuple(starts), max_pages=max_pages, revisit=revisit)

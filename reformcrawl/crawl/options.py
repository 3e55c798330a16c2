"""Crawl options: Scrapy settings and spider arguments are read and validated here, once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from scrapy.settings import BaseSettings

from .. import config
from ..store.revisit import DEFAULT_POLICY, RevisitPolicy

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
        if base_url and "://" not in base_url:
            raise OptionError(f"base_url must be an absolute URL like http://127.0.0.1:8000/, not {base_url!r}")
        return cls(base_url=base_url, start_urls=tuple(starts), max_pages=max_pages, revisit=revisit)

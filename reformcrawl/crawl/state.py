"""Per-portal crawl state shared by a spider, its middlewares and its pipelines.

It knows what the store already holds (so listing pages can stop at the first page of known
articles), counts what happened for the run summary, and owns the run record when the crawl was
started by `scrapy crawl` rather than by `reformcrawl crawl`.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select

from ..monitor.health import close_run
from ..portals import Portal
from ..store import Store, run_records, shared_store
from ..store.articles import Revisit, Validators, dead_links, ensure_portal, revisits
from ..store.models import ArticleRow
from .options import CrawlOptions, SpiderArgs

logger = logging.getLogger(__name__)

#: Counters every summary shows, in this order.
SUMMARY_KEYS = (
    "pages", "listing_pages", "new", "changed", "unchanged", "not_modified", "gone",
    "not_found", "no_article", "errors", "too_large", "offsite",
)
_MAX_ERRORS_KEPT = 50


class PortalCrawl:
    def __init__(self, portal: Portal, options: CrawlOptions, args: SpiderArgs) -> None:
        self.portal = portal
        self.options = options
        self.args = args
        self.counts: Counter[str] = Counter()
        self.errors: list[dict[str, Any]] = []
        self.known: dict[str, datetime] = {}  # canonical URL -> last fetched; grows during the run
        self.known_before: frozenset[str] = frozenset()  # what the store held when the run began
        self.validators: dict[str, Validators] = {}  # canonical URL -> stored ETag / Last-Modified
        self.run_id = options.run_id
        self.owns_run = False
        self.started_at = datetime.now(timezone.utc)
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = shared_store(self.options.db_url)
        return self._store

    def open(self) -> list[Revisit]:
        """Load what the store knows about this portal; returns the articles to revisit."""
        if not self.options.store:
            return []
        with self.store.session() as session:
            ensure_portal(session, self.portal)
            if self.run_id is None:
                run_records.reap_stale_runs(session)
                run = run_records.start_run(session, portals=[self.portal.name], trigger=self.options.trigger)
                self.run_id, self.owns_run = run.id, True
            rows = session.execute(
                select(ArticleRow.url, ArticleRow.last_fetched_at, ArticleRow.etag, ArticleRow.last_modified)
                .where(ArticleRow.portal == self.portal.name)
            ).all()
            self.known = {url: fetched for url, fetched, _, _ in rows}
            # for conditional requests when a sitemap lastmod brings an article back
            self.validators = {
                url: Validators(etag, modified) for url, _, etag, modified in rows if etag or modified
            }
            # Broken links seen lately are skipped like known articles, until they are due a retry.
            retry_after = self.started_at - self.options.dead_link_retry
            for url in dead_links(session, self.portal.name, checked_since=retry_after):
                self.known.setdefault(url, retry_after)
            self.known_before = frozenset(self.known)
            # A stored article that answered 404 is checked again after the same pause as a broken link.
            return revisits(
                session, self.portal.name, mode=self.args.revisit, now=self.started_at,
                gone_retry=self.options.dead_link_retry,
            )

    def count(self, key: str, n: int = 1) -> None:
        self.counts[key] += n

    def error(self, kind: str, url: str, message: str) -> None:
        self.counts["errors"] += 1
        if len(self.errors) < _MAX_ERRORS_KEPT:
            self.errors.append({"portal": self.portal.name, "kind": kind, "url": url, "message": message[:300]})
        logger.warning("%s: %s %s: %s", self.portal.name, kind, url, message)

    def summary(self) -> dict[str, int]:
        return {key: self.counts.get(key, 0) for key in SUMMARY_KEYS} | {
            k: v for k, v in self.counts.items() if k not in SUMMARY_KEYS
        }

    def close(self, reason: str) -> None:
        """Finish the run record if this crawl owns it (`scrapy crawl`)."""
        if not self.owns_run or self.run_id is None:
            return
        state = run_records.FINISHED if reason == "finished" else run_records.INTERRUPTED
        with self.store.session() as session:
            close_run(
                session, self.run_id, state=state,
                counts={"total": self.summary(), "portals": {self.portal.name: self.summary()}},
                errors=self.errors, now=datetime.now(timezone.utc),
            )

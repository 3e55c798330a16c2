"""Store pipeline: one transaction per page for its row, its version and what the monitor makes of it.

Storing and monitoring share the transaction on purpose: an event exists exactly when the version
that caused it does, however a run ends. Figure changes are settled in batches (every
`SETTLE_EVERY` stored pages and when the spider closes; see `monitor.timeline`): the metrics a
page touches are marked pending in its transaction, so a run that dies leaves them for the next.
The pipeline owns its store from `open_spider` on; the item says which portal and run the page
belongs to.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from ..crawl.items import PageItem
from ..crawl.options import CrawlOptions
from ..crawl.signals import page_failed
from ..crawl.stats import count
from ..monitor.events import observe, settle_figures
from ..portals import get_portal
from ..store import Store, shared_store
from ..store.articles import (
    Outcome,
    Recorded,
    Validators,
    record_dead_link,
    record_gone,
    record_no_article,
    record_not_modified,
    record_page,
)

logger = logging.getLogger(__name__)

#: Stored pages between two settlements of figure changes: fewer queries per page the more, a
#: later alert the fewer (alerts are sent after the run anyway).
SETTLE_EVERY = 100


class StorePipeline:
    def __init__(self, crawler: Crawler, options: CrawlOptions) -> None:
        self.crawler, self.options = crawler, options
        self.store: Store | None = None
        self.unsettled = 0  # pages stored since the last settlement
        self.run_id: int | None = None
        self.clock: datetime | None = None  # the latest page's fetch time: what the events are dated

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler, CrawlOptions.from_settings(crawler.settings))

    def open_spider(self, spider: Spider | None = None) -> None:
        if self.options.store:
            self.store = shared_store(self.options.db_url)

    def close_spider(self, spider: Spider | None = None) -> None:
        if self.store is not None:
            self.settle()
        self.store = None  # the engine is shared by the process; `close_shared_stores` disposes it

    def settle(self) -> None:
        """Write the figure changes of everything stored so far (and anything a dead run left)."""
        assert self.store is not None
        with self.store.session() as session:
            events = settle_figures(session, now=self.clock or datetime.now(timezone.utc), run_id=self.run_id)
        if events:  # (a distributed run's counts may be gone already when the last worker closes)
            count(self.crawler.stats, "events", len(events))
        self.unsettled = 0

    def process_item(self, item: PageItem, spider: Spider | None = None) -> PageItem:
        stats = self.crawler.stats
        if item.status == 200 and item.article is None:  # the extract pipeline found no article text
            if self.store is not None:
                with self.store.session() as session:
                    record_no_article(session, portal=item.portal, url=item.url, fetched_at=item.fetched_at,
                                      policy=self.options.revisit_policy)
            raise DropItem(f"{item.url}: no article text on the page")
        if self.store is None:
            count(stats, "new" if item.article else "not_stored")
            return item
        recorded = self._record(item)
        if recorded is not None:
            count(stats, recorded.outcome.value)
            item.outcome = recorded.outcome.value
            item.version = recorded.version.number if recorded.version is not None else recorded.article.version_count
            if recorded.outcome is Outcome.NEW:
                logger.debug("%s: new article %s", item.portal, item.url)
            if recorded.outcome in (Outcome.NEW, Outcome.CHANGED):
                self.run_id = item.run_id if item.run_id is not None else self.run_id
                self.clock = item.fetched_at
                self.unsettled += 1
                if self.unsettled >= SETTLE_EVERY:
                    self.settle()
        return item

    def _record(self, item: PageItem) -> Recorded | None:
        assert self.store is not None
        validators = Validators(etag=item.etag, last_modified=item.last_modified)
        policy = self.options.revisit_policy
        with self.store.session() as session:
            if item.status == 200 and item.article is not None:
                recorded = record_page(
                    session, portal=get_portal(item.portal), url=item.url, article=item.article,
                    fetched_at=item.fetched_at, validators=validators, policy=policy, run_id=item.run_id,
                )
                events = observe(session, recorded, item.article, now=item.fetched_at, run_id=item.run_id)
                count(self.crawler.stats, "events", len(events))
                return recorded
            if item.status == 304:
                return record_not_modified(session, url=item.url, fetched_at=item.fetched_at,
                                           validators=validators, policy=policy)
            if item.status in (404, 410):
                recorded = record_gone(session, url=item.url, fetched_at=item.fetched_at)
                if recorded is None:  # a broken link to a page never stored
                    record_dead_link(session, portal=item.portal, url=item.url, status=item.status,
                                     fetched_at=item.fetched_at)
                    count(self.crawler.stats, "not_found")
                else:
                    logger.info("%s: %s is gone (HTTP %d); kept, marked gone", item.portal, item.url, item.status)
                return recorded
        self.crawler.signals.send_catch_log(page_failed, kind="http", url=item.url,
                                            message=f"unexpected HTTP {item.status}")
        return None

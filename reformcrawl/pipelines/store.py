"""Store pipeline: one transaction per page for its row, its version and what the monitor makes of it.

Storing and monitoring share the transaction on purpose: an event exists exactly when the version
that caused it does, however a run ends.
"""

from __future__ import annotations

import logging

from scrapy import Spider
from scrapy.crawler import Crawler

from ..crawl.items import PageItem
from ..monitor.events import observe
from ..store.articles import (
    Outcome,
    Validators,
    record_dead_link,
    record_gone,
    record_not_modified,
    record_page,
)

logger = logging.getLogger(__name__)


class StorePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler)

    def process_item(self, item: PageItem, spider: Spider | None = None) -> PageItem:
        state = self.crawler.spider.state
        if not state.options.store:
            state.count("new" if item.article else "not_stored")
            return item
        validators = Validators(etag=item.etag, last_modified=item.last_modified)
        policy = state.options.revisit_policy
        with state.store.session() as session:
            if item.status == 200 and item.article is not None:
                recorded = record_page(
                    session, portal=state.portal, url=item.url, article=item.article,
                    fetched_at=item.fetched_at, validators=validators, policy=policy, run_id=state.run_id,
                )
                events = observe(session, recorded, item.article, now=item.fetched_at, run_id=state.run_id)
                state.count("events", len(events))
            elif item.status == 304:
                recorded = record_not_modified(
                    session, url=item.url, fetched_at=item.fetched_at, validators=validators, policy=policy
                )
            elif item.status in (404, 410):
                recorded = record_gone(session, url=item.url, fetched_at=item.fetched_at)
                if recorded is None:  # a broken link to a page never stored
                    record_dead_link(session, portal=state.portal.name, url=item.url, status=item.status, fetched_at=item.fetched_at)
                    state.count("not_found")
                else:
                    logger.info("%s: %s is gone (HTTP %d); kept, marked gone", state.portal.name, item.url, item.status)
            else:
                state.error("http", item.url, f"unexpected HTTP {item.status}")
                return item
        if recorded is not None:
            state.count(recorded.outcome.value)
            state.known[item.url] = item.fetched_at
            if recorded.outcome is Outcome.NEW:
                logger.debug("%s: new article %s", state.portal.name, item.url)
        return item

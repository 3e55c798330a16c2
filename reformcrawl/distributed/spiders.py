"""Portal spiders in distributed mode: the same crawl logic, a shared run.

`distributed_spider_class(portal)` derives from the portal's ordinary spider and changes only what
a run shared by several processes needs:

- `start()` yields nothing: the coordinator seeded the frontier with the entry pages, feeds,
  sitemaps and revisits once (`run.seed`); a worker only loads what the store knows;
- "requested once per run" and `--max-pages` are kept in Redis for all workers (`is_scheduled`,
  `_budget`);
- counts and errors go to Redis hashes too (`SharedPortalCrawl`), so the run record sums them;
- the spider stays open while the run goes on (another worker may still add requests), and closes
  when the run is over.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import Any, AsyncIterator

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider

from ..crawl.options import CrawlOptions, SpiderArgs
from ..crawl.state import PortalCrawl
from ..portals import Portal
from ..spiders.base import PortalSpider
from ..spiders.portals import SPIDERS
from .cluster import Cluster
from .keys import RunKeys

logger = logging.getLogger(__name__)

_MAX_ERRORS_KEPT = 50


class SharedPortalCrawl(PortalCrawl):
    """A portal's crawl state in one worker; its counts and errors are also summed in Redis."""

    def __init__(self, portal: Portal, options: CrawlOptions, args: SpiderArgs, *, cluster: Cluster,
                 run_keys: RunKeys, started_at: datetime) -> None:
        super().__init__(portal, options, args)
        self.cluster, self.run_keys = cluster, run_keys
        self.started_at = started_at  # the run's start, not this worker's: sitemap ages, dead-link retries

    def count(self, key: str, n: int = 1) -> None:
        super().count(key, n)
        if n:
            self.cluster.server.hincrby(self.run_keys.counts(self.portal.name), key, n)

    def error(self, kind: str, url: str, message: str) -> None:
        super().error(kind, url, message)
        record = json.dumps({"portal": self.portal.name, "kind": kind, "url": url, "message": message[:300]},
                            ensure_ascii=False)
        pipe = self.cluster.server.pipeline(transaction=False)
        pipe.hincrby(self.run_keys.counts(self.portal.name), "errors", 1)
        pipe.rpush(self.run_keys.errors, record)
        pipe.ltrim(self.run_keys.errors, 0, _MAX_ERRORS_KEPT - 1)
        pipe.execute()

    def close(self, reason: str) -> None:
        """The run is the coordinator's (or the last worker's) to close, never one spider's."""


class DistributedSpiderMixin:
    """Put before the portal's spider class (see `distributed_spider_class`)."""

    cluster: Cluster
    run_keys: RunKeys
    state: PortalCrawl

    def attach(self, cluster: Cluster, run_keys: RunKeys, options: CrawlOptions, started_at: datetime) -> None:
        self.cluster, self.run_keys = cluster, run_keys
        spider: Any = self
        self.state = SharedPortalCrawl(spider.portal, options, spider.args, cluster=cluster, run_keys=run_keys,
                                       started_at=started_at)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Any:
        from .node import worker_for
        from .run import RunSpec

        spider = super().from_crawler(crawler, *args, **kwargs)  # type: ignore[misc]
        worker = worker_for(crawler.settings)
        spec = RunSpec.load(worker.cluster, crawler.settings.getint("REFORMCRAWL_RUN_ID"))
        spider.worker = worker
        spider.attach(worker.cluster, worker.cluster.keys.run(spec.run_id),
                      CrawlOptions.from_settings(crawler.settings), spec.started)
        crawler.signals.connect(spider._run_idle, signal=signals.spider_idle)
        return spider

    async def start(self) -> AsyncIterator[Any]:
        # What the store knows (to stop pagination at known articles, to compare sitemap lastmods);
        # the revisits it returns were seeded by the coordinator.
        self.state.open()
        return
        yield  # an async generator that yields nothing

    def seed_requests(self) -> AsyncIterator[Any]:
        """The ordinary spider's start requests: what the coordinator puts into the frontier."""
        return PortalSpider.start(self)  # type: ignore[arg-type]

    def _run_idle(self, spider: Any = None) -> None:
        """Nothing to do here for now; the run goes on while it is running (others may add work)."""
        from .run import RUNNING, run_state

        if run_state(self.cluster, self.run_keys.run_id) == RUNNING:
            raise DontCloseSpider

    # -- "requested once per run" and --max-pages, for all workers -------------------------------

    def _scheduled_key(self) -> str:
        spider: Any = self
        return self.run_keys.scheduled(spider.portal.name)

    def is_scheduled(self, url: str) -> bool:
        spider: Any = self
        fetch_url = spider.site.fetch_url(url)
        if url in spider.scheduled or fetch_url in spider.scheduled:
            return True
        return any(self.cluster.server.smismember(self._scheduled_key(), [url, fetch_url]))

    def _budget(self, url: str) -> bool:
        spider: Any = self
        limit = spider.args.max_pages or 0
        allowed = self.cluster.scripts.budget(
            keys=[self._scheduled_key(), self.run_keys.budget(spider.portal.name)], args=[url, limit]
        )
        if allowed:
            spider.requested += 1
            spider.scheduled.add(url)
            return True
        if not spider._max_pages_logged:
            logger.info("%s: --max-pages %d reached (over all workers); not scheduling more pages", spider.name, limit)
            spider._max_pages_logged = True
        return False


_CLASSES: dict[str, type[PortalSpider]] = {}


def distributed_spider_class(portal: str) -> type[PortalSpider]:
    cls = _CLASSES.get(portal)
    if cls is None:
        base = SPIDERS[portal]
        cls = _CLASSES[portal] = type(
            f"Distributed{base.__name__}", (DistributedSpiderMixin, base),
            {"__module__": __name__, "__doc__": f"Crawls the {portal} portal as one worker of a distributed run."},
        )
    return cls

"""Portal spiders in distributed mode: the same crawl logic, a shared run.

`distributed_spider_class(portal)` derives from the portal's ordinary spider and changes only what
a run shared by several processes needs:

- `start()` yields nothing: the coordinator seeded the frontier with the entry pages, feeds,
  sitemaps and revisits once (`run.seed`); a worker only loads what the store knows;
- "requested once per run" and `--max-pages` are kept in Redis for all workers (`is_scheduled`,
  `_budget`);
- counts and errors go to Redis hashes too (`SharedPortalCrawl`), so the run record sums them;
- pagination is judged as one process judges it: against the store as the run began (not with
  the articles other workers stored since), and against what the earlier pages of the same listing
  showed, whichever worker read them (`SharedListed`);
- the spider stays open while the run goes on (another worker may still add requests), and closes
  when the run is over.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from datetime import datetime
from typing import Any, AsyncIterator

from redis.exceptions import RedisError
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from sqlalchemy import select

from ..crawl.options import CrawlOptions, SpiderArgs
from ..crawl.state import PortalCrawl
from ..portals import Portal
from ..spiders.base import PortalSpider
from ..spiders.portals import SPIDERS
from ..store.models import ArticleRow, DeadLink, Version
from .cluster import Cluster
from .keys import RunKeys
from .node import worker_for
from .spec import RUNNING, RunSpec, run_state

logger = logging.getLogger(__name__)

_MAX_ERRORS_KEPT = 50


class SharedPortalCrawl(PortalCrawl):
    """A portal's crawl state in one worker; its counts and errors are also summed in Redis."""

    def __init__(self, portal: Portal, options: CrawlOptions, args: SpiderArgs, *, cluster: Cluster,
                 run_keys: RunKeys, started_at: datetime) -> None:
        super().__init__(portal, options, args)
        self.cluster, self.run_keys = cluster, run_keys
        self._unsent: Counter[str] = Counter()
        self.started_at = started_at  # the run's start, not this worker's: sitemap ages, dead-link retries

    def count(self, key: str, n: int = 1) -> None:
        super().count(key, n)
        if n:
            self._unsent[key] += n
            self._send_counts()

    def _send_counts(self) -> None:
        """Add this worker's counts to the run's; kept here while Redis does not answer."""
        unsent, self._unsent = self._unsent, Counter()
        try:
            pipe = self.cluster.server.pipeline(transaction=False)
            for key, n in unsent.items():
                pipe.hincrby(self.run_keys.counts(self.portal.name), key, n)
            pipe.execute()
        except RedisError as exc:
            self._unsent.update(unsent)
            logger.warning("%s: counts not sent to Redis yet (%s)", self.portal.name, exc)

    def error(self, kind: str, url: str, message: str) -> None:
        super().error(kind, url, message)  # counts "errors" locally
        self._unsent["errors"] += 1
        self._send_counts()
        record = json.dumps({"portal": self.portal.name, "kind": kind, "url": url, "message": message[:300]},
                            ensure_ascii=False)
        try:
            pipe = self.cluster.server.pipeline(transaction=False)
            pipe.rpush(self.run_keys.errors, record)
            pipe.ltrim(self.run_keys.errors, 0, _MAX_ERRORS_KEPT - 1)
            pipe.execute()
        except RedisError as exc:
            logger.warning("%s: error not recorded in Redis (%s): %s", self.portal.name, exc, record)

    def open(self) -> list[Any]:
        revisits = super().open()
        if self.options.store and self.run_id is not None:
            # A worker may join after others stored articles of this run: the store "as the run
            # began" leaves them out (first stored in this run = version 1 carries the run's id).
            with self.store.session() as session:
                stored_now = set(session.scalars(
                    select(ArticleRow.url).join(Version, Version.article_id == ArticleRow.id)
                    .where(ArticleRow.portal == self.portal.name, Version.run_id == self.run_id, Version.number == 1)
                ))
                stored_now |= set(session.scalars(
                    select(DeadLink.url).where(DeadLink.portal == self.portal.name, DeadLink.first_seen_at >= self.started_at)
                ))
            self.known_before = frozenset(url for url in self.known_before if url not in stored_now)
        return revisits

    def close(self, reason: str) -> None:
        """The run is the coordinator's (or the last worker's) to close, never one spider's."""


class SharedShown(set):  # type: ignore[type-arg]
    """The articles a listing's pages showed so far, over all workers: read when a page is parsed,
    added to before the page's own "next page" requests are queued (so before any worker reads them)."""

    def __init__(self, server: Any, key: str) -> None:
        super().__init__(m.decode("utf-8") if isinstance(m, bytes) else m for m in server.smembers(key))
        self.server, self.key = server, key

    def update(self, *others: Any) -> None:
        items = [item for other in others for item in other]
        if items:
            self.server.sadd(self.key, *items)
        super().update(items)


class SharedListed(dict):  # type: ignore[type-arg]
    """`PortalSpider.listed` (entry page -> articles its pages showed) kept in Redis for the run."""

    def __init__(self, server: Any, key_for: Any) -> None:
        super().__init__()
        self.server, self.key_for = server, key_for

    def setdefault(self, root: str, default: Any = None) -> SharedShown:  # type: ignore[override]
        return SharedShown(self.server, self.key_for(root))


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
        spider.listed = SharedListed(cluster.server, lambda root: run_keys.listed(spider.portal.name, root))

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Any:
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
        """Nothing to do here for now, but the spider stays open while the run is running: another
        worker may still queue requests for this portal."""
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

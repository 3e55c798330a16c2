"""The run's ledger in Redis: what every worker of a distributed run shares (see `crawl.ledger`).

- a coordinator seeded the frontier once, so a worker's spider yields no start requests;
- "requested once per run" and `--max-pages` hold over all workers (one Lua step, `scripts.CLAIM`);
- the articles a listing's pages showed are a Redis set, added to before the page's own "next
  page" requests are queued (so before any worker reads those pages);
- errors go to the run's list (the first `MAX_ERRORS` are kept);
- the spider stays open while the run is running: another worker may still queue requests for it;
- "the store as the run began" leaves out what other workers stored for this run before this
  worker joined (first stored in this run = version 1 carries the run's id).
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import Any

from redis.exceptions import RedisError
from scrapy.crawler import Crawler
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..crawl.ledger import MAX_ERRORS, Claim
from ..store.models import ArticleRow, DeadLink, Version
from .cluster import Cluster
from .keys import RunKeys
from .node import worker_for
from .spec import RUNNING, RunSpec, run_state

logger = logging.getLogger(__name__)

_CLAIMS = {1: Claim.GRANTED, 2: Claim.SEEN, 0: Claim.OVER_BUDGET}


class RedisLedger:
    seeds_elsewhere = True

    def __init__(self, cluster: Cluster, run_keys: RunKeys, portal: str, *, started_at: datetime,
                 max_pages: int | None) -> None:
        self.cluster, self.run_keys, self.portal = cluster, run_keys, portal
        self.started_at = started_at  # the run's start, not this worker's: sitemap ages, dead-link retries
        self.max_pages = max_pages
        self._requested: set[str] = set()  # what this worker claimed: asked again without a round trip

    @classmethod
    def from_crawler(cls, crawler: Crawler, max_pages: int | None) -> RedisLedger:
        cluster = worker_for(crawler.settings).cluster
        spec = RunSpec.load(cluster, crawler.settings.getint("REFORMCRAWL_RUN_ID"))
        return cls(cluster, cluster.keys.run(spec.run_id), crawler.spidercls.name, started_at=spec.started,
                   max_pages=max_pages)

    def claim(self, url: str) -> Claim:
        if url in self._requested:
            return Claim.SEEN
        result = _CLAIMS[int(self.cluster.scripts.claim(
            keys=[self.run_keys.scheduled(self.portal), self.run_keys.budget(self.portal)],
            args=[url, self.max_pages or 0],
        ))]
        if result is not Claim.OVER_BUDGET:
            self._requested.add(url)
        return result

    def requested(self, url: str) -> bool:
        return url in self._requested or bool(
            self.cluster.server.sismember(self.run_keys.scheduled(self.portal), url))

    def shown(self, root: str) -> set[str]:
        members = self.cluster.server.smembers(self.run_keys.listed(self.portal, root))
        return {m.decode("utf-8") if isinstance(m, bytes) else m for m in members}

    def show(self, root: str, urls: set[str] | list[str] | tuple[str, ...]) -> None:
        if urls:
            self.cluster.server.sadd(self.run_keys.listed(self.portal, root), *urls)

    def record_error(self, error: dict[str, Any]) -> None:
        record = json.dumps(error, ensure_ascii=False)
        try:
            pipe = self.cluster.server.pipeline(transaction=False)
            pipe.rpush(self.run_keys.errors, record)
            pipe.ltrim(self.run_keys.errors, 0, MAX_ERRORS - 1)
            pipe.execute()
        except RedisError as exc:
            logger.warning("%s: error not recorded in Redis (%s): %s", self.portal, exc, record)

    def errors(self) -> list[dict[str, Any]]:
        return [json.loads(e) for e in self.cluster.server.lrange(self.run_keys.errors, 0, -1)]

    def keep_open(self) -> bool:
        return run_state(self.cluster, self.run_keys.run_id) == RUNNING

    def stored_during_run(self, session: Session, portal: str, run_id: int | None) -> set[str]:
        if run_id is None:
            return set()
        stored = set(session.scalars(
            select(ArticleRow.url).join(Version, Version.article_id == ArticleRow.id)
            .where(ArticleRow.portal == portal, Version.run_id == run_id, Version.number == 1)
        ))
        stored |= set(session.scalars(
            select(DeadLink.url).where(DeadLink.portal == portal, DeadLink.first_seen_at >= self.started_at)
        ))
        return stored

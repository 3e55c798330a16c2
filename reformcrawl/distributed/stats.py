"""Scrapy stats for a worker of a distributed run: kept in memory as usual, and the crawl's own
counts (`crawl.stats.PREFIX`) also summed over all workers in the run's Redis hash per portal.

scrapy-redis' `RedisStatsCollector` keeps every stat in Redis instead; it is not used because it
reads every value back as an int (Scrapy's `finish_reason` and timestamps are not), costs a round
trip per increment, and fails the crawl when Redis hiccups. Here increments that Redis did not take
are kept and sent with the next one.
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

from redis.exceptions import RedisError
from scrapy.crawler import Crawler
from scrapy.statscollectors import MemoryStatsCollector

from ..crawl.stats import PREFIX
from .node import worker_for
from .spec import RunSpec

logger = logging.getLogger(__name__)


class RunStatsCollector(MemoryStatsCollector):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        cluster = worker_for(crawler.settings).cluster
        spec = RunSpec.load(cluster, crawler.settings.getint("REFORMCRAWL_RUN_ID"))
        self.server = cluster.server
        self.counts_key = cluster.keys.run(spec.run_id).counts(crawler.spidercls.name)
        self._unsent: Counter[str] = Counter()

    def inc_value(self, key: str, count: int = 1, start: int = 0, spider: Any = None) -> None:
        super().inc_value(key, count, start)
        if key.startswith(PREFIX) and count:
            self._unsent[key[len(PREFIX):]] += count
            self._send()

    def _send(self) -> None:
        unsent, self._unsent = self._unsent, Counter()
        try:
            pipe = self.server.pipeline(transaction=False)
            for key, n in unsent.items():
                pipe.hincrby(self.counts_key, key, n)
            pipe.execute()
        except RedisError as exc:
            self._unsent.update(unsent)
            logger.warning("counts not sent to Redis yet (%s)", exc)

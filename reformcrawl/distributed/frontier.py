"""The shared frontier: scrapy-redis' scheduler and priority queue, with acknowledgements.

scrapy-redis pops a request and forgets it: a worker killed after the pop loses the request.
Here a pop is a move (one Lua step, `scripts.POP`) from the portal's queue into the worker's
in-flight hash, and the request is acknowledged (removed from that hash) only when Scrapy is done
with it: its response went through the spider callback, the items it produced went through the
pipelines (stored, in the database's transaction) and the requests it produced were queued. If the
worker dies before that, whoever notices its heartbeat expired puts the request back (`run.reap`).

Scrapy has no signal for "this request is completely done"; its engine removes the request from
its slot (`_Slot.remove_request`) exactly then, after the downloader's and the scraper's work.
The scheduler wraps that method of its own engine when it opens (Scrapy 2.13-2.19 engine
internals; checked at start, with a clear error if they change).

The scheduler also takes at most the portal's concurrency (CONCURRENT_REQUESTS_PER_DOMAIN, or
DOWNLOAD_SLOTS) of requests at a time, so one worker does not hoard a portal's queue while the
shared politeness limit lets only two of them on the wire anyway, and the engine checks the
frontier every `REFORMCRAWL_FRONTIER_POLL` seconds (0.1) when idle instead of every 5.
"""

from __future__ import annotations

import itertools
import logging
from typing import Any

from redis.exceptions import RedisError
from scrapy.http import Request
from scrapy.utils.misc import load_object
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from .keys import RunKeys
from .node import Worker, worker_for

logger = logging.getLogger(__name__)

FRONTIER_POLL_SETTING = "REFORMCRAWL_FRONTIER_POLL"


class FrontierQueue(PriorityQueue):
    """A portal's queue of a run: scrapy-redis' priority queue, popped into a worker's in-flight hash."""

    _tokens = itertools.count(1)

    def pop_for(self, worker: Worker, run_keys: RunKeys) -> tuple[str, Request] | None:
        token = f"{next(self._tokens)}"
        inflight_key = run_keys.inflight(worker.id)
        data = worker.cluster.scripts.pop(
            keys=[self.key, inflight_key, run_keys.active, run_keys.members, run_keys.spec], args=[token, worker.id],
        )
        if data is None:
            return None
        try:
            return token, self._decode_request(data)
        except Exception as exc:  # noqa: BLE001 - one bad entry must not stop the worker
            logger.error("dropped a frontier entry that is not a request (%s): %r", exc, bytes(data)[:200])
            worker.cluster.server.hdel(inflight_key, token)
            return None

    def pop(self, timeout: int = 0) -> Request | None:
        raise RuntimeError("the shared frontier is popped with pop_for(): every pop is recorded as in flight")


def _hook_engine(engine: Any, on_done: Any, poll: float) -> None:
    slot = getattr(engine, "_slot", None)
    if slot is None or not callable(getattr(slot, "remove_request", None)) or not hasattr(engine, "_SLOT_HEARTBEAT_INTERVAL"):
        raise RuntimeError(
            "this Scrapy version's engine has no _slot.remove_request / _SLOT_HEARTBEAT_INTERVAL; "
            "the distributed frontier cannot acknowledge requests (tested with Scrapy 2.13-2.19)"
        )
    original = slot.remove_request

    def remove_request(request: Request) -> None:
        try:
            original(request)
        finally:
            on_done(request)

    slot.remove_request = remove_request
    # An idle engine looks at its scheduler on this heartbeat: other workers may add requests any time.
    engine._SLOT_HEARTBEAT_INTERVAL = poll


class Frontier(Scheduler):
    """scrapy-redis' scheduler for one portal of a distributed run, with acknowledged pops."""

    queue: FrontierQueue

    @classmethod
    def from_crawler(cls, crawler: Any) -> Frontier:
        frontier = super().from_crawler(crawler)
        frontier.crawler = crawler
        frontier.worker = worker_for(crawler.settings)
        frontier.run_keys = frontier.worker.cluster.keys.run(crawler.settings.getint("REFORMCRAWL_RUN_ID"))
        frontier.poll = crawler.settings.getfloat(FRONTIER_POLL_SETTING, 0.1)
        frontier.per_slot = crawler.settings.getdict("DOWNLOAD_SLOTS")
        frontier.default_limit = max(1, crawler.settings.getint("CONCURRENT_REQUESTS_PER_IP")
                                     or crawler.settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"))
        frontier.pending = {}
        frontier.unacked = []  # tokens whose acknowledgement failed (Redis away): sent again later
        frontier._redis_errors = 0
        return frontier

    def open(self, spider: Any) -> None:
        # scrapy-redis' open(), without its flush-on-start (a worker joins a run, it never resets it)
        # and with the queue class checked.
        self.spider = spider
        queue_cls = load_object(self.queue_cls)
        if not (isinstance(queue_cls, type) and issubclass(queue_cls, FrontierQueue)):
            raise RuntimeError(f"SCHEDULER_QUEUE_CLASS must be {FrontierQueue.__module__}.FrontierQueue or a subclass")
        self.queue = queue_cls(server=self.server, spider=spider, key=self.queue_key % {"spider": spider.name},
                               serializer=self.serializer)
        if not self.df:
            self.df = load_object(self.dupefilter_cls).from_spider(spider)
        self.limit = max(1, int(self.per_slot.get(spider.portal.name, {}).get("concurrency", self.default_limit)))
        self.inflight_key = self.run_keys.inflight(self.worker.id)
        _hook_engine(self.crawler.engine, self._done, self.poll)

    def enqueue_request(self, request: Request) -> bool:
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self) -> Request | None:
        if self.unacked:
            self._flush_acks()
        if len(self.pending) >= self.limit:
            return None
        try:
            popped = self.queue.pop_for(self.worker, self.run_keys)
        except RedisError as exc:
            self._redis_trouble("take a request", exc)
            return None
        if popped is None:
            return None
        token, request = popped
        self.pending[request] = token
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def _done(self, request: Request) -> None:
        token = self.pending.pop(request, None)
        if token is not None:
            self.unacked.append(token)
            self._flush_acks()

    def _flush_acks(self) -> None:
        tokens, self.unacked = self.unacked, []
        try:
            self.server.hdel(self.inflight_key, *tokens)
        except RedisError as exc:
            # Still in flight for everyone else (the run cannot end); acknowledged when Redis answers.
            self.unacked = tokens + self.unacked
            self._redis_trouble("acknowledge a request", exc)

    def _redis_trouble(self, what: str, exc: Exception) -> None:
        self._redis_errors += 1
        if self._redis_errors in (1, 10, 100) or self._redis_errors % 1000 == 0:
            logger.warning("%s: cannot %s in Redis (%s; %d time(s) so far); trying again",
                           self.spider.name, what, exc, self._redis_errors)

    def close(self, reason: str) -> None:
        """Whatever this worker still holds goes back to the frontier (normally nothing: Scrapy lets
        requests in progress finish before it closes a spider)."""
        if self.unacked:
            self._flush_acks()
        tokens = list(self.pending.values())
        self.pending.clear()
        if tokens:
            requeued = self.worker.cluster.scripts.requeue(keys=[self.inflight_key], args=tokens)
            logger.info("%s: %d request(s) in flight went back to the frontier", self.spider.name, requeued)
        super().close(reason)

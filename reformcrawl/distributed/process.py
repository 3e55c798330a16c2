"""A worker's life in its Twisted reactor: wait for a run, work it, go back to waiting.

Working a run means one Scrapy crawler per portal of the run, as `reformcrawl crawl` makes them,
with the run's settings and these on top: the frontier scheduler (`frontier.Frontier`) over the
run's queues and duplicate filter, the shared politeness and robots.txt middlewares, the run's
ledger and stats collector (`ledger`, `stats`). A tick every half second tells the heartbeat
thread the reactor is turning, re-queues the requests of dead workers, completes the run when it
is over, and closes the spiders when the run is cancelled."""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable, Mapping
from typing import Any

from scrapy.crawler import Crawler
from scrapy.utils.defer import deferred_from_coro
from twisted.internet import defer, task

from ..crawl.ledger import LEDGER_SETTING
from ..spiders.portals import SPIDERS
from ..store import shared_store
from ..store.models import Run
from . import serializer
from .cluster import Cluster, DistributedError
from .frontier import Frontier, FrontierQueue
from .ledger import RedisLedger
from .lifecycle import try_complete
from .node import WORKER_ID_SETTING, Worker
from .politeness import SharedPoliteness, SharedRobotsTxt
from .spec import CANCELLED, RUNNING, RunSpec, crawl_settings, current_run, run_state
from .stats import RunStatsCollector

logger = logging.getLogger(__name__)

_SLOT_CONCURRENCY = "reformcrawl.crawl.middlewares.SlotConcurrency"
_SCRAPY_ROBOTS = "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware"


def _path(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def worker_settings(spec: RunSpec, db_url: str, cluster: Cluster, worker: Worker,
                    overrides: Mapping[str, Any] | None = None) -> Any:
    """The settings of a worker's crawlers for `spec`: the run's, then the distributed machinery."""
    settings = crawl_settings(spec, db_url, overrides)
    run_keys = cluster.keys.run(spec.run_id)
    distributed = {
        "SCHEDULER": _path(Frontier),
        "SCHEDULER_QUEUE_CLASS": _path(FrontierQueue),
        "SCHEDULER_QUEUE_KEY": run_keys.queue_pattern,
        "SCHEDULER_DUPEFILTER_KEY": run_keys.dupefilter,
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_SERIALIZER": serializer.__name__,
        "SCHEDULER_PERSIST": True,  # the run's keys outlive any one worker; the run's end removes them
        "REDIS_URL": cluster.url,
        WORKER_ID_SETTING: worker.id,
        LEDGER_SETTING: _path(RedisLedger),
        "STATS_CLASS": _path(RunStatsCollector),
    }
    for key, value in distributed.items():
        settings.set(key, value, priority="cmdline")
    middlewares = settings.getdict("DOWNLOADER_MIDDLEWARES")
    middlewares.setdefault(_SLOT_CONCURRENCY, 950)  # the spider adds it otherwise, at a lower priority
    middlewares[_path(SharedPoliteness)] = 960
    middlewares[_SCRAPY_ROBOTS] = None
    middlewares[_path(SharedRobotsTxt)] = 100
    settings.set("DOWNLOADER_MIDDLEWARES", middlewares, priority="cmdline")
    return settings


def _sleep(seconds: float) -> defer.Deferred[None]:
    from twisted.internet import reactor

    return task.deferLater(reactor, seconds, lambda: None)


class WorkerProcess:
    """Works distributed runs in this process's reactor (started by `launch.crawl_process.run_jobs`).

    `run_id`: work that run only (the coordinator), else whichever run is current. `once`: stop
    after one run. `echo` reports what the worker does, a line at a time.
    """

    def __init__(self, cluster: Cluster, worker: Worker, db_url: str, *, run_id: int | None = None,
                 once: bool = False, overrides: Mapping[str, Any] | None = None, poll: float = 0.5,
                 echo: Callable[[str], None] | None = None) -> None:
        self.cluster, self.worker, self.db_url = cluster, worker, db_url
        self.run_id, self.once, self.poll = run_id, once, poll
        self.overrides = dict(overrides or {})
        self.echo = echo or (lambda line: logger.info("%s", line))
        self.spec: RunSpec | None = None
        self.crawlers: list[Crawler] = []
        self.worked: list[int] = []
        self.refused: set[int] = set()
        self.stop_requested: str | None = None  # the signal that asked this process to stop
        self._closing = False

    # -- which run ----------------------------------------------------------------------------------

    def _matches_database(self, spec: RunSpec) -> str | None:
        """Why this worker cannot work `spec` with its database, or None."""
        with shared_store(self.db_url).session() as session:
            run = session.get(Run, spec.run_id)
            if run is None:
                return f"run {spec.run_id} is not in this worker's database (--db): the coordinator uses another one"
            if abs((run.started_at - spec.started).total_seconds()) > 1:
                return (f"run {spec.run_id} of this worker's database started at {run.started_at.isoformat()}, "
                        f"the distributed run at {spec.started_at}: not the same database")
        return None

    def next_run(self) -> RunSpec | None:
        run_id = self.run_id if self.run_id is not None else current_run(self.cluster)
        if run_id is None or run_id in self.refused or run_state(self.cluster, run_id) != RUNNING:
            return None
        try:
            spec = RunSpec.load(self.cluster, run_id)
        except DistributedError:
            return None
        why = self._matches_database(spec)
        if why is not None:
            self.refused.add(run_id)
            self.echo(f"worker {self.worker.id}: not working run {run_id}: {why}")
            return None
        return spec

    def _over(self, run_id: int) -> bool:
        return run_state(self.cluster, run_id) != RUNNING

    # -- the loop -----------------------------------------------------------------------------------

    def _watch_signals(self) -> None:
        """Note a SIGINT/SIGTERM before Scrapy's own handler (installed by CrawlerProcess once the
        reactor has started) stops the crawlers: the loop must not start new ones while the process
        stops, and a coordinator must know it was stopped."""
        for sig in (signal.SIGINT, signal.SIGTERM):
            previous = signal.getsignal(sig)

            def handler(signum: int, frame: Any, previous: Any = previous) -> None:
                self.stop_requested = self.stop_requested or signal.Signals(signum).name
                if callable(previous):
                    previous(signum, frame)

            signal.signal(sig, handler)

    @defer.inlineCallbacks
    def main(self, process: Any) -> Any:
        from twisted.internet import reactor

        reactor.callLater(0, self._watch_signals)  # after CrawlerProcess installed its handlers
        ticks = task.LoopingCall(self.tick)
        ticks.start(min(0.5, self.worker.ttl / 3), now=True)
        try:
            while self.stop_requested is None:
                spec = self.next_run()
                if spec is None:
                    if self.run_id is not None and (self.run_id in self.refused or self._over(self.run_id)):
                        break
                    yield _sleep(self.poll)
                    continue
                yield self.work(process, spec)
                if spec.run_id not in self.worked:
                    self.worked.append(spec.run_id)
                if self.once or self.run_id is not None:
                    break
        finally:
            if ticks.running:
                ticks.stop()
        return self.worked

    @defer.inlineCallbacks
    def work(self, process: Any, spec: RunSpec) -> Any:
        self.echo(f"worker {self.worker.id}: working run {spec.run_id} ({', '.join(spec.portals)})")
        self.spec, self._closing = spec, False
        settings = worker_settings(spec, self.db_url, self.cluster, self.worker, self.overrides)
        crawlers = self.crawlers = [Crawler(SPIDERS[portal], settings.copy()) for portal in spec.portals]
        waits = [process.crawl(crawler, **spec.spider_kwargs(portal)) for crawler, portal in zip(crawlers, spec.portals)]
        try:
            results = yield defer.DeferredList(waits, consumeErrors=True)
            for ok, failure in results:
                if not ok:
                    logger.error("worker %s: a crawler of run %d failed: %s", self.worker.id, spec.run_id,
                                 failure.getTraceback() if hasattr(failure, "getTraceback") else failure)
        finally:
            self.leave(spec)
            self.spec, self.crawlers = None, []
        responses = sum((c.stats.get_value("response_received_count") or 0) for c in crawlers if c.stats)
        self.echo(f"worker {self.worker.id}: left run {spec.run_id} after {responses} response(s)")
        return responses

    def leave(self, spec: RunSpec) -> None:
        """Give back whatever this worker still holds in `spec` and stop being one of its active workers."""
        run_keys = self.cluster.keys.run(spec.run_id)
        inflight = run_keys.inflight(self.worker.id)
        try:
            requeued = self.cluster.scripts.requeue(keys=[inflight], args=[])
            if requeued:
                logger.warning("worker %s: %d request(s) of run %d went back to the frontier", self.worker.id, requeued, spec.run_id)
            self.cluster.server.srem(run_keys.active, self.worker.id)
        except Exception as exc:  # noqa: BLE001 - Redis away: the heartbeat expiring re-queues them
            logger.warning("worker %s: could not leave run %d cleanly: %s", self.worker.id, spec.run_id, exc)

    # -- the tick ------------------------------------------------------------------------------------

    def tick(self) -> None:
        self.worker.ticked()
        spec = self.spec
        if spec is None:
            return
        try:
            state = run_state(self.cluster, spec.run_id)
            if state == RUNNING:
                try_complete(self.cluster, spec.run_id, self.db_url, by=self.worker.id)
            elif state in (CANCELLED, None) and not self._closing:
                self._closing = True
                self.echo(f"worker {self.worker.id}: run {spec.run_id} was cancelled; closing its spiders")
                for crawler in self.crawlers:
                    if getattr(crawler, "engine", None) is not None and crawler.engine.spider is not None:
                        deferred_from_coro(crawler.engine.close_spider_async(reason="cancelled"))
        except Exception as exc:  # noqa: BLE001 - Redis or the database away for a moment: next tick
            logger.warning("worker %s: run %d: %s: %s", self.worker.id, spec.run_id, type(exc).__name__, exc)

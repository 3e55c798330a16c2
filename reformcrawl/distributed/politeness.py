"""Politeness across workers: one portal sees the same limits from N workers as from one process.

`SharedPoliteness` (a downloader middleware, closest to the downloader) admits a request when one
of the portal's places is free in Redis (a sorted set of leases with expiry times: at most
CONCURRENT_REQUESTS_PER_DOMAIN, or DOWNLOAD_SLOTS[portal]["concurrency"], over all workers) and
the portal's shared "next allowed start" time has come; taking a place moves that time on by the
download delay (the portal's AutoThrottle delay as this worker measures it, else DOWNLOAD_DELAY).
The clock is Redis' own. A lease lives `ttl` seconds and the holder's heartbeat renews it, so the
places of a worker that dies come back within `ttl`.

The delay is the shared gate's alone: Scrapy's downloader would otherwise wait the delay again,
per worker and after the gate (so a request let through at T by the gate could leave after one
let through at T + delay by another worker). The middleware takes the wait over from each portal's
downloader slot (`_SharedDelaySlot`: the slot keeps its `delay`, which AutoThrottle adjusts and the
gate reads, with the slot's jitter, but no longer waits itself).

`SharedRobotsTxt` replaces Scrapy's RobotsTxtMiddleware: the first worker that needs a host's
robots.txt in a run fetches it (a claim in Redis) and publishes it; the others wait for it and
parse the same text. So robots.txt is fetched once per run, and the sitemaps it names are queued
once (by the worker that fetched it, through `SitemapsFromRobots`).
"""

from __future__ import annotations

import logging
import random
import time
import uuid
from typing import Any

from redis.exceptions import RedisError
from scrapy import Spider
from scrapy.core.downloader import Slot
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.http import Request, Response
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler
from twisted.internet.task import deferLater

from .node import worker_for

logger = logging.getLogger(__name__)

#: How long to wait before asking again when all of a portal's places are taken (seconds, jittered).
_FULL_POLL = 0.03
#: The longest single wait (seconds): a long delay is waited in steps, so a stopping worker notices.
_MAX_WAIT = 1.0
#: How long a request waits for Redis to answer before going on without the shared limits.
_REDIS_PATIENCE = 30.0
#: How long a worker waits for another live worker's robots.txt before fetching it itself.
_ROBOTS_WAIT = 120.0


class _SharedDelaySlot(Slot):
    """A downloader slot whose delay is waited by `SharedPoliteness`, not by the downloader."""

    __slots__ = ()

    def download_delay(self) -> float:
        return 0.0


def _take_over_delay(slot: Slot) -> None:
    if type(slot) is Slot:
        try:
            slot.__class__ = _SharedDelaySlot  # same layout (no new slots): only the delay changes hands
        except TypeError as exc:  # another Scrapy's Slot: its own wait stays, after the shared one
            logger.warning("cannot take the download delay over from Scrapy's downloader slot (%s); "
                           "requests of different workers may start closer than the delay", exc)


async def _sleep(seconds: float) -> None:
    # Imported here: importing the reactor at module level would install the default one before
    # Scrapy installs the asyncio reactor.
    from twisted.internet import reactor

    await maybe_deferred_to_future(deferLater(reactor, seconds, lambda: None))


class SharedPoliteness:
    _LEASE = "_reformcrawl_shared_lease"

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.worker = worker_for(settings)
        self.keys = self.worker.cluster.keys
        self.scripts = self.worker.cluster.scripts
        self.default = max(1, settings.getint("CONCURRENT_REQUESTS_PER_IP") or settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"))
        self.per_slot = settings.getdict("DOWNLOAD_SLOTS")
        start_delay = settings.getfloat("DOWNLOAD_DELAY")
        if settings.getbool("AUTOTHROTTLE_ENABLED"):
            start_delay = max(start_delay, settings.getfloat("AUTOTHROTTLE_START_DELAY"))
        self.start_delay = start_delay
        self.jitter = settings.getfloat("DOWNLOAD_DELAY_JITTER")
        self.waited = 0.0  # seconds spent waiting for a place (for logs and benchmarks)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedPoliteness:
        return cls(crawler)

    def _slot(self, request: Request) -> str:
        return request.meta.get("download_slot") or urlparse_cached(request).hostname or ""

    def _delay(self, slot: str) -> float:
        """The portal's next delay as this worker sees it: its downloader slot's (AutoThrottle adjusts
        it from latencies), else the configured one; varied by the slot's jitter like Scrapy's."""
        local = self.crawler.engine.downloader.slots.get(slot)
        if local is not None:
            _take_over_delay(local)
            delay, jitter = local.delay, local.jitter
        else:
            configured = self.per_slot.get(slot, {})
            delay = float(configured.get("delay", self.start_delay))
            jitter = float(configured.get("jitter", self.jitter))
        if jitter:
            delay *= 1 + random.uniform(-jitter, jitter)  # noqa: S311
        return max(0.0, delay)

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        slot = self._slot(request)
        limit = int(self.per_slot.get(slot, {}).get("concurrency", self.default))
        leases, next_start = self.keys.slot_leases(slot), self.keys.slot_next(slot)
        lease = f"{self.worker.id}:{uuid.uuid4().hex[:10]}"
        trouble_since: float | None = None
        while True:
            try:
                answer = int(self.scripts.acquire(
                    keys=[leases, next_start], args=[lease, limit, int(self._delay(slot) * 1000), self.worker.ttl_ms],
                ))
            except RedisError as exc:
                # Redis away: wait for it a while (the other workers cannot see our requests), then go
                # on under this worker's own limits rather than fail the request.
                trouble_since = trouble_since or time.monotonic()
                if time.monotonic() - trouble_since > _REDIS_PATIENCE:
                    logger.warning("%s: shared politeness unavailable (%s); this worker's own limits apply", slot, exc)
                    return
                await _sleep(0.5)
                continue
            if answer == 0:
                break
            wait = answer / 1000 if answer > 0 else _FULL_POLL * (0.5 + random.random())  # noqa: S311
            wait = min(wait, _MAX_WAIT)
            self.waited += wait
            await _sleep(wait)
        self.worker.hold(leases, lease)
        request.meta[self._LEASE] = (leases, lease)

    def _release(self, request: Request) -> None:
        held = request.meta.pop(self._LEASE, None)
        if held is None:
            return
        leases, lease = held
        self.worker.drop(lease)
        try:
            self.worker.cluster.server.zrem(leases, lease)
        except Exception as exc:  # noqa: BLE001 - the lease expires by itself
            logger.warning("could not release politeness lease %s: %s", lease, exc)

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        self._release(request)
        return response

    def process_exception(self, request: Request, exception: Exception, spider: Spider | None = None) -> None:
        self._release(request)
        return None


class SharedRobotsTxt(RobotsTxtMiddleware):
    """robots.txt fetched once per run and host, shared through Redis."""

    _ERROR = b"!"  # published when the fetch failed: allow everything, as Scrapy does
    _BODY = b"="  # followed by the body

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.worker = worker_for(crawler.settings)
        self.run_keys = self.worker.cluster.keys.run(crawler.settings.getint("REFORMCRAWL_RUN_ID"))
        self.server = self.worker.cluster.server

    async def robot_parser(self, request: Request) -> Any:
        netloc = urlparse_cached(request).netloc
        if netloc not in self._parsers:
            shared = await self._shared(netloc)
            if shared is not None and netloc not in self._parsers:
                parser = None
                if shared.startswith(self._BODY):
                    parser = build_from_crawler(self._parserimpl, self.crawler, shared[len(self._BODY):])
                self._parsers[netloc] = parser
                return parser
        return await super().robot_parser(request)  # fetches it when this worker holds the claim

    async def _shared(self, netloc: str) -> bytes | None:
        """The published robots.txt of `netloc`, waiting for it while another live worker fetches
        it; None when this worker is to fetch it (it holds the claim)."""
        key, claim = self.run_keys.robots(netloc), self.run_keys.robots_claim(netloc)
        alive_prefix = self.worker.cluster.keys.worker_alive_prefix()
        deadline = time.monotonic() + _ROBOTS_WAIT
        while time.monotonic() < deadline:
            published = self.server.get(key)
            if published is not None:
                return bytes(published)
            if self.server.set(claim, self.worker.id, nx=True):
                return None
            holder = self.server.get(claim)
            holder_id = holder.decode() if isinstance(holder, bytes) else holder
            if holder_id == self.worker.id:
                await _sleep(0.05)  # another request of this worker is fetching it
                continue
            if holder_id is not None and not self.server.exists(alive_prefix + holder_id):
                self.worker.cluster.scripts.delete_if(keys=[claim], args=[holder_id])  # its fetcher died
                continue
            await _sleep(0.05)
        logger.warning("robots.txt of %s: still not published after %.0fs; fetching it here", netloc, _ROBOTS_WAIT)
        return None

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        self.server.set(self.run_keys.robots(netloc), self._BODY + response.body)
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        self.server.set(self.run_keys.robots(netloc), self._ERROR)
        super()._robots_error(exc, netloc)

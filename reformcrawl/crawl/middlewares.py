"""Downloader middlewares: stay on the portal, back off on retries, read sitemaps from robots.txt,
and hold each portal to its concurrency limit."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import DeferredSemaphore
from twisted.internet.task import deferLater

from .stats import count

logger = logging.getLogger(__name__)


def _portal_spider(crawler: Crawler) -> Any:
    spider = crawler.spider
    return spider if hasattr(spider, "site") and hasattr(spider, "on_robots") else None


class OffsiteRequest(IgnoreRequest):
    """A request (in practice: a redirect) that would leave the portal; already counted as offsite."""


class SiteBoundary:
    """Drops any request that would leave the portal: off-host links and redirects alike."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteBoundary:
        return cls(crawler)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        portal_spider = _portal_spider(self.crawler)
        if portal_spider is None or portal_spider.site.is_onsite(request.url):
            return
        count(self.crawler.stats, "offsite")
        source = request.meta.get("redirect_urls", ["a link"])[0]
        logger.info("%s: dropped off-site request %s (from %s)", portal_spider.name, request.url, source)
        raise OffsiteRequest(f"off-site: {request.url}")


class RetryBackoff:
    """Waits before sending a retried request: BASE, 2*BASE, 4*BASE... seconds, capped.

    Scrapy's RetryMiddleware re-schedules at once; a portal answering 503 needs a pause instead.
    """

    def __init__(self, base: float, cap: float) -> None:
        self.base, self.cap = base, cap

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryBackoff:
        return cls(crawler.settings.getfloat("RETRY_BACKOFF_BASE", 2.0), crawler.settings.getfloat("RETRY_BACKOFF_MAX", 60.0))

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        attempt = request.meta.get("retry_times", 0)
        if attempt < 1 or request.meta.get("backoff_done") == attempt or self.base <= 0:
            return
        request.meta["backoff_done"] = attempt
        delay = min(self.cap, self.base * 2 ** (attempt - 1))
        # Imported here: importing the reactor at module level would install the default one
        # before Scrapy installs the asyncio reactor (spiders import this module).
        from twisted.internet import reactor

        await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))


class SitemapsFromRobots:
    """Hands the Sitemap: lines of robots.txt (fetched by Scrapy's RobotsTxtMiddleware) to the spider."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SitemapsFromRobots:
        return cls(crawler)

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        portal_spider = _portal_spider(self.crawler)
        if portal_spider is not None and urlsplit(request.url).path == "/robots.txt":
            count(self.crawler.stats, "robots")
            if response.status == 200:
                text = response.body.decode("utf-8", errors="replace")
                for sitemap_request in portal_spider.on_robots(text, response.url):
                    self.crawler.engine.crawl(sitemap_request)
        return response


class SlotConcurrency:
    """At most CONCURRENT_REQUESTS_PER_DOMAIN (or a DOWNLOAD_SLOTS "concurrency") requests of one
    download slot on the wire at once; the spider gives every request of a portal the same slot.

    Scrapy 2.19 on the asyncio reactor does not enforce a slot's concurrency when DOWNLOAD_DELAY is
    0: `Downloader._process_queue` hands every queued request to a task that registers the transfer
    only when it runs, so the loop sees free transfer slots until the queue is empty (eight requests
    at once to one portal were observed with a limit of two). Placed closest to the downloader, this
    middleware admits a request when a place is free and frees it when the response, or the failure,
    comes back, before retries and redirects make new requests of it.
    """

    _PERMIT = "_reformcrawl_slot_permit"

    def __init__(self, default: int, per_slot: dict[str, Any]) -> None:
        self.default = max(1, default)
        self.per_slot = per_slot
        self.semaphores: dict[str, DeferredSemaphore] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SlotConcurrency:
        settings = crawler.settings
        default = settings.getint("CONCURRENT_REQUESTS_PER_IP") or settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
        return cls(default, settings.getdict("DOWNLOAD_SLOTS"))

    def _semaphore(self, key: str) -> DeferredSemaphore:
        semaphore = self.semaphores.get(key)
        if semaphore is None:
            limit = int(self.per_slot.get(key, {}).get("concurrency", self.default))
            semaphore = self.semaphores[key] = DeferredSemaphore(max(1, limit))
        return semaphore

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        key = request.meta.get("download_slot") or urlparse_cached(request).hostname or ""
        await maybe_deferred_to_future(self._semaphore(key).acquire())
        request.meta[self._PERMIT] = key

    def _release(self, request: Request) -> None:
        key = request.meta.pop(self._PERMIT, None)
        if key is not None:
            self.semaphores[key].release()

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        self._release(request)
        return response

    def process_exception(self, request: Request, exception: Exception, spider: Spider | None = None) -> None:
        self._release(request)
        return None

"""Downloader middlewares: stay on the portal, back off on retries, read sitemaps from robots.txt."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import reactor
from twisted.internet.task import deferLater

logger = logging.getLogger(__name__)


def _portal_spider(crawler: Crawler) -> Any:
    spider = crawler.spider
    return spider if hasattr(spider, "site") and hasattr(spider, "state") else None


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
        portal_spider.state.count("offsite")
        source = request.meta.get("redirect_urls", ["a link"])[0]
        logger.info("%s: dropped off-site request %s (from %s)", portal_spider.name, request.url, source)
        raise IgnoreRequest(f"off-site: {request.url}")


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
            portal_spider.state.count("robots")
            if response.status == 200:
                text = response.body.decode("utf-8", errors="replace")
                for sitemap_request in portal_spider.on_robots(text, response.url):
                    self.crawler.engine.crawl(sitemap_request)
        return response

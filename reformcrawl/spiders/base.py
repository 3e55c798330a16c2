"""One crawl logic for every portal; a portal spider is just a name bound to a portal definition.

A run starts from the portal's entry pages, feeds and sitemaps (robots.txt names more sitemaps;
`SitemapsFromRobots` hands them over), fetches articles it has not stored, follows a listing's
pagination only while a page still shows unknown articles, and re-fetches stored articles the
revisit policy (or a newer sitemap `lastmod`) asks for, with conditional requests.
"""

from __future__ import annotations

import logging
import weakref
from datetime import datetime, timezone
from typing import Any, AsyncIterator, ClassVar, Iterator
from urllib.parse import urljoin

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.http import Request, Response
from scrapy.settings import BaseSettings
from twisted.python.failure import Failure

from ..crawl import feeds
from ..crawl.items import PageItem
from ..crawl.links import discover, is_article_url
from ..crawl.middlewares import OffsiteRequest
from ..crawl.options import CrawlOptions, SpiderArgs
from ..crawl.state import PortalCrawl
from ..crawl.urls import Site
from ..portals import get_portal

logger = logging.getLogger(__name__)

#: Statuses an article request hands to its callback instead of failing.
_ARTICLE_STATUSES = [304, 404, 410]

#: Closest to the downloader: see `SlotConcurrency`.
_SLOT_CONCURRENCY = "reformcrawl.crawl.middlewares.SlotConcurrency"


def _header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _charset(response: Response) -> str | None:
    content_type = _header(response, "Content-Type") or ""
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None


class PortalSpider(scrapy.Spider):
    """Crawls one portal. Subclasses set `name`; the portal definition does the rest."""

    name: ClassVar[str] = ""  # type: ignore[misc]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__()
        self.args = SpiderArgs.parse(kwargs)
        self.portal = get_portal(self.name)
        self.site = Site(self.portal, origin=self.args.base_url)
        self.received: weakref.WeakKeyDictionary[Request, int] = weakref.WeakKeyDictionary()  # body bytes so far
        self.requested = 0  # listing + article requests, for --max-pages
        self.scheduled: set[str] = set()  # their URLs: a page offered twice is requested (and counted) once
        self.listed: dict[str, set[str]] = {}  # entry page -> articles its pages showed so far
        self._max_pages_logged = False

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        """The per-portal concurrency limit is part of the crawl's politeness, whatever settings
        module is in use: its guard is always installed."""
        super().update_settings(settings)
        middlewares = settings.getdict("DOWNLOADER_MIDDLEWARES")
        if _SLOT_CONCURRENCY not in middlewares:
            middlewares[_SLOT_CONCURRENCY] = 950
            settings.set("DOWNLOADER_MIDDLEWARES", middlewares, priority="spider")

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.state = PortalCrawl(spider.portal, CrawlOptions.from_settings(crawler.settings), spider.args)
        crawler.signals.connect(spider._closed, signal=signals.spider_closed)
        crawler.signals.connect(spider._dropped, signal=signals.request_dropped)
        crawler.signals.connect(spider._bytes_received, signal=signals.bytes_received)
        spider.max_size = crawler.settings.getint("DOWNLOAD_MAXSIZE")
        return spider

    def _bytes_received(self, data: bytes, request: Request, spider: scrapy.Spider | None = None) -> None:
        self.received[request] = self.received.get(request, 0) + len(data)

    def _too_large(self, failure: Failure) -> bool:
        """DOWNLOAD_MAXSIZE: a page announced or received over the cap, or a body that decompresses past it."""
        exc, request = failure.value, failure.request  # type: ignore[attr-defined]
        message = str(exc)
        if isinstance(exc, IgnoreRequest):  # HttpCompressionMiddleware: "... exceeded DOWNLOAD_MAXSIZE (...) during decompression"
            return "DOWNLOAD_MAXSIZE" in message
        if isinstance(exc, DownloadCancelledError):
            # Announced too large (Content-Length), the message says so; streamed past the cap, the
            # handler cancels without a word: the bytes counted so far tell.
            limit = request.meta.get("download_maxsize", self.max_size)
            return "max size" in message or bool(limit and self.received.get(request, 0) > limit)
        return "larger than download max size" in message

    def _closed(self, spider: scrapy.Spider, reason: str) -> None:
        self.state.close(reason)

    def _dropped(self, request: Request, spider: scrapy.Spider | None = None) -> None:
        """The scheduler dropped a request it has seen before. For a redirect back into its own
        chain (A -> B -> A) that is a redirect loop, which REDIRECT_MAX_TIMES never sees: report it."""
        chain = request.meta.get("redirect_urls") or []
        if request.url in chain:
            url = request.meta.get("canonical") or chain[0]
            self.state.error("redirect_loop", url, f"redirects back to {request.url} after {len(chain)} redirect(s)")

    # -- requests -----------------------------------------------------------------------------

    def _budget(self, url: str) -> bool:
        """Whether another listing or article request (for `url`, not yet scheduled) fits in --max-pages."""
        limit = self.args.max_pages
        if limit is None or self.requested < limit:
            self.requested += 1
            self.scheduled.add(url)
            return True
        if not self._max_pages_logged:
            logger.info("%s: --max-pages %d reached; not scheduling more pages", self.name, limit)
            self._max_pages_logged = True
        return False

    def _meta(self, **extra: Any) -> dict[str, Any]:
        # One download slot per portal, whatever host serves it: the politeness limits are per portal.
        return {"download_slot": self.portal.name, **extra}

    def article_request(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Request | None:
        """A request for the article stored (or to be stored) under canonical `url`; None when
        --max-pages is spent. Check `is_scheduled` first: a URL is requested once per run."""
        if not self._budget(self.site.fetch_url(url)):
            return None
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return Request(
            self.site.fetch_url(url),
            callback=self.parse_article,
            errback=self.on_error,
            headers=headers,
            meta=self._meta(canonical=url, handle_httpstatus_list=_ARTICLE_STATUSES, kind="article"),
            priority=0,
        )

    def listing_request(self, url: str, *, depth: int, root: str | None = None) -> Request | None:
        if not self._budget(url):
            return None
        return Request(
            url, callback=self.parse_listing, errback=self.on_error,
            meta=self._meta(listing_depth=depth, listing_root=root or url, kind="listing"), priority=10,
        )

    def is_scheduled(self, url: str) -> bool:
        """Whether canonical (article) or fetch (listing) `url` was already requested in this run."""
        return url in self.scheduled or self.site.fetch_url(url) in self.scheduled

    def discovery_request(self, url: str, kind: str) -> Request:
        callback = self.parse_sitemap if kind == "sitemap" else self.parse_feed
        return Request(url, callback=callback, errback=self.on_error, meta=self._meta(kind=kind), priority=20)

    def entry_urls(self) -> list[str]:
        if self.args.start_urls:
            base = self.site.fetch_url(self.portal.base_url)
            return [urljoin(base, url) for url in self.args.start_urls]
        return self.portal.entry_urls(self.args.base_url)

    async def start(self) -> AsyncIterator[Any]:
        for revisit in self.state.open():
            request = self.article_request(
                revisit.url, etag=revisit.validators.etag, last_modified=revisit.validators.last_modified
            )
            if request is not None:
                yield request
        base = self.site.fetch_url(self.portal.base_url)
        for path in self.portal.sitemaps:
            yield self.discovery_request(urljoin(base, path), "sitemap")
        for path in self.portal.feeds:
            yield self.discovery_request(urljoin(base, path), "feed")
        for url in self.entry_urls():
            request = self.listing_request(url, depth=1)
            if request is not None:
                yield request

    def on_robots(self, robots_txt: str, robots_url: str) -> Iterator[Request]:
        """Sitemaps named in robots.txt (called by the SitemapsFromRobots middleware)."""
        for url in feeds.sitemaps_from_robots(robots_txt, robots_url):
            if self.site.is_onsite(url):
                yield self.discovery_request(url, "sitemap")

    # -- callbacks ----------------------------------------------------------------------------

    def _new_articles(self, urls: Iterator[str] | list[str] | tuple[str, ...]) -> Iterator[Request]:
        for url in urls:
            if url in self.state.known or self.is_scheduled(url):
                continue
            request = self.article_request(url)
            if request is None:
                return
            yield request

    def parse_listing(self, response: Response) -> Iterator[Request]:
        self.state.count("listing_pages")
        links = discover(response.url, response.body, self.site)
        self.state.count("offsite", links.offsite)
        self.state.count("article_links", len(links.articles))
        if not links.articles:
            self.state.count("empty_listings")
            logger.info("%s: no article links on listing page %s", self.name, response.url)
            return
        yield from self._new_articles([url for url in links.articles if url not in self.state.known])
        # Follow the pagination while a page lists articles the store did not have when the run
        # began and that no earlier page of this listing showed. Judged against the store as it
        # was, not as it grows during the run (articles from the feed are stored early), and not
        # counting side boxes that repeat the same newest links on every page.
        root = response.meta.get("listing_root", response.url)
        shown = self.listed.setdefault(root, set())
        fresh = [url for url in links.articles if url not in self.state.known_before and url not in shown]
        shown.update(links.articles)
        depth = response.meta.get("listing_depth", 1)
        if fresh and depth < self.state.options.max_listing_pages:
            for url in links.next_pages:
                if self.is_scheduled(url):
                    continue
                request = self.listing_request(url, depth=depth + 1, root=root)
                if request is not None:
                    yield request

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        self.state.count("sitemaps")
        try:
            sitemap = feeds.parse_sitemap(response.body)
        except ValueError as exc:
            self.state.error("bad_sitemap", response.url, str(exc))
            return
        for child in sitemap.children:
            if self.site.owns(child):
                yield self.discovery_request(child, "sitemap")
        oldest = self.state.started_at - self.state.options.sitemap_max_age
        for loc, lastmod in sitemap.urls:
            if not self.site.owns(loc) or not is_article_url(loc, self.site):
                continue
            url = self.site.canonical(loc)
            fetched = self.state.known.get(url)
            if fetched is None:
                if lastmod is None or lastmod >= oldest:
                    yield from self._new_articles([url])
            elif lastmod is not None and lastmod > fetched and not self.is_scheduled(url):
                # The sitemap says it changed since we fetched it: revisit now, conditionally.
                validators = self.state.validators.get(url)
                request = self.article_request(
                    url, etag=validators.etag if validators else None,
                    last_modified=validators.last_modified if validators else None,
                )
                if request is not None:
                    self.state.count("sitemap_revisits")
                    yield request

    def parse_feed(self, response: Response) -> Iterator[Request]:
        self.state.count("feeds")
        try:
            items = feeds.parse_feed(response.body)
        except ValueError as exc:
            self.state.error("bad_feed", response.url, str(exc))
            return
        urls = [self.site.canonical(i.link) for i in items if self.site.owns(i.link)]
        yield from self._new_articles([u for u in urls if is_article_url(self.site.fetch_url(u), self.site)])

    def parse_article(self, response: Response) -> Iterator[PageItem]:
        canonical = response.meta.get("canonical") or self.site.canonical(response.url)
        self.state.count("pages")
        yield PageItem(
            portal=self.portal.name,
            url=canonical,
            fetch_url=response.url,
            status=response.status,
            body=response.body,
            declared_charset=_charset(response),
            etag=_header(response, "ETag"),
            last_modified=_header(response, "Last-Modified"),
            fetched_at=datetime.now(timezone.utc),
        )

    def on_error(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        message = failure.getErrorMessage()
        chain = request.meta.get("redirect_urls") or []
        url = request.meta.get("canonical") or (chain[0] if chain else request.url)
        if self._too_large(failure):
            # DOWNLOAD_MAXSIZE: a huge page or a decompression bomb, dropped before it is stored
            self.state.count("too_large")
            logger.warning("%s: dropped %s: %s", self.name, request.url, message)
            return
        if failure.check(OffsiteRequest):
            # SiteBoundary counted it as offsite; a page we wanted that redirects away is worth a line
            if chain:
                self.state.error("offsite_redirect", url, f"redirected off the portal to {request.url}")
            return
        if failure.check(IgnoreRequest):
            if "robots.txt" in message:  # the site asks us not to: not a failure of the crawl
                self.state.count("robots_disallowed")
                logger.info("%s: %s is disallowed by robots.txt", self.name, request.url)
                return
            if "max redirections" in message:
                self.state.error("redirect_loop", url, f"still redirecting after {len(chain)} redirects, at {request.url}")
                return
        self.state.error(type(failure.value).__name__, url, message)

"""One crawl logic for every portal; a portal spider is just a name bound to a portal definition.

A run starts from the portal's entry pages, feeds and sitemaps (robots.txt names more sitemaps;
`SitemapsFromRobots` hands them over), fetches articles it has not stored, follows a listing's
pagination only while its own list still shows unknown articles, and re-fetches stored articles
the revisit policy (or a newer sitemap `lastmod`) asks for, with conditional requests. From a
listing page it follows the listing's own articles (`crawl.focus`), not the side boxes and other
sections, unless the portal says `follow = "site"`.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import datetime, timezone
from typing import Any, ClassVar
from urllib.parse import urljoin

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, DownloadCancelledError, IgnoreRequest
from scrapy.http import Request, Response
from scrapy.settings import BaseSettings
from twisted.python.failure import Failure

from ..crawl import feeds
from ..crawl import stats as crawl_stats
from ..crawl.items import PageItem
from ..crawl.ledger import Claim, RunLedger, build_ledger
from ..crawl.links import ArticleLink, discover, is_article_url
from ..crawl.middlewares import OffsiteRequest
from ..crawl.options import CrawlOptions, SpiderArgs
from ..crawl.signals import page_failed
from ..crawl.store_view import (
    StoreSnapshot,
    finish_own_run,
    load_snapshot,
    start_own_run,
)
from ..crawl.urls import Site
from ..portals import get_portal
from ..store import Store, shared_store

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
    """Crawls one portal. Subclasses set `name`; the portal definition does the rest.

    What differs between a run of one process and a run shared by workers (who seeds it, which
    URLs were requested already, the page budget, what a listing showed) is the `ledger` the
    settings name (`crawl.ledger`); counts go to `crawler.stats`; pipelines get what they need
    on the item.
    """

    name: ClassVar[str] = ""  # type: ignore[misc]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__()
        self.args = SpiderArgs.parse(kwargs)
        self.portal = get_portal(self.name)
        self.site = Site(self.portal, origin=self.args.base_url)
        self.received: weakref.WeakKeyDictionary[Request, int] = weakref.WeakKeyDictionary()  # body bytes so far
        self.snapshot = StoreSnapshot()
        self.run_id: int | None = None
        self.owns_run = False
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
        spider.prepare(CrawlOptions.from_settings(crawler.settings), build_ledger(crawler, spider.args.max_pages))
        crawler.signals.connect(spider._closed, signal=signals.spider_closed)
        crawler.signals.connect(spider._idle, signal=signals.spider_idle)
        crawler.signals.connect(spider._dropped, signal=signals.request_dropped)
        crawler.signals.connect(spider._bytes_received, signal=signals.bytes_received)
        crawler.signals.connect(spider.report_error, signal=page_failed)
        spider.max_size = crawler.settings.getint("DOWNLOAD_MAXSIZE")
        return spider

    def prepare(self, options: CrawlOptions, ledger: RunLedger) -> None:
        """Bind the crawl options and the run's ledger (`from_crawler`, or a coordinator that seeds)."""
        self.options, self.ledger = options, ledger
        self.run_id = options.run_id

    @property
    def store(self) -> Store:
        return shared_store(self.options.db_url)

    def count(self, key: str, n: int = 1) -> None:
        crawler = getattr(self, "crawler", None)
        if crawler is not None and crawler.stats is not None:
            crawl_stats.count(crawler.stats, key, n)

    def report_error(self, kind: str, url: str, message: str) -> None:
        """Count a failure and keep it for the run record (also the `page_failed` signal's handler)."""
        self.count("errors")
        self.ledger.record_error({"portal": self.portal.name, "kind": kind, "url": url, "message": message[:300]})
        logger.warning("%s: %s %s: %s", self.portal.name, kind, url, message)

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
        """Finish the run record if this crawl started it itself (`scrapy crawl`)."""
        if self.owns_run and self.run_id is not None:
            finish_own_run(self.store, self.run_id, portal=self.portal.name, reason=reason,
                           counts=crawl_stats.portal_counts(self.crawler.stats), errors=self.ledger.errors())

    def _idle(self, spider: scrapy.Spider | None = None) -> None:
        """A shared run may still get requests for this portal from other workers."""
        if self.ledger.keep_open():
            raise DontCloseSpider

    def _dropped(self, request: Request, spider: scrapy.Spider | None = None) -> None:
        """The scheduler dropped a request it has seen before. For a redirect back into its own
        chain (A -> B -> A) that is a redirect loop, which REDIRECT_MAX_TIMES never sees: report it."""
        chain = request.meta.get("redirect_urls") or []
        if request.url in chain:
            url = request.meta.get("canonical") or chain[0]
            self.report_error("redirect_loop", url, f"redirects back to {request.url} after {len(chain)} redirect(s)")

    # -- requests -----------------------------------------------------------------------------

    def _claim(self, url: str) -> bool:
        """Whether `url` (a listing's or an article's fetch URL) may be requested now: once per run,
        within --max-pages."""
        claim = self.ledger.claim(url)
        if claim is Claim.OVER_BUDGET and not self._max_pages_logged:
            logger.info("%s: --max-pages %d reached; not scheduling more pages", self.name, self.args.max_pages)
            self._max_pages_logged = True
        return claim is Claim.GRANTED

    def _meta(self, **extra: Any) -> dict[str, Any]:
        # One download slot per portal, whatever host serves it: the politeness limits are per portal.
        return {"download_slot": self.portal.name, **extra}

    def article_request(self, link: ArticleLink, *, etag: str | None = None, last_modified: str | None = None,
                        listed_at: datetime | None = None) -> Request | None:
        """A request for the article stored (or to be stored) under `link.canonical`; None when it
        was requested already in this run or --max-pages is spent."""
        if not self._claim(link.fetch):
            return None
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return Request(
            link.fetch,
            callback=self.parse_article,
            errback=self.on_error,
            headers=headers,
            meta=self._meta(canonical=link.canonical, handle_httpstatus_list=_ARTICLE_STATUSES, kind="article",
                            listed_at=listed_at.isoformat() if listed_at else None),
            priority=0,
        )

    def listing_request(self, url: str, *, depth: int, root: str | None = None) -> Request | None:
        if not self._claim(url):
            return None
        return Request(
            url, callback=self.parse_listing, errback=self.on_error,
            meta=self._meta(listing_depth=depth, listing_root=root or url, kind="listing"), priority=10,
        )

    def link_to(self, canonical: str) -> ArticleLink:
        return ArticleLink(canonical, self.site.fetch_url(canonical))

    def discovery_request(self, url: str, kind: str) -> Request:
        callback = self.parse_sitemap if kind == "sitemap" else self.parse_feed
        return Request(url, callback=callback, errback=self.on_error, meta=self._meta(kind=kind), priority=20)

    def entry_urls(self) -> list[str]:
        if self.args.start_urls:
            base = self.site.fetch_url(self.portal.base_url)
            return [urljoin(base, url) for url in self.args.start_urls]
        return self.portal.entry_urls(self.args.base_url)

    def load_snapshot(self) -> None:
        """Read what the store knows about the portal; start a run record if nobody gave one."""
        if not self.options.store:
            return
        if self.run_id is None:
            self.run_id = start_own_run(self.store, self.portal.name, self.options.trigger)
            self.owns_run = True
        self.snapshot = load_snapshot(
            self.store, self.portal, started_at=self.ledger.started_at, revisit_mode=self.args.revisit,
            dead_link_retry=self.options.dead_link_retry,
            stored_during_run=lambda session: self.ledger.stored_during_run(session, self.portal.name, self.run_id),
        )

    def initial_requests(self) -> Iterator[Request]:
        """Due revisits, sitemaps, feeds and entry pages (read the snapshot first)."""
        for revisit in self.snapshot.revisits:
            request = self.article_request(
                self.link_to(revisit.url), etag=revisit.validators.etag, last_modified=revisit.validators.last_modified
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

    async def start(self) -> AsyncIterator[Any]:
        self.load_snapshot()
        if self.ledger.seeds_elsewhere:
            return  # a coordinator put the start requests into the shared frontier
        for request in self.initial_requests():
            yield request

    def on_robots(self, robots_txt: str, robots_url: str) -> Iterator[Request]:
        """Sitemaps named in robots.txt (called by the SitemapsFromRobots middleware)."""
        for url in feeds.sitemaps_from_robots(robots_txt, robots_url):
            if self.site.is_onsite(url):
                yield self.discovery_request(url, "sitemap")

    # -- callbacks ----------------------------------------------------------------------------

    def _new_articles(self, links: Iterable[ArticleLink], dated: dict[str, datetime] | None = None) -> Iterator[Request]:
        for link in links:
            if link.canonical in self.snapshot.known:
                continue
            request = self.article_request(link, listed_at=(dated or {}).get(link.canonical))
            if request is not None:
                yield request
            elif self._max_pages_logged:
                return  # --max-pages spent

    def parse_listing(self, response: Response) -> Iterator[Request]:
        self.count("listing_pages")
        links = discover(response.url, response.body, self.site)
        self.count("offsite", links.offsite)
        self.count("article_links", len(links.articles))
        if not links.articles:
            self.count("empty_listings")
            logger.info("%s: no article links on listing page %s", self.name, response.url)
            return
        if links.own is None:
            logger.debug("%s: no article list found on listing page %s; following its %d article links",
                         self.name, response.url, len(links.articles))
        followed = links.followed(self.portal.follow)
        # Side boxes and other sections: new links every night, often dead; feeds and sitemaps
        # bring what the listings miss.
        self.count("side_links", len(links.articles) - len(followed))
        yield from self._new_articles(followed)
        # Follow the pagination while the listing's own list shows articles the store did not
        # have when the run began and that no earlier page of this listing showed. Judged against
        # the store as it was, not as it grows during the run (articles from the feed are stored
        # early), and not counting side boxes that link the newest articles from every page.
        root = response.meta.get("listing_root", response.url)
        shown = self.ledger.shown(root)
        listed = tuple(link.canonical for link in links.listed)
        fresh = [url for url in listed if url not in self.snapshot.known_before and url not in shown]
        self.ledger.show(root, listed)
        depth = response.meta.get("listing_depth", 1)
        if fresh and depth < self.options.max_listing_pages:
            for url in links.next_pages:
                request = self.listing_request(url, depth=depth + 1, root=root)
                if request is not None:
                    yield request

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        self.count("sitemaps")
        try:
            sitemap = feeds.parse_sitemap(response.body)
        except ValueError as exc:
            self.report_error("bad_sitemap", response.url, str(exc))
            return
        for child in sitemap.children:
            if self.site.owns(child):
                yield self.discovery_request(child, "sitemap")
        oldest = self.ledger.started_at - self.options.sitemap_max_age
        for loc, lastmod in sitemap.urls:
            if not self.site.owns(loc) or not is_article_url(loc, self.site):
                continue
            link = self.link_to(self.site.canonical(loc))
            fetched = self.snapshot.known.get(link.canonical)
            if fetched is None:
                if lastmod is None or lastmod >= oldest:
                    yield from self._new_articles([link])
            elif lastmod is not None and lastmod > fetched:
                # The sitemap says it changed since we fetched it: revisit now, conditionally.
                validators = self.snapshot.validators.get(link.canonical)
                request = self.article_request(
                    link, etag=validators.etag if validators else None,
                    last_modified=validators.last_modified if validators else None,
                )
                if request is not None:
                    self.count("sitemap_revisits")
                    yield request

    def parse_feed(self, response: Response) -> Iterator[Request]:
        self.count("feeds")
        try:
            items = feeds.parse_feed(response.body)
        except ValueError as exc:
            self.report_error("bad_feed", response.url, str(exc))
            return
        dated = {self.site.canonical(i.link): i.published for i in items if self.site.owns(i.link) and i.published}
        links = [self.link_to(self.site.canonical(i.link)) for i in items if self.site.owns(i.link)]
        yield from self._new_articles([link for link in links if is_article_url(link.fetch, self.site)], dated)

    def parse_article(self, response: Response) -> Iterator[PageItem]:
        canonical = response.meta.get("canonical") or self.site.canonical(response.url)
        self.count("pages")
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
            run_id=self.run_id,
            listed_at=datetime.fromisoformat(listed) if (listed := response.meta.get("listed_at")) else None,
        )

    def on_error(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        message = failure.getErrorMessage()
        chain = request.meta.get("redirect_urls") or []
        url = request.meta.get("canonical") or (chain[0] if chain else request.url)
        if self._too_large(failure):
            # DOWNLOAD_MAXSIZE: a huge page or a decompression bomb, dropped before it is stored
            self.count("too_large")
            logger.warning("%s: dropped %s: %s", self.name, request.url, message)
            return
        if failure.check(OffsiteRequest):
            # SiteBoundary counted it as offsite; a page we wanted that redirects away is worth a line
            if chain:
                self.report_error("offsite_redirect", url, f"redirected off the portal to {request.url}")
            return
        if failure.check(IgnoreRequest):
            if "robots.txt" in message:  # the site asks us not to: not a failure of the crawl
                self.count("robots_disallowed")
                logger.info("%s: %s is disallowed by robots.txt", self.name, request.url)
                return
            if "max redirections" in message:
                self.report_error("redirect_loop", url, f"still redirecting after {len(chain)} redirects, at {request.url}")
                return
        self.report_error(type(failure.value).__name__, url, message)

"""Shared pieces of the crawl benchmarks: generated mirrors, crawl settings, request accounting."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from reformcrawl.mirror.corpus import CorpusArticle
from reformcrawl.mirror.server import LoggedRequest
from reformcrawl.mirror.site import MirrorSite
from reformcrawl.mirror.synthetic import generate_articles
from reformcrawl.portals import get_portal

PORTALS = ("baohagiang", "angiang", "hochiminhcity", "nbtv", "baokhanhhoa")
VN = timezone(timedelta(hours=7))

#: Far in the past on purpose: no article is young enough for the default revisit policy
#: (1d/7d,7d/30d) or for the sitemap's new-article window (90 days).
START = datetime(2023, 1, 2, 8, 0, tzinfo=VN)
STEP = timedelta(hours=4)

#: Loopback mirror: no politeness delay needed (the per-portal concurrency limit of 2 stays).
FAST = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "LOG_LEVEL": "WARNING"}


def articles_for(portals: Iterable[str], per_portal: int, *, seed: int = 0) -> list[CorpusArticle]:
    return [a for p in portals for a in generate_articles(p, per_portal, seed=seed, start=START, step=STEP)]


def copy_sqlite(src: str, dst: str) -> None:
    """A consistent copy of a (WAL-mode) SQLite database file."""
    with sqlite3.connect(src) as source, sqlite3.connect(dst) as target:
        source.backup(target)
    source.close()
    target.close()


@dataclass
class Tally:
    """One portal's requests in one run, by kind."""

    robots: int = 0
    discovery: int = 0  # sitemaps and feeds
    listing: int = 0
    new: int = 0  # article pages not stored before the run
    revisit: int = 0  # article pages stored before the run
    revisit_conditional: int = 0
    revisit_304: int = 0
    textless: int = 0  # article pages that hold no article text (never stored)
    dead: int = 0  # links the mirror does not serve (404)
    other: int = 0  # anything else
    other_statuses: Counter | None = None

    @property
    def total(self) -> int:
        return (self.robots + self.discovery + self.listing + self.new + self.revisit + self.textless + self.dead
                + self.other)


def discovery_paths(portal: str, site: MirrorSite) -> set[str]:
    definition = get_portal(portal)
    paths = set(definition.feeds) | set(definition.sitemaps)
    if site.has_sitemap:
        paths.add("/sitemap.xml")
    return paths


def listing_paths(site: MirrorSite) -> set[str]:
    return {page for pages in site.listings.values() for page, _ in pages}


def tally(requests: Sequence[LoggedRequest], portal: str, site: MirrorSite, known_paths: set[str],
          textless: Collection[str] = ()) -> Tally:
    """Classify `portal`'s logged requests against the mirror `site` they were served from
    (`textless`: article paths served as pages without article text)."""
    t = Tally(other_statuses=Counter())
    feeds, listings = discovery_paths(portal, site), listing_paths(site)
    for r in requests:
        if r.portal != portal:
            continue
        if r.path == "/robots.txt":
            t.robots += 1
        elif r.path in feeds:
            t.discovery += 1
        elif r.path in listings:
            t.listing += 1
        elif r.path in textless:
            t.textless += 1
        elif r.status == 404 and r.path not in site.pages:
            t.dead += 1
        elif r.path in site.article_paths:
            if r.path in known_paths:
                t.revisit += 1
                t.revisit_conditional += r.conditional
                t.revisit_304 += r.status == 304
            else:
                t.new += 1
        else:
            t.other += 1
            t.other_statuses[r.status] += 1
    return t


def listing_floor(site: MirrorSite, known_paths: set[str], max_pages: int = 50) -> int:
    """Listing pages a crawl cannot avoid: per listing, pages up to its first all-known page."""
    total = 0
    for pages in site.listings.values():
        for number, (_page, articles) in enumerate(pages, start=1):
            total += 1
            if set(articles) <= known_paths or number >= max_pages:
                break
    return total

"""A portal's whole mirror in one state: listing pages, article pages, robots.txt, feed, sitemap.

"before" holds the articles that exist from the start; "after" adds the ones published between
two crawls and applies the one revision (an edited figure). Pages are rendered once per state
and served as bytes with validators (ETag, Last-Modified) so conditional requests work.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import format_datetime
from typing import Literal
from xml.sax.saxutils import escape

from ..portals import get_portal
from .corpus import CorpusArticle, featured, load_corpus, nearest
from .templates import elsewhere, listing_url, render_article, render_listing

State = Literal["before", "after"]

PAGE_SIZE = 10

#: Portals whose mirror offers a sitemap (named in robots.txt); feeds come from the portal definitions.
SITEMAP_PORTALS = frozenset({"nbtv", "hochiminhcity", "baokhanhhoa"})

_SECTION_TITLES = {
    "thoi-su-chinh-tri": "Thời sự - Chính trị",
    "cai-cach-hanh-chinh": "Cải cách hành chính",
    "thoi-su": "Thời sự",
    "chinh-tri": "Chính trị",
    "xa-hoi": "Xã hội",
}


@dataclass(frozen=True)
class Resource:
    body: bytes
    content_type: str
    last_modified: datetime
    etag: str


def _resource(body: str, content_type: str, last_modified: datetime) -> Resource:
    data = body.encode("utf-8")
    return Resource(data, content_type, last_modified, '"' + hashlib.sha1(data).hexdigest()[:20] + '"')


def _as_related(article: CorpusArticle, state: State) -> tuple[str, str, datetime]:
    return (article.title_in(state), article.path, article.published_at)


def _section_title(path: str) -> str:
    slug = path.strip("/").split("/")[-1]
    return _SECTION_TITLES.get(slug, slug.replace("-", " ").capitalize())


def articles_in(state: State, articles: Sequence[CorpusArticle]) -> list[CorpusArticle]:
    """The state's articles, newest first (listing order)."""
    chosen = [a for a in articles if a.state == "before" or state == "after"]
    return sorted(chosen, key=lambda a: (a.published_at, a.key), reverse=True)


@dataclass
class MirrorSite:
    portal: str
    state: State
    pages: dict[str, Resource]  # path (and query) -> resource
    has_sitemap: bool
    article_paths: frozenset[str]
    #: What each section listing shows, for benchmarks that count the pages a crawl needs:
    #: section path -> ((listing page path, (article paths on it, in order)), ...), page 1 first.
    listings: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = field(default_factory=dict)

    def robots_txt(self, origin: str) -> str:
        lines = ["User-agent: *", "Disallow: /dang-nhap", "Disallow: /tim-kiem", ""]
        if self.has_sitemap:
            lines.append(f"Sitemap: {origin.rstrip('/')}/sitemap.xml")
        return "\n".join(lines) + "\n"


def _rss(title: str, items: Sequence[CorpusArticle], origin_placeholder: str) -> str:
    entries = "".join(
        f"<item><title>{escape(a.title)}</title><link>{origin_placeholder}{escape(a.path)}</link>"
        f"<pubDate>{format_datetime(a.published_at)}</pubDate></item>"
        for a in items
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{escape(title)}</title>{entries}</channel></rss>'


def _sitemap(entries: Sequence[tuple[str, datetime]], origin_placeholder: str) -> str:
    urls = "".join(
        f"<url><loc>{origin_placeholder}{escape(path)}</loc><lastmod>{when.isoformat()}</lastmod></url>"
        for path, when in entries
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'


#: Feeds and sitemaps carry absolute URLs; the server puts its own origin here when serving.
ORIGIN = "{{origin}}"


def build_site(
    portal_name: str,
    state: State,
    *,
    articles: Sequence[CorpusArticle] | None = None,
    switched_at: datetime | None = None,
    variant: int = 0,
    most_read_elsewhere: int = 0,
) -> MirrorSite:
    """Render every page of `portal_name`'s mirror in `state`.

    `switched_at` is when the mirror moved to "after": the edited article's Last-Modified and
    sitemap lastmod. `articles` replaces the bundled corpus (benchmarks use generated ones).
    `most_read_elsewhere`: the listings' "most read" box (where the portal has one) links this
    many articles of other sections that the mirror does not serve, new on each state's day.
    """
    portal = get_portal(portal_name)
    pool = [a for a in (load_corpus() if articles is None else articles) if a.portal == portal_name]
    shown = articles_in(state, pool)
    edited_at = switched_at or datetime(2024, 8, 20, 9, 0, tzinfo=timezone.utc)
    pages: dict[str, Resource] = {}
    modified: dict[str, datetime] = {}

    for article in shown:
        revised = state == "after" and article.revision is not None
        page = render_article(
            article, state=state, variant=variant,
            related=[_as_related(a, state) for a in nearest(article, shown)],
            featured=[_as_related(a, state) for a in featured(article, shown, portal_name)],
        )
        when = edited_at if revised else article.published_at
        pages[article.path] = _resource(page.html, "text/html; charset=utf-8", when)
        modified[article.path] = when

    newest = max((a.published_at for a in shown), default=edited_at)
    most_read = elsewhere(portal_name, most_read_elsewhere, day=newest.date().isoformat()) if most_read_elsewhere else []
    listings: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {}
    for number, entry in enumerate(portal.entry_pages):
        section_path = "/" + entry.split("://", 1)[-1].split("/", 1)[-1] if "://" in entry else entry
        if listing_url(portal_name, section_path, 1) in pages:
            continue  # the same section on an alias host: one mirror, one listing
        listed = shown if number == 0 else [a for a in shown if a.is_reform]
        total = max(1, -(-len(listed) // PAGE_SIZE))
        listings[section_path] = tuple(
            (listing_url(portal_name, section_path, n), tuple(a.path for a in listed[(n - 1) * PAGE_SIZE : n * PAGE_SIZE]))
            for n in range(1, total + 1)
        )
        for page_no in range(1, total + 1):
            chunk = listed[(page_no - 1) * PAGE_SIZE : page_no * PAGE_SIZE]
            items = [(a.title_in(state), a.path, a.published_at, a.lead) for a in chunk]
            rendered = render_listing(
                portal_name, section_title=_section_title(section_path), section_path=section_path,
                items=items, page=page_no, pages=total, variant=variant,
                featured=[_as_related(a, state) for a in featured(None, shown, portal_name, 3)],
                most_read=most_read,
            )
            pages[listing_url(portal_name, section_path, page_no)] = _resource(
                rendered.html, "text/html; charset=utf-8", newest
            )

    for feed in portal.feeds:
        pages[feed] = _resource(_rss(portal.title, shown[:20], ORIGIN), "application/rss+xml; charset=utf-8", newest)
    has_sitemap = portal_name in SITEMAP_PORTALS
    if has_sitemap:
        entries = sorted(modified.items(), key=lambda kv: kv[1], reverse=True)
        pages["/sitemap.xml"] = _resource(_sitemap(entries, ORIGIN), "application/xml; charset=utf-8", newest)
    return MirrorSite(
        portal=portal_name, state=state, pages=pages, has_sitemap=has_sitemap, article_paths=frozenset(modified),
        listings=listings,
    )

"""`extract_page`: one saved page in, one `Article` out. No Scrapy, no database, no network."""

from __future__ import annotations

from datetime import datetime

from ..core import dates, relevance
from ..core.detect import detect
from ..core.model import Article
from ..portals import Portal, get_portal, portal_for_url
from .body import extract_body
from .decode import MAX_PAGE_BYTES, decode_html
from .document import parse_html
from .errors import EmptyPage, ExtractError, NotHtml, PageTooLarge
from .metadata import read_meta

__all__ = [
    "MAX_PAGE_BYTES",
    "Article",
    "EmptyPage",
    "ExtractError",
    "NotHtml",
    "PageTooLarge",
    "extract_page",
    "resolve_portal",
]


def resolve_portal(url: str, portal: str | Portal | None) -> Portal | None:
    """The named portal, else the one owning the URL's host, else None (generic rules only)."""
    if isinstance(portal, Portal):
        return portal
    if portal:
        return get_portal(portal)
    return portal_for_url(url)


def extract_page(
    html: bytes | str,
    url: str,
    portal: str | Portal | None = None,
    *,
    encoding: str | None = None,
    fetched_at: datetime | None = None,
    listed_at: datetime | None = None,
) -> Article:
    """Extract the article of one page.

    `encoding` is the charset the server declared, if any; `fetched_at` is when the page was
    fetched (it anchors partial dates when the page gives no publication time, and two-digit years);
    `listed_at` the date a listing, feed or sitemap gave for the link (used when the page has none).
    Raises `ExtractError` subclasses for input that is not a readable HTML page.
    """
    resolved = resolve_portal(url, portal)
    tree = parse_html(decode_html(html, encoding))
    meta = read_meta(tree, url, now=fetched_at, listed_at=listed_at)
    body = extract_body(tree, url, title=meta.title, title_element=meta.title_element, portal=resolved)
    text = "\n\n".join(body.paragraphs) or None
    found = detect(
        meta.title, text or "",
        reference=dates.reference_date(meta.published_at, url, fetched_at),
        province=resolved.province if resolved else None,
    )
    return Article(
        url=url,
        portal=resolved.name if resolved else None,
        title=meta.title,
        author=body.author or meta.author,
        published_at=meta.published_at,
        published_at_source=meta.published_at_source,
        text=text,
        extraction=body.path,
        is_reform=relevance.is_reform(meta.title, text),
        sessions=found.sessions,
        figures=found.figures,
    )

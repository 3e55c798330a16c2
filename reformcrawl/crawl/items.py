"""What a spider hands to the pipelines (one fetched article page), and what Scrapy's feed
exports (`scrapy crawl PORTAL -O items.jsonl`) receive at the end: the article's fields, not its
raw bytes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..core.dates import to_vietnam
from ..core.model import Article


@dataclass(repr=False)
class PageItem:

    portal: str
    url: str  # canonical URL: the article's identity in the store
    fetch_url: str  # where it was fetched from (a mirror, a moved host)
    status: int  # 200, or 304 / 404 / 410 for a revisit
    body: bytes = field(repr=False)  # never in a log line (a dropped item is logged with its repr)
    declared_charset: str | None  # from the Content-Type header
    etag: str | None
    last_modified: str | None
    fetched_at: datetime
    run_id: int | None = None  # the run record this fetch belongs to (None: not stored)
    listed_at: datetime | None = None  # the date the feed gave for the link (the page may print none)
    article: Article | None = None  # filled in by the extract pipeline
    outcome: str | None = None  # what the store made of it: new, changed, unchanged, not_modified, gone
    version: int | None = None  # the stored version the page is (its latest, when unchanged)

    def __repr__(self) -> str:
        # What Scrapy logs with a dropped item: the page, never its body or text (a dropped page
        # costs one short line, not the 100 KB of HTML it came with).
        return f"<PageItem {self.portal} {self.url} HTTP {self.status}, {len(self.body)} bytes>"


#: An exported item's fields, in order (the extract contract's, then the fetch's): also the CSV
#: header, whatever the first item holds (`FEED_EXPORT_FIELDS`).
RECORD_FIELDS = (
    "url", "portal", "outcome", "version", "title", "author", "published_at", "published_at_source", "is_reform",
    "text", "sessions", "figures", "extraction", "confidence", "status", "fetch_url", "fetched_at",
)


def article_record(item: PageItem) -> dict[str, Any]:
    """The plain, serializable record of a fetched page: its article's fields (null for a 304 or
    a 404, which carry none) and how it was fetched and stored."""
    article = item.article.to_dict() if item.article is not None else {}
    record = {name: article.get(name) for name in RECORD_FIELDS}
    record.update(url=item.url, portal=item.portal, outcome=item.outcome, version=item.version, status=item.status,
                  fetch_url=item.fetch_url, fetched_at=to_vietnam(item.fetched_at).isoformat())
    return record

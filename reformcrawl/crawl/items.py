"""What a spider hands to the pipelines: one fetched article page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..core.model import Article


@dataclass(repr=False)
class PageItem:

    portal: str
    url: str  # canonical URL: the article's identity in the store
    fetch_url: str  # where it was fetched from (a mirror, a moved host)
    status: int  # 200, or 304 / 404 / 410 for a revisit
    body: bytes
    declared_charset: str | None  # from the Content-Type header
    etag: str | None
    last_modified: str | None
    fetched_at: datetime
    run_id: int | None = None  # the run record this fetch belongs to (None: not stored)
    listed_at: datetime | None = None  # the date the feed gave for the link (the page may print none)
    article: Article | None = None  # filled in by the extract pipeline

    def __repr__(self) -> str:
        # What Scrapy logs with a dropped item: the page, never its body or text (a dropped page
        # costs one short line, not the 100 KB of HTML it came with).
        return f"<PageItem {self.portal} {self.url} HTTP {self.status}, {len(self.body)} bytes>"

"""What a spider hands to the pipelines: one fetched article page."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..core.model import Article


@dataclass
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

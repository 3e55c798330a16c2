"""Streaming the stored articles (latest version each) for downstream tools."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from ..config import VIETNAM_TZ
from .models import ArticleRow, Version

EXPORT_FIELDS = (
    "url", "portal", "title", "author", "published_at", "first_seen_at", "last_changed_at",
    "version", "status", "is_reform", "text",
)
_BATCH = 500


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(VIETNAM_TZ).isoformat() if value else None


def iter_articles(session: Session, *, since: datetime | None = None, portal: str | None = None) -> Iterator[dict[str, Any]]:
    """Latest versions in id order, fetched in batches: memory stays flat for any number of rows.

    `since` keeps articles whose latest version was stored at or after it.
    """
    query = (
        select(ArticleRow, Version)
        .join(Version, and_(Version.article_id == ArticleRow.id, Version.number == ArticleRow.version_count))
        .order_by(ArticleRow.id)
    )
    if since is not None:
        query = query.where(ArticleRow.last_changed_at >= since)
    if portal is not None:
        query = query.where(ArticleRow.portal == portal)
    last_id = 0
    while True:
        rows = session.execute(query.where(ArticleRow.id > last_id).limit(_BATCH)).all()
        if not rows:
            return
        for article, version in rows:
            yield {
                "url": article.url,
                "portal": article.portal,
                "title": version.title,
                "author": version.author,
                "published_at": _iso(version.published_at),
                "first_seen_at": _iso(article.first_seen_at),
                "last_changed_at": _iso(article.last_changed_at),
                "version": version.number,
                "status": article.status,
                "is_reform": version.is_reform,
                "text": version.text,
            }
        last_id = rows[-1][0].id
        session.expunge_all()

"""Streaming what is stored, for downstream tools: articles (latest version each, with their
sessions and figures) and every figure reading; and the one way CSV cells are written.

CSV is for spreadsheets: UTF-8 with a byte order mark (Excel reads UTF-8 only with one), booleans
`true`/`false`, no control characters (they garble cells and terminals), nested values as JSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from ..config import VIETNAM_TZ
from ..core.identity import scope_label
from ..core.textnorm import strip_controls
from .models import ArticleRow, FigureRow, SessionRow, SessionSource, Version

EXPORT_FIELDS = (
    "url", "portal", "title", "author", "published_at", "first_seen_at", "last_changed_at",
    "version", "status", "is_reform", "text",
)
#: What JSONL export adds to each article (nested lists, so not in CSV).
DETAIL_FIELDS = ("sessions", "figures")
#: One reading: its metric and identity, the value as read, where and when it was published.
FIGURE_FIELDS = (
    "metric", "scope", "scope_name", "measure", "unit", "period", "period_label", "role", "certain",
    "comparable", "dated", "current", "value", "raw", "kind", "denominator", "subject", "published_at",
    "portal", "url", "title", "version",
)
CSV_BOM = "\ufeff"
_BATCH = 500


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(VIETNAM_TZ).isoformat() if value else None


def csv_cell(value: Any) -> str:
    """A value as a CSV cell: '' for None, true/false, JSON for lists and tables, text without
    control characters (tab and newline kept: a quoted cell holds them)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple, dict)):
        return strip_controls(json.dumps(value, ensure_ascii=False))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return strip_controls(str(value))


def csv_row(record: dict[str, Any], fields: Sequence[str]) -> list[str]:
    return [csv_cell(record.get(name)) for name in fields]


def iter_articles(
    session: Session, *, since: datetime | None = None, portal: str | None = None, details: bool = False,
) -> Iterator[dict[str, Any]]:
    """Latest versions in id order, fetched in batches: memory stays flat for any number of rows.

    `since` keeps articles whose latest version was stored at or after it. `details` adds each
    article's sessions and its latest version's figures (two more queries per batch).
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
        sessions = _sessions_of(session, [a.id for a, _ in rows]) if details else {}
        figures = _figures_of(session, [v.id for _, v in rows]) if details else {}
        for article, version in rows:
            record = {
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
            if details:
                record["sessions"] = sessions.get(article.id, [])
                record["figures"] = figures.get(version.id, [])
            yield record
        last_id = rows[-1][0].id
        session.expunge_all()


def _sessions_of(session: Session, article_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    found: dict[int, list[dict[str, Any]]] = {}
    rows = session.execute(
        select(SessionSource.article_id, SessionRow.body, SessionRow.number, SessionSource.date, SessionSource.role)
        .join(SessionRow, SessionRow.id == SessionSource.session_id)
        .where(SessionSource.article_id.in_(article_ids))
        .order_by(SessionSource.article_id, SessionSource.id)
    )
    for article_id, body, number, day, role in rows:
        found.setdefault(article_id, []).append(
            {"body": body, "number": number, "date": day.isoformat() if day else None, "role": role})
    return found


def _figure_fields(row: FigureRow) -> dict[str, Any]:
    """A reading's own fields (what a figure is, not where it was published)."""
    return {
        "metric": row.metric, "scope": row.scope, "scope_name": scope_label(row.scope) if row.scope else "",
        "measure": row.measure, "unit": row.unit, "period": row.period, "period_label": row.period_label,
        "role": row.role, "certain": row.certain, "comparable": row.comparable, "dated": row.dated,
        "current": row.current, "value": row.value, "raw": row.raw, "kind": row.kind,
        "denominator": row.denominator, "subject": row.subject, "published_at": _iso(row.published_at),
    }


def _figures_of(session: Session, version_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    found: dict[int, list[dict[str, Any]]] = {}
    rows = session.scalars(select(FigureRow).where(FigureRow.version_id.in_(version_ids)).order_by(FigureRow.id))
    for row in rows:
        found.setdefault(row.version_id, []).append(_figure_fields(row))
    return found


def iter_figures(
    session: Session, *, metric: str | None = None, portal: str | None = None, since: datetime | None = None,
) -> Iterator[dict[str, Any]]:
    """Every stored reading (of every version: `current` marks the latest versions'), in storage
    order, in batches. `since` keeps readings published at or after it."""
    query = (
        select(FigureRow, ArticleRow.portal, ArticleRow.url, Version.title, Version.number)
        .join(ArticleRow, ArticleRow.id == FigureRow.article_id)
        .join(Version, Version.id == FigureRow.version_id)
        .order_by(FigureRow.id)
    )
    if metric is not None:
        query = query.where(FigureRow.metric == metric)
    if portal is not None:
        query = query.where(ArticleRow.portal == portal)
    if since is not None:
        query = query.where(FigureRow.published_at >= since)
    last_id = 0
    while True:
        rows = session.execute(query.where(FigureRow.id > last_id).limit(_BATCH)).all()
        if not rows:
            return
        for figure, article_portal, url, title, number in rows:
            yield {**_figure_fields(figure), "portal": article_portal, "url": url, "title": title, "version": number}
        last_id = rows[-1][0].id
        session.expunge_all()

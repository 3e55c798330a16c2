"""Events as records (the `reformcrawl events` JSONL contract) and as one-line descriptions.

The same records feed the JSONL stream, the table, the Atom feed and the alert messages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..config import VIETNAM_TZ
from ..core.textnorm import strip_controls
from ..store.models import ArticleRow, EventRow, SessionSource
from .events import (
    ARTICLE_EDITED,
    CRAWL_FAILED,
    FIGURE_CHANGED,
    FIGURE_RETRACTED,
    NEW_ARTICLE,
    NEW_SESSION,
    PORTAL_UNHEALTHY,
)

_BATCH = 500

#: What each kind is called where people read it (alert sections, tables, the report).
KIND_TITLES = {
    CRAWL_FAILED: "Thu thập thất bại",
    NEW_SESSION: "Phiên họp mới",
    FIGURE_CHANGED: "Số liệu thay đổi",
    FIGURE_RETRACTED: "Đính chính số liệu",
    ARTICLE_EDITED: "Bài viết được sửa",
    NEW_ARTICLE: "Bài mới về cải cách hành chính",
    PORTAL_UNHEALTHY: "Cổng thông tin bất thường",
}


def _local(value: datetime) -> str:
    return value.astimezone(VIETNAM_TZ).isoformat()


def _sources(session: Session, session_id: int) -> list[dict[str, Any]]:
    rows = session.execute(
        select(ArticleRow.url, ArticleRow.portal, ArticleRow.title, SessionSource.role, SessionSource.date)
        .join(ArticleRow, ArticleRow.id == SessionSource.article_id)
        .where(SessionSource.session_id == session_id)
        .order_by(SessionSource.id)
    )
    return [
        {"url": url, "portal": portal, "title": title, "role": role, "date": day.isoformat() if day else None}
        for url, portal, title, role, day in rows
    ]


def event_record(session: Session, event: EventRow) -> dict[str, Any]:
    """One JSONL line of `reformcrawl events`: the common fields, then the kind's own."""
    record: dict[str, Any] = {
        "id": event.id,
        "kind": event.kind,
        "created_at": _local(event.created_at),
        "portal": event.portal,
        "url": event.url,
        "title": event.title,
        "backfill": event.backfill,
        "run_id": event.run_id,
    }
    # The kind's own fields never overwrite the common ones.
    payload = {k: v for k, v in (event.payload or {}).items() if k not in record}
    if event.kind == NEW_SESSION:
        session_id = payload.pop("session_id", None)
        meeting = dict(payload.pop("session", {}))
        meeting["sources"] = _sources(session, session_id) if session_id else []
        record["session"] = meeting
    record.update(payload)
    return record


def iter_events(
    session: Session,
    *,
    since: datetime | None = None,
    kinds: Sequence[str] = (),
    run_id: int | None = None,
    include_backfill: bool = True,
) -> Iterator[EventRow]:
    """Events in the order they were written, fetched in batches."""
    query = select(EventRow).order_by(EventRow.id)
    if since is not None:
        query = query.where(EventRow.created_at >= since)
    if kinds:
        query = query.where(EventRow.kind.in_(list(kinds)))
    if run_id is not None:
        query = query.where(EventRow.run_id == run_id)
    if not include_backfill:
        query = query.where(EventRow.backfill.is_(False))
    last_id = 0
    while True:
        batch = list(session.scalars(query.where(EventRow.id > last_id).limit(_BATCH)))
        if not batch:
            return
        yield from batch
        last_id = batch[-1].id


def _day(value: str | None) -> str:
    """The local (Vietnam) day of an ISO date or time: 00:30+07:00 is still that day, not the one before."""
    if not value:
        return "?"
    try:
        if len(value) > 10:
            return datetime.fromisoformat(value).astimezone(VIETNAM_TZ).strftime("%d/%m/%Y")
        return date.fromisoformat(value).strftime("%d/%m/%Y")
    except ValueError:
        return value


def _reading(reading: dict[str, Any]) -> str:
    """"88,12% (năm 2021, 08/12/2022)": the value, the period it covers if the text named one, the day."""
    period = f"{reading['period']}, " if reading.get("period") else ""
    return f"{reading['raw']} ({period}{_day(reading['date'])})"


def describe(record: dict[str, Any]) -> str:
    """A line a person reads (Vietnamese, as the portals write), safe for a terminal or an alert:
    titles and reasons come from pages and servers, so control characters (ESC sequences
    included) are removed."""
    return strip_controls(_describe(record))


def _describe(record: dict[str, Any]) -> str:
    kind = record["kind"]
    if kind == NEW_ARTICLE:
        return f"Tin mới: {record['title']}"
    if kind == NEW_SESSION:
        meeting = record["session"]
        when = f" ({_day(meeting.get('date'))})" if meeting.get("date") else ""
        count = len(meeting.get("sources") or [])
        sources = f", {count} nguồn" if count > 1 else ""
        return f"Phiên họp mới: {meeting['body']}, phiên thứ {meeting['number']}{when}{sources}"
    if kind in (FIGURE_CHANGED, FIGURE_RETRACTED):
        old, new = record["old"], record["new"]
        identity = record.get("identity") or {}
        where = f" ({identity['scope_name']})" if identity.get("scope_name") else ""
        change = f"{record['subject']}{where}: {_reading(old)} → {_reading(new)}"
        if kind == FIGURE_RETRACTED:
            return f"Đính chính: thay đổi số liệu đã báo không còn đúng (có số liệu công bố ở giữa hoặc bài đã sửa): {change}"
        return f"Số liệu thay đổi: {change}"
    if kind == ARTICLE_EDITED:
        return f"Bài được sửa: {record['title']} ({record['changes']['summary']})"
    if kind == PORTAL_UNHEALTHY:
        return f"Cổng {record['portal']} bất thường: {unhealthy_reason_vi(record['reason'])}"
    if kind == CRAWL_FAILED:
        if record.get("portal"):
            return f"Không thu thập được cổng {record['portal']}: {unhealthy_reason_vi(record['reason'])}"
        return f"Lượt thu thập {record.get('run_id')} thất bại: {unhealthy_reason_vi(record['reason'])}"
    return f"{kind}: {record.get('title') or ''}"


# `monitor.health.unhealthy_reason` words its reasons in English, the stable form the JSON keeps;
# people read them in Vietnamese. A reason not listed here is shown as it is.
_UNHEALTHY_REASONS_VI: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"no listing page could be fetched"), "không tải được trang danh sách nào"),
    (re.compile(r"listing pages show no article links"), "các trang danh sách không còn liên kết bài viết nào"),
    (re.compile(r"no article text on (?P<n>\d+) of (?P<of>\d+) pages"),
     "không đọc được nội dung bài trên {n}/{of} trang (có thể cổng đã đổi giao diện)"),
    (re.compile(r"low-confidence extraction on (?P<n>\d+) of (?P<of>\d+) pages"),
     "nội dung đọc được không chắc chắn trên {n}/{of} trang (có thể cổng đã đổi giao diện)"),
)


def unhealthy_reason_vi(reason: str) -> str:
    """A `portal_unhealthy` reason (English, as stored) in Vietnamese."""
    for pattern, words in _UNHEALTHY_REASONS_VI:
        match = pattern.fullmatch(reason)
        if match:
            return words.format(**match.groupdict())
    return reason


def _sentences(label: str, items: Sequence[str], shown: int = 3) -> str:
    more = f" (và {len(items) - shown} câu khác)" if len(items) > shown else ""
    return f"{label}: " + " | ".join(items[:shown]) + more if items else ""


def summarize(record: dict[str, Any], *, portal_home: str | None = None) -> str:
    """A few lines about an event, for a feed entry's summary: what `describe` says, and the
    particulars (sources, both readings with their articles, the edited sentences, the counts)."""
    kind = record["kind"]
    lines = [describe(record)]
    if kind == NEW_ARTICLE:
        published = record.get("published_at")
        lines.append(f"Cổng {record.get('portal') or '?'}, đăng ngày {_day(published)}" if published
                     else f"Cổng {record.get('portal') or '?'}, không rõ ngày đăng")
    elif kind == NEW_SESSION:
        for source in record["session"].get("sources") or []:
            lines.append(f"Nguồn: {source.get('title') or source['url']} ({source['portal']}): {source['url']}")
    elif kind in (FIGURE_CHANGED, FIGURE_RETRACTED) and "old" in record and "new" in record:
        for label, reading in (("Trước", record["old"]), ("Sau", record["new"])):
            lines.append(f"{label}: {_reading(reading)}: {reading.get('title') or ''} {reading['url']}".replace("  ", " "))
        if not record.get("confirmed"):
            lines.append("Chưa xác nhận: danh tính số liệu hoặc ngày đăng chưa chắc chắn; không gửi cảnh báo.")
    elif kind == ARTICLE_EDITED:
        changes = record.get("changes") or {}
        lines += [line for line in (_sentences("Câu bỏ", changes.get("removed") or []),
                                    _sentences("Câu thêm", changes.get("added") or [])) if line]
    elif kind in (PORTAL_UNHEALTHY, CRAWL_FAILED):
        counts = record.get("counts") or {}
        lines.append(f"Lượt thu thập {record.get('run_id')}: {counts.get('listing_pages', 0)} trang danh sách, "
                     f"{counts.get('article_links', 0)} liên kết bài, {counts.get('pages', 0)} trang bài tải về, "
                     f"{counts.get('errors', 0)} lỗi")
        if portal_home:
            lines.append(f"Cổng: {portal_home}")
    return "\n".join(lines)

"""Building articles, stored versions and events by hand for the monitor's database tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from sqlalchemy.orm import Session

from reformcrawl.store.revisit import RevisitPolicy
from reformcrawl.core.model import Article
from reformcrawl.monitor.events import observe, settle_figures
from reformcrawl.core.model import Figure, SessionMention
from reformcrawl.portals import get_portal
from reformcrawl.store.articles import Recorded, record_page
from reformcrawl.store.models import PortalRow

VN = timezone(timedelta(hours=7))
POLICY = RevisitPolicy.parse("1d/7d")
BCD = "Ban Chỉ đạo cải cách hành chính của Chính phủ"


def article(
    url: str,
    *,
    portal: str = "nbtv",
    text: str = "Nội dung bài viết về cải cách hành chính.",
    title: str = "Tiêu đề",
    published: datetime | None = datetime(2024, 2, 2, 9, 0, tzinfo=VN),
    is_reform: bool = True,
    sessions: tuple[SessionMention, ...] = (),
    figures: tuple[Figure, ...] = (),
    date_source: str | None = "date_line",
) -> Article:
    return Article(url=url, portal=portal, title=title, author=None, published_at=published, text=text,
                   is_reform=is_reform, sessions=sessions, figures=figures,
                   published_at_source=date_source if published else None, extraction="region")


def held(number: int, day: date | None = None, body: str = BCD) -> SessionMention:
    return SessionMention(body=body, number=number, date=day, role="held")


def mentioned(number: int, body: str = BCD) -> SessionMention:
    return SessionMention(body=body, number=number, date=None, role="mentioned")


def percent(value: float, metric: str = "national/ho-so-tthc-so-hoa/percent/cumulative",
            subject: str = "hồ sơ TTHC được số hóa", *, certain: bool = True, role: str = "reading") -> Figure:
    raw = f"{value:.2f}".replace(".", ",").rstrip("0").rstrip(",") + "%"
    scope, measure, _, period = metric.split("/")
    return Figure(raw=raw, value=value, kind="percent", denominator=None, subject=subject, metric=metric,
                  scope=scope, measure=measure, unit="%", period=period, role=role, certain=certain)


def store_and_observe(session: Session, item: Article, *, now: datetime | None = None, run_id: int | None = None,
                      settle: bool = True):
    """Store a page and observe it, then (unless `settle` is False) settle the figure changes, as a
    crawl that settles after every page would."""
    now = now or datetime.now(timezone.utc)
    recorded: Recorded = record_page(session, portal=get_portal(item.portal or "nbtv"), url=item.url, article=item,
                                     fetched_at=now, policy=POLICY, run_id=run_id)
    events = observe(session, recorded, item, now=now, run_id=run_id)
    if settle:
        events += settle_figures(session, now=now, run_id=run_id)
    return recorded, events


def set_baseline(session: Session, *portals: str) -> None:
    """Pretend the portals' first crawl finished: their events are news from now on."""
    for name in portals:
        row = session.get(PortalRow, name) or PortalRow(name=name, host=get_portal(name).host)
        row.baseline_at = datetime(2024, 1, 1, tzinfo=timezone.utc)
        session.add(row)
    session.flush()

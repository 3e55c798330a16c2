"""Turning stored versions into events, inside the transaction that stored them.

Each event has a `dedupe_key` under a unique index, so repeating a run (or two workers storing the
same page) cannot write it twice. Events of a portal that has no baseline yet (its first crawl has
not finished) are `backfill`: history, never alerts. Alerts concern reform articles only, but
sessions and figures of every article are recorded, so comparisons see the whole record.

Figures follow publication order, not crawl order: a value is compared with the value of the same
metric published just before it, and the value published just after it (if that arrived first)
is compared with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..extract.article import Article
from ..store.articles import Outcome, Recorded
from ..store.models import ArticleRow, EventRow, FigureRow, PortalRow, SessionRow, SessionSource, Version
from ..textnorm import fold
from .diff import compare
from .model import Figure, SessionMention

NEW_ARTICLE, NEW_SESSION, FIGURE_CHANGED, ARTICLE_EDITED, PORTAL_UNHEALTHY = (
    "new_article", "new_session", "figure_changed", "article_edited", "portal_unhealthy",
)
KINDS = (NEW_ARTICLE, NEW_SESSION, FIGURE_CHANGED, ARTICLE_EDITED, PORTAL_UNHEALTHY)


def _is_backfill(session: Session, portal: str) -> bool:
    row = session.get(PortalRow, portal)
    return row is None or row.baseline_at is None


def add_event(
    session: Session,
    *,
    kind: str,
    dedupe_key: str,
    now: datetime,
    portal: str | None,
    run_id: int | None,
    article: ArticleRow | None = None,
    payload: dict[str, Any] | None = None,
    backfill: bool | None = None,
) -> EventRow | None:
    """Insert an event unless one with the same key exists; returns the new event or None."""
    if session.scalar(select(EventRow.id).where(EventRow.dedupe_key == dedupe_key)) is not None:
        return None
    event = EventRow(
        kind=kind,
        dedupe_key=dedupe_key,
        created_at=now,
        run_id=run_id,
        portal=portal,
        article_id=article.id if article else None,
        url=article.url if article else None,
        title=article.title if article else None,
        backfill=_is_backfill(session, portal) if backfill is None and portal else bool(backfill),
        payload=payload or {},
    )
    try:
        with session.begin_nested():
            session.add(event)
    except IntegrityError:  # a concurrent worker wrote it first
        return None
    return event


def _when(article: Article, row: ArticleRow) -> datetime:
    """Where an observation sits in publication order."""
    return article.published_at or row.first_seen_at


def _record_sessions(
    session: Session, recorded: Recorded, article: Article, *, now: datetime, run_id: int | None, alert: bool
) -> list[EventRow]:
    row, version = recorded.article, recorded.version
    assert version is not None
    events = []
    for mention in _unique_sessions(article.sessions):
        key = fold(mention.body)
        meeting = session.scalars(
            select(SessionRow).where(SessionRow.body_key == key, SessionRow.number == mention.number)
        ).one_or_none()
        if meeting is None:
            try:
                with session.begin_nested():
                    meeting = SessionRow(body_key=key, body=mention.body, number=mention.number,
                                         date=mention.date, first_seen_at=now)
                    session.add(meeting)
            except IntegrityError:
                meeting = session.scalars(
                    select(SessionRow).where(SessionRow.body_key == key, SessionRow.number == mention.number)
                ).one()
        if meeting.date is None and mention.date is not None:
            meeting.date = mention.date
        source = session.scalars(
            select(SessionSource).where(SessionSource.session_id == meeting.id, SessionSource.article_id == row.id)
        ).one_or_none()
        if source is None:
            session.add(SessionSource(session_id=meeting.id, article_id=row.id, version_id=version.id,
                                      role=mention.role, date=mention.date))
        else:
            source.version_id, source.date = version.id, mention.date or source.date
            source.role = "held" if "held" in (source.role, mention.role) else source.role
        session.flush()
        if alert and mention.role == "held":
            event = add_event(
                session, kind=NEW_SESSION, dedupe_key=f"{NEW_SESSION}:{key}#{mention.number}", now=now,
                portal=row.portal, run_id=run_id, article=row,
                payload={"session_id": meeting.id, "session": {**mention.to_dict(), "body": meeting.body}},
            )
            if event is not None:
                events.append(event)
    return events


def _unique_sessions(mentions: Sequence[SessionMention]) -> list[SessionMention]:
    chosen: dict[tuple[str, int], SessionMention] = {}
    for mention in mentions:
        key = (fold(mention.body), mention.number)
        if key not in chosen or (mention.role == "held" and chosen[key].role != "held"):
            chosen[key] = mention
    return list(chosen.values())


def _observation(figure_row: FigureRow, session: Session) -> dict[str, Any]:
    article = session.get(ArticleRow, figure_row.article_id)
    return {
        "value": figure_row.value,
        "raw": figure_row.raw,
        "date": figure_row.published_at.isoformat(),
        "url": article.url if article else None,
        "title": article.title if article else None,
    }


def _neighbour(session: Session, metric: str, when: datetime, article_id: int, *, before: bool) -> FigureRow | None:
    query = select(FigureRow).where(
        FigureRow.metric == metric, FigureRow.current.is_(True), FigureRow.article_id != article_id
    )
    if before:
        query = query.where(FigureRow.published_at <= when).order_by(FigureRow.published_at.desc(), FigureRow.id.desc())
    else:
        query = query.where(FigureRow.published_at > when).order_by(FigureRow.published_at, FigureRow.id)
    return session.scalars(query.limit(1)).first()


def _figure_event(
    session: Session, old: FigureRow, new: FigureRow, *, now: datetime, run_id: int | None, row: ArticleRow,
) -> EventRow | None:
    return add_event(
        session, kind=FIGURE_CHANGED, dedupe_key=f"{FIGURE_CHANGED}:{new.metric}:{old.id}->{new.id}", now=now,
        portal=row.portal, run_id=run_id, article=row,
        payload={"metric": new.metric, "figure_kind": new.kind, "subject": new.subject,
                 "old": _observation(old, session), "new": _observation(new, session)},
    )


def _record_figures(
    session: Session, recorded: Recorded, article: Article, *, now: datetime, run_id: int | None, alert: bool
) -> list[EventRow]:
    row, version = recorded.article, recorded.version
    assert version is not None
    when = _when(article, row)
    earlier: dict[str, FigureRow] = {}
    if recorded.previous is not None:
        for old in session.scalars(select(FigureRow).where(FigureRow.version_id == recorded.previous.id)):
            old.current = False
            earlier.setdefault(old.metric, old)
    events = []
    seen: set[str] = set()
    for figure in article.figures:
        new = FigureRow(
            metric=figure.metric, value=figure.value, kind=figure.kind, denominator=figure.denominator,
            raw=figure.raw, subject=figure.subject, article_id=row.id, version_id=version.id,
            published_at=when, current=True,
        )
        session.add(new)
        if figure.metric in seen:
            continue  # one comparison per metric per version: the first mention
        seen.add(figure.metric)
        session.flush()
        if not alert:
            continue
        pairs: list[tuple[FigureRow, FigureRow]] = []
        if figure.metric in earlier:
            # An edit: this article itself said something else before.
            pairs.append((earlier[figure.metric], new))
        else:
            before = _neighbour(session, figure.metric, when, row.id, before=True)
            if before is not None:
                pairs.append((before, new))
            after = _neighbour(session, figure.metric, when, row.id, before=False)
            if after is not None:
                # It arrived late: the value published after it is compared with it now.
                pairs.append((new, after))
        for old, changed in pairs:
            if old.value != changed.value:
                event = _figure_event(session, old, changed, now=now, run_id=run_id, row=row)
                if event is not None:
                    events.append(event)
    return events


def observe(
    session: Session,
    recorded: Recorded,
    article: Article,
    *,
    now: datetime,
    run_id: int | None,
) -> list[EventRow]:
    """Record sessions and figures of a new version and write the events it causes."""
    if recorded.outcome not in (Outcome.NEW, Outcome.CHANGED) or recorded.version is None:
        return []
    row = recorded.article
    alert = article.is_reform
    events: list[EventRow] = []
    if recorded.outcome is Outcome.NEW and alert:
        event = add_event(
            session, kind=NEW_ARTICLE, dedupe_key=f"{NEW_ARTICLE}:{row.url}", now=now, portal=row.portal,
            run_id=run_id, article=row,
            payload={"published_at": article.published_at.isoformat() if article.published_at else None,
                     "author": article.author},
        )
        if event is not None:
            events.append(event)
    previous = recorded.previous
    old_figures = _previous_figures(session, previous) if previous is not None else []
    events += _record_sessions(session, recorded, article, now=now, run_id=run_id, alert=alert)
    events += _record_figures(session, recorded, article, now=now, run_id=run_id, alert=alert)
    if recorded.outcome is Outcome.CHANGED and previous is not None and alert:
        edit = compare(previous.text, article.text, old_figures, article.figures,
                       old_title=previous.title, new_title=article.title)
        event = add_event(
            session, kind=ARTICLE_EDITED, dedupe_key=f"{ARTICLE_EDITED}:{recorded.version.id}", now=now,
            portal=row.portal, run_id=run_id, article=row,
            payload={"version": recorded.version.number, "changes": edit.to_dict()},
        )
        if event is not None:
            events.append(event)
    return events


def _previous_figures(session: Session, version: Version) -> list[Figure]:
    rows = session.scalars(select(FigureRow).where(FigureRow.version_id == version.id).order_by(FigureRow.id))
    return [Figure(raw=r.raw, value=r.value, kind=r.kind, denominator=r.denominator,  # type: ignore[arg-type]
                   subject=r.subject, metric=r.metric) for r in rows]


#: A run is a redesign suspect when more than this share of fetched pages yields no article.
_FAILED_EXTRACTION_SHARE = 0.5
_MIN_PAGES_FOR_SHARE = 3


def unhealthy_reason(counts: dict[str, int]) -> str | None:
    """Why a portal's run looks like a redesign or an outage, or None if it looks healthy."""
    if counts.get("listing_pages", 0) == 0:
        return "no listing page could be fetched"
    if counts.get("article_links", 0) == 0:
        return "listing pages show no article links"
    fetched = sum(counts.get(k, 0) for k in ("new", "changed", "unchanged", "no_article", "extract_errors"))
    failed = counts.get("no_article", 0) + counts.get("extract_errors", 0)
    if fetched >= _MIN_PAGES_FOR_SHARE and failed / fetched > _FAILED_EXTRACTION_SHARE:
        return f"no article text on {failed} of {fetched} pages"
    return None


def check_portal_health(
    session: Session, *, portal: str, run_id: int, counts: dict[str, int], now: datetime
) -> EventRow | None:
    """A `portal_unhealthy` event for this run, with the previous runs' counts to compare."""
    reason = unhealthy_reason(counts)
    if reason is None:
        return None
    from ..store.runs import previous_runs

    history = [
        {"run_id": run.id, "started_at": run.started_at.isoformat(),
         "counts": (run.counts or {}).get("portals", {}).get(portal, {})}
        for run in previous_runs(session, portal, before_id=run_id)
    ]
    return add_event(
        session, kind=PORTAL_UNHEALTHY, dedupe_key=f"{PORTAL_UNHEALTHY}:{portal}:{run_id}", now=now,
        portal=portal, run_id=run_id, backfill=False,
        payload={"reason": reason, "counts": counts, "previous": history},
    )


def close_run(
    session: Session, run_id: int, *, state: str, counts: dict[str, Any], errors: list[Any], now: datetime
) -> list[EventRow]:
    """Record the end of a crawl run and judge each portal's health from its counts."""
    from ..store.runs import FINISHED, complete_run

    complete_run(session, run_id, state=state, counts=counts, errors=errors, now=now)
    if state != FINISHED:
        return []
    events = []
    for portal, portal_counts in (counts.get("portals") or {}).items():
        event = check_portal_health(session, portal=portal, run_id=run_id, counts=portal_counts, now=now)
        if event is not None:
            events.append(event)
    return events

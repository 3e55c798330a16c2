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
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..core.diff import compare
from ..core.model import Article, Figure, SessionMention
from ..core.textnorm import fold
from ..store.articles import Outcome, Recorded
from ..store.models import (
    ArticleRow,
    EventRow,
    FigureRow,
    PortalRow,
    SessionRow,
    SessionSource,
    Version,
)

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
    """Insert an event unless one with the same key exists; returns the new event or None.

    One INSERT ... ON CONFLICT DO NOTHING (SQLite and PostgreSQL): no lookup before, no savepoint,
    and a concurrent worker that wrote the same event first simply wins.
    """
    values = {
        "kind": kind,
        "dedupe_key": dedupe_key,
        "created_at": now,
        "run_id": run_id,
        "portal": portal,
        "article_id": article.id if article else None,
        "url": article.url if article else None,
        "title": article.title if article else None,
        "backfill": _is_backfill(session, portal) if backfill is None and portal else bool(backfill),
        "payload": payload or {},
    }
    session.flush()
    statement = _insert_for(session)(EventRow).values(**values).on_conflict_do_nothing(index_elements=["dedupe_key"])
    event_id = session.execute(statement.returning(EventRow.id)).scalar_one_or_none()
    # A detached copy of what was written (no second query): callers read it, never change it.
    return None if event_id is None else EventRow(id=event_id, **values)


def _insert_for(session: Session) -> Any:
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql_insert
    if dialect == "sqlite":
        return sqlite_insert
    raise NotImplementedError(f"events need INSERT ... ON CONFLICT, which {dialect} lacks here")


def _when(article: Article, row: ArticleRow) -> datetime:
    """Where an observation sits in publication order."""
    return article.published_at or row.first_seen_at


def _record_sessions(
    session: Session, recorded: Recorded, article: Article, *, now: datetime, run_id: int | None, alert: bool,
    backfill: bool,
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
                portal=row.portal, run_id=run_id, article=row, backfill=backfill,
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


@dataclass(frozen=True)
class _Observation:
    """One reading of a metric and the article it was read in."""

    id: int
    value: float
    raw: str
    published_at: datetime
    url: str
    title: str | None

    @classmethod
    def of(cls, figure: FigureRow, article: ArticleRow) -> _Observation:
        return cls(figure.id, figure.value, figure.raw, figure.published_at, article.url, article.title)

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "raw": self.raw, "date": self.published_at.isoformat(),
                "url": self.url, "title": self.title}


_OBSERVATION_COLUMNS = (FigureRow.id, FigureRow.value, FigureRow.raw, FigureRow.published_at, ArticleRow.url,
                        ArticleRow.title)


def _neighbours(session: Session, metric: str, when: datetime, article_id: int) -> tuple[_Observation | None, _Observation | None]:
    """The current readings of `metric` published just before and just after `when` (each an
    index range scan on (metric, current, published_at))."""
    base = (
        select(*_OBSERVATION_COLUMNS)
        .join(ArticleRow, ArticleRow.id == FigureRow.article_id)
        .where(FigureRow.metric == metric, FigureRow.current.is_(True), FigureRow.article_id != article_id)
        .limit(1)
    )
    connection = session.connection()  # plain rows: no ORM entities to build
    before = connection.execute(
        base.where(FigureRow.published_at <= when).order_by(FigureRow.published_at.desc(), FigureRow.id.desc())
    ).first()
    after = connection.execute(
        base.where(FigureRow.published_at > when).order_by(FigureRow.published_at, FigureRow.id)
    ).first()
    return (None if before is None else _Observation(*before), None if after is None else _Observation(*after))


def _figure_event(
    session: Session, figure: FigureRow, old: _Observation, new: _Observation, *, now: datetime,
    run_id: int | None, row: ArticleRow, backfill: bool,
) -> EventRow | None:
    return add_event(
        session, kind=FIGURE_CHANGED, dedupe_key=f"{FIGURE_CHANGED}:{figure.metric}:{old.id}->{new.id}",
        now=now, portal=row.portal, run_id=run_id, article=row, backfill=backfill,
        payload={"metric": figure.metric, "figure_kind": figure.kind, "subject": figure.subject,
                 "old": old.to_dict(), "new": new.to_dict()},
    )


def _record_figures(
    session: Session, recorded: Recorded, article: Article, *, now: datetime, run_id: int | None, alert: bool,
    backfill: bool,
) -> list[EventRow]:
    row, version = recorded.article, recorded.version
    assert version is not None
    when = _when(article, row)
    earlier: dict[str, FigureRow] = {}
    if recorded.previous is not None:
        for old in session.scalars(select(FigureRow).where(FigureRow.version_id == recorded.previous.id)):
            old.current = False
            earlier.setdefault(old.metric, old)
    first: dict[str, FigureRow] = {}  # one comparison per metric per version: the first mention
    for figure in article.figures:
        new = FigureRow(
            metric=figure.metric, value=figure.value, kind=figure.kind, denominator=figure.denominator,
            raw=figure.raw, subject=figure.subject, article_id=row.id, version_id=version.id,
            published_at=when, current=True,
        )
        session.add(new)
        first.setdefault(figure.metric, new)
    session.flush()  # all of them at once; the neighbour queries leave this article out anyway
    if not alert:
        return []
    events = []
    for new_row in first.values():
        new = _Observation.of(new_row, row)
        pairs: list[tuple[_Observation, _Observation]] = []
        if new_row.metric in earlier:
            # An edit: this article itself said something else before.
            pairs.append((_Observation.of(earlier[new_row.metric], row), new))
        else:
            with session.no_autoflush:  # everything this version adds was flushed above
                before, after = _neighbours(session, new_row.metric, when, row.id)
            if before is not None:
                pairs.append((before, new))
            if after is not None:
                # It arrived late: the value published after it is compared with it now.
                pairs.append((new, after))
        for old, changed in pairs:
            if old.value != changed.value:
                event = _figure_event(session, new_row, old, changed, now=now, run_id=run_id, row=row,
                                      backfill=backfill)
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
    backfill = _is_backfill(session, row.portal)
    events: list[EventRow] = []
    if recorded.outcome is Outcome.NEW and alert:
        event = add_event(
            session, kind=NEW_ARTICLE, dedupe_key=f"{NEW_ARTICLE}:{row.url}", now=now, portal=row.portal,
            run_id=run_id, article=row, backfill=backfill,
            payload={"published_at": article.published_at.isoformat() if article.published_at else None,
                     "author": article.author},
        )
        if event is not None:
            events.append(event)
    previous = recorded.previous
    old_figures = _previous_figures(session, previous) if previous is not None else []
    events += _record_sessions(session, recorded, article, now=now, run_id=run_id, alert=alert, backfill=backfill)
    events += _record_figures(session, recorded, article, now=now, run_id=run_id, alert=alert, backfill=backfill)
    if recorded.outcome is Outcome.CHANGED and previous is not None and alert:
        edit = compare(previous.text, article.text, old_figures, article.figures,
                       old_title=previous.title, new_title=article.title)
        event = add_event(
            session, kind=ARTICLE_EDITED, dedupe_key=f"{ARTICLE_EDITED}:{recorded.version.id}", now=now,
            portal=row.portal, run_id=run_id, article=row, backfill=backfill,
            payload={"version": recorded.version.number, "changes": edit.to_dict()},
        )
        if event is not None:
            events.append(event)
    return events


def _previous_figures(session: Session, version: Version) -> list[Figure]:
    rows = session.scalars(select(FigureRow).where(FigureRow.version_id == version.id).order_by(FigureRow.id))
    return [Figure(raw=r.raw, value=r.value, kind=r.kind, denominator=r.denominator,  # type: ignore[arg-type]
                   subject=r.subject, metric=r.metric) for r in rows]

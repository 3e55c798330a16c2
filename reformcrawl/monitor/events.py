"""Turning stored versions into events, inside the transaction that stored them.

Each event has a `dedupe_key` under a unique index, so repeating a run (or two workers storing the
same page) cannot write it twice. Events of a portal that has no baseline yet (its first crawl has
not finished) are `backfill`: history, never alerts. Alerts concern reform articles only.

Figures and their transitions are `timeline`'s: the `figure_changed` events are what the stored
readings imply, in publication order, whatever order the pages arrived in; `settle_figures` writes
them for the metrics whose readings changed since the last settlement.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..core.dates import to_vietnam
from ..core.diff import compare
from ..core.model import Article, Figure, SessionMention
from ..core.textnorm import fold
from ..store.articles import Outcome, Recorded
from ..store.db import insert_on_conflict
from ..store.models import (
    ArticleRow,
    EventRow,
    FigureRow,
    PortalRow,
    SessionRow,
    SessionSource,
    Version,
)
from .timeline import FIGURE_CHANGED, FIGURE_RETRACTED, EventDraft, record_figures, settle

NEW_ARTICLE, NEW_SESSION, ARTICLE_EDITED, PORTAL_UNHEALTHY, CRAWL_FAILED = (
    "new_article", "new_session", "article_edited", "portal_unhealthy", "crawl_failed",
)
KINDS = (NEW_ARTICLE, NEW_SESSION, FIGURE_CHANGED, FIGURE_RETRACTED, ARTICLE_EDITED, PORTAL_UNHEALTHY, CRAWL_FAILED)


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
    alert: bool = True,
) -> EventRow | None:
    """Insert an event unless one with the same key exists; returns the new event or None."""
    if backfill is None:
        backfill = _is_backfill(session, portal) if portal else False
    values = _event_values(kind=kind, dedupe_key=dedupe_key, now=now, portal=portal, run_id=run_id,
                           article=article, payload=payload, backfill=backfill, alert=alert)
    return add_events(session, [values]).get(dedupe_key)


def _event_values(*, kind: str, dedupe_key: str, now: datetime, portal: str | None, run_id: int | None,
                  article: ArticleRow | None, payload: dict[str, Any] | None, backfill: bool,
                  alert: bool) -> dict[str, Any]:
    return {
        "kind": kind, "dedupe_key": dedupe_key, "created_at": now, "run_id": run_id, "portal": portal,
        "article_id": article.id if article else None, "url": article.url if article else None,
        "title": article.title if article else None, "backfill": backfill, "alert": alert,
        "payload": payload or {},
    }


_EVENTS_PER_STATEMENT = 500  # well under SQLite's limit of bound parameters per statement


def add_events(session: Session, rows: Sequence[dict[str, Any]]) -> dict[str, EventRow]:
    """Insert the events whose keys do not exist yet; returns those written, by key.

    One INSERT ... ON CONFLICT DO NOTHING (SQLite and PostgreSQL): no lookup before, no savepoint,
    and a concurrent worker that wrote the same event first simply wins.
    """
    if not rows:
        return {}
    session.flush()  # the rows the events refer to
    insert = insert_on_conflict(session)
    written: dict[str, int] = {}
    for first in range(0, len(rows), _EVENTS_PER_STATEMENT):
        statement = insert(EventRow).values(list(rows[first:first + _EVENTS_PER_STATEMENT]))
        statement = statement.on_conflict_do_nothing(index_elements=["dedupe_key"])
        written.update((key, id_) for key, id_ in session.execute(statement.returning(EventRow.dedupe_key, EventRow.id)))
    # Detached copies of what was written (no second query): callers read them, never change them.
    return {row["dedupe_key"]: EventRow(id=written[row["dedupe_key"]], **row)
            for row in rows if row["dedupe_key"] in written}


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


def observe(
    session: Session,
    recorded: Recorded,
    article: Article,
    *,
    now: datetime,
    run_id: int | None,
) -> list[EventRow]:
    """Record sessions and figures of a new version and write the events it causes; its figures'
    changes come from `settle_figures`, which a crawl calls every so many pages and at its end."""
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
            payload={"published_at": to_vietnam(article.published_at).isoformat() if article.published_at else None,
                     "author": article.author},
        )
        if event is not None:
            events.append(event)
    previous = recorded.previous
    old_figures = _previous_figures(session, previous) if previous is not None else []
    events += _record_sessions(session, recorded, article, now=now, run_id=run_id, alert=alert, backfill=backfill)
    record_figures(
        session, article_row=row, version_id=recorded.version.id,
        previous_version_id=previous.id if previous is not None else None, article=article,
        when=_when(article, row),
    )
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


def settle_figures(session: Session, *, now: datetime, run_id: int | None) -> list[EventRow]:
    """Write the figure_changed and figure_retracted events the pending metrics' readings imply
    (see `timeline`); each is backfill if its newer reading's portal has no baseline yet."""
    backfill: dict[str, bool] = {}

    def write_events(session: Session, drafts: Sequence[EventDraft]) -> dict[str, EventRow]:
        for draft in drafts:
            if draft.article.portal not in backfill:
                backfill[draft.article.portal] = _is_backfill(session, draft.article.portal)
        return add_events(session, [
            _event_values(kind=d.kind, dedupe_key=d.key, now=now, portal=d.article.portal, run_id=run_id,
                          article=d.article, payload=d.payload, backfill=backfill[d.article.portal],
                          alert=d.payload["confirmed"])
            for d in drafts])

    return settle(session, now=now, write_event=write_events)


def _previous_figures(session: Session, version: Version) -> list[Figure]:
    rows = session.scalars(select(FigureRow).where(FigureRow.version_id == version.id).order_by(FigureRow.id))
    return [Figure(raw=r.raw, value=r.value, kind=r.kind, denominator=r.denominator,  # type: ignore[arg-type]
                   subject=r.subject, metric=r.metric) for r in rows]

"""A metric's timeline: its readings in publication order, and the changes between them.

The `figure_changed` events always equal what the stored readings imply: for each metric, its
readings (one per article, `FigureRow.comparable`) ordered by (publication time, article), and a
transition for each consecutive pair whose values differ. Arrival order does not matter: every
change to a timeline is one of

- a reading arrives: between its neighbours P and N, the transition P -> N (if there was one) is
  retracted and P -> X, X -> N are added;
- a reading leaves (an edit removed it, or changed its value or date): the reverse;
- an edit of a reading is both, netted (what stays true is neither retracted nor alerted again).

so after any sequence of arrivals the live transitions are the same set. A retracted transition
gets a `figure_retracted` event (a correction of an alert already sent); a transition that comes
back (an edit undone) is alerted again under a new generation of its key.

A transition is *confirmed* (sent as an alert) only when both readings' identities are certain
and both articles print their publication time; the others are recorded, visible in `events`,
and never sent. On PostgreSQL each metric's timeline is changed under an advisory lock, so two
workers storing readings of one metric at once see each other's.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable

from sqlalchemy import and_, or_, select, text
from sqlalchemy.orm import Session

from ..core.dates import to_vietnam
from ..core.identity import scope_label
from ..core.model import Article, Figure
from ..store.models import ArticleRow, EventRow, FigureRow, FigureTransition

FIGURE_CHANGED, FIGURE_RETRACTED = "figure_changed", "figure_retracted"

#: Where a publication time is read from the page itself (not the URL, a listing or a first sighting).
RELIABLE_DATE_SOURCES = frozenset({"meta", "meta+date_line", "date_line"})


@dataclass(frozen=True)
class Point:
    """One reading on a metric's timeline."""

    article_id: int
    value: float
    raw: str
    published_at: datetime
    certain: bool
    dated: bool
    period_label: str = ""

    @classmethod
    def of(cls, row: FigureRow) -> Point:
        return cls(row.article_id, row.value, row.raw, row.published_at, row.certain, row.dated, row.period_label)


#: (session, kind, dedupe_key, article row, payload) -> the event written, or None if it existed
EventWriter = Callable[[Session, str, str, ArticleRow, dict[str, Any]], EventRow | None]


def record_figures(session: Session, *, article_row: ArticleRow, version_id: int, previous_version_id: int | None,
                   article: Article, when: datetime, now: datetime, write_event: EventWriter) -> list[EventRow]:
    """Store a version's figures and bring the timelines of the metrics it touches up to date."""
    dated = article.published_at is not None and article.published_at_source in RELIABLE_DATE_SOURCES
    before: dict[str, Point] = {}
    if previous_version_id is not None:
        for old in session.scalars(select(FigureRow).where(FigureRow.version_id == previous_version_id)):
            old.current = False
            if old.comparable:
                before.setdefault(old.metric, Point.of(old))
    after: dict[str, Point] = {}
    for figure in article.figures:
        comparable = article.is_reform and figure.comparable and figure.metric not in after
        session.add(_row(figure, article_row.id, version_id, when, comparable=comparable, dated=dated))
        if comparable:
            after[figure.metric] = Point(article_row.id, figure.value, figure.raw, when, figure.certain, dated,
                                         figure.period_label)
    session.flush()
    events: list[EventRow] = []
    for metric in sorted(set(before) | set(after)):  # one lock order for every writer
        old, new = before.get(metric), after.get(metric)
        if old is not None and new is not None and (old.value, old.published_at) == (new.value, new.published_at):
            continue  # the same reading, carried into a new version
        _lock(session, metric)
        gone, come = _changes(session, metric, old, new)
        for pair in sorted(gone - come, key=_order):
            events += _retract(session, metric, *pair, now=now, write_event=write_event)
        for pair in sorted(come - gone, key=_order):
            events += _link(session, metric, *pair, now=now, write_event=write_event)
    return events


Pair = tuple[Point, Point]


def _order(pair: Pair) -> tuple[datetime, int]:
    return (pair[0].published_at, pair[0].article_id)


def _changes(session: Session, metric: str, old: Point | None, new: Point | None) -> tuple[set[Pair], set[Pair]]:
    """The consecutive pairs of the timeline that go (`old` leaves) and come (`new` arrives).

    Pairs in both sets cancel out: an edit that keeps a reading's place never retracts and
    re-alerts what stays true. Pairs of equal values are no transition and are left out by `_link`.
    """
    gone: set[Pair] = set()
    come: set[Pair] = set()
    if old is not None:
        before, after = _neighbours(session, metric, old)
        gone |= {(a, b) for a, b in ((before, old), (old, after)) if a is not None and b is not None}
        if before is not None and after is not None:
            come.add((before, after))
    if new is not None:
        before, after = _neighbours(session, metric, new)
        if before is not None and after is not None:
            gone.add((before, after))
        come |= {(a, b) for a, b in ((before, new), (new, after)) if a is not None and b is not None}
    return gone, come


def _row(figure: Figure, article_id: int, version_id: int, when: datetime, *, comparable: bool, dated: bool) -> FigureRow:
    return FigureRow(
        metric=figure.metric, value=figure.value, kind=figure.kind, denominator=figure.denominator, raw=figure.raw,
        subject=figure.subject, article_id=article_id, version_id=version_id, published_at=when, current=True,
        scope=figure.scope, measure=figure.measure, unit=figure.unit, period=figure.period,
        period_label=figure.period_label, role=figure.role, certain=figure.certain, comparable=comparable, dated=dated,
    )


def _lock(session: Session, metric: str) -> None:
    if session.get_bind().dialect.name == "postgresql":
        key = int.from_bytes(hashlib.sha256(metric.encode("utf-8")).digest()[:8], "big", signed=True)
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def _neighbours(session: Session, metric: str, point: Point) -> tuple[Point | None, Point | None]:
    """The readings just before and just after `point` on the metric's timeline (other articles)."""
    base = select(FigureRow).where(
        FigureRow.metric == metric, FigureRow.comparable.is_(True), FigureRow.current.is_(True),
        FigureRow.article_id != point.article_id,
    ).limit(1)
    earlier = or_(FigureRow.published_at < point.published_at,
                  and_(FigureRow.published_at == point.published_at, FigureRow.article_id < point.article_id))
    later = or_(FigureRow.published_at > point.published_at,
                and_(FigureRow.published_at == point.published_at, FigureRow.article_id > point.article_id))
    with session.no_autoflush:
        before = session.scalars(base.where(earlier).order_by(FigureRow.published_at.desc(),
                                                               FigureRow.article_id.desc())).first()
        after = session.scalars(base.where(later).order_by(FigureRow.published_at, FigureRow.article_id)).first()
    return (Point.of(before) if before else None, Point.of(after) if after else None)


def transition_key(metric: str, old: Point, new: Point) -> str:
    return f"{metric}|{old.article_id}:{float(old.value)!r}|{new.article_id}:{float(new.value)!r}"


def _reading(session: Session, point: Point) -> dict[str, Any]:
    row = session.get(ArticleRow, point.article_id)
    assert row is not None
    return {"value": point.value, "raw": point.raw, "date": to_vietnam(point.published_at).isoformat(),
            "period": point.period_label, "url": row.url, "title": row.title}


def _payload(session: Session, metric: str, old: Point, new: Point) -> dict[str, Any]:
    identity = session.scalars(  # the newer reading's figure (its latest row, even if an edit removed it)
        select(FigureRow).where(FigureRow.metric == metric, FigureRow.article_id == new.article_id,
                                FigureRow.comparable.is_(True)).order_by(FigureRow.id.desc()).limit(1)
    ).first()
    return {
        "metric": metric,
        "identity": None if identity is None else {
            "scope": identity.scope, "scope_name": scope_label(identity.scope), "measure": identity.measure,
            "unit": identity.unit, "period": identity.period, "period_label": identity.period_label},
        "subject": identity.subject if identity is not None else "",
        "figure_kind": identity.kind if identity is not None else "",
        "old": _reading(session, old),
        "new": _reading(session, new),
        "confirmed": old.certain and new.certain and old.dated and new.dated,
        "transition": transition_key(metric, old, new),
    }


def _link(session: Session, metric: str, old: Point, new: Point, *, now: datetime,
          write_event: EventWriter) -> list[EventRow]:
    if old.value == new.value:
        return []
    key = transition_key(metric, old, new)
    transition = session.scalars(select(FigureTransition).where(FigureTransition.key == key)).one_or_none()
    if transition is not None and transition.live:
        return []
    payload = _payload(session, metric, old, new)
    if transition is None:
        transition = FigureTransition(
            key=key, metric=metric, old_article_id=old.article_id, old_value=old.value,
            new_article_id=new.article_id, new_value=new.value, confirmed=payload["confirmed"], live=True,
            generation=1, created_at=now,
        )
        session.add(transition)
    else:
        transition.live, transition.retracted_at = True, None
        transition.generation += 1
        transition.confirmed = payload["confirmed"]
    article = session.get(ArticleRow, new.article_id)
    assert article is not None
    event = write_event(session, FIGURE_CHANGED, f"{FIGURE_CHANGED}:{key}#{transition.generation}", article, payload)
    if event is not None:
        transition.event_id = event.id
    return [event] if event is not None else []


def _retract(session: Session, metric: str, old: Point, new: Point, *, now: datetime,
             write_event: EventWriter) -> list[EventRow]:
    key = transition_key(metric, old, new)
    transition = session.scalars(
        select(FigureTransition).where(FigureTransition.key == key, FigureTransition.live.is_(True))
    ).one_or_none()
    if transition is None:
        return []
    transition.live, transition.retracted_at = False, now
    article = session.get(ArticleRow, new.article_id)
    assert article is not None
    payload = {**_payload(session, metric, old, new), "confirmed": transition.confirmed,
               "retracts": f"{FIGURE_CHANGED}:{key}#{transition.generation}", "retracts_event_id": transition.event_id}
    event = write_event(session, FIGURE_RETRACTED, f"{FIGURE_RETRACTED}:{key}#{transition.generation}", article,
                        payload)
    return [event] if event is not None else []


def live_transitions(session: Session, metrics: Iterable[str] | None = None) -> list[FigureTransition]:
    query = select(FigureTransition).where(FigureTransition.live.is_(True))
    if metrics is not None:
        query = query.where(FigureTransition.metric.in_(list(metrics)))
    return list(session.scalars(query.order_by(FigureTransition.id)))

"""A metric's timeline: its readings in publication order, and the changes between them.

The `figure_changed` events always equal what the stored readings imply: for each metric, its
readings (one per article, `FigureRow.comparable`) ordered by (publication time, article), and a
transition for each consecutive pair whose values differ.

Storing a version only writes its readings and marks their metrics pending (`PendingMetric`, in
the same transaction, with the span of publication times the change touched). `settle` then
brings each pending metric's transitions in line with its readings: it loads the readings from
the one before the span to the one after it, compares their consecutive pairs with the
transitions recorded there, retracts those no longer implied and links the new ones. So the
result does not depend on the order pages arrived in, or on how many pages a settlement covers;
a crawl settles every so many pages and when its run closes, and a run that died leaves its
metrics pending for the next one. Settling in batches also means that pages arriving out of
order within a batch never cause an alert and its retraction.

A retracted transition gets a `figure_retracted` event (a correction if its alert was sent; notify
withdraws it if not); a transition that comes back (an edit undone) is alerted again under a new
generation of its key.

A transition is *confirmed* (sent as an alert) only when both readings' identities are certain
and both articles print their publication time; the others are recorded, visible in `events`,
and never sent. On PostgreSQL each metric is settled under an advisory lock, so two workers
settling at once take turns, and the second finds the metric no longer pending.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable

from sqlalchemy import case, select, text
from sqlalchemy.orm import Session

from ..core.dates import to_vietnam
from ..core.identity import scope_label
from ..core.model import Article, Figure
from ..store.db import insert_on_conflict
from ..store.models import ArticleRow, EventRow, FigureRow, FigureTransition, PendingMetric

FIGURE_CHANGED, FIGURE_RETRACTED = "figure_changed", "figure_retracted"

#: Where a publication time is read from the page itself (not the URL, a listing or a first sighting).
RELIABLE_DATE_SOURCES = frozenset({"meta", "meta+date_line", "date_line"})


@dataclass(frozen=True)
class Point:
    """One reading on a metric's timeline."""

    article_id: int
    value: float
    published_at: datetime

    @classmethod
    def of(cls, row: FigureRow) -> Point:
        return cls(row.article_id, row.value, row.published_at)


@dataclass(frozen=True)
class EventDraft:
    """An event to write: its kind, unique key, the article it is about and its payload."""

    kind: str
    key: str
    article: ArticleRow
    payload: dict[str, Any]


#: (session, drafts) -> the events written, by key (a key that existed already is left out)
EventWriter = Callable[[Session, Sequence[EventDraft]], dict[str, EventRow]]


def record_figures(session: Session, *, article_row: ArticleRow, version_id: int, previous_version_id: int | None,
                   article: Article, when: datetime) -> set[str]:
    """Store a version's figures; mark the metrics whose readings it changes pending. Returns them."""
    dated = article.published_at is not None and article.published_at_source in RELIABLE_DATE_SOURCES
    before: dict[str, Point] = {}
    if previous_version_id is not None:
        for old in session.scalars(select(FigureRow).where(FigureRow.version_id == previous_version_id)):
            old.current = False
            if old.comparable:
                before.setdefault(old.metric, Point.of(old))
    after: dict[str, Point] = {}
    rows = []
    for figure in article.figures:
        comparable = article.is_reform and figure.comparable and figure.metric not in after
        rows.append(_row(figure, article_row.id, version_id, when, comparable=comparable, dated=dated))
        if comparable:
            after[figure.metric] = Point(article_row.id, figure.value, when)
    session.add_all(rows)
    changed: dict[str, tuple[datetime, datetime]] = {}
    for metric in set(before) | set(after):
        old, new = before.get(metric), after.get(metric)
        if old == new:
            continue  # the same reading, carried into a new version
        times = [p.published_at for p in (old, new) if p is not None]
        changed[metric] = (min(times), max(times))
    _mark_pending(session, changed)
    return set(changed)


def _mark_pending(session: Session, changed: dict[str, tuple[datetime, datetime]]) -> None:
    if not changed:
        return
    # One statement shape whatever the number of metrics (rows as parameters, not VALUES of their
    # own), so SQLAlchemy compiles it once per process, not once per page.
    insert = insert_on_conflict(session)(PendingMetric)
    new = insert.excluded
    statement = insert.on_conflict_do_update(index_elements=["metric"], set_={
        "since": case((new.since < PendingMetric.since, new.since), else_=PendingMetric.since),
        "until": case((new.until > PendingMetric.until, new.until), else_=PendingMetric.until),
    })
    session.execute(statement, [{"metric": m, "since": changed[m][0], "until": changed[m][1]}
                                for m in sorted(changed)])  # one lock order


def pending_metrics(session: Session) -> list[str]:
    return list(session.scalars(select(PendingMetric.metric).order_by(PendingMetric.metric)))


def settle(session: Session, *, now: datetime, write_event: EventWriter,
           metrics: Iterable[str] | None = None) -> list[EventRow]:
    """Bring the transitions of the pending metrics (all, or those given) in line with their readings."""
    session.flush()
    names = sorted(set(metrics)) if metrics is not None else pending_metrics(session)
    drafts: list[tuple[EventDraft, FigureTransition | None]] = []
    for metric in names:  # sorted: one lock order for every writer
        _lock(session, metric)
        pending = session.get(PendingMetric, metric, populate_existing=True)
        if pending is None:
            continue  # another worker settled it meanwhile
        drafts += _settle_metric(session, metric, pending.since, pending.until, now=now)
        session.delete(pending)
    session.flush()
    written = write_event(session, [draft for draft, _ in drafts]) if drafts else {}
    for draft, transition in drafts:
        event = written.get(draft.key)
        if event is not None and transition is not None and draft.kind == FIGURE_CHANGED:
            transition.event_id = event.id
    session.flush()
    return [written[draft.key] for draft, _ in drafts if draft.key in written]


def _settle_metric(session: Session, metric: str, since: datetime, until: datetime, *,
                   now: datetime) -> list[tuple[EventDraft, FigureTransition | None]]:
    """Compare the consecutive pairs around the changed span with the transitions recorded there."""
    readings, after = _readings_around(session, metric, since, until)
    chain = readings + ([after] if after is not None else [])
    pairs = {transition_key(metric, a, b): (a, b) for a, b in zip(chain, chain[1:]) if a.value != b.value}
    start = readings[0].published_at if readings else since
    recorded = {t.key: t for t in session.scalars(select(FigureTransition).where(
        FigureTransition.metric == metric, FigureTransition.old_at >= start, FigureTransition.old_at <= until))}
    elsewhere = [key for key in pairs if key not in recorded]  # recorded at an older place (an edit moved it)
    if elsewhere:
        recorded.update((t.key, t) for t in session.scalars(
            select(FigureTransition).where(FigureTransition.key.in_(elsewhere))))
    _load_articles(session, {r.article_id for r in chain}
                   | {t.new_article_id for t in recorded.values() if t.live and t.key not in pairs})
    drafts = []
    for key, transition in sorted(recorded.items(), key=lambda kv: (kv[1].old_at, kv[0])):
        if transition.live and key not in pairs:
            drafts.append((_retract(session, transition, now=now), None))
    for key, (old, new) in sorted(pairs.items(), key=lambda kv: (kv[1][0].published_at, kv[1][0].article_id)):
        transition = recorded.get(key)
        if transition is None or not transition.live:
            drafts.append(_link(session, metric, old, new, transition, now=now))
    return drafts


def _load_articles(session: Session, ids: set[int]) -> None:
    """One query for the articles the events will name (then `session.get` finds them)."""
    missing = [i for i in ids if session.identity_map.get(session.identity_key(ArticleRow, i)) is None]
    if missing:
        list(session.scalars(select(ArticleRow).where(ArticleRow.id.in_(missing))))


def _readings_around(session: Session, metric: str, since: datetime,
                     until: datetime) -> tuple[list[FigureRow], FigureRow | None]:
    """The metric's readings from the last one before `since` to `until`, in timeline order, and
    the first one after `until` (each reading there then has its successor at hand)."""
    current = (FigureRow.metric == metric, FigureRow.comparable.is_(True), FigureRow.current.is_(True))
    order = (FigureRow.published_at, FigureRow.article_id)
    with session.no_autoflush:
        previous = session.scalars(
            select(FigureRow.published_at).where(*current, FigureRow.published_at < since)
            .order_by(FigureRow.published_at.desc()).limit(1)
        ).first()
        start = previous if previous is not None else since
        readings = list(session.scalars(
            select(FigureRow).where(*current, FigureRow.published_at >= start, FigureRow.published_at <= until)
            .order_by(*order)))
        after = session.scalars(
            select(FigureRow).where(*current, FigureRow.published_at > until).order_by(*order).limit(1)).first()
    return readings, after


def transition_key(metric: str, old: FigureRow | Point, new: FigureRow | Point) -> str:
    return f"{metric}|{old.article_id}:{float(old.value)!r}|{new.article_id}:{float(new.value)!r}"


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


def _reading(session: Session, row: FigureRow) -> dict[str, Any]:
    article = session.get(ArticleRow, row.article_id)
    assert article is not None
    return {"value": row.value, "raw": row.raw, "date": to_vietnam(row.published_at).isoformat(),
            "period": row.period_label, "url": article.url, "title": article.title}


def _payload(session: Session, metric: str, old: FigureRow, new: FigureRow) -> dict[str, Any]:
    """What an alert says: the newer reading's identity and both readings."""
    return {
        "metric": metric,
        "identity": {
            "scope": new.scope, "scope_name": scope_label(new.scope), "measure": new.measure,
            "unit": new.unit, "period": new.period, "period_label": new.period_label},
        "subject": new.subject,
        "figure_kind": new.kind,
        "old": _reading(session, old),
        "new": _reading(session, new),
        "confirmed": old.certain and new.certain and old.dated and new.dated,
        "transition": transition_key(metric, old, new),
    }


def _link(session: Session, metric: str, old: FigureRow, new: FigureRow, transition: FigureTransition | None, *,
          now: datetime) -> tuple[EventDraft, FigureTransition]:
    payload = _payload(session, metric, old, new)
    if transition is None:
        transition = FigureTransition(
            key=payload["transition"], metric=metric, old_article_id=old.article_id, old_value=old.value,
            new_article_id=new.article_id, new_value=new.value, old_at=old.published_at,
            confirmed=payload["confirmed"], live=True, generation=1, created_at=now,
        )
        session.add(transition)
    else:
        transition.live, transition.retracted_at = True, None
        transition.generation += 1
        transition.old_at = old.published_at
        transition.confirmed = payload["confirmed"]
    article = session.get(ArticleRow, new.article_id)
    assert article is not None
    draft = EventDraft(FIGURE_CHANGED, f"{FIGURE_CHANGED}:{transition.key}#{transition.generation}", article, payload)
    return draft, transition


def _retract(session: Session, transition: FigureTransition, *, now: datetime) -> EventDraft:
    transition.live, transition.retracted_at = False, now
    article = session.get(ArticleRow, transition.new_article_id)
    assert article is not None
    alerted = session.get(EventRow, transition.event_id) if transition.event_id is not None else None
    payload = {**(alerted.payload if alerted is not None else {"metric": transition.metric}),
               "confirmed": transition.confirmed,
               "retracts": f"{FIGURE_CHANGED}:{transition.key}#{transition.generation}",
               "retracts_event_id": transition.event_id}
    return EventDraft(FIGURE_RETRACTED, f"{FIGURE_RETRACTED}:{transition.key}#{transition.generation}", article, payload)


def live_transitions(session: Session, metrics: Sequence[str] | None = None) -> list[FigureTransition]:
    query = select(FigureTransition).where(FigureTransition.live.is_(True))
    if metrics is not None:
        query = query.where(FigureTransition.metric.in_(list(metrics)))
    return list(session.scalars(query.order_by(FigureTransition.id)))

"""What the report shows, read from the store as plain values (the pages are built from these
alone): recent runs and their events, tracked metrics and their readings, edited articles and
their versions, and each portal's health."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core.diff import Edit, compare, sentence_diff
from ..core.identity import scope_label
from ..core.model import Figure
from ..monitor.events import ARTICLE_EDITED, CRAWL_FAILED, FIGURE_CHANGED, NEW_SESSION, PORTAL_UNHEALTHY
from ..monitor.feed import portal_home
from ..monitor.render import KIND_TITLES, describe, event_record, iter_events, unhealthy_reason_vi
from ..portals import all_portals
from ..store.models import ArticleRow, EventRow, FigureRow, Run, Version

#: A metric is tracked (gets a page and a chart) once it has this many readings to compare.
MIN_READINGS = 2
#: Runs shown when no --since is given.
RECENT_RUNS = 20
#: Runs per portal on the health page.
HEALTH_RUNS = 10
#: Kinds listed first under a run: what a person looks for first.
_KIND_ORDER = {CRAWL_FAILED: 0, NEW_SESSION: 1, FIGURE_CHANGED: 2, ARTICLE_EDITED: 3, PORTAL_UNHEALTHY: 4}
_SLUG_RE = re.compile(r"[^a-z0-9-]+")


@dataclass(frozen=True)
class EventView:
    id: int
    kind: str
    kind_title: str
    line: str  # the event in one Vietnamese line (`render.describe`)
    url: str | None  # its article
    portal: str | None
    published_at: datetime | None  # its article's publication time
    backfill: bool
    confirmed: bool | None  # figure changes: sent as alerts only when confirmed
    metric: str | None = None  # figure changes: the metric (its page, when tracked)
    article_id: int | None = None


@dataclass(frozen=True)
class RunView:
    id: int
    started_at: datetime
    ended_at: datetime | None
    state: str
    trigger: str
    totals: dict[str, int]
    events: tuple[EventView, ...]

    @property
    def history_only(self) -> bool:
        """Every event is a portal's first-crawl history (never alerted)."""
        return bool(self.events) and all(e.backfill for e in self.events)


@dataclass(frozen=True)
class Reading:
    value: float
    raw: str
    published_at: datetime
    period_label: str
    subject: str
    url: str
    title: str | None
    portal: str
    certain: bool
    dated: bool

    @property
    def confirmed(self) -> bool:
        return self.certain and self.dated


@dataclass(frozen=True)
class MetricView:
    key: str
    slug: str
    name: str  # the measure as the newest reading words it
    scope: str
    scope_name: str
    unit: str
    period: str
    readings: tuple[Reading, ...]  # in timeline order

    @property
    def changes(self) -> int:
        return sum(1 for a, b in zip(self.readings, self.readings[1:]) if a.value != b.value)


@dataclass(frozen=True)
class VersionView:
    number: int
    fetched_at: datetime
    title: str | None
    published_at: datetime | None


@dataclass(frozen=True)
class DiffView:
    old: int
    new: int
    edit: Edit  # title change, figure changes, sentence counts (`core.diff.compare`)
    lines: tuple[tuple[str, str], ...]  # every sentence of both, tagged (`core.diff.sentence_diff`)


@dataclass(frozen=True)
class EditView:
    article_id: int
    url: str
    portal: str
    title: str | None
    published_at: datetime | None
    versions: tuple[VersionView, ...]
    diffs: tuple[DiffView, ...]


@dataclass(frozen=True)
class PortalRun:
    run_id: int
    started_at: datetime
    state: str
    counts: dict[str, int]


@dataclass(frozen=True)
class Problem:
    run_id: int
    kind: str
    message: str
    url: str | None = None


@dataclass(frozen=True)
class PortalHealth:
    name: str
    title: str
    home: str | None
    articles: int
    runs: tuple[PortalRun, ...]
    unhealthy: tuple[tuple[int | None, datetime, str], ...]  # (run, when, reason in Vietnamese)
    problems: tuple[Problem, ...]

    @property
    def healthy(self) -> bool:
        last = self.runs[0] if self.runs else None
        return last is not None and not any(run_id == last.run_id for run_id, _, _ in self.unhealthy)


@dataclass(frozen=True)
class ReportData:
    generated_at: datetime
    since: datetime | None
    runs: tuple[RunView, ...]
    metrics: tuple[MetricView, ...]
    edits: tuple[EditView, ...]
    portals: tuple[PortalHealth, ...]
    general_problems: tuple[Problem, ...] = field(default=())  # run errors that name no portal


def metric_slug(key: str) -> str:
    """A file name for a metric key ("ninh-binh/par-index/percent/year" -> "ninh-binh_par-index_percent_year")."""
    return _SLUG_RE.sub("_", key.lower()).strip("_") or "metric"


# -- runs and events ---------------------------------------------------------------------------

def _runs(session: Session, since: datetime | None) -> list[Run]:
    query = select(Run).order_by(Run.id.desc())
    if since is not None:
        return list(session.scalars(query.where(Run.started_at >= since)))
    return list(session.scalars(query.limit(RECENT_RUNS)))


def _event_view(event: EventRow, record: dict[str, Any], published: dict[int, datetime | None]) -> EventView:
    return EventView(
        id=event.id, kind=event.kind, kind_title=KIND_TITLES.get(event.kind, event.kind), line=describe(record),
        url=record.get("url"), portal=event.portal,
        published_at=published.get(event.article_id) if event.article_id else None, backfill=event.backfill,
        confirmed=record.get("confirmed") if event.kind == FIGURE_CHANGED else None,
        metric=record.get("metric"), article_id=event.article_id,
    )


def _publication_times(session: Session, events: Sequence[EventRow]) -> dict[int, datetime | None]:
    ids = {e.article_id for e in events if e.article_id is not None}
    if not ids:
        return {}
    return dict(session.execute(select(ArticleRow.id, ArticleRow.published_at).where(ArticleRow.id.in_(ids))).all())


def load_runs(session: Session, runs: Sequence[Run]) -> list[RunView]:
    views = []
    for run in runs:
        events = list(iter_events(session, run_id=run.id))
        published = _publication_times(session, events)
        shown = sorted((_event_view(e, event_record(session, e), published) for e in events),
                       key=lambda v: (_KIND_ORDER.get(v.kind, 9), v.id))
        totals = {k: int(v) for k, v in ((run.counts or {}).get("total") or {}).items() if isinstance(v, int)}
        views.append(RunView(id=run.id, started_at=run.started_at, ended_at=run.ended_at, state=run.state,
                             trigger=run.trigger, totals=totals, events=tuple(shown)))
    return views


# -- metrics -----------------------------------------------------------------------------------

def load_metrics(session: Session, *, min_readings: int = MIN_READINGS) -> list[MetricView]:
    """Every metric with at least `min_readings` current comparable readings, busiest first."""
    rows = session.execute(
        select(FigureRow, ArticleRow.url, ArticleRow.title, ArticleRow.portal)
        .join(ArticleRow, ArticleRow.id == FigureRow.article_id)
        .where(FigureRow.comparable.is_(True), FigureRow.current.is_(True))
        .order_by(FigureRow.metric, FigureRow.published_at, FigureRow.article_id)
    ).all()
    grouped: dict[str, list[tuple[FigureRow, Reading]]] = defaultdict(list)
    for figure, url, title, portal in rows:
        grouped[figure.metric].append((figure, Reading(
            value=figure.value, raw=figure.raw, published_at=figure.published_at, period_label=figure.period_label,
            subject=figure.subject, url=url, title=title, portal=portal, certain=figure.certain, dated=figure.dated)))
    metrics, slugs = [], set()
    for key, entries in grouped.items():
        if len(entries) < min_readings:
            continue
        newest = entries[-1][0]
        slug = metric_slug(key)
        while slug in slugs:
            slug += "_"
        slugs.add(slug)
        metrics.append(MetricView(key=key, slug=slug, name=newest.subject, scope=newest.scope,
                                  scope_name=scope_label(newest.scope) if newest.scope else "", unit=newest.unit,
                                  period=newest.period, readings=tuple(r for _, r in entries)))
    metrics.sort(key=lambda m: (-len(m.readings), m.scope_name, m.name))
    return metrics


# -- edits -------------------------------------------------------------------------------------

def _figures(rows: Sequence[FigureRow]) -> list[Figure]:
    return [Figure(raw=r.raw, value=r.value, kind=r.kind, denominator=r.denominator,  # type: ignore[arg-type]
                   subject=r.subject, metric=r.metric) for r in rows]


def load_edits(session: Session, since: datetime | None) -> list[EditView]:
    """Articles with more than one version (a version stored at or after `since`, when given)."""
    query = select(ArticleRow).where(ArticleRow.version_count > 1).order_by(ArticleRow.last_changed_at.desc())
    if since is not None:
        query = query.where(ArticleRow.last_changed_at >= since)
    articles = list(session.scalars(query))
    if not articles:
        return []
    versions: dict[int, list[Version]] = defaultdict(list)
    for version in session.scalars(select(Version).where(Version.article_id.in_([a.id for a in articles]))
                                   .order_by(Version.article_id, Version.number)):
        versions[version.article_id].append(version)
    figures: dict[int, list[FigureRow]] = defaultdict(list)
    version_ids = [v.id for vs in versions.values() for v in vs]
    for row in session.scalars(select(FigureRow).where(FigureRow.version_id.in_(version_ids)).order_by(FigureRow.id)):
        figures[row.version_id].append(row)
    edits = []
    for article in articles:
        chain = versions[article.id]
        diffs = tuple(
            DiffView(old=a.number, new=b.number,
                     edit=compare(a.text, b.text, _figures(figures[a.id]), _figures(figures[b.id]),
                                  old_title=a.title, new_title=b.title),
                     lines=tuple(sentence_diff(a.text, b.text)))
            for a, b in zip(chain, chain[1:]))
        edits.append(EditView(
            article_id=article.id, url=article.url, portal=article.portal, title=article.title,
            published_at=article.published_at,
            versions=tuple(VersionView(v.number, v.fetched_at, v.title, v.published_at) for v in chain),
            diffs=diffs))
    return edits


# -- portal health -----------------------------------------------------------------------------

def load_health(session: Session, runs: Sequence[Run]) -> tuple[list[PortalHealth], list[Problem]]:
    names = list(all_portals())
    for run in runs:
        names += [n for n in ((run.counts or {}).get("portals") or {}) if n not in names]
    counts = dict(session.execute(select(ArticleRow.portal, func.count(ArticleRow.id)).group_by(ArticleRow.portal)).all())
    run_ids = [run.id for run in runs]
    unhealthy: dict[str, list[tuple[int | None, datetime, str]]] = defaultdict(list)
    for event in session.scalars(select(EventRow).where(EventRow.kind.in_((PORTAL_UNHEALTHY, CRAWL_FAILED)),
                                                        EventRow.run_id.in_(run_ids))
                                 .order_by(EventRow.id.desc())):
        reason = (event.payload or {}).get("reason", "")
        unhealthy[event.portal or ""].append((event.run_id, event.created_at, unhealthy_reason_vi(reason)))
    problems: dict[str, list[Problem]] = defaultdict(list)
    for run in runs:
        for error in run.errors or []:
            if isinstance(error, dict):
                problems[error.get("portal") or ""].append(Problem(
                    run_id=run.id, kind=str(error.get("kind", "")), message=str(error.get("message", "")),
                    url=error.get("url")))
    portals = []
    configured = all_portals()
    for name in names:
        portal_runs = tuple(
            PortalRun(run_id=run.id, started_at=run.started_at, state=run.state,
                      counts={k: int(v) for k, v in ((run.counts or {}).get("portals") or {})[name].items()
                              if isinstance(v, int)})
            for run in runs if name in ((run.counts or {}).get("portals") or {}))[:HEALTH_RUNS]
        portals.append(PortalHealth(
            name=name, title=configured[name].title if name in configured else name, home=portal_home(name),
            articles=int(counts.get(name, 0)), runs=portal_runs, unhealthy=tuple(unhealthy.get(name, ())),
            problems=tuple(problems.get(name, ()))))
    return portals, problems.get("", [])


def load_report(session: Session, *, now: datetime, since: datetime | None = None) -> ReportData:
    runs = _runs(session, since)
    portals, general = load_health(session, runs)
    return ReportData(
        generated_at=now, since=since, runs=tuple(load_runs(session, runs)), metrics=tuple(load_metrics(session)),
        edits=tuple(load_edits(session, since)), portals=tuple(portals), general_problems=tuple(general))

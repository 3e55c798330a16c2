"""Tables. The schema itself is created by the Alembic migrations in `store/migrations/`.

Datetimes are stored as UTC and come back aware (UTC); callers convert to Vietnam time for
display. Articles are keyed by canonical URL; every distinct content is a `Version`.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on every backend (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r} cannot be stored; attach a timezone")
        utc = value.astimezone(timezone.utc)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class PortalRow(Base):
    __tablename__ = "portals"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    host: Mapped[str] = mapped_column(String(255))
    #: Set when the portal's first crawl completes; events before it are backfill (history).
    baseline_at: Mapped[datetime | None]


class Run(Base):
    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    #: running | finished | failed | interrupted
    state: Mapped[str] = mapped_column(String(16), default="running")
    portals: Mapped[list[Any]] = mapped_column(default=list)
    trigger: Mapped[str] = mapped_column(String(64), default="cli")
    #: totals and per-portal counts: pages, new, changed, unchanged, not_modified, gone, errors, offsite...
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    errors: Mapped[list[Any]] = mapped_column(default=list)
    pid: Mapped[int | None]
    hostname: Mapped[str | None] = mapped_column(String(255))
    exit_code: Mapped[int | None]
    log_tail: Mapped[str | None] = mapped_column(Text)


class ArticleRow(Base):
    __tablename__ = "articles"
    __table_args__ = (Index("ix_articles_portal_revisit", "portal", "next_revisit_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    portal: Mapped[str] = mapped_column(ForeignKey("portals.name"), index=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    first_seen_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    last_fetched_at: Mapped[datetime]
    last_changed_at: Mapped[datetime]
    next_revisit_at: Mapped[datetime | None]
    #: live | gone (a 404/410 for a stored article: kept, never deleted)
    status: Mapped[str] = mapped_column(String(8), default="live")
    gone_at: Mapped[datetime | None]
    etag: Mapped[str | None] = mapped_column(String(512))
    last_modified: Mapped[str | None] = mapped_column(String(64))
    version_count: Mapped[int] = mapped_column(Integer, default=0)
    # The latest version's fields, copied for listing and export without a join.
    title: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[datetime | None] = mapped_column(index=True)
    is_reform: Mapped[bool] = mapped_column(Boolean, default=False)
    content_hash: Mapped[str | None] = mapped_column(String(64))

    versions: Mapped[list[Version]] = relationship(back_populates="article", order_by="Version.number")


class DeadLink(Base):
    """A link that gave nothing to store before anything was stored under it: not retried for a
    while. `status` is the HTTP status: 404/410, or 200 for a page without article text."""

    __tablename__ = "dead_links"

    url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    portal: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[int]
    first_seen_at: Mapped[datetime]
    last_checked_at: Mapped[datetime]


class Version(Base):
    __tablename__ = "versions"
    __table_args__ = (UniqueConstraint("article_id", "number", name="uq_versions_article_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    number: Mapped[int]
    content_hash: Mapped[str] = mapped_column(String(64))
    fetched_at: Mapped[datetime]
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[datetime | None]
    text: Mapped[str | None] = mapped_column(Text)
    is_reform: Mapped[bool] = mapped_column(Boolean, default=False)
    etag: Mapped[str | None] = mapped_column(String(512))
    last_modified: Mapped[str | None] = mapped_column(String(64))
    #: how the text was found: region (structure and trafilatura agree), page (trafilatura alone), none
    extraction: Mapped[str | None] = mapped_column(String(8))
    #: where published_at came from: meta, meta+date_line, date_line, url, listing
    published_at_source: Mapped[str | None] = mapped_column(String(32))

    article: Mapped[ArticleRow] = relationship(back_populates="versions")


class SessionRow(Base):
    """A numbered meeting of a body, once, however many articles report it."""

    __tablename__ = "sessions"
    __table_args__ = (UniqueConstraint("body_key", "number", name="uq_sessions_body_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    body_key: Mapped[str] = mapped_column(String(255))
    body: Mapped[str] = mapped_column(Text)
    number: Mapped[int]
    date: Mapped[date | None] = mapped_column(Date)
    first_seen_at: Mapped[datetime]


class SessionSource(Base):
    __tablename__ = "session_sources"
    __table_args__ = (UniqueConstraint("session_id", "article_id", name="uq_session_sources"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id"), index=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("versions.id"))
    role: Mapped[str] = mapped_column(String(16))
    date: Mapped[date | None] = mapped_column(Date)


class FigureRow(Base):
    """One figure of one version, with its identity; the latest versions' rows are `current`.

    `comparable` marks the article's reading of its metric (a whole scope, a known period, the
    first such reading of the metric in the version): the points a metric's timeline is made of.
    """

    __tablename__ = "figures"
    __table_args__ = (
        Index("ix_figures_metric_published", "metric", "current", "published_at"),
        Index("ix_figures_metric_comparable", "metric", "comparable", "current", "published_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    metric: Mapped[str] = mapped_column(String(255))
    value: Mapped[float] = mapped_column(Float)
    kind: Mapped[str] = mapped_column(String(16))
    denominator: Mapped[float | None] = mapped_column(Float)
    raw: Mapped[str] = mapped_column(String(128))
    subject: Mapped[str] = mapped_column(Text)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("versions.id"), index=True)
    #: the article's publication time (or first sighting), which orders a metric's history
    published_at: Mapped[datetime]
    current: Mapped[bool] = mapped_column(Boolean, default=True)
    scope: Mapped[str] = mapped_column(String(255), default="")
    measure: Mapped[str] = mapped_column(String(255), default="")
    unit: Mapped[str] = mapped_column(String(64), default="")
    period: Mapped[str] = mapped_column(String(32), default="cumulative")
    period_label: Mapped[str] = mapped_column(String(128), default="")
    role: Mapped[str] = mapped_column(String(16), default="reading")
    certain: Mapped[bool] = mapped_column(Boolean, default=False)
    comparable: Mapped[bool] = mapped_column(Boolean, default=False)
    #: the publication time came from the page (metadata or its date line), not the URL or a guess
    dated: Mapped[bool] = mapped_column(Boolean, default=False)


class FigureTransition(Base):
    """A change between two consecutive readings of a metric, as the stored readings imply it.

    `live` while the readings still imply it; a reading published in between, or an edit, retracts
    it. `generation` counts its lives (an edit undone brings it back), for unique event keys.
    """

    __tablename__ = "figure_transitions"
    __table_args__ = (
        UniqueConstraint("key", name="uq_figure_transitions_key"),
        Index("ix_figure_transitions_metric_old_at", "metric", "old_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(512))
    metric: Mapped[str] = mapped_column(String(255))
    old_article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"))
    old_value: Mapped[float] = mapped_column(Float)
    new_article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"))
    new_value: Mapped[float] = mapped_column(Float)
    #: the older reading's place on the timeline, so a settlement loads only the part it changes
    old_at: Mapped[datetime]
    confirmed: Mapped[bool] = mapped_column(Boolean)
    live: Mapped[bool] = mapped_column(Boolean)
    generation: Mapped[int] = mapped_column(Integer)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"))
    created_at: Mapped[datetime]
    retracted_at: Mapped[datetime | None]


class PendingMetric(Base):
    """A metric whose readings changed since its transitions were last settled, and the span of
    publication times the changes touched. Written with the readings (so a crash loses nothing),
    removed by `monitor.timeline.settle`."""

    __tablename__ = "pending_metrics"

    metric: Mapped[str] = mapped_column(String(255), primary_key=True)
    since: Mapped[datetime]
    until: Mapped[datetime]


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    #: what makes the event unique: a repeated run cannot write it twice
    dedupe_key: Mapped[str] = mapped_column(String(512), unique=True)
    created_at: Mapped[datetime] = mapped_column(index=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"), index=True)
    portal: Mapped[str | None] = mapped_column(String(64), index=True)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))
    url: Mapped[str | None] = mapped_column(String(2048))
    title: Mapped[str | None] = mapped_column(Text)
    backfill: Mapped[bool] = mapped_column(Boolean, default=False)
    #: may be sent as an alert (False: recorded and shown, never sent: an unconfirmed figure change)
    alert: Mapped[bool] = mapped_column(Boolean, default=True)
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Delivery(Base):
    """One event sent (or tried) on one alert channel."""

    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("event_id", "channel", name="uq_deliveries_event_channel"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    #: a hash of the channel URL: the URL itself carries secrets and is never stored
    channel: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16))  # sending | sent | failed | withdrawn (a change retracted before it went out)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None]


class SettingRow(Base):
    """A fact about the database itself, by key (`store.settings`): e.g. its instance id."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Lease(Base):
    """Who may run a named job right now, across processes and machines sharing the database.

    Taken with one conditional UPDATE (free, expired, or already ours), renewed while the work
    runs, released at the end. `scheduled_for` is the last scheduled fire time a holder took the
    lease for, so two schedulers that both see the same fire time run it once between them.
    """

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(128), primary_key=True)
    #: "host:pid:token" of the holder; NULL when released
    holder: Mapped[str | None] = mapped_column(String(255))
    acquired_at: Mapped[datetime | None]
    expires_at: Mapped[datetime]
    scheduled_for: Mapped[datetime | None]

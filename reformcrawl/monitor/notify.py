"""Alerts: pending events go out through apprise, one message per crawl run and channel.

Channels are apprise URLs (mailto://, tgram://, slack://, ntfy://, json://...) from a TOML file or
the environment. A URL carries secrets, so it is never logged or stored: channels are named in
logs and identified in the database by a hash of their URL.

Delivery is at most once per event and channel. Before sending, the events are claimed with a
`sending` row (a unique key, so two notifiers cannot both claim them); after, the row says `sent`
or `failed`. Failed ones are retried on the next call; a row left `sending` by a crash is
reported, never resent blindly.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import tomllib
from sqlalchemy import and_, or_, select, update
from sqlalchemy.exc import IntegrityError

from .. import config
from ..core.textnorm import strip_controls
from ..inputs import read_text_file
from ..store import Store
from ..store.models import Delivery, EventRow
from .events import (
    ARTICLE_EDITED,
    CRAWL_FAILED,
    FIGURE_CHANGED,
    FIGURE_RETRACTED,
    NEW_ARTICLE,
    NEW_SESSION,
    PORTAL_UNHEALTHY,
)
from .render import KIND_TITLES, describe, event_record

logger = logging.getLogger(__name__)

ALERT_KINDS = (CRAWL_FAILED, NEW_SESSION, FIGURE_CHANGED, FIGURE_RETRACTED, ARTICLE_EDITED, NEW_ARTICLE, PORTAL_UNHEALTHY)
SECTION_TITLES = KIND_TITLES
MAX_ATTEMPTS = 8
_MAX_LINES_PER_SECTION = 30


class NotifyConfigError(ValueError):
    """The channel file is unreadable or a channel is malformed; the message names it (not its URL)."""


@dataclass(frozen=True)
class Channel:
    name: str
    url: str = field(repr=False)  # secret: never logged, never stored
    kinds: tuple[str, ...] = ALERT_KINDS

    @property
    def key(self) -> str:
        return hashlib.sha256(self.url.encode("utf-8")).hexdigest()[:32]


def load_channels(path: Path | None = None, env_urls: Sequence[str] | None = None) -> list[Channel]:
    """Channels from `path` (TOML `[[channel]]` tables with `url`, optional `name` and `kinds`) and
    from `$REFORMCRAWL_NOTIFY_URLS`. `path` defaults to `$REFORMCRAWL_NOTIFY_CONFIG`, else
    `notify.toml` in the reformcrawl home directory when it exists."""
    channels: list[Channel] = []
    path = path or config.notify_config_file()
    if path is None and (config.home_dir() / "notify.toml").exists():
        path = config.home_dir() / "notify.toml"
    if path is not None:
        try:
            data = tomllib.loads(read_text_file(path))
        except UnicodeDecodeError:
            raise NotifyConfigError(f"{path}: not UTF-8 text") from None
        except OSError as exc:
            raise NotifyConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
        except tomllib.TOMLDecodeError as exc:
            raise NotifyConfigError(f"{path}: {exc}") from None
        for index, table in enumerate(data.get("channel", []), start=1):
            name = table.get("name") or f"channel {index}"
            url = table.get("url")
            if not isinstance(url, str) or "://" not in url:
                raise NotifyConfigError(f"{path}: {name}: 'url' must be an apprise URL like json://host/path")
            kinds = tuple(table.get("kinds") or ALERT_KINDS)
            unknown = set(kinds) - set(ALERT_KINDS)
            if unknown:
                raise NotifyConfigError(f"{path}: {name}: unknown kind(s) {sorted(unknown)}")
            channels.append(Channel(name=name, url=url, kinds=kinds))
    urls = config.notify_urls_from_env() if env_urls is None else list(env_urls)
    channels += [Channel(name=f"env {i}", url=url) for i, url in enumerate(urls, start=1)]
    return channels


@dataclass(frozen=True)
class Message:
    run_id: int | None
    title: str
    body: str
    event_ids: tuple[int, ...]


def compose(records: Sequence[dict[str, Any]]) -> Message:
    """One readable message for the events of one run."""
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        by_kind[record["kind"]].append(record)
    counts = [f"{len(by_kind[k])} {SECTION_TITLES[k].lower()}" for k in ALERT_KINDS if by_kind.get(k)]
    run_id = records[0].get("run_id") if records else None
    title = "reformcrawl: " + ", ".join(counts) + (f" (lượt thu thập {run_id})" if run_id else "")
    lines: list[str] = []
    for kind in ALERT_KINDS:
        items = by_kind.get(kind)
        if not items:
            continue
        lines.append(f"{SECTION_TITLES[kind]} ({len(items)}):")
        for record in items[:_MAX_LINES_PER_SECTION]:
            lines.append(f"- {describe(record)}")
            if record.get("url"):
                lines.append(f"  {strip_controls(record['url'])}")
        if len(items) > _MAX_LINES_PER_SECTION:
            lines.append(f"- … và {len(items) - _MAX_LINES_PER_SECTION} mục khác")
        lines.append("")
    return Message(run_id=run_id, title=title, body="\n".join(lines).strip(), event_ids=tuple(r["id"] for r in records))


def apprise_send(url: str, title: str, body: str) -> tuple[bool, str | None]:
    """Send through apprise; (ok, error) with no URL in the error."""
    import apprise

    logging.getLogger("apprise").setLevel(logging.WARNING)
    sender = apprise.Apprise()
    if not sender.add(url):
        return False, "apprise does not understand this channel URL"
    try:
        ok = sender.notify(title=title, body=body, body_format=apprise.NotifyFormat.TEXT)
    except Exception as exc:  # noqa: BLE001 - a plugin failure is a failed send, retried later
        return False, type(exc).__name__
    return bool(ok), None if ok else "the channel refused or could not be reached"


Sender = Callable[[str, str, str], tuple[bool, str | None]]


@dataclass
class NotifyReport:
    sent: list[tuple[str, Message]] = field(default_factory=list)
    failed: list[tuple[str, Message, str]] = field(default_factory=list)
    uncertain: list[tuple[str, int]] = field(default_factory=list)  # (channel, event id) left "sending"


def _eligible_ids(store: Store, channel: Channel) -> list[int]:
    with store.session() as session:
        delivered = select(Delivery.id).where(
            Delivery.event_id == EventRow.id,
            Delivery.channel == channel.key,
            or_(Delivery.state.in_(("sent", "sending", "withdrawn")), Delivery.attempts >= MAX_ATTEMPTS),
        )
        query = select(EventRow).where(
            EventRow.backfill.is_(False), EventRow.alert.is_(True), EventRow.kind.in_(channel.kinds),
            ~delivered.exists(),
        ).order_by(EventRow.id)
        pending = list(session.scalars(query))
        # A correction is news only where the change it corrects went out; a change retracted
        # before it was sent goes nowhere, nor does its correction.
        pending_ids = {event.id for event in pending}
        withdrawn = set()
        for event in pending:
            if event.kind != FIGURE_RETRACTED:
                continue
            original = (event.payload or {}).get("retracts_event_id")
            sent = original is not None and session.scalars(select(Delivery.id).where(
                Delivery.event_id == original, Delivery.channel == channel.key, Delivery.state == "sent")).first()
            if not sent:
                withdrawn.add(event.id)
                if original in pending_ids:
                    withdrawn.add(original)
        for event_id in withdrawn:
            session.add(Delivery(event_id=event_id, channel=channel.key, state="withdrawn", attempts=0))
        return [event.id for event in pending if event.id not in withdrawn]


def _claim(store: Store, channel: Channel, event_ids: Sequence[int], now: datetime) -> list[int]:
    """Mark events `sending` for this channel; returns the ones this process owns."""
    claimed = []
    with store.session() as session:
        for event_id in event_ids:
            retried = session.execute(
                update(Delivery)
                .where(Delivery.event_id == event_id, Delivery.channel == channel.key, Delivery.state == "failed")
                .values(state="sending", attempts=Delivery.attempts + 1)
            )
            if retried.rowcount:
                claimed.append(event_id)
                continue
            try:
                with session.begin_nested():
                    session.add(Delivery(event_id=event_id, channel=channel.key, state="sending", attempts=1))
                claimed.append(event_id)
            except IntegrityError:
                continue  # another notifier has it
    return claimed


def _settle(store: Store, channel: Channel, event_ids: Sequence[int], ok: bool, error: str | None, now: datetime) -> None:
    with store.session() as session:
        session.execute(
            update(Delivery)
            .where(and_(Delivery.channel == channel.key, Delivery.event_id.in_(list(event_ids))))
            .values(state="sent" if ok else "failed", sent_at=now if ok else None, last_error=error)
        )


def notify(
    store: Store,
    channels: Sequence[Channel],
    *,
    dry_run: bool = False,
    send: Sender = apprise_send,
    now: datetime | None = None,
) -> NotifyReport:
    """Send every pending event: one message per crawl run and channel."""
    report = NotifyReport()
    for channel in channels:
        ids = _eligible_ids(store, channel)
        with store.session() as session:
            stuck = session.scalars(
                select(Delivery.event_id).where(Delivery.channel == channel.key, Delivery.state == "sending")
            )
            report.uncertain += [(channel.name, event_id) for event_id in stuck]
        if not ids:
            continue
        with store.session() as session:
            records = [event_record(session, e) for e in session.scalars(select(EventRow).where(EventRow.id.in_(ids)))]
        by_run: dict[int | None, list[dict[str, Any]]] = defaultdict(list)
        for record in sorted(records, key=lambda r: r["id"]):
            by_run[record["run_id"]].append(record)
        for run_records in by_run.values():
            message = compose(run_records)
            if dry_run:
                report.sent.append((channel.name, message))
                continue
            when = now or datetime.now(timezone.utc)
            owned = _claim(store, channel, message.event_ids, when)
            if not owned:
                continue
            if len(owned) != len(message.event_ids):
                message = compose([r for r in run_records if r["id"] in set(owned)])
            ok, error = send(channel.url, message.title, message.body)
            _settle(store, channel, owned, ok, error, when)
            if ok:
                logger.info("notify: sent %d event(s) of run %s to %s", len(owned), message.run_id, channel.name)
                report.sent.append((channel.name, message))
            else:
                logger.warning("notify: %s failed (%s); will retry on the next call", channel.name, error)
                report.failed.append((channel.name, message, error or "failed"))
    return report

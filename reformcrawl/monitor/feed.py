"""An Atom feed (RFC 4287) of recent events, history left out, for feed readers and other tools.

Written with feedgen (on lxml) rather than by hand: the XML is escaped and well-formed by
construction. Every string from a page goes through `strip_controls` first (XML 1.0 forbids most
control characters, and lxml refuses them). The feed's id is the database's own UUID
(`store.settings.instance_id`), so two databases never publish the same feed id; an entry's id is
a UUID derived from it and the event's id, stable across rewrites of the file.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timezone

from feedgen.feed import FeedGenerator
from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import __version__
from ..config import CONTACT_URL
from ..core.dates import to_vietnam
from ..core.textnorm import strip_controls
from ..portals import PortalConfigError, get_portal
from ..store.models import EventRow
from ..store.settings import instance_id
from .render import PORTAL_UNHEALTHY, KIND_TITLES, describe, event_record, summarize

FEED_TITLE = "reformcrawl: cải cách hành chính"


def portal_home(name: str | None) -> str | None:
    """The portal's home page, or None for a portal no longer configured."""
    if not name:
        return None
    try:
        return get_portal(name).base_url
    except PortalConfigError:
        return None


def _events(session: Session, *, limit: int, portal: str | None, kinds: Sequence[str]) -> list[EventRow]:
    query = select(EventRow).where(EventRow.backfill.is_(False))
    if portal is not None:
        query = query.where(EventRow.portal == portal)
    if kinds:
        query = query.where(EventRow.kind.in_(list(kinds)))
    return list(session.scalars(query.order_by(EventRow.id.desc()).limit(limit)))


def atom_feed(
    session: Session,
    *,
    limit: int = 100,
    now: datetime | None = None,
    portal: str | None = None,
    kinds: Sequence[str] = (),
    self_url: str | None = None,
) -> str:
    """The newest `limit` events (of `portal` and `kinds` when given) as an Atom document.

    `self_url` is where the feed is published (its rel="self" link); without one the link is the
    feed's own id, a URN.
    """
    feed_uuid = instance_id(session)
    feed_id = feed_uuid.urn
    events = _events(session, limit=limit, portal=portal, kinds=kinds)
    generator = FeedGenerator()
    generator.id(feed_id)
    title = FEED_TITLE + (f" ({portal})" if portal else "")
    if kinds:
        title += ": " + ", ".join(KIND_TITLES.get(kind, kind).lower() for kind in kinds)
    generator.title(title)
    generator.author({"name": "reformcrawl", "uri": CONTACT_URL})
    generator.link(href=self_url or feed_id, rel="self", type="application/atom+xml")
    generator.link(href=CONTACT_URL, rel="alternate")
    generator.generator("reformcrawl", version=__version__, uri=CONTACT_URL)
    generator.language("vi")
    generator.updated(to_vietnam(events[0].created_at if events else (now or datetime.now(timezone.utc))))
    for event in reversed(events):  # feedgen puts the entry added last first: newest first
        record = event_record(session, event)
        home = portal_home(event.portal) if event.kind == PORTAL_UNHEALTHY else None
        entry = generator.add_entry()
        entry.id(uuid.uuid5(feed_uuid, f"event:{event.id}").urn)
        entry.title(strip_controls(describe(record)))
        entry.updated(to_vietnam(event.created_at))
        entry.category(term=event.kind, label=KIND_TITLES.get(event.kind, event.kind))
        link = record.get("url") or home
        if link:
            entry.link(href=strip_controls(link), rel="alternate")
        entry.summary(strip_controls(summarize(record, portal_home=home)))
    return generator.atom_str(pretty=True, encoding="UTF-8").decode("utf-8")

"""An Atom feed of recent events (history left out), for feed readers and other tools."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.models import EventRow
from ..core.dates import to_vietnam
from .render import describe, event_record

FEED_ID = "urn:reformcrawl:events"


def atom_feed(session: Session, *, limit: int = 100, now: datetime | None = None) -> str:
    events = list(session.scalars(
        select(EventRow).where(EventRow.backfill.is_(False)).order_by(EventRow.id.desc()).limit(limit)
    ))
    updated = to_vietnam(events[0].created_at if events else (now or datetime.now(timezone.utc))).isoformat()
    entries = []
    for event in events:
        record = event_record(session, event)
        link = f"<link href={quoteattr(record['url'])}/>" if record.get("url") else ""
        entries.append(
            "<entry>"
            f"<id>urn:reformcrawl:event:{event.id}</id>"
            f"<title>{escape(describe(record))}</title>"
            f"<updated>{to_vietnam(event.created_at).isoformat()}</updated>"
            f"<category term={quoteattr(event.kind)}/>{link}"
            f"<summary>{escape(record.get('title') or '')}</summary>"
            "</entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<id>{FEED_ID}</id><title>reformcrawl: cải cách hành chính</title><updated>{updated}</updated>"
        + "".join(entries) + "</feed>\n"
    )


def write_atomically(path: Path, text: str) -> None:
    """Readers never see a half-written feed: write a temporary file, then rename it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(text)
    os.replace(temporary, path)

"""Closing a run record: the figure changes its pages left pending are settled first (so a run's
alerts are complete when it is), then each portal's health is judged: a `portal_unhealthy` event
when its counts look like a redesign or an outage."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from ..core.dates import to_vietnam
from ..store.models import EventRow
from ..store.run_records import FINISHED, complete_run, previous_runs
from .events import PORTAL_UNHEALTHY, add_event, settle_figures

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
    # Text found, but not where the page's structure puts the article: one such page is an odd
    # page; most of them is a redesign that extraction only half follows.
    doubtful = counts.get("low_confidence", 0)
    if fetched >= _MIN_PAGES_FOR_SHARE and doubtful / fetched > _FAILED_EXTRACTION_SHARE:
        return f"low-confidence extraction on {doubtful} of {fetched} pages"
    return None


def check_portal_health(
    session: Session, *, portal: str, run_id: int, counts: dict[str, int], now: datetime
) -> EventRow | None:
    """A `portal_unhealthy` event for this run, with the previous runs' counts to compare."""
    reason = unhealthy_reason(counts)
    if reason is None:
        return None
    history = [
        {"run_id": run.id, "started_at": to_vietnam(run.started_at).isoformat(),
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
    """Settle the run's figure changes, record its end and judge each portal's health from its counts."""
    events = settle_figures(session, now=now, run_id=run_id)  # before a first run's baseline is set
    complete_run(session, run_id, state=state, counts=counts, errors=errors, now=now)
    if state != FINISHED:
        return events
    for portal, portal_counts in (counts.get("portals") or {}).items():
        event = check_portal_health(session, portal=portal, run_id=run_id, counts=portal_counts, now=now)
        if event is not None:
            events.append(event)
    return events

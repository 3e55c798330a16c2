"""Closing a run record: the figure changes its pages left pending are settled first (so a run's
alerts are complete when it is), then each portal is judged. A portal whose crawl could not start,
or that could fetch nothing at all, failed: the run record names it with the reason, a run where
every portal failed is `failed`, and a `crawl_failed` event alerts at once. A portal that crawled
but whose counts look like a redesign or an outage gets a `portal_unhealthy` event."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from ..core.dates import to_vietnam
from ..store.models import EventRow, Run
from ..store.run_records import FAILED, FINISHED, complete_run, failure_entries, previous_runs
from .events import CRAWL_FAILED, PORTAL_UNHEALTHY, add_event, settle_figures

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


def failure_reason(counts: Mapping[str, int], errors: Sequence[Mapping[str, Any]]) -> str | None:
    """Why a portal's finished crawl failed, or None: it fetched no listing page and no article
    (an origin that does not answer, a robots.txt that shuts the crawler out). `errors` are the
    portal's own entries of the run's error list; the first one says what went wrong.

    Articles fetched without a listing (a feed, revisits, a page budget spent before the listings)
    are a crawl that did something: `unhealthy_reason` speaks about those."""
    if counts.get("listing_pages", 0) or counts.get("pages", 0):
        return None
    reason = "no listing page or article could be fetched"
    first = next(iter(errors), None)
    if first is not None:
        parts = [str(first[key]) for key in ("url", "kind", "message") if first.get(key)]
        return f"{reason}; first error: {' '.join(': '.join(parts).split())}"
    if counts.get("robots_disallowed", 0):
        return f"{reason}: robots.txt disallows them ({counts['robots_disallowed']} request(s) refused)"
    return reason


def record_crawl_failure(
    session: Session, *, run_id: int, portal: str | None, reason: str, now: datetime,
    counts: Mapping[str, int] | None = None,
) -> EventRow | None:
    """A `crawl_failed` event: sent at once (never backfill, a portal's first crawl included).
    `portal` None: the whole run failed before any portal could be judged (a crash, a kill)."""
    payload: dict[str, Any] = {"reason": reason}
    if counts is not None:
        payload["counts"] = dict(counts)
    return add_event(
        session, kind=CRAWL_FAILED, dedupe_key=f"{CRAWL_FAILED}:{portal or '*'}:{run_id}", now=now,
        portal=portal, run_id=run_id, backfill=False, payload=payload,
    )


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
    session: Session, run_id: int, *, state: str, counts: dict[str, Any], errors: list[Any], now: datetime,
    not_started: Mapping[str, str] | None = None,
) -> list[EventRow]:
    """Settle the run's figure changes, judge each portal, record the run's end.

    `not_started`: portals whose crawl could not start (or broke off), with the reason. With the
    portals a finished run fetched nothing from, they are the run's failures: named first in its
    errors, kept from being a baseline, each alerted by a `crawl_failed` event. When every portal
    of the run failed, the run itself is `failed`. The others are judged for health."""
    events = settle_figures(session, now=now, run_id=run_id)  # before a first run's baseline is set
    portal_counts: dict[str, dict[str, int]] = counts.get("portals") or {}
    failures = dict(not_started or {})
    if state == FINISHED:
        for portal, its_counts in portal_counts.items():
            if portal not in failures:
                reason = failure_reason(its_counts, [e for e in errors if isinstance(e, dict) and e.get("portal") == portal])
                if reason is not None:
                    failures[portal] = reason
    run = session.get(Run, run_id)
    selected = list((run.portals if run is not None else None) or portal_counts)
    if state == FINISHED and selected and all(portal in failures for portal in selected):
        state = FAILED
    complete_run(session, run_id, state=state, counts=counts, errors=[*failure_entries(failures), *errors],
                 now=now, failed=failures)
    for portal, reason in failures.items():
        event = record_crawl_failure(session, run_id=run_id, portal=portal, reason=reason, now=now,
                                     counts=portal_counts.get(portal))
        if event is not None:
            events.append(event)
    if state != FINISHED:
        return events
    for portal, its_counts in portal_counts.items():
        if portal in failures:
            continue
        event = check_portal_health(session, portal=portal, run_id=run_id, counts=its_counts, now=now)
        if event is not None:
            events.append(event)
    return events

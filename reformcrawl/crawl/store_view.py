"""What the store tells a spider when it starts, and the run record of a crawl started on its own.

A spider reads the store once, at its start: the URLs it holds for the portal (so listing pages can
stop at the first page of known articles, and sitemap `lastmod`s can be compared), their cache
validators, the broken links seen lately, and the articles the revisit policy says are due.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import select

from ..monitor.health import close_run
from ..portals import Portal
from ..store import Store, run_records
from ..store.articles import Revisit, Validators, dead_links, ensure_portal, revisits
from ..store.models import ArticleRow


@dataclass(frozen=True)
class StoreSnapshot:
    #: canonical URL -> when it was last fetched (stored articles, and links that gave nothing to
    #: store, not yet due a retry: 404s and pages without article text)
    known: dict[str, datetime] = field(default_factory=dict)
    #: what the store held when the run began, less what other workers stored for this run already
    known_before: frozenset[str] = frozenset()
    validators: dict[str, Validators] = field(default_factory=dict)  # for conditional revisits
    revisits: tuple[Revisit, ...] = ()


def load_snapshot(
    store: Store, portal: Portal, *, started_at: datetime, revisit_mode: str, dead_link_retry: timedelta,
    stored_during_run: Any = None,
) -> StoreSnapshot:
    """Read the portal's articles, recent broken links and due revisits.

    `stored_during_run(session)` names URLs other workers of the same run stored before this
    spider started: they were not known when the run began.
    """
    with store.session() as session:
        ensure_portal(session, portal)
        rows = session.execute(
            select(ArticleRow.url, ArticleRow.last_fetched_at, ArticleRow.etag, ArticleRow.last_modified)
            .where(ArticleRow.portal == portal.name)
        ).all()
        known = {url: fetched for url, fetched, _, _ in rows}
        validators = {url: Validators(etag, modified) for url, _, etag, modified in rows if etag or modified}
        # Dead links seen lately are skipped like known articles, until they are due a retry; a
        # sitemap `lastmod` brings one back only when newer than the last check.
        for url, checked in dead_links(session, portal.name, checked_since=started_at - dead_link_retry).items():
            known.setdefault(url, checked)
        others = stored_during_run(session) if stored_during_run else set()
        # A stored article that answered 404 is checked again after the same pause as a broken link.
        due = revisits(session, portal.name, mode=revisit_mode, now=started_at, gone_retry=dead_link_retry)
    return StoreSnapshot(known=known, known_before=frozenset(u for u in known if u not in others),
                         validators=validators, revisits=tuple(due))


def start_own_run(store: Store, portal: str, trigger: str) -> int:
    """A run record for a crawl that nobody started for it (`scrapy crawl PORTAL`)."""
    with store.session() as session:
        run_records.reap_stale_runs(session)
        return run_records.start_run(session, portals=[portal], trigger=trigger).id


def finish_own_run(store: Store, run_id: int, *, portal: str, reason: str, counts: dict[str, int],
                   errors: list[dict[str, Any]]) -> None:
    state = run_records.FINISHED if reason == "finished" else run_records.INTERRUPTED
    with store.session() as session:
        close_run(session, run_id, state=state, counts={"total": counts, "portals": {portal: counts}},
                  errors=errors, now=datetime.now(timezone.utc))

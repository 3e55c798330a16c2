"""Links that gave nothing to store: 404s and pages without article text are remembered per portal
and skipped until they are due a retry, whoever works the run; a stored article whose page shows
no text waits for its next revisit instead of being due every night."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from reformcrawl.core.model import Article
from reformcrawl.crawl.store_view import load_snapshot
from reformcrawl.distributed.ledger import RedisLedger
from reformcrawl.portals import get_portal
from reformcrawl.store import open_store
from reformcrawl.store.articles import (
    ensure_portal,
    get_article,
    record_dead_link,
    record_no_article,
    record_page,
    revisits,
)
from reformcrawl.store.models import DeadLink
from reformcrawl.store.revisit import RevisitPolicy

NBTV = get_portal("nbtv")
POLICY = RevisitPolicy.parse("1d/7d,7d/30d")
RETRY = timedelta(days=30)
T0 = datetime(2024, 6, 1, 1, 0, tzinfo=timezone.utc)
BASE = "https://nbtv.vn/tin-tuc/thoi-su/"
STORED = BASE + "so-hoa-ho-so-thu-tuc-hanh-chinh-dat-67-32-phan-tram-175001.html"
VIDEO = BASE + "video-hoi-nghi-cai-cach-hanh-chinh-tinh-nam-2024-175002.html"
BROKEN = BASE + "tin-da-go-xuong-khoi-chuyen-muc-thoi-su-175003.html"


@pytest.fixture
def store(sqlite_url: str):
    store = open_store(sqlite_url)
    with store.session() as session:
        ensure_portal(session, NBTV)
    yield store
    store.close()


def stored_article(store, fetched_at: datetime) -> None:
    article = Article(url=STORED, portal="nbtv", title="Số hóa hồ sơ đạt 67,32%", author=None,
                      published_at=fetched_at - timedelta(days=1), text="Tỷ lệ số hóa hồ sơ đạt 67,32%.", is_reform=True)
    with store.session() as session:
        record_page(session, portal=NBTV, url=STORED, article=article, fetched_at=fetched_at, policy=POLICY)


def snapshot_at(store, started_at: datetime, stored_during_run=None):
    return load_snapshot(store, NBTV, started_at=started_at, revisit_mode="due", dead_link_retry=RETRY,
                         stored_during_run=stored_during_run)


def test_a_page_without_article_text_is_remembered_like_a_broken_link(store):
    with store.session() as session:
        record_no_article(session, portal="nbtv", url=VIDEO, fetched_at=T0, policy=POLICY)
        record_dead_link(session, portal="nbtv", url=BROKEN, status=404, fetched_at=T0)
    with store.session() as session:
        statuses = dict(session.execute(select(DeadLink.url, DeadLink.status)).all())
        assert get_article(session, VIDEO) is None  # nothing stored under it
    assert statuses == {VIDEO: 200, BROKEN: 404}
    next_night = snapshot_at(store, T0 + timedelta(days=1))
    assert next_night.known == {VIDEO: T0, BROKEN: T0} and next_night.known_before == {VIDEO, BROKEN}
    assert snapshot_at(store, T0 + RETRY + timedelta(hours=1)).known == {}  # due a retry: asked again


def test_a_dead_link_counts_as_fetched_when_it_was_last_checked(store):
    """A sitemap `lastmod` brings a remembered link back only when newer than its last check, not
    every night because it is newer than the retry horizon."""
    with store.session() as session:
        record_dead_link(session, portal="nbtv", url=BROKEN, status=404, fetched_at=T0)
    with store.session() as session:
        record_dead_link(session, portal="nbtv", url=BROKEN, status=404, fetched_at=T0 + timedelta(days=3))
    assert snapshot_at(store, T0 + timedelta(days=4)).known == {BROKEN: T0 + timedelta(days=3)}


def test_a_stored_article_showing_no_text_waits_for_its_next_revisit(store):
    """Its page answered, without the article (a page being rebuilt): the versions stay, and the
    policy says when to look again; left due, it would be fetched every night."""
    stored_article(store, T0)
    due_at = T0 + timedelta(days=1)
    assert [r.url for r in snapshot_at(store, due_at).revisits] == [STORED]
    with store.session() as session:
        record_no_article(session, portal="nbtv", url=STORED, fetched_at=due_at, policy=POLICY)
    with store.session() as session:
        row = get_article(session, STORED)
        assert (row.version_count, row.last_fetched_at, row.next_revisit_at) == (1, due_at, due_at + timedelta(days=1))
        assert revisits(session, "nbtv", mode="due", now=due_at + timedelta(hours=12)) == []
        assert session.scalar(select(DeadLink.url)) is None  # a stored article is not a dead link
    assert [r.url for r in snapshot_at(store, due_at + timedelta(days=1)).revisits] == [STORED]


def test_dead_links_found_by_other_workers_are_skipped_by_a_worker_that_joins_later(store):
    """The distributed ledger's view of the store: links another worker found dead in this run
    are known (not asked again) but were not known when the run began (listing pagination)."""
    run_started = T0
    with store.session() as session:
        record_dead_link(session, portal="nbtv", url=BROKEN, status=404, fetched_at=run_started - timedelta(days=2))
        record_no_article(session, portal="nbtv", url=VIDEO, fetched_at=run_started + timedelta(minutes=5),
                          policy=POLICY)
    ledger = RedisLedger(None, None, "nbtv", started_at=run_started, max_pages=None)  # type: ignore[arg-type]
    joined = snapshot_at(store, run_started, lambda session: ledger.stored_during_run(session, "nbtv", run_id=7))
    assert set(joined.known) == {BROKEN, VIDEO}
    assert joined.known_before == {BROKEN}

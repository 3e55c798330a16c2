"""Events written with each stored version, on SQLite and PostgreSQL: each exactly once, backfill
before a portal's baseline, figures compared in publication order."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from reformcrawl.monitor.events import settle_figures
from reformcrawl.monitor.health import check_portal_health, close_run, unhealthy_reason
from reformcrawl.monitor.timeline import pending_metrics
from reformcrawl.monitor.render import describe, event_record
from reformcrawl.store import open_store
from reformcrawl.store.models import EventRow, FigureRow, SessionRow
from reformcrawl.store.run_records import FINISHED, complete_run, start_run

from .monitor_helpers import VN, article, held, mentioned, percent, set_baseline, store_and_observe


@pytest.fixture
def store(db_url: str):
    store = open_store(db_url)
    yield store
    store.close()


def kinds(events) -> list[str]:
    return [e.kind for e in events]


def test_new_reform_article_once_and_none_for_other_topics(store) -> None:
    with store.session() as s:
        set_baseline(s, "nbtv")
        _, events = store_and_observe(s, article("https://nbtv.vn/a-1001.html"))
        assert kinds(events) == ["new_article"] and events[0].backfill is False
        _, events = store_and_observe(s, article("https://nbtv.vn/b-1002.html", is_reform=False))
        assert events == []
        _, again = store_and_observe(s, article("https://nbtv.vn/a-1001.html"))  # unchanged page
        assert again == []
        assert s.scalar(select(func.count()).select_from(EventRow)) == 1


def test_events_before_the_baseline_are_backfill(store) -> None:
    with store.session() as s:
        _, events = store_and_observe(s, article("https://nbtv.vn/a-1001.html", sessions=(held(7),)))
        assert {e.backfill for e in events} == {True}
        run = start_run(s, portals=["nbtv"])
        complete_run(s, run.id, state=FINISHED, counts={"portals": {"nbtv": {}}}, errors=[])
        _, events = store_and_observe(s, article("https://nbtv.vn/c-1003.html", sessions=(held(8),)))
        assert kinds(events) == ["new_article", "new_session"]
        assert {e.backfill for e in events} == {False}


def test_a_session_reported_by_several_portals_is_one_event_with_every_source(store) -> None:
    with store.session() as s:
        set_baseline(s, "nbtv", "angiang")
        first = article("https://nbtv.vn/p7-1001.html", sessions=(held(7, date(2024, 2, 2)),))
        _, events = store_and_observe(s, first)
        assert kinds(events) == ["new_article", "new_session"]
        other = article("https://angiang.gov.vn/-/phien-hop-thu-bay-bcd", portal="angiang",
                        sessions=(SessionMentionLike(held(7)),))
        _, later = store_and_observe(s, other)
        assert kinds(later) == ["new_article"]
        record = event_record(s, events[1])
        assert record["session"]["number"] == 7 and record["session"]["date"] == "2024-02-02"
        assert [src["portal"] for src in record["session"]["sources"]] == ["nbtv", "angiang"]
        assert "phiên thứ 7 (02/02/2024), 2 nguồn" in describe(record)
        assert s.scalar(select(func.count()).select_from(SessionRow)) == 1


def SessionMentionLike(mention):  # the same meeting, body spelt with other case
    return type(mention)(body=mention.body.upper(), number=mention.number, date=mention.date, role=mention.role)


def test_a_mentioned_session_alone_is_not_news(store) -> None:
    with store.session() as s:
        set_baseline(s, "nbtv")
        _, events = store_and_observe(s, article("https://nbtv.vn/a-1001.html", sessions=(mentioned(5),)))
        assert kinds(events) == ["new_article"]
        _, events = store_and_observe(s, article("https://nbtv.vn/b-1002.html", sessions=(held(5),)))
        assert kinds(events) == ["new_article", "new_session"]


def test_figures_follow_publication_order_not_crawl_order(store) -> None:
    jan, feb, mar = (datetime(2024, m, 10, tzinfo=VN) for m in (1, 2, 3))
    with store.session() as s:
        set_baseline(s, "nbtv")
        _, e1 = store_and_observe(s, article("https://nbtv.vn/jan-1001.html", published=jan, figures=(percent(50),)))
        _, e3 = store_and_observe(s, article("https://nbtv.vn/mar-1003.html", published=mar, figures=(percent(70),)))
        assert [(e.payload["old"]["value"], e.payload["new"]["value"]) for e in e3 if e.kind == "figure_changed"] == [(50, 70)]
        # February arrives late: compared with January, and March is compared with it.
        _, e2 = store_and_observe(s, article("https://nbtv.vn/feb-1002.html", published=feb, figures=(percent(60),)))
        changes = [(e.payload["old"]["value"], e.payload["new"]["value"]) for e in e2 if e.kind == "figure_changed"]
        assert changes == [(50, 60), (60, 70)]
        assert not [e for e in e1 if e.kind == "figure_changed"]


def test_the_same_value_again_is_no_change(store) -> None:
    with store.session() as s:
        set_baseline(s, "nbtv")
        store_and_observe(s, article("https://nbtv.vn/a-1001.html", figures=(percent(67.32),)))
        _, events = store_and_observe(s, article("https://nbtv.vn/b-1002.html", figures=(percent(67.32),),
                                                 published=datetime(2024, 3, 1, tzinfo=VN)))
        assert "figure_changed" not in kinds(events)


def test_an_edit_compares_the_article_with_its_own_previous_version(store) -> None:
    url = "https://nbtv.vn/mot-cua-1001.html"
    metric = "ninh-binh/ho-so-dung-han/percent/cumulative"
    before = article(url, text="Tỷ lệ hồ sơ giải quyết đúng hạn đạt 92,5%. Câu khác.", figures=(percent(92.5, metric, "hồ sơ đúng hạn"),))
    after = article(url, text="Tỷ lệ hồ sơ giải quyết đúng hạn đạt 94,1%. Câu khác.", figures=(percent(94.1, metric, "hồ sơ đúng hạn"),))
    with store.session() as s:
        set_baseline(s, "nbtv")
        store_and_observe(s, before)
        recorded, events = store_and_observe(s, after)
        assert recorded.outcome.value == "changed"
        # one article's reading corrected is an edit of the article, not a change of the metric
        assert kinds(events) == ["article_edited"]
        edit = event_record(s, events[0])
        assert edit["changes"]["removed"] == ["Tỷ lệ hồ sơ giải quyết đúng hạn đạt 92,5%."]
        assert edit["changes"]["added"] == ["Tỷ lệ hồ sơ giải quyết đúng hạn đạt 94,1%."]
        assert "92,5% → 94,1% (hồ sơ đúng hạn)" in edit["changes"]["summary"]
        # the old version's figures no longer count as the article's current say
        assert s.scalar(select(func.count()).select_from(FigureRow).where(FigureRow.current.is_(True))) == 1


def test_an_edit_inside_a_timeline_corrects_the_changes_it_was_part_of(store) -> None:
    jan, feb, mar = (datetime(2024, m, 10, tzinfo=VN) for m in (1, 2, 3))
    with store.session() as s:
        set_baseline(s, "nbtv")
        store_and_observe(s, article("https://nbtv.vn/jan-1001.html", published=jan, figures=(percent(50),)))
        store_and_observe(s, article("https://nbtv.vn/feb-1002.html", published=feb, figures=(percent(60),)))
        store_and_observe(s, article("https://nbtv.vn/mar-1003.html", published=mar, figures=(percent(70),)))
        _, events = store_and_observe(s, article("https://nbtv.vn/feb-1002.html", published=feb, figures=(percent(65),),
                                                 text="Số liệu đã sửa."))
        assert sorted((e.kind, e.payload["old"]["value"], e.payload["new"]["value"]) for e in events
                      if e.kind.startswith("figure")) == [
            ("figure_changed", 50, 65), ("figure_changed", 65, 70),
            ("figure_retracted", 50, 60), ("figure_retracted", 60, 70)]
        retraction = next(e for e in events if e.kind == "figure_retracted")
        assert retraction.payload["retracts"].startswith("figure_changed:")
        assert describe(event_record(s, retraction)).startswith("Đính chính:")


def _live(s) -> set[tuple[float, float]]:
    from reformcrawl.monitor.timeline import live_transitions
    return {(t.old_value, t.new_value) for t in live_transitions(s)}


@pytest.mark.parametrize("order", [(0, 1, 2, 3), (3, 2, 1, 0), (2, 0, 3, 1), (1, 3, 0, 2)])
def test_the_changes_are_the_same_whatever_the_arrival_order(db_url: str, order: tuple[int, ...]) -> None:
    points = [(datetime(2023, 1 + 3 * i, 5, tzinfo=VN), value) for i, value in enumerate((38.6, 49.27, 49.27, 74.2))]
    store = open_store(db_url)
    try:
        with store.session() as s:
            set_baseline(s, "nbtv")
            for index in order:
                when, value = points[index]
                store_and_observe(s, article(f"https://nbtv.vn/p{index}-100{index}.html", published=when,
                                             figures=(percent(value),)))
            assert _live(s) == {(38.6, 49.27), (49.27, 74.2)}  # 49,27% twice in a row is no change
            again = [store_and_observe(s, article(f"https://nbtv.vn/p{i}-100{i}.html", published=points[i][0],
                                                  figures=(percent(points[i][1]),)))[1] for i in order]
            assert again == [[], [], [], []]  # a rerun adds nothing
    finally:
        store.close()


def test_a_batch_settles_to_what_page_by_page_settles_to_without_alerting_and_retracting(store) -> None:
    """Pages arrive newest first (a listing), then one in the middle: settled once for the batch,
    the changes are the consecutive pairs, with no change alerted and retracted on the way."""
    values = {1: 40.0, 4: 52.5, 7: 61.0, 10: 70.2}
    with store.session() as s:
        set_baseline(s, "nbtv")
        for month in (10, 7, 1, 4):
            store_and_observe(s, article(f"https://nbtv.vn/m{month}-20{month:02d}.html",
                                         published=datetime(2024, month, 3, tzinfo=VN),
                                         figures=(percent(values[month]),)), settle=False)
        assert pending_metrics(s) == ["national/ho-so-tthc-so-hoa/percent/cumulative"]
        events = settle_figures(s, now=datetime(2024, 11, 1, tzinfo=timezone.utc), run_id=None)
        assert [(e.kind, e.payload["old"]["value"], e.payload["new"]["value"]) for e in events] == [
            ("figure_changed", 40.0, 52.5), ("figure_changed", 52.5, 61.0), ("figure_changed", 61.0, 70.2)]
        assert pending_metrics(s) == [] and settle_figures(s, now=datetime.now(timezone.utc), run_id=None) == []


def test_a_run_that_dies_leaves_its_figure_changes_for_the_next_close(store) -> None:
    with store.session() as s:
        set_baseline(s, "nbtv")
        store_and_observe(s, article("https://nbtv.vn/jan-1001.html", published=datetime(2024, 1, 5, tzinfo=VN),
                                     figures=(percent(50),)), settle=False)
        store_and_observe(s, article("https://nbtv.vn/feb-1002.html", published=datetime(2024, 2, 5, tzinfo=VN),
                                     figures=(percent(55),)), settle=False)
        run = start_run(s, trigger="test", portals=["nbtv"], now=datetime.now(timezone.utc))
        s.flush()
        events = close_run(s, run.id, state="finished", counts={"portals": {}}, errors=[],
                           now=datetime.now(timezone.utc))
        (change,) = [e for e in events if e.kind == "figure_changed"]
        assert change.run_id == run.id and pending_metrics(s) == []


def test_uncertain_identities_and_undated_articles_are_recorded_not_sent(store) -> None:
    jan, feb, mar = (datetime(2024, m, 10, tzinfo=VN) for m in (1, 2, 3))
    with store.session() as s:
        set_baseline(s, "nbtv")
        store_and_observe(s, article("https://nbtv.vn/jan-1001.html", published=jan, figures=(percent(50),)))
        _, guessed = store_and_observe(s, article("https://nbtv.vn/feb-1002.html", published=feb,
                                                  figures=(percent(60, certain=False),)))
        _, undated = store_and_observe(s, article("https://nbtv.vn/mar-1003.html", published=mar, date_source="url",
                                                  figures=(percent(70),)))
        changes = [e for e in guessed + undated if e.kind == "figure_changed"]
        assert [(e.payload["confirmed"], e.alert) for e in changes] == [(False, False), (False, False)]
        # targets and parts are kept, never compared
        _, events = store_and_observe(s, article("https://nbtv.vn/apr-1004.html", published=mar + timedelta(days=20),
                                                 figures=(percent(90, role="target"),)))
        assert "figure_changed" not in kinds(events)


def test_figure_events_carry_local_times(store) -> None:
    early = datetime(2024, 1, 10, 0, 30, tzinfo=VN)  # 17:30 UTC the day before
    with store.session() as s:
        set_baseline(s, "nbtv")
        store_and_observe(s, article("https://nbtv.vn/a-1001.html", published=datetime(2023, 12, 1, tzinfo=VN),
                                     figures=(percent(50),)))
        _, events = store_and_observe(s, article("https://nbtv.vn/b-1002.html", published=early, figures=(percent(60),)))
        (change,) = [e for e in events if e.kind == "figure_changed"]
        assert change.payload["new"]["date"] == "2024-01-10T00:30:00+07:00"
        assert "(10/01/2024)" in describe(event_record(s, change))
        assert event_record(s, change)["created_at"].endswith("+07:00")


def test_portal_health_reasons() -> None:
    assert unhealthy_reason({"listing_pages": 0, "errors": 3}) == "no listing page could be fetched"
    assert unhealthy_reason({"listing_pages": 2, "article_links": 0}) == "listing pages show no article links"
    assert unhealthy_reason({"listing_pages": 1, "article_links": 9, "new": 1, "no_article": 4}) == "no article text on 4 of 5 pages"
    assert unhealthy_reason({"listing_pages": 1, "article_links": 9, "new": 0}) is None  # nothing new is healthy


def test_unhealthy_portal_event_carries_previous_runs(store) -> None:
    with store.session() as s:
        good = start_run(s, portals=["nbtv"])
        complete_run(s, good.id, state=FINISHED, counts={"portals": {"nbtv": {"listing_pages": 2, "article_links": 20}}}, errors=[])
        bad = start_run(s, portals=["nbtv"])
        event = check_portal_health(s, portal="nbtv", run_id=bad.id, counts={"listing_pages": 2, "article_links": 0},
                                    now=datetime.now(timezone.utc) + timedelta(seconds=1))
        record = event_record(s, event)
        assert record["kind"] == "portal_unhealthy" and record["backfill"] is False
        assert record["previous"][0]["counts"] == {"listing_pages": 2, "article_links": 20}
        assert check_portal_health(s, portal="nbtv", run_id=bad.id, counts={"listing_pages": 2, "article_links": 0},
                                   now=datetime.now(timezone.utc)) is None  # once per run

"""The store on real databases (SQLite and the machine's PostgreSQL): pages, versions, identity,
races, revisit scheduling, migrations, the `db` commands and run records."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner
from sqlalchemy import func, inspect, select, text

from reformcrawl.cli import cli
from reformcrawl.config import VIETNAM_TZ
from reformcrawl.store.revisit import RevisitPolicy
from reformcrawl.crawl.urls import Site
from reformcrawl.core.model import Article
from reformcrawl.portals import get_portal
from reformcrawl.store import articles as store_articles
from reformcrawl.store import open_store
from reformcrawl.store import run_records
from reformcrawl.store.articles import (
    Outcome, Validators, content_hash, ensure_portal, get_article, record_gone, record_not_modified,
    record_page, revisits,
)
from reformcrawl.store.db import current_revision, head_revision, make_engine, upgrade
from reformcrawl.store.models import ArticleRow, PortalRow, Run, Version
from tests.helpers import reformcrawl

NBTV = get_portal("nbtv")
POLICY = RevisitPolicy.parse("1d/7d,7d/30d")
T0 = datetime(2024, 5, 19, 8, 0, tzinfo=timezone.utc)
URL = "https://nbtv.vn/tin-tuc/thoi-su/chi-so-cai-cach-hanh-chinh-nam-2023-cua-ninh-binh-tang-3-bac-175620.html"
TEXT = "Năm 2023, Chỉ số cải cách hành chính của Ninh Bình đạt 87,51%.\n\nTỉnh tăng 3 bậc so với năm 2022."


def article(url: str = URL, *, text: str = TEXT, title: str = "Chỉ số CCHC năm 2023 của Ninh Bình tăng 3 bậc",
            published_at: datetime | None = datetime(2024, 5, 17, 16, 40, tzinfo=VIETNAM_TZ)) -> Article:
    return Article(url=url, portal="nbtv", title=title, author="THU HÀ", published_at=published_at, text=text, is_reform=True)


@pytest.fixture
def store(db_url: str):
    store = open_store(db_url)
    with store.session() as session:
        ensure_portal(session, NBTV)
    yield store
    store.close()


def versions_of(session, url: str) -> list[Version]:
    row = get_article(session, url)
    return list(session.scalars(select(Version).where(Version.article_id == row.id).order_by(Version.number)))


# -- one article's life ----------------------------------------------------------------------


def test_page_lifecycle_new_unchanged_changed_not_modified_gone_live(store):
    v1 = Validators(etag='"v1"', last_modified="Fri, 17 May 2024 09:40:00 GMT")
    with store.session() as s:
        rec = record_page(s, portal=NBTV, url=URL, article=article(), fetched_at=T0, validators=v1, policy=POLICY, run_id=None)
        assert rec.outcome is Outcome.NEW and rec.version.number == 1
    with store.session() as s:
        row = get_article(s, URL)
        assert (row.first_seen_at, row.last_seen_at, row.last_fetched_at, row.last_changed_at) == (T0,) * 4
        assert (row.status, row.version_count, row.etag) == ("live", 1, '"v1"')
        # published 2 days before the fetch: the first tier (daily while younger than 7 days)
        assert row.next_revisit_at == T0 + timedelta(days=1)

    t1 = T0 + timedelta(days=1)
    with store.session() as s:
        rec = record_page(s, portal=NBTV, url=URL, article=article(), fetched_at=t1, validators=v1, policy=POLICY)
        assert rec.outcome is Outcome.UNCHANGED and rec.version is None
    with store.session() as s:
        row = get_article(s, URL)
        assert (row.first_seen_at, row.last_seen_at, row.last_changed_at, row.version_count) == (T0, t1, T0, 1)
        assert s.scalar(select(func.count(Version.id))) == 1

    t2 = T0 + timedelta(days=2)
    edited = article(text=TEXT.replace("87,51%", "88,02%"))
    v2 = Validators(etag='"v2"')
    with store.session() as s:
        rec = record_page(s, portal=NBTV, url=URL, article=edited, fetched_at=t2, validators=v2, policy=POLICY)
        assert rec.outcome is Outcome.CHANGED
        assert (rec.version.number, rec.previous.number) == (2, 1)
    with store.session() as s:
        row = get_article(s, URL)
        assert (row.version_count, row.last_changed_at, row.etag, row.content_hash) == (2, t2, '"v2"', content_hash(edited))
        old, new = versions_of(s, URL)
        assert "87,51%" in old.text and "88,02%" in new.text  # the previous version is kept as it was
        assert (old.etag, new.etag) == ('"v1"', '"v2"')

    t3 = T0 + timedelta(days=3)
    with store.session() as s:
        rec = record_not_modified(s, url=URL, fetched_at=t3, validators=Validators(), policy=POLICY)
        assert rec.outcome is Outcome.NOT_MODIFIED
    with store.session() as s:
        row = get_article(s, URL)
        assert (row.last_seen_at, row.last_fetched_at, row.last_changed_at, row.version_count) == (t3, t3, t2, 2)
        assert row.etag == '"v2"'  # a 304 without validators keeps the stored ones
        assert row.next_revisit_at == t3 + timedelta(days=1)

    t4, t5 = T0 + timedelta(days=4), T0 + timedelta(days=5)
    with store.session() as s:
        assert record_gone(s, url=URL, fetched_at=t4).outcome is Outcome.GONE
    with store.session() as s:
        assert record_gone(s, url=URL, fetched_at=t5).outcome is Outcome.GONE  # still gone: gone_at stays
    with store.session() as s:
        row = get_article(s, URL)
        assert (row.status, row.gone_at, row.last_fetched_at, row.last_seen_at) == ("gone", t4, t5, t3)
        assert row.next_revisit_at is None
        assert [v.number for v in versions_of(s, URL)] == [1, 2]  # kept, never deleted
        assert row.title == edited.title

    t6 = T0 + timedelta(days=6)
    with store.session() as s:
        rec = record_page(s, portal=NBTV, url=URL, article=edited, fetched_at=t6, validators=v2, policy=POLICY)
        assert rec.outcome is Outcome.UNCHANGED  # back, with the content we hold: no new version
    with store.session() as s:
        row = get_article(s, URL)
        assert (row.status, row.gone_at, row.version_count, row.last_seen_at) == ("live", None, 2, t6)
        assert row.next_revisit_at == t6 + timedelta(days=7)  # now over a week old: the weekly tier
        assert s.scalar(select(func.count(ArticleRow.id))) == 1


def test_not_modified_revives_a_gone_article(store):
    """A 304 answers for a page that exists as we hold it: a gone article is live again."""
    with store.session() as s:
        record_page(s, portal=NBTV, url=URL, article=article(), fetched_at=T0, validators=Validators(etag='"a"'), policy=POLICY)
        record_gone(s, url=URL, fetched_at=T0 + timedelta(hours=1))
    with store.session() as s:
        record_not_modified(s, url=URL, fetched_at=T0 + timedelta(hours=2), validators=Validators(etag='"a"'), policy=POLICY)
    with store.session() as s:
        row = get_article(s, URL)
        assert (row.status, row.gone_at, row.version_count) == ("live", None, 1)


def test_unknown_urls_are_not_invented(store):
    with store.session() as s:
        assert record_gone(s, url=URL, fetched_at=T0) is None
        assert record_not_modified(s, url=URL, fetched_at=T0, validators=Validators(), policy=POLICY) is None
        assert s.scalar(select(func.count(ArticleRow.id))) == 0


# -- identity --------------------------------------------------------------------------------


def test_canonical_url_identity_one_row(store):
    site = Site(NBTV, origin="http://127.0.0.1:8123/")
    path = "/tin-tuc/thoi-su/chi-so-cai-cach-hanh-chinh-nam-2023-cua-ninh-binh-tang-3-bac-175620.html"
    seen_as = [
        f"http://127.0.0.1:8123{path}",  # the mirror origin
        f"http://127.0.0.1:8123{path}?utm_source=zalo&utm_medium=share&fbclid=IwAR0x#binh-luan",
        f"https://nbtv.vn{path}",
        f"HTTPS://NBTV.VN:443{path}#top",
        f"https://www.nbtv.vn{path}?zarsrc=30&gclid=abc",
    ]
    canonical = {site.canonical(url) for url in seen_as}
    assert canonical == {URL}
    assert site.fetch_url(URL) == f"http://127.0.0.1:8123{path}"
    # a different page of the same path is another row: the query selects content
    other = site.canonical(f"http://127.0.0.1:8123{path}?page=2&utm_source=x")
    assert other == URL + "?page=2"

    outcomes = []
    for n, url in enumerate(seen_as):
        with store.session() as s:
            rec = record_page(s, portal=NBTV, url=site.canonical(url), article=article(), fetched_at=T0 + timedelta(minutes=n), policy=POLICY)
            outcomes.append(rec.outcome)
    assert outcomes == [Outcome.NEW] + [Outcome.UNCHANGED] * 4
    with store.session() as s:
        assert s.scalars(select(ArticleRow.url)).all() == [URL]
        assert s.scalar(select(func.count(Version.id))) == 1


@pytest.mark.parametrize("same_content", [True, False], ids=["same-content", "edited-content"])
def test_two_sessions_racing_to_insert_one_url(store, monkeypatch, same_content):
    """B looks the URL up (absent), A inserts and commits, then B inserts: B's insert hits the
    unique constraint and falls back to comparing with A's row. One row either way; a second
    version only if B saw different content; both transactions commit."""
    looked, go = threading.Event(), threading.Event()
    real_get_article = store_articles.get_article
    b_thread: list[int] = []

    b_lookups: list[bool] = []

    def get_article_then_wait(session, url):
        row = real_get_article(session, url)
        if b_thread and threading.get_ident() == b_thread[0]:
            b_lookups.append(row is not None)
        if b_thread and threading.get_ident() == b_thread[0] and not looked.is_set():
            looked.set()
            assert go.wait(20), "A never finished"
        return row

    monkeypatch.setattr(store_articles, "get_article", get_article_then_wait)
    a_fetched, b_fetched = T0 + timedelta(seconds=1), T0
    b_article = article() if same_content else article(text=TEXT + "\n\nĐoạn bổ sung.")
    result: dict[str, object] = {}

    def session_b() -> None:
        b_thread.append(threading.get_ident())
        try:
            with store.session() as s:
                rec = record_page(s, portal=NBTV, url=URL, article=b_article, fetched_at=b_fetched,
                                  validators=Validators(etag='"b"'), policy=POLICY)
                result["b"] = (rec.outcome, rec.version.number if rec.version else None,
                               rec.previous.number if rec.previous else None)
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            result["b_error"] = exc
            looked.set()

    thread = threading.Thread(target=session_b)
    thread.start()
    assert looked.wait(20)
    assert "b_error" not in result, result
    with store.session() as s:
        rec = record_page(s, portal=NBTV, url=URL, article=article(), fetched_at=a_fetched,
                          validators=Validators(etag='"a"'), policy=POLICY)
        assert rec.outcome is Outcome.NEW
    go.set()
    thread.join(30)
    assert not thread.is_alive()
    assert "b_error" not in result, result["b_error"]

    # B looked once (nothing there), inserted, hit the unique constraint, and looked again
    assert b_lookups == [False, True]
    if same_content:
        assert result["b"] == (Outcome.UNCHANGED, None, None)
    else:
        assert result["b"] == (Outcome.CHANGED, 2, 1)
    with store.session() as s:
        rows = s.scalars(select(ArticleRow)).all()
        assert [r.url for r in rows] == [URL]
        row = rows[0]
        assert [v.number for v in versions_of(s, URL)] == ([1] if same_content else [1, 2])
        assert row.version_count == (1 if same_content else 2)
        # B fetched earlier than A: the later sighting stays the row's last one
        assert (row.first_seen_at, row.last_seen_at, row.last_fetched_at) == (a_fetched, a_fetched, a_fetched)


def test_a_pages_row_and_version_roll_back_with_its_transaction(store):
    """The store pipeline writes a page's row, version and monitor output in one transaction: if
    anything in it fails, none of it may stay."""
    with pytest.raises(RuntimeError, match="monitor failed"):
        with store.session() as s:
            record_page(s, portal=NBTV, url=URL, article=article(), fetched_at=T0, policy=POLICY)
            raise RuntimeError("monitor failed")
    with store.session() as s:
        assert s.scalar(select(func.count(ArticleRow.id))) == 0
        assert s.scalar(select(func.count(Version.id))) == 0


# -- content hash ----------------------------------------------------------------------------


def test_content_hash_is_stable_and_covers_the_article_only():
    a = article(url="https://nbtv.vn/a-1.html", title="Chỉ số cải cách hành chính tăng 3 bậc",
                text="Đoạn một: 67,32% hồ sơ.\n\nĐoạn hai.")
    # A fixed value (computed once, in another process): a change of formula is caught here (and
    # stored articles hashed the old way are compared by title and text, see the next test).
    assert content_hash(a) == "c07a7a688ece361c6cdc99b49d61b3e0eca337214481863d4f83a76533decf8a"
    # not the article: where it was fetched, derived flags, and what the page's frame can move
    for same in (replace(a, url="https://www.nbtv.vn/a-1.html?utm_source=x", portal=None, is_reform=False),
                 replace(a, author=None), replace(a, published_at=a.published_at + timedelta(days=1)),
                 replace(a, published_at=None)):
        assert content_hash(same) == content_hash(a)
    # the article: its title and its text
    for changed in (replace(a, title=a.title + "!"), replace(a, text=a.text + " ")):
        assert content_hash(changed) != content_hash(a)


def test_a_moved_date_or_an_old_digest_is_no_new_version(store):
    with store.session() as s:
        record_page(s, portal=NBTV, url=URL, article=article(), fetched_at=T0, policy=POLICY)
        get_article(s, URL).content_hash = "digest-of-an-older-formula"
    moved = article(published_at=datetime(2025, 3, 7, 0, 0, tzinfo=VIETNAM_TZ))  # a sidebar date read as it
    with store.session() as s:
        rec = record_page(s, portal=NBTV, url=URL, article=moved, fetched_at=T0 + timedelta(days=1), policy=POLICY)
        assert rec.outcome is Outcome.UNCHANGED
        row = get_article(s, URL)
        assert (row.version_count, row.content_hash) == (1, content_hash(moved))
        assert row.published_at == article().published_at  # the stored date stays
        assert row.last_seen_at == T0 + timedelta(days=1)


# -- revisits --------------------------------------------------------------------------------


def test_revisit_policy_tiers():
    policy = RevisitPolicy.parse("1d/7d,7d/30d")
    born = datetime(2024, 1, 1, tzinfo=timezone.utc)
    assert policy.next_visit(born=born, last_fetched=born + timedelta(days=2)) == born + timedelta(days=3)
    assert policy.next_visit(born=born, last_fetched=born + timedelta(days=10)) == born + timedelta(days=17)
    assert policy.next_visit(born=born, last_fetched=born + timedelta(days=30)) is None
    assert RevisitPolicy.parse("never").next_visit(born=born, last_fetched=born) is None
    for bad in ("1d", "0d/7d", "1d/7d,1d/3d", "1x/7d"):
        with pytest.raises(ValueError, match="revisit policy"):
            RevisitPolicy.parse(bad)


def test_revisit_scheduling_and_the_revisits_query(store):
    now = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
    fetched = now - timedelta(days=2)
    cases = {  # path -> publication time
        "fresh-1001.html": now - timedelta(days=3),  # age 1 day at fetch: daily -> due yesterday
        "week-1002.html": now - timedelta(days=12),  # age 10 days: weekly -> due in 5 days
        "old-1003.html": now - timedelta(days=400),  # older than 30 days: never again
        "undated-1004.html": None,  # no date on the page: age counts from the first sighting
        "gone-1005.html": now - timedelta(days=3),
    }
    urls = {name: f"https://nbtv.vn/tin-tuc/thoi-su/{name}" for name in cases}
    with store.session() as s:
        for name, published in cases.items():
            record_page(s, portal=NBTV, url=urls[name], article=article(urls[name], published_at=published),
                        fetched_at=fetched, validators=Validators(etag=f'"{name}"', last_modified="Mon, 27 May 2024 00:00:00 GMT"),
                        policy=POLICY)
        record_gone(s, url=urls["gone-1005.html"], fetched_at=fetched)
    with store.session() as s:
        nxt = {name: get_article(s, url).next_revisit_at for name, url in urls.items()}
    assert nxt == {
        "fresh-1001.html": fetched + timedelta(days=1),
        "week-1002.html": fetched + timedelta(days=7),
        "old-1003.html": None,
        "undated-1004.html": fetched + timedelta(days=1),
        "gone-1005.html": None,
    }
    with store.session() as s:
        due = revisits(s, "nbtv", mode="due", now=now)
        assert [r.url for r in due] == [urls["fresh-1001.html"], urls["undated-1004.html"]]
        assert due[0].validators == Validators(etag='"fresh-1001.html"', last_modified="Mon, 27 May 2024 00:00:00 GMT")
        # one second before it falls due, it is not
        assert [r.url for r in revisits(s, "nbtv", mode="due", now=fetched + timedelta(days=1) - timedelta(seconds=1))] == []
        # a week on, the weekly one is due as well
        assert len(revisits(s, "nbtv", mode="due", now=now + timedelta(days=6))) == 3
        # explicit URLs (a sitemap lastmod) join the due ones
        extra = revisits(s, "nbtv", mode="due", now=now, urls=[urls["old-1003.html"]])
        assert {r.url for r in extra} == {urls["fresh-1001.html"], urls["undated-1004.html"], urls["old-1003.html"]}
        # all: every stored article, the gone one included (it may be back)
        assert {r.url for r in revisits(s, "nbtv", mode="all", now=now)} == set(urls.values())
        assert revisits(s, "nbtv", mode="none", now=now) == []
        assert revisits(s, "angiang", mode="all", now=now) == []
        # a gone article is due again once the retry interval has passed since it answered 404
        gone_retry = timedelta(days=30)
        assert urls["gone-1005.html"] not in {r.url for r in revisits(s, "nbtv", mode="due", now=now, gone_retry=gone_retry)}
        later = fetched + gone_retry
        assert urls["gone-1005.html"] in {r.url for r in revisits(s, "nbtv", mode="due", now=later, gone_retry=gone_retry)}
        with pytest.raises(ValueError, match="revisit mode"):
            revisits(s, "nbtv", mode="sometimes", now=now)


# -- schema ----------------------------------------------------------------------------------


def test_migrations_apply_on_an_empty_database_and_are_a_no_op_again(db_url):
    engine = make_engine(db_url)
    try:
        assert current_revision(engine) is None
        upgrade(engine)
        head = head_revision()
        assert head and current_revision(engine) == head
        tables = set(inspect(engine).get_table_names())
        assert {"portals", "runs", "articles", "versions", "dead_links", "events", "alembic_version"} <= tables
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO portals (name, host) VALUES ('nbtv', 'nbtv.vn')"))
        upgrade(engine)  # again: nothing to do, nothing lost
        assert current_revision(engine) == head
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
            assert conn.execute(text("SELECT name FROM portals")).scalars().all() == ["nbtv"]
    finally:
        engine.dispose()


def test_db_upgrade_and_current_commands(db_url):
    runner = CliRunner()
    head = head_revision()
    shown = db_url.split("@")[-1]
    result = runner.invoke(cli, ["db", "current", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith(f": empty (newest: {head})") and shown in result.output
    result = runner.invoke(cli, ["db", "upgrade", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith(f": empty -> {head}")
    result = runner.invoke(cli, ["db", "upgrade", "--db", db_url])
    assert result.exit_code == 0 and result.output.strip().endswith(f": already at {head}")
    result = runner.invoke(cli, ["db", "current", "--db", db_url])
    assert result.exit_code == 0 and result.output.strip().endswith(f": {head} (newest: {head})")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


BAD_DB_URLS = {
    "not-a-url": "notaurl",
    "no-driver": "mysql://reform@127.0.0.1/reformcrawl",
    "refused": f"postgresql://reform:s3cret@127.0.0.1:{_free_port()}/reformcrawl",
}


@pytest.mark.parametrize("command", [["db", "upgrade"], ["db", "current"], ["export"]], ids=" ".join)
@pytest.mark.parametrize("kind", list(BAD_DB_URLS))
def test_bad_db_url_is_one_line_and_exit_2(command, kind):
    result = CliRunner().invoke(cli, [*command, "--db", BAD_DB_URLS[kind]])
    assert result.exit_code == 2, (result.output, result.exception)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"reformcrawl {command[0]}: error: "), lines
    assert "Traceback" not in result.stderr and "s3cret" not in result.stderr
    assert result.stdout == ""


def test_crawl_with_a_bad_db_url_fails_before_crawling(tmp_path):
    """A real child process (the crawl command owns the reactor): one line, exit 2, nothing fetched.
    The server refusing connections gives the driver's message over two lines: they are joined."""
    child = reformcrawl(["crawl", "nbtv", "--base-url", "http://127.0.0.1:9/", "--db", BAD_DB_URLS["refused"]], tmp_path, check=False)
    assert child.returncode == 2, child.explain()
    assert len(child.stderr.splitlines()) == 1, child.explain()
    assert child.stderr.startswith("reformcrawl crawl: error: ") and "s3cret" not in child.stderr
    assert "127.0.0.1:9" not in child.stderr  # nothing was fetched


def test_bad_db_url_through_the_real_command(tmp_path):
    child = reformcrawl(["export", "--db", "notaurl"], tmp_path, check=False)
    assert child.returncode == 2
    assert child.stderr.splitlines() == [
        "reformcrawl export: error: 'notaurl' is not a database URL (try sqlite:///path/to/file.db)"
    ]


# -- runs ------------------------------------------------------------------------------------


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_runs_start_complete_and_baseline(store):
    start = datetime(2024, 6, 1, 1, 0, tzinfo=timezone.utc)
    with store.session() as s:
        ensure_portal(s, get_portal("angiang"))
        run = run_records.start_run(s, portals=["nbtv", "angiang"], trigger="test", now=start)
        first_id = run.id
    with store.session() as s:
        run = s.get(Run, first_id)
        assert (run.state, run.pid, run.hostname, run.ended_at) == ("running", os.getpid(), socket.gethostname(), None)
    # an interrupted run is no baseline
    with store.session() as s:
        run_records.complete_run(s, first_id, state=run_records.INTERRUPTED, counts={"portals": {"nbtv": {}, "angiang": {}}},
                                 errors=[{"kind": "x"}], now=start + timedelta(minutes=1))
    with store.session() as s:
        assert s.get(PortalRow, "nbtv").baseline_at is None
        assert s.get(Run, first_id).errors == [{"kind": "x"}]
    # the first finished run is the baseline of the portals it crawled, and only of those
    with store.session() as s:
        second = run_records.start_run(s, portals=["nbtv"], now=start + timedelta(hours=1)).id
    finished_at = start + timedelta(hours=1, minutes=2)
    with store.session() as s:
        run_records.complete_run(s, second, state=run_records.FINISHED,
                                 counts={"total": {"new": 3}, "portals": {"nbtv": {"new": 3}}}, errors=[], now=finished_at)
    with store.session() as s:
        assert s.get(PortalRow, "nbtv").baseline_at == finished_at
        assert s.get(PortalRow, "angiang").baseline_at is None
        run = s.get(Run, second)
        assert (run.state, run.ended_at, run.counts["portals"]["nbtv"]["new"]) == ("finished", finished_at, 3)
    # a later finished run does not move it
    with store.session() as s:
        third = run_records.start_run(s, portals=["nbtv"]).id
        run_records.complete_run(s, third, state=run_records.FINISHED, counts={"portals": {"nbtv": {}}}, errors=[])
    with store.session() as s:
        assert s.get(PortalRow, "nbtv").baseline_at == finished_at
    with store.session() as s, pytest.raises(LookupError):
        run_records.finish_run(s, 9999, state="finished", counts={}, errors=[])


def test_reap_stale_runs_marks_dead_processes_interrupted(store):
    with store.session() as s:
        dead = run_records.start_run(s, portals=["nbtv"])
        dead.pid = _dead_pid()
        alive = run_records.start_run(s, portals=["nbtv"])
        alive.pid = os.getppid()  # a process that is certainly alive
        mine = run_records.start_run(s, portals=["nbtv"])
        elsewhere = run_records.start_run(s, portals=["nbtv"])
        elsewhere.hostname, elsewhere.pid = "another-host.example", dead.pid
        done = run_records.start_run(s, portals=["nbtv"])
        run_records.finish_run(s, done.id, state=run_records.FINISHED, counts={}, errors=[])
        done.pid = dead.pid
        ids = dead.id, alive.id, mine.id, elsewhere.id, done.id
    when = datetime(2024, 6, 2, tzinfo=timezone.utc)
    with store.session() as s:
        assert run_records.reap_stale_runs(s, now=when) == [ids[0]]
    with store.session() as s:
        states = [s.get(Run, i).state for i in ids]
        assert states == ["interrupted", "running", "running", "running", "finished"]
        reaped = s.get(Run, ids[0])
        assert reaped.ended_at == when
        assert reaped.errors[-1]["kind"] == "interrupted" and str(reaped.pid) in reaped.errors[-1]["message"]
        assert s.get(PortalRow, "nbtv").baseline_at is None  # an interrupted run is no baseline
    with store.session() as s:
        assert run_records.reap_stale_runs(s, now=when) == []  # once

"""Crawls against routes that misbehave on purpose: server errors, timeouts, truncated and
undecodable bodies, redirects away and in circles, gone articles, empty listings, huge pages,
decompression bombs, and a crawl killed mid-run. Nothing stored is lost; each run finishes (or
is marked interrupted) and its record reports what went wrong."""

from __future__ import annotations

import signal
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from reformcrawl.mirror.server import MirrorServer
from tests.helpers import (
    Child, Hits, Overlap, Snapshot, assert_consistent, crawl, gzip_bomb, hang, huge, kill, latest_texts, page,
    redirect, snapshot, start_crawl, status, statuses_then_ok, truncated,
)

pytestmark = pytest.mark.slow

PORTAL = "nbtv"
HOST = "https://nbtv.vn"
SETTINGS = {
    "DOWNLOAD_TIMEOUT": 1,
    "RETRY_TIMES": 2,
    "RETRY_BACKOFF_BASE": 0.2,
    "REDIRECT_MAX_TIMES": 3,
}
MB = 1 << 20


def sqlite(tmp: Path) -> str:
    return f"sqlite:///{tmp / 'crawl.db'}"


def by_url(run: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    errors: dict[str, list[dict[str, Any]]] = {}
    for error in run["errors"]:
        errors.setdefault(error["url"], []).append(error)
    return errors


@dataclass
class Faulty:
    child: Child
    snap: Snapshot
    requests: list[Any]
    paths: dict[str, str]  # fault -> article path
    hits: dict[str, Hits]
    recovery: Child
    recovered: Snapshot
    recovery_requests: list[Any]
    articles: frozenset[str]
    db: str

    @property
    def run(self) -> dict[str, Any]:
        return self.snap.runs[0]

    @property
    def counts(self) -> dict[str, int]:
        return self.run["counts"]["portals"][PORTAL]

    def errors_for(self, fault: str) -> list[dict[str, Any]]:
        return by_url(self.run).get(HOST + self.paths[fault], [])


FAULTS = ("retry", "timeout", "truncated", "bad_utf8", "offsite", "loop", "huge", "bomb")


@pytest.fixture(scope="module")
def faulty(tmp_path_factory: pytest.TempPathFactory) -> Faulty:
    """One crawl of nbtv where each of its eight articles misbehaves in its own way, then a second
    crawl of the healthy mirror into the same database."""
    tmp = tmp_path_factory.mktemp("faults")
    db = sqlite(tmp)
    with MirrorServer([PORTAL]) as mirror:
        site = mirror.site(PORTAL)
        articles = site.article_paths
        paths = dict(zip(FAULTS, sorted(articles)))
        origin = mirror.origin(PORTAL).rstrip("/")
        port = origin.rsplit(":", 1)[1]
        body = site.pages[paths["bad_utf8"]].body
        # undecodable bytes inside the article text (a lone continuation byte, a cut sequence, 0xff)
        broken = body.replace("thủ tục hành chính".encode(), "thủ tục ".encode() + b"h\xe0nh \x80\xc3 ch\xednh\xff")
        assert broken != body
        loop = paths["loop"]
        hits = {
            "retry": Hits(statuses_then_ok(500, 503)),
            "timeout": Hits(hang(2.5)),
            "truncated": Hits(truncated(site.pages[paths["truncated"]].body[:3000], claimed=len(site.pages[paths["truncated"]].body))),
            "bad_utf8": Hits(page(broken)),
            # the same server under another host name: another site as far as the crawler knows
            "offsite": Hits(redirect(f"http://localhost:{port}/tin-tuc/thoi-su/da-chuyen-di-999001.html", 301)),
            "loop": Hits(redirect(f"{loop}?lan=1")),
            "huge": Hits(huge(20 * MB)),
            "bomb": Hits(gzip_bomb(50 * MB)),
        }
        for fault, route in hits.items():
            mirror.add_route(PORTAL, paths[fault], route)
        hits["offsite_target"] = Hits(page(b"<html><body>never fetched</body></html>"))
        mirror.add_route(PORTAL, "/tin-tuc/thoi-su/da-chuyen-di-999001.html", hits["offsite_target"])
        hits["loop_chain"] = Hits(lambda h: h.send_plain(302, b"", headers=[("Location", f"{loop}?lan={int(h.path.rsplit('=', 1)[1]) + 1}")]))
        for n in range(1, 12):
            mirror.add_route(PORTAL, f"{loop}?lan={n}", hits["loop_chain"])

        child = crawl(mirror, PORTAL, db, tmp, settings=SETTINGS)
        requests = mirror.take_requests()
        snap = snapshot(db)

        mirror.clear_routes()
        recovery = crawl(mirror, PORTAL, db, tmp, settings=SETTINGS)
        recovery_requests = mirror.take_requests()
        recovered = snapshot(db)
    return Faulty(child, snap, requests, paths, hits, recovery, recovered, recovery_requests, articles, db)


def test_the_faulty_run_finishes_and_keeps_what_it_could(faulty):
    assert faulty.child.returncode == 0
    assert faulty.run["state"] == "finished" and faulty.run["ended_at"] is not None
    assert faulty.snap.paths(PORTAL) == {faulty.paths["retry"], faulty.paths["bad_utf8"]}
    assert_consistent(faulty.snap)
    c = faulty.counts
    assert (c["new"], c["pages"], c["too_large"]) == (2, 2, 2), c
    # timeout, truncated body, off-site redirect, redirect loop: one error each, named by article
    kinds = {fault: [e["kind"] for e in faulty.errors_for(fault)] for fault in FAULTS}
    assert c["errors"] == len(faulty.run["errors"]) == 4, faulty.run["errors"]
    assert kinds == {
        "retry": [], "bad_utf8": [], "huge": [], "bomb": [],
        "timeout": [kinds["timeout"][0]], "truncated": [kinds["truncated"][0]],
        "offsite": ["offsite_redirect"], "loop": ["redirect_loop"],
    }, kinds


def test_server_errors_are_retried_with_backoff_then_stored(faulty):
    path = faulty.paths["retry"]
    log = [r for r in faulty.requests if r.path == path]
    assert [r.status for r in log] == [500, 503, 200]
    first, second, third = faulty.hits["retry"].times
    base = SETTINGS["RETRY_BACKOFF_BASE"]
    assert second - first >= 0.9 * base and third - second >= 0.9 * 2 * base  # 0.2 s, then 0.4 s
    stored = faulty.snap.articles[HOST + path]
    assert stored.versions == (1,) and stored.status == "live"


def test_a_timeout_is_retried_then_reported(faulty):
    assert faulty.hits["timeout"].count == 1 + SETTINGS["RETRY_TIMES"]
    [error] = faulty.errors_for("timeout")
    assert "timeout" in (error["kind"] + error["message"]).lower() or "took longer" in error["message"], error
    assert HOST + faulty.paths["timeout"] not in faulty.snap.articles


def test_a_truncated_body_is_retried_then_reported_not_stored(faulty):
    assert faulty.hits["truncated"].count == 1 + SETTINGS["RETRY_TIMES"]
    [error] = faulty.errors_for("truncated")
    assert "loss" in (error["kind"] + error["message"]).lower() or "ResponseFailed" in error["kind"], error
    assert HOST + faulty.paths["truncated"] not in faulty.snap.articles


def test_invalid_utf8_in_an_article_is_stored_readably(faulty):
    """Undecodable bytes in "thủ tục hành chính" (title and body): replaced, not fatal; the page
    is still read as UTF-8, so the Vietnamese around them is intact."""
    url = HOST + faulty.paths["bad_utf8"]
    stored = faulty.snap.articles[url]
    assert stored.versions == (1,) and stored.title.startswith("Nâng cao hiệu quả công tác kiểm soát thủ tục h")
    text = latest_texts(faulty.db)[url]
    assert "\ufffd" in text and "Sáng nay (15/7), Văn phòng UBND tỉnh tổ chức hội nghị" in text, text[:300]


def test_a_redirect_to_another_host_is_dropped_and_never_fetched(faulty):
    path = faulty.paths["offsite"]
    assert [r.status for r in faulty.requests if r.path == path] == [301]
    assert faulty.hits["offsite_target"].count == 0
    assert faulty.counts["offsite"] >= 1
    [error] = faulty.errors_for("offsite")
    assert "localhost" in error["message"]


def test_a_redirect_loop_is_dropped_after_redirect_max_times(faulty):
    chain = [r for r in faulty.requests if r.path.startswith(faulty.paths["loop"])]
    assert len(chain) == 1 + SETTINGS["REDIRECT_MAX_TIMES"]
    [error] = faulty.errors_for("loop")
    assert error["kind"] == "redirect_loop" and str(SETTINGS["REDIRECT_MAX_TIMES"]) in error["message"]


def test_huge_pages_and_gzip_bombs_are_dropped_as_too_large(faulty):
    assert faulty.hits["huge"].count == 1 and faulty.hits["bomb"].count == 1  # not retried
    for fault in ("huge", "bomb"):
        assert HOST + faulty.paths[fault] not in faulty.snap.articles
        assert faulty.errors_for(fault) == []
    assert faulty.counts["too_large"] == 2


def test_the_next_run_completes_the_work_without_duplicates(faulty):
    assert faulty.recovered.runs[1]["state"] == "finished"
    assert faulty.recovered.paths(PORTAL) == set(faulty.articles)
    assert faulty.recovered.versions == len(faulty.articles)
    assert_consistent(faulty.recovered)
    fetched = sorted(r.path for r in faulty.recovery_requests if r.path in faulty.articles)
    assert fetched == sorted(p for f, p in faulty.paths.items() if f not in ("retry", "bad_utf8"))
    for url, article in faulty.snap.articles.items():  # what the faulty run stored is untouched
        assert faulty.recovered.articles[url] == article


def test_a_known_article_answering_404_is_kept_as_gone_and_can_come_back(tmp_path):
    db = sqlite(tmp_path)
    with MirrorServer([PORTAL]) as mirror:
        crawl(mirror, PORTAL, db, tmp_path, settings=SETTINGS)
        stored = snapshot(db)
        gone, looping = sorted(mirror.site(PORTAL).article_paths)[:2]
        mirror.take_requests()
        mirror.add_route(PORTAL, gone, status(404, "Không tìm thấy trang".encode()))
        # A -> B -> A: the scheduler drops the second A as a duplicate; it is still a loop
        mirror.add_route(PORTAL, looping, redirect("/tin-tuc/thoi-su/tam-thoi-999002.html"))
        mirror.add_route(PORTAL, "/tin-tuc/thoi-su/tam-thoi-999002.html", redirect(looping))
        crawl(mirror, PORTAL, db, tmp_path, "--revisit", "all", settings=SETTINGS)
        during = snapshot(db)
        requests = mirror.take_requests()
        mirror.clear_routes()
        crawl(mirror, PORTAL, db, tmp_path, "--revisit", "all", settings=SETTINGS)
        after = snapshot(db)
        back = [r for r in mirror.take_requests() if r.path == gone]

    assert [r.status for r in requests if r.path == gone] == [404]
    article = during.articles[HOST + gone]
    assert (article.status, article.versions, article.title) == ("gone", (1,), stored.articles[HOST + gone].title)
    assert len(during.articles) == len(stored.articles) == 8 and during.versions == 8  # nothing deleted
    assert_consistent(during)
    run = during.runs[1]
    assert run["state"] == "finished"
    counts = run["counts"]["portals"][PORTAL]
    assert (counts["gone"], counts["not_modified"], counts["not_found"]) == (1, 6, 0)
    assert HOST + gone not in during.dead_links  # a stored article is not a broken link
    [loop_error] = by_url(run)[HOST + looping]
    assert loop_error["kind"] == "redirect_loop", run["errors"]
    assert during.articles[HOST + looping] == stored.articles[HOST + looping]
    # the next run asks again (conditionally) and the article is live again, still one version
    assert [(r.status, r.conditional) for r in back] == [(304, True)]
    assert (after.articles[HOST + gone].status, after.articles[HOST + gone].versions) == ("live", (1,))
    assert after.runs[2]["counts"]["portals"][PORTAL]["not_modified"] == 8


EMPTY_LISTING = ('<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Chuyên mục</title></head>'
                 '<body><h1>Chuyên mục</h1><p>Chưa có bài viết nào trong chuyên mục này.</p>'
                 '<a href="/">Trang chủ</a> <a href="/lien-he">Liên hệ</a></body></html>').encode()


def test_an_empty_listing_and_an_endless_one_end_the_run_cleanly(tmp_path):
    """angiang has no feed and no sitemap: what the listings give is all there is."""
    db = sqlite(tmp_path)
    with MirrorServer(["angiang"]) as mirror:
        mirror.add_route("angiang", "/chuyen-muc/trong", page(EMPTY_LISTING))
        endless = Hits(huge(20 * MB, content_length=False))  # no Content-Length: the size shows as it streams
        mirror.add_route("angiang", "/chuyen-muc/khong-lo", endless)
        child = crawl(mirror, "angiang", db, tmp_path, "--start-url", "/chuyen-muc/trong",
                      "--start-url", "/chuyen-muc/khong-lo", settings=SETTINGS)
    snap = snapshot(db)
    assert child.returncode == 0 and snap.articles == {}
    [run] = snap.runs
    counts = run["counts"]["portals"]["angiang"]
    assert run["state"] == "finished"
    assert (counts["listing_pages"], counts["empty_listings"], counts["too_large"], counts["errors"]) == (1, 1, 1, 0), (counts, run["errors"])
    assert endless.count == 1


def test_a_crawl_killed_mid_run_leaves_a_consistent_database(tmp_path):
    db = sqlite(tmp_path)
    with MirrorServer([PORTAL]) as mirror:
        articles = mirror.site(PORTAL).article_paths
        slow = Overlap(0.4)
        for path in articles:
            mirror.add_route(PORTAL, path, slow)
        child = start_crawl(mirror, PORTAL, db, tmp_path, settings=SETTINGS)
        deadline = time.monotonic() + 20
        try:
            while time.monotonic() < deadline:
                time.sleep(0.05)
                try:
                    if len(snapshot(db).articles) >= 2:
                        break
                except OperationalError:  # the child is still creating the schema
                    continue
            else:
                pytest.fail("the crawl stored nothing in time")
        finally:
            kill(child)
        assert child.returncode == -9
        killed = snapshot(db)
        mirror.clear_routes()
        while slow.in_flight:  # requests of the killed crawl still sleeping in the route log when they end
            time.sleep(0.05)
        mirror.take_requests()
        crawl(mirror, PORTAL, db, tmp_path, settings=SETTINGS)
        fetched = [r.path for r in mirror.take_requests() if r.path in articles]

    assert 2 <= len(killed.articles) < len(articles)
    assert_consistent(killed)  # no half-written version
    assert [r["state"] for r in killed.runs] == ["running"]
    done = snapshot(db)
    assert done.paths(PORTAL) == set(articles) and done.versions == len(articles)  # no duplicates
    assert_consistent(done)
    assert sorted(fetched) == sorted(set(articles) - killed.paths(PORTAL))  # only what was missing
    first, second = done.runs
    assert first["state"] == "interrupted" and first["ended_at"] is not None
    assert first["errors"][-1]["kind"] == "interrupted" and str(first["pid"]) in first["errors"][-1]["message"]
    assert second["state"] == "finished"
    assert second["counts"]["portals"][PORTAL]["new"] == len(articles) - len(killed.articles)


def test_a_crawl_stopped_with_sigterm_is_recorded_as_interrupted(tmp_path):
    """SIGTERM (a scheduler stopping the run): Scrapy stops gracefully, the run says interrupted,
    the command exits 130 with its summary and no traceback."""
    db = sqlite(tmp_path)
    with MirrorServer([PORTAL]) as mirror:
        slow = Overlap(0.3)
        for path in mirror.site(PORTAL).article_paths:
            mirror.add_route(PORTAL, path, slow)
        child = start_crawl(mirror, PORTAL, db, tmp_path, settings=SETTINGS)
        deadline = time.monotonic() + 20
        while slow.served == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        child.send_signal(signal.SIGTERM)
        out, err = child.communicate(timeout=30)
    assert child.returncode == 130, err
    assert "Traceback" not in err and "CRITICAL" not in err, err
    snap = snapshot(db)
    assert_consistent(snap)
    [run] = snap.runs
    assert run["state"] == "interrupted" and run["ended_at"] is not None
    assert run["counts"]["portals"][PORTAL]["new"] == len(snap.articles)
    assert f"run {run['id']} interrupted" in out

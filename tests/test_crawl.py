"""End-to-end crawls: child processes (`reformcrawl crawl`, `scrapy crawl`) against the offline
mirror on 127.0.0.1, checked in the database and in the mirror's request log."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from reformcrawl import __version__
from reformcrawl.config import CONTACT_URL
from reformcrawl.mirror.server import MirrorServer
from reformcrawl.portals import all_portals, get_portal
from tests.helpers import (
    Child, Overlap, Snapshot, assert_consistent, crawl, crawl_job, scrapy_crawl, snapshot,
)

pytestmark = pytest.mark.slow

#: nbtv's one article edited in the mirror's "after" state (a corrected figure).
EDITED = "/tin-tuc/thoi-su/nang-cao-chat-luong-phuc-vu-cua-bo-phan-mot-cua-cac-cap-161922.html"


def sqlite(tmp: Path) -> str:
    return f"sqlite:///{tmp / 'crawl.db'}"


def non_article(requests: list[Any], mirror: MirrorServer) -> list[str]:
    return [r.path for r in requests if not mirror.is_article_path(r.portal, r.path)]


@dataclass
class Step:
    child: Child
    requests: list[Any]
    snap: Snapshot
    before: frozenset[str]  # the mirror's article paths in its "before" state
    after: frozenset[str]  # ... and in the state the step ran against
    served_etags: dict[str, str]  # article path -> the ETag the mirror served in that state

    def articles_fetched(self) -> list[Any]:
        return [r for r in self.requests if r.path in self.before | self.after]


@pytest.fixture(scope="module")
def nbtv_steps(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Step]:
    """One database, five crawls of nbtv: first, repeat, --revisit all, after the mirror moved on
    (new articles, one edited), and --revisit all again."""
    tmp = tmp_path_factory.mktemp("nbtv-steps")
    db = sqlite(tmp)
    steps: dict[str, Step] = {}
    with MirrorServer(["nbtv"]) as mirror:
        before = mirror.site("nbtv").article_paths

        def step(name: str, *extra: str) -> None:
            child = crawl(mirror, "nbtv", db, tmp, *extra)
            site = mirror.site("nbtv")
            etags = {path: site.pages[path].etag for path in site.article_paths}
            steps[name] = Step(child, mirror.take_requests(), snapshot(db), before, site.article_paths, etags)

        step("first")
        step("repeat")
        step("revisit_all", "--revisit", "all")
        mirror.set_state("after")
        step("after")
        step("after_revisit_all", "--revisit", "all")
    return steps


def test_first_crawl_stores_every_article_of_the_before_state(nbtv_steps):
    first = nbtv_steps["first"]
    assert first.snap.paths("nbtv") == set(first.before) and len(first.before) == 8
    assert_consistent(first.snap)
    assert all(a.version_count == 1 and a.status == "live" for a in first.snap.articles.values())
    assert all(url.startswith("https://nbtv.vn/") for url in first.snap.articles)  # canonical host, not the mirror
    fetched = [r.path for r in first.articles_fetched()]
    assert sorted(fetched) == sorted(first.before)  # each article fetched exactly once
    [run] = first.snap.runs
    assert (run["state"], run["portals"], run["trigger"]) == ("finished", ["nbtv"], "cli")
    counts = run["counts"]["portals"]["nbtv"]
    assert (counts["new"], counts["pages"], counts["errors"], counts["changed"]) == (8, 8, 0, 0)
    assert run["counts"]["total"]["new"] == 8
    assert "run 1 finished" in first.child.stdout


def test_repeat_crawl_of_an_unchanged_mirror_fetches_no_article_and_adds_nothing(nbtv_steps):
    first, repeat = nbtv_steps["first"], nbtv_steps["repeat"]
    assert repeat.articles_fetched() == []
    assert repeat.requests, "the listings, feed and sitemap are still read"
    assert repeat.snap.articles == first.snap.articles
    assert repeat.snap.versions == first.snap.versions == 8
    run = repeat.snap.runs[-1]
    assert run["state"] == "finished"
    counts = run["counts"]["portals"]["nbtv"]
    assert (counts["pages"], counts["new"], counts["changed"], counts["unchanged"]) == (0, 0, 0, 0)


def test_after_state_fetches_only_the_new_and_the_edited_articles(nbtv_steps):
    after = nbtv_steps["after"]
    new_paths = set(after.after) - set(after.before)
    assert len(new_paths) == 2
    fetched = after.articles_fetched()
    assert sorted(r.path for r in fetched) == sorted(new_paths | {EDITED})
    # the sitemap's newer lastmod brought the edited article back, as a conditional request
    [edited] = [r for r in fetched if r.path == EDITED]
    stored = nbtv_steps["repeat"].snap.articles["https://nbtv.vn" + EDITED]
    assert edited.headers.get("If-None-Match") == stored.etag and edited.status == 200
    assert len(after.snap.articles) == 10 and after.snap.versions == 11
    assert after.snap.paths("nbtv") == set(after.after)
    assert after.snap.articles["https://nbtv.vn" + EDITED].versions == (1, 2)
    assert_consistent(after.snap)
    counts = after.snap.runs[-1]["counts"]["portals"]["nbtv"]
    assert (counts["new"], counts["changed"], counts["sitemap_revisits"], counts["errors"]) == (2, 1, 1, 0)


def test_revisit_all_sends_conditional_requests_and_gets_304(nbtv_steps):
    step = nbtv_steps["revisit_all"]
    fetched = step.articles_fetched()
    assert sorted(r.path for r in fetched) == sorted(step.before)
    etags = {url.removeprefix("https://nbtv.vn"): a.etag for url, a in nbtv_steps["repeat"].snap.articles.items()}
    for request in fetched:
        assert request.conditional and request.headers.get("If-None-Match") == etags[request.path], request
        assert request.status == 304, request
    counts = step.snap.runs[-1]["counts"]["portals"]["nbtv"]
    assert (counts["not_modified"], counts["new"], counts["changed"], counts["errors"]) == (8, 0, 0, 0)
    assert step.snap.articles == nbtv_steps["repeat"].snap.articles and step.snap.versions == 8


def test_revisit_all_after_the_sidebars_changed_adds_no_version(nbtv_steps):
    """In the "after" state every article page shows new related links, so its ETag changed: the
    pages come back whole (200) but their articles did not change: no new version."""
    step, after = nbtv_steps["after_revisit_all"], nbtv_steps["after"]
    fetched = step.articles_fetched()
    assert sorted(r.path for r in fetched) == sorted(step.after) and all(r.conditional for r in fetched)
    refetched_in_after = {r.path for r in after.articles_fetched()}
    assert {r.path for r in fetched if r.status == 304} == refetched_in_after
    counts = step.snap.runs[-1]["counts"]["portals"]["nbtv"]
    assert (counts["not_modified"], counts["unchanged"], counts["new"], counts["changed"]) == (3, 7, 0, 0)
    assert step.snap.versions == 11 and step.snap.articles.keys() == after.snap.articles.keys()
    # their stored validators are the ones served now: the next conditional request gets a 304
    stored = {url.removeprefix("https://nbtv.vn"): a.etag for url, a in step.snap.articles.items()}
    assert stored == step.served_etags


def test_every_request_names_reformcrawl_its_version_and_a_contact(nbtv_steps):
    requests = [r for step in nbtv_steps.values() for r in step.requests]
    agents = {r.headers.get("User-Agent") for r in requests}
    assert agents == {f"reformcrawl/{__version__} (+{CONTACT_URL})"}
    assert CONTACT_URL.startswith("https://")


def test_robots_txt_is_fetched_once_per_crawl(nbtv_steps):
    for name, step in nbtv_steps.items():
        assert [r.path for r in step.requests].count("/robots.txt") == 1, name
        assert step.requests[0].path == "/robots.txt", name  # before anything else


# -- options ---------------------------------------------------------------------------------


def test_max_pages_counts_each_page_once(tmp_path):
    """An article offered twice (by the feed, then by the sitemap) is one page of --max-pages:
    ten pages are the two listings and all eight articles, not nine with a duplicate counted."""
    with MirrorServer(["nbtv"]) as mirror:
        articles = sorted(mirror.site("nbtv").article_paths)
        origin = mirror.origin("nbtv").rstrip("/")
        rss = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>NBTV</title>'
               f'<item><title>Một tin</title><link>{origin}{articles[0]}</link></item></channel></rss>').encode()
        mirror.add_route("nbtv", get_portal("nbtv").feeds[0], lambda h: h.send_plain(200, rss, "application/rss+xml"))
        crawl(mirror, "nbtv", sqlite(tmp_path), tmp_path, "--max-pages", "10")
        requests = mirror.take_requests()
    discovery = {"/robots.txt", *get_portal("nbtv").feeds, "/sitemap.xml"}
    pages = [r.path for r in requests if r.path not in discovery]
    assert len(pages) == 10 and set(articles) <= set(pages), pages
    assert snapshot(sqlite(tmp_path)).paths("nbtv") == set(articles)


def test_max_pages_stops_at_three_listing_and_article_requests(tmp_path):
    with MirrorServer(["baohagiang"]) as mirror:
        crawl(mirror, "baohagiang", sqlite(tmp_path), tmp_path, "--max-pages", "3")
        requests = mirror.take_requests()
    discovery = {"/robots.txt", *get_portal("baohagiang").feeds, "/sitemap.xml"}
    pages = [r.path for r in requests if r.path not in discovery]
    assert len(pages) == 3, pages
    snap = snapshot(sqlite(tmp_path))
    assert len(snap.articles) == sum(1 for r in requests if mirror.is_article_path("baohagiang", r.path))
    counts = snap.runs[-1]["counts"]["portals"]["baohagiang"]
    assert counts["pages"] + counts["listing_pages"] == 3 and snap.runs[-1]["state"] == "finished"


LISTING = """<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Chuyên mục thử nghiệm</title></head>
<body><main><h1>Chuyên mục thử nghiệm</h1><ul class="news-list">{items}</ul></main></body></html>"""


def listing_page(paths: list[str]) -> bytes:
    items = "".join(f'<li class="news-item"><a href="{p}">Tin bài số {n}: {p.strip("/-").replace("-", " ")}</a></li>'
                    for n, p in enumerate(paths, 1))
    return LISTING.format(items=items).encode()


def test_start_url_replaces_the_entry_pages(tmp_path):
    with MirrorServer(["angiang"]) as mirror:
        chosen = sorted(p for p in mirror.site("angiang").article_paths if p.startswith("/-/"))[:2]
        mirror.add_route("angiang", "/chuyen-muc/thu-nghiem", lambda h: h.send_plain(200, listing_page(chosen), "text/html; charset=utf-8"))
        crawl(mirror, "angiang", sqlite(tmp_path), tmp_path, "--start-url", "/chuyen-muc/thu-nghiem")
        requests = mirror.take_requests()
    entry_paths = {"/" + e.split("://", 1)[-1].split("/", 1)[-1] if "://" in e else e for e in get_portal("angiang").entry_pages}
    paths = [r.path for r in requests]
    assert not entry_paths & set(paths), paths  # the configured entry pages were not read
    assert paths.count("/chuyen-muc/thu-nghiem") == 1
    assert sorted(p for p in paths if mirror.is_article_path("angiang", p)) == chosen
    snap = snapshot(sqlite(tmp_path))
    assert snap.paths("angiang") == set(chosen)


def test_scrapy_crawl_records_its_own_run(tmp_path):
    db = sqlite(tmp_path)
    with MirrorServer(["nbtv"]) as mirror:
        child = scrapy_crawl("nbtv", db, tmp_path, f"base_url={mirror.origin('nbtv')}")
        before = mirror.site("nbtv").article_paths
    assert child.returncode == 0
    snap = snapshot(db)
    assert snap.paths("nbtv") == set(before)
    [run] = snap.runs
    assert (run["state"], run["portals"], run["trigger"]) == ("finished", ["nbtv"], "scrapy")
    assert run["counts"]["portals"]["nbtv"]["new"] == 8 and run["counts"]["total"]["new"] == 8
    assert run["ended_at"] is not None


def test_all_five_portals_in_one_run(tmp_path):
    db = sqlite(tmp_path)
    portals = all_portals()
    assert len(portals) == 5
    with MirrorServer() as mirror:
        child = crawl_job(mirror.origins(), db, tmp_path)
        requests = mirror.take_requests()
        expected = {p: set(mirror.site(p).article_paths) for p in portals}
    snap = snapshot(db)
    [run] = snap.runs
    assert run["state"] == "finished" and sorted(run["portals"]) == sorted(portals), child.stdout
    for portal in portals:
        assert snap.paths(portal) == expected[portal], portal
        counts = run["counts"]["portals"][portal]
        assert counts["new"] == len(expected[portal]) and counts["errors"] == 0, (portal, counts)

        assert [r.path for r in requests if r.portal == portal].count("/robots.txt") == 1, portal
    assert run["counts"]["total"]["new"] == sum(map(len, expected.values())) == 40
    # No page asked for is missing: menu links to sections ("Nông - Lâm - Ngư nghiệp") are not taken
    # for articles, and hochiminhcity's program pages (/chuong-trinh/...) are listings by its hints.
    missing = {(r.portal, r.path) for r in requests if r.status == 404}
    assert missing == set()
    assert {p: run["counts"]["portals"][p]["not_found"] for p in portals} == {p: 0 for p in portals}
    assert_consistent(snap)


def test_robots_txt_disallow_is_obeyed(tmp_path):
    disallowed = "/tin-tuc/van-hoa/"
    with MirrorServer(["nbtv"]) as mirror:
        origin = mirror.origin("nbtv").rstrip("/")
        robots = f"User-agent: *\nDisallow: {disallowed}\n\nSitemap: {origin}/sitemap.xml\n".encode()
        mirror.add_route("nbtv", "/robots.txt", lambda h: h.send_plain(200, robots))
        crawl(mirror, "nbtv", sqlite(tmp_path), tmp_path)
        requests = mirror.take_requests()
        blocked = {p for p in mirror.site("nbtv").article_paths if p.startswith(disallowed)}
    assert blocked, "the mirror has an article under the disallowed path"
    paths = [r.path for r in requests]
    assert paths.count("/robots.txt") == 1
    assert not [p for p in paths if p.startswith(disallowed)]
    snap = snapshot(sqlite(tmp_path))
    assert len(snap.articles) == 8 - len(blocked)
    run = snap.runs[-1]
    counts = run["counts"]["portals"]["nbtv"]
    # forbidden by the site is not a failure of the crawl
    assert counts["robots_disallowed"] == len(blocked) and counts["errors"] == 0 and run["errors"] == []


def test_at_most_two_requests_at_a_time_per_portal(tmp_path):
    with MirrorServer(["nbtv"]) as mirror:
        slow = Overlap(0.25)
        for path in mirror.site("nbtv").pages:
            mirror.add_route("nbtv", path, slow)
        crawl(mirror, "nbtv", sqlite(tmp_path), tmp_path)
    assert slow.served >= 12  # 8 articles, 2 listings, the feed, the sitemap
    assert slow.most == 2


@pytest.mark.postgres
def test_crawl_into_postgresql(pg_url, tmp_path):
    with MirrorServer(["nbtv"]) as mirror:
        crawl(mirror, "nbtv", pg_url, tmp_path)
        first = snapshot(pg_url)
        mirror.take_requests()
        crawl(mirror, "nbtv", pg_url, tmp_path)
        repeat_requests = mirror.take_requests()
        before = mirror.site("nbtv").article_paths
    assert first.paths("nbtv") == set(before) and first.versions == 8
    assert_consistent(first)
    again = snapshot(pg_url)
    assert again.articles == first.articles and again.versions == 8
    assert repeat_requests and [r.path for r in repeat_requests if r.path in before] == []
    assert [run["state"] for run in again.runs] == ["finished", "finished"]


def test_children_run_this_checkout(tmp_path):
    """The venv's editable install may point at another checkout: the children must not use it."""
    from tests.helpers import WORKTREE, run_child

    child = run_child(["-c", "import reformcrawl.spiders.base as b, reformcrawl_test_settings as s; print(b.__file__); print(s.__file__)"], tmp_path)
    spider_file, settings_file = child.stdout.split()
    assert spider_file == str(WORKTREE / "reformcrawl" / "spiders" / "base.py")
    assert settings_file == str(tmp_path / "crawl-settings" / "reformcrawl_test_settings.py")

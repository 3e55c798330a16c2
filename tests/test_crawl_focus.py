"""Nightly crawls that ask only for what is new: listings' side boxes into other sections are not
followed (unless the portal says `follow = "site"`), and links that gave nothing to store (a 404,
a page without article text) are asked for once, then remembered across runs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import select

from reformcrawl.mirror.server import MirrorServer
from tests.helpers import Snapshot, crawl, page, snapshot

pytestmark = pytest.mark.slow

PORTAL = "nbtv"
HOST = "https://nbtv.vn"
#: listed in the sitemap, recently modified, and gone
GONE = "/tin-tuc/thoi-su/tin-da-go-khoi-chuyen-muc-thoi-su-199001.html"
VIDEO_PAGE = ('<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Video: Hội nghị cải cách hành chính'
              '</title></head><body><h1>Video: Hội nghị cải cách hành chính</h1>'
              '<video src="/media/hoi-nghi.mp4" controls></video></body></html>').encode()


@dataclass
class Night:
    requests: list[Any]
    snap: Snapshot

    def asked(self, path: str) -> int:
        return sum(1 for r in self.requests if r.path == path)

    def missing(self) -> set[str]:
        return {r.path for r in self.requests if r.status == 404}

    @property
    def counts(self) -> dict[str, int]:
        return self.snap.runs[-1]["counts"]["portals"][PORTAL]


@pytest.fixture(scope="module")
def nights(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Night], str, str]:
    """Four crawls of one nbtv mirror whose listings' "most read" box links five dead articles of
    another section: two with the default scope, then two with `follow = "site"`."""
    tmp = tmp_path_factory.mktemp("focus")
    db = f"sqlite:///{tmp / 'crawl.db'}"
    override = tmp / "portals.toml"
    override.write_text(f'[{PORTAL}]\nfollow = "site"\n', encoding="utf-8")
    wide = {"REFORMCRAWL_PORTALS": str(override)}
    nights: dict[str, Night] = {}
    with MirrorServer([PORTAL], most_read_elsewhere=6) as mirror:
        site = mirror.site(PORTAL)
        video = min(site.article_paths)
        mirror.add_route(PORTAL, video, page(VIDEO_PAGE))
        origin = mirror.origin(PORTAL).rstrip("/")
        yesterday = (datetime.now(timezone.utc) - timedelta(days=1)).isoformat()
        sitemap = site.pages["/sitemap.xml"].body.replace(b"{{origin}}", origin.encode()).replace(
            b"</urlset>", f"<url><loc>{origin}{GONE}</loc><lastmod>{yesterday}</lastmod></url></urlset>".encode())
        mirror.add_route(PORTAL, "/sitemap.xml", page(sitemap, "application/xml"))
        for name, env in (("first", None), ("second", None), ("site", wide), ("site_again", wide)):
            crawl(mirror, PORTAL, db, tmp, env=env)
            nights[name] = Night(mirror.take_requests(), snapshot(db))
    return nights, video, db


def test_the_listings_side_boxes_are_not_followed(nights):
    night, _, _ = nights
    first = night["first"]
    assert first.missing() == {GONE}  # the sitemap's link; none of the "most read" box's
    assert first.counts["side_links"] > 0 and first.counts["not_found"] == 1
    assert len(first.snap.articles) == 7 and first.counts["new"] == 7  # the eight less the video page


def test_a_404_and_a_page_without_text_are_asked_for_once(nights):
    night, video, db = nights
    first, second = night["first"], night["second"]
    assert (first.asked(GONE), first.asked(video)) == (1, 1)
    assert first.counts["no_article"] == 1
    assert (second.asked(GONE), second.asked(video)) == (0, 0)  # the sitemap's lastmod is older than the check
    assert second.missing() == set() and second.counts["no_article"] == 0
    assert dead_links(db)[HOST + video] == 200 and dead_links(db)[HOST + GONE] == 404


def test_follow_site_follows_the_side_boxes_and_remembers_their_dead_links(nights):
    night, video, db = nights
    wide, again = night["site"], night["site_again"]
    side = wide.missing()
    assert len(side) == 5 and all(path.startswith("/tin-tuc/van-hoa/") for path in side), side
    assert all(wide.asked(path) == 1 for path in side)
    assert wide.counts.get("side_links", 0) == 0
    assert again.missing() == set()  # remembered across runs
    assert {HOST + path for path in side} <= dead_links(db).keys()
    assert (wide.asked(video), wide.asked(GONE)) == (0, 0)


def dead_links(db_url: str) -> dict[str, int]:
    from sqlalchemy.orm import Session

    from reformcrawl.store.db import make_engine
    from reformcrawl.store.models import DeadLink

    engine = make_engine(db_url)
    try:
        with Session(engine) as session:
            return dict(session.execute(select(DeadLink.url, DeadLink.status)).all())
    finally:
        engine.dispose()

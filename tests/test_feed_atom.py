"""`reformcrawl feed`: Atom that any reader opens (RFC 4287's required elements, an id of this
database, entry ids, a summary for every kind), filterable, well-formed whatever the page titles
hold, and written readable by others."""

from __future__ import annotations

import os
import stat
import uuid
from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from reformcrawl.cli import cli
from reformcrawl.monitor.health import check_portal_health, unhealthy_reason
from reformcrawl.monitor.render import describe, unhealthy_reason_vi
from reformcrawl.store import open_store
from reformcrawl.store.models import SettingRow
from reformcrawl.store.run_records import start_run
from reformcrawl.store.settings import INSTANCE_ID, instance_id

from .monitor_helpers import article, held, percent, set_baseline, store_and_observe

A = "{http://www.w3.org/2005/Atom}"
NS = {"a": "http://www.w3.org/2005/Atom"}
DIRTY_TITLE = "Phiên họp thứ tám\x1b[31m \x07Ban Chỉ đạo\x0b\x85 <b>&</b>"


def populate(url: str) -> None:
    store = open_store(url)
    with store.session() as s:
        store_and_observe(s, article("https://nbtv.vn/old-1000.html", figures=(percent(50),)))  # backfill
        set_baseline(s, "nbtv", "angiang")
        store_and_observe(s, article("https://nbtv.vn/p8-1001.html", title=DIRTY_TITLE,
                                     sessions=(held(8),), figures=(percent(78.15),)))
        store_and_observe(s, article("https://nbtv.vn/p8-1001.html", title=DIRTY_TITLE,
                                     text="Nội dung đã sửa về cải cách hành chính.", sessions=(held(8),),
                                     figures=(percent(78.15),)))
        run = start_run(s, portals=["angiang"])
        check_portal_health(s, portal="angiang", run_id=run.id, counts={"listing_pages": 2, "article_links": 0},
                            now=datetime(2024, 2, 3, tzinfo=timezone.utc))
    store.close()


def feed(url: str, *args: str) -> etree._Element:
    result = CliRunner().invoke(cli, ["feed", "--db", url, *args])
    assert result.exit_code == 0, result.output
    return etree.fromstring(result.stdout.encode("utf-8"))


def test_the_feed_has_what_rfc_4287_requires(db_url: str) -> None:
    populate(db_url)
    root = feed(db_url, "--self-url", "https://example.org/events.atom")
    assert root.tag == A + "feed"
    feed_id = root.findtext(A + "id")
    store = open_store(db_url)
    with store.session() as s:
        assert feed_id == instance_id(s).urn  # this database's own UUID, stored once
    store.close()
    assert root.findtext(A + "title") and root.findtext(A + "updated").endswith("+07:00")
    assert root.find(f"{A}author/{A}name").text == "reformcrawl"
    assert root.xpath("a:link[@rel='self']/@href", namespaces=NS) == ["https://example.org/events.atom"]
    entries = root.findall(A + "entry")
    kinds = [e.find(A + "category").get("term") for e in entries]
    assert sorted(kinds) == ["article_edited", "figure_changed", "new_article", "new_session",
                            "portal_unhealthy"]  # history left out
    ids = [e.findtext(A + "id") for e in entries]
    assert len(set(ids)) == len(ids) and all(i.startswith("urn:uuid:") for i in ids)
    for entry in entries:
        assert entry.findtext(A + "title") and entry.findtext(A + "updated").endswith("+07:00")
        assert entry.findtext(A + "summary"), entry.findtext(A + "title")
        assert entry.xpath("a:link/@href", namespaces=NS)
    unhealthy = entries[kinds.index("portal_unhealthy")]
    assert unhealthy.xpath("a:link/@href", namespaces=NS) == ["https://angiang.gov.vn/"]
    assert "không còn liên kết bài viết" in unhealthy.findtext(A + "title")
    assert "https://angiang.gov.vn/" in unhealthy.findtext(A + "summary")


def test_control_characters_never_reach_the_xml(sqlite_url: str) -> None:
    populate(sqlite_url)
    result = CliRunner().invoke(cli, ["feed", "--db", sqlite_url])
    assert result.exit_code == 0, result.output
    assert not any(ch in result.stdout for ch in "\x1b\x07\x0b\x85")
    root = etree.fromstring(result.stdout.encode("utf-8"))  # well-formed: parses strictly
    titles = " ".join(root.xpath("//a:entry/a:title/text()", namespaces=NS))
    assert "Phiên họp thứ tám[31m Ban Chỉ đạo <b>&</b>" in titles  # markup kept as text, escaped


def test_filters_by_portal_and_kind(sqlite_url: str) -> None:
    populate(sqlite_url)
    only = feed(sqlite_url, "--portal", "angiang")
    assert [e.get("term") for e in only.iterfind(f"{A}entry/{A}category")] == ["portal_unhealthy"]
    sessions = feed(sqlite_url, "--kind", "new_session", "--kind", "article_edited")
    assert sorted(e.get("term") for e in sessions.iterfind(f"{A}entry/{A}category")) == ["article_edited", "new_session"]
    bad = CliRunner().invoke(cli, ["feed", "--db", sqlite_url, "--portal", "hanoi"])
    assert bad.exit_code == 2 and "hanoi" in bad.stderr


def test_feed_id_is_per_database_and_kept(tmp_path: Path) -> None:
    ids = []
    for name in ("one", "two"):
        url = f"sqlite:///{tmp_path / name}.db"
        store = open_store(url)
        with store.session() as s:
            first = instance_id(s)
        with store.session() as s:
            assert instance_id(s) == first  # stable
            s.delete(s.get(SettingRow, INSTANCE_ID))
        with store.session() as s:
            recreated = instance_id(s)  # a removed id is made again, once
        with store.session() as s:
            assert instance_id(s) == recreated
        store.close()
        ids.append(first)
    assert ids[0] != ids[1] and all(isinstance(i, uuid.UUID) for i in ids)


def test_the_file_is_readable_by_others_under_the_umask(sqlite_url: str, tmp_path: Path) -> None:
    populate(sqlite_url)
    target = tmp_path / "out" / "events.atom"
    previous = os.umask(0o022)
    try:
        result = CliRunner().invoke(cli, ["feed", "--db", sqlite_url, "-o", str(target)])
    finally:
        os.umask(previous)
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    root = etree.fromstring(target.read_bytes())
    assert root.xpath("a:link[@rel='self']/@href", namespaces=NS) == [target.resolve().as_uri()]
    assert [p.name for p in target.parent.iterdir()] == ["events.atom"]  # no temporary file left


@pytest.mark.parametrize("counts", [
    {"listing_pages": 0},
    {"listing_pages": 2, "article_links": 0},
    {"listing_pages": 2, "article_links": 9, "new": 1, "no_article": 4},
    {"listing_pages": 2, "article_links": 9, "new": 3, "unchanged": 1, "low_confidence": 3},
])
def test_every_unhealthy_reason_reads_in_vietnamese(counts: dict[str, int]) -> None:
    reason = unhealthy_reason(counts)
    assert reason is not None
    vietnamese = unhealthy_reason_vi(reason)
    assert vietnamese != reason and not any(word in vietnamese for word in ("listing", "pages", "article"))
    line = describe({"kind": "portal_unhealthy", "portal": "nbtv", "reason": reason})
    assert line.startswith("Cổng nbtv bất thường: ") and vietnamese in line


def test_a_summary_for_every_kind() -> None:
    from reformcrawl.monitor.events import KINDS
    from reformcrawl.monitor.render import summarize

    reading = {"value": 1.0, "raw": "1%", "date": "2024-02-02T09:00:00+07:00", "period": "", "url": "https://nbtv.vn/a",
               "title": "A"}
    records = {
        "new_article": {"title": "Tin A", "published_at": "2024-02-02T09:00:00+07:00", "portal": "nbtv"},
        "new_session": {"session": {"body": "Ban Chỉ đạo", "number": 8, "date": None, "sources": [
            {"url": "https://nbtv.vn/a", "portal": "nbtv", "title": "A", "role": "held", "date": None}]}},
        "figure_changed": {"subject": "hồ sơ", "identity": {"scope_name": "Ninh Bình"}, "old": reading,
                           "new": {**reading, "raw": "2%"}, "confirmed": False},
        "figure_retracted": {"metric": "x/y/percent/year", "confirmed": True, "subject": "hồ sơ", "old": reading,
                             "new": reading},
        "article_edited": {"title": "Bài", "changes": {"summary": "1 câu sửa", "removed": ["Cũ."], "added": ["Mới."]}},
        "portal_unhealthy": {"portal": "nbtv", "reason": "no listing page could be fetched", "run_id": 3,
                             "counts": {"listing_pages": 0}},
        "crawl_failed": {"portal": "nbtv", "reason": "no listing page could be fetched", "run_id": 3,
                         "counts": {"listing_pages": 0, "errors": 2}},
    }
    assert set(records) == set(KINDS)
    for kind, fields in records.items():
        text = summarize({"kind": kind, "portal": "nbtv", **fields}, portal_home="https://nbtv.vn/")
        assert len(text.splitlines()) >= 2, kind  # the line, then particulars
    unhealthy = summarize({"kind": "portal_unhealthy", **records["portal_unhealthy"]}, portal_home="https://nbtv.vn/")
    assert "không tải được trang danh sách nào" in unhealthy and "https://nbtv.vn/" in unhealthy
    changed = summarize({"kind": "figure_changed", **records["figure_changed"]})
    assert "(Ninh Bình)" in changed and "Chưa xác nhận" in changed  # the scope named; unconfirmed said

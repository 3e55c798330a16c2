"""Scrapy's own habits hold: `scrapy crawl PORTAL -O items.jsonl` (and `.csv`) against the offline
mirror writes one usable item per stored article (the article's fields, not the raw page)."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path

import pytest

from reformcrawl.crawl.items import RECORD_FIELDS
from reformcrawl.mirror.server import MirrorServer
from tests.helpers import run_child, snapshot

pytestmark = pytest.mark.slow


def scrapy_export(mirror: MirrorServer, db: str, tmp_path: Path, target: Path, *extra: str):
    return run_child(["-m", "scrapy", "crawl", "nbtv", "-a", f"base_url={mirror.origin('nbtv')}",
                      "-s", f"REFORMCRAWL_DB_URL={db}", "-s", "LOG_LEVEL=INFO", "-O", str(target), *extra], tmp_path)


def test_scrapy_feed_exports_write_one_item_per_stored_article(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'crawl.db'}"
    with MirrorServer(["nbtv"]) as mirror:
        lines_file = tmp_path / "items.jsonl"
        child = scrapy_export(mirror, db, tmp_path, lines_file)
        again_file = tmp_path / "again.csv"
        again = scrapy_export(mirror, f"sqlite:///{tmp_path / 'other.db'}", tmp_path, again_file)
    assert "not JSON serializable" not in child.stderr and "Traceback" not in child.stderr, child.explain()
    items = [json.loads(line) for line in lines_file.read_text("utf-8").splitlines()]
    stored = snapshot(db).articles
    assert sorted(i["url"] for i in items) == sorted(stored) and len(items) == 8  # one per stored article
    for item in items:
        assert list(item) == list(RECORD_FIELDS)
        assert item["outcome"] == "new" and item["version"] == 1 and item["status"] == 200
        assert item["portal"] == "nbtv" and item["url"].startswith("https://nbtv.vn/")  # canonical, not the mirror
        assert item["title"] and item["text"] and isinstance(item["figures"], list)
        assert item["published_at"].endswith("+07:00") and datetime.fromisoformat(item["fetched_at"])
    assert any(item["sessions"] for item in items) and any(item["figures"] for item in items)

    raw = again_file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), again.explain()  # for spreadsheets, like `reformcrawl export`
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(rows[0]) == list(RECORD_FIELDS) and len(rows) == 8
    assert {r["is_reform"] for r in rows} <= {"true", "false"}
    by_url = {r["url"]: r for r in rows}
    for item in items:
        assert json.loads(by_url[item["url"]]["figures"]) == item["figures"]  # nested values as JSON
        assert by_url[item["url"]]["title"] == item["title"]

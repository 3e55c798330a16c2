"""`reformcrawl events` (the JSONL contract) and `reformcrawl feed` (Atom) on a real database."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from lxml import etree

from reformcrawl.cli import cli
from reformcrawl.store import open_store

from .monitor_helpers import article, held, percent, set_baseline, store_and_observe


def populate(url: str) -> None:
    store = open_store(url)
    with store.session() as s:
        store_and_observe(s, article("https://nbtv.vn/old-1000.html", figures=(percent(50),)))  # backfill
        set_baseline(s, "nbtv")
        store_and_observe(s, article("https://nbtv.vn/p8-1001.html", title="Phiên họp thứ tám",
                                     sessions=(held(8),), figures=(percent(78.15),)))
    store.close()


def test_jsonl_lines_carry_the_contract_fields(sqlite_url: str) -> None:
    populate(sqlite_url)
    result = CliRunner().invoke(cli, ["events", "--db", sqlite_url, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["kind"], r["backfill"]) for r in lines] == [
        ("new_article", True), ("new_article", False), ("new_session", False), ("figure_changed", False),
    ]
    for record in lines:
        assert {"id", "kind", "created_at", "portal", "url", "title", "backfill"} <= set(record)
        assert record["created_at"].endswith("+07:00")
    session = lines[2]["session"]
    assert (session["number"], session["sources"][0]["url"]) == (8, "https://nbtv.vn/p8-1001.html")
    change = lines[3]
    assert change["metric"] == "national/ho-so-tthc-so-hoa/percent/cumulative"
    assert change["identity"]["scope_name"] == "cả nước" and change["confirmed"] is True
    assert (change["old"]["value"], change["new"]["value"]) == (50, 78.15)
    assert change["old"]["url"] == "https://nbtv.vn/old-1000.html" and change["new"]["date"]


def test_filters_and_table(sqlite_url: str) -> None:
    populate(sqlite_url)
    runner = CliRunner()
    only = runner.invoke(cli, ["events", "--db", sqlite_url, "--kind", "new_session"])
    assert [json.loads(x)["kind"] for x in only.stdout.splitlines()] == ["new_session"]
    news = runner.invoke(cli, ["events", "--db", sqlite_url, "--no-backfill", "--format", "table"])
    header, rule, *rows = news.stdout.splitlines()
    assert header.split() == ["Mã", "Lượt", "Công", "bố", "Cổng", "Nội", "dung"] and set(rule) == {"─"}
    assert len([row for row in rows if row.strip().split()[0].isdigit()]) == 3  # one row per event
    assert "Phiên họp mới: Ban Chỉ đạo cải cách hành chính của Chính phủ, phiên thứ 8" in news.stdout
    assert "02/02/2024 09:00" in news.stdout  # the article's publication time, Vietnam time
    assert news.stdout.count("https://nbtv.vn/p8-1001.html") == 3  # each row shows its link
    assert all(line == line.rstrip() for line in news.stdout.splitlines())
    later = runner.invoke(cli, ["events", "--db", sqlite_url, "--since", "2999-01-01"])
    assert later.exit_code == 0 and later.stdout == ""
    bad = runner.invoke(cli, ["events", "--db", sqlite_url, "--since", "hôm qua"])
    assert bad.exit_code == 2 and "--since 'hôm qua' is not an ISO date" in bad.stderr


def test_atom_feed_leaves_history_out(sqlite_url: str, tmp_path: Path) -> None:
    populate(sqlite_url)
    target = tmp_path / "feeds" / "events.atom"
    result = CliRunner().invoke(cli, ["feed", "--db", sqlite_url, "-o", str(target)])
    assert result.exit_code == 0, result.output
    tree = etree.fromstring(target.read_bytes())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = tree.xpath("//a:entry/a:title/text()", namespaces=ns)
    assert len(titles) == 3
    assert titles[0].startswith("Số liệu thay đổi: hồ sơ TTHC được số hóa (cả nước): 50% ")
    assert tree.xpath("//a:entry/a:link/@href", namespaces=ns)[0] == "https://nbtv.vn/p8-1001.html"
    stamps = tree.xpath("//a:updated/text()", namespaces=ns)
    assert stamps and all(stamp.endswith("+07:00") for stamp in stamps)  # local time, with its offset

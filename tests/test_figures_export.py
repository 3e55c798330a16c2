"""`reformcrawl figures` (every reading with its identity) and the details `export` adds to JSONL;
CSV that opens in a spreadsheet: a byte order mark unless --no-bom, true/false, no control
characters."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from datetime import datetime, timezone
from pathlib import Path

from click.testing import CliRunner

from reformcrawl.cli import cli
from reformcrawl.store import open_store
from reformcrawl.store.export import FIGURE_FIELDS, csv_cell

from .monitor_helpers import VN, article, held, percent, set_baseline, store_and_observe

SO_HOA = "national/ho-so-tthc-so-hoa/percent/cumulative"
PAR = "ninh-binh/par-index/percent/year"


def populate(url: str) -> None:
    store = open_store(url)
    with store.session() as s:
        set_baseline(s, "nbtv", "angiang")
        store_and_observe(s, article("https://nbtv.vn/a-1.html", title="Số hóa\x1b[2J hồ sơ\x07",
                                     published=datetime(2023, 7, 19, 8, 0, tzinfo=VN),
                                     figures=(percent(67.32), percent(88.12, PAR, "Chỉ số PAR", certain=False))))
        store_and_observe(s, article("https://angiang.gov.vn/-/b-2", portal="angiang", title="Phiên họp thứ tám",
                                     published=datetime(2024, 2, 2, 9, 0, tzinfo=VN), sessions=(held(8),),
                                     figures=(percent(78.15),)))
        # an edit of the first article: its old readings stay, no longer current
        store_and_observe(s, article("https://nbtv.vn/a-1.html", title="Số hóa hồ sơ",
                                     published=datetime(2023, 7, 19, 8, 0, tzinfo=VN),
                                     text="Bài đã sửa về cải cách hành chính.", figures=(percent(70.0),)))
    store.close()


def run(url: str, *args: str) -> str:
    result = CliRunner().invoke(cli, [*args, "--db", url])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_every_reading_with_its_identity(db_url: str) -> None:
    populate(db_url)
    rows = [json.loads(line) for line in run(db_url, "figures").splitlines()]
    assert all(list(r) == list(FIGURE_FIELDS) for r in rows)
    assert [(r["raw"], r["current"], r["version"]) for r in rows] == [
        ("67,32%", False, 1), ("88,12%", False, 1), ("78,15%", True, 1), ("70%", True, 2)]
    first = rows[0]
    assert (first["metric"], first["scope"], first["scope_name"], first["unit"], first["period"]) == (
        SO_HOA, "national", "cả nước", "%", "cumulative")
    assert first["value"] == 67.32 and first["role"] == "reading" and first["certain"] is True
    assert first["comparable"] is True and first["dated"] is True
    assert first["published_at"] == "2023-07-19T08:00:00+07:00" and first["url"] == "https://nbtv.vn/a-1.html"
    assert rows[1]["certain"] is False and rows[1]["metric"] == PAR


def test_filters(sqlite_url: str) -> None:
    populate(sqlite_url)

    def raws(*args: str) -> list[str]:
        return [json.loads(line)["raw"] for line in run(sqlite_url, "figures", *args).splitlines()]

    assert raws("--metric", PAR) == ["88,12%"]
    assert raws("--portal", "angiang") == ["78,15%"]
    assert raws("--since", "2024-02-02") == ["78,15%"]  # published at or after (Vietnam time)
    assert raws("--since", "2024-02-02T09:00:01+07:00") == []
    bad = CliRunner().invoke(cli, ["figures", "--db", sqlite_url, "--portal", "hanoi"])
    assert bad.exit_code == 2 and "hanoi" in bad.stderr


def test_csv_for_spreadsheets(sqlite_url: str, tmp_path: Path) -> None:
    populate(sqlite_url)
    target = tmp_path / "figures.csv"
    previous = os.umask(0o022)
    try:
        run(sqlite_url, "figures", "--format", "csv", "-o", str(target))
    finally:
        os.umask(previous)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # for others to open, not 0600
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(rows[0]) == list(FIGURE_FIELDS)
    assert {r["certain"] for r in rows} == {"true", "false"} and rows[0]["value"] == "67.32"
    assert rows[0]["title"] == "Số hóa[2J hồ sơ"  # the escape and the bell are gone
    plain = run(sqlite_url, "figures", "--format", "csv", "--no-bom")
    assert plain.startswith("metric,scope,")


def test_export_jsonl_carries_sessions_and_figures(sqlite_url: str) -> None:
    populate(sqlite_url)
    rows = {r["url"]: r for r in map(json.loads, run(sqlite_url, "export").splitlines())}
    edited, meeting = rows["https://nbtv.vn/a-1.html"], rows["https://angiang.gov.vn/-/b-2"]
    assert [f["raw"] for f in edited["figures"]] == ["70%"]  # the latest version's
    assert edited["sessions"] == []
    assert meeting["sessions"] == [{"body": "Ban Chỉ đạo cải cách hành chính của Chính phủ", "number": 8,
                                    "date": None, "role": "held"}]
    assert meeting["figures"][0]["metric"] == SO_HOA and meeting["figures"][0]["comparable"] is True
    csv_text = run(sqlite_url, "export", "--format", "csv", "--no-bom")
    header = next(csv.reader(io.StringIO(csv_text)))
    assert "sessions" not in header and "text" in header
    assert "\x1b" not in csv_text and "\x07" not in csv_text


def test_csv_cells() -> None:
    assert [csv_cell(v) for v in (None, True, False, 3.0, 2.5, "a\x00b\tc\nd", [1, "ố"])] == [
        "", "true", "false", "3", "2.5", "ab\tc\nd", '[1, "ố"]']
    assert csv_cell(datetime(2024, 1, 1, tzinfo=timezone.utc)) == "2024-01-01 00:00:00+00:00"

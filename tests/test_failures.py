"""Failures that are loud, bounded and never silent: a portal that cannot be crawled is a failed
portal in the run record, one line on stderr and a non-zero exit code; what a person can get wrong
(a setting, a URL, a portal file, a database URL, a missing extra) is one line and exit code 2
before anything starts; a dropped page costs one short log line; control characters from pages
never reach a terminal or an alert."""

from __future__ import annotations

import logging
import os
import re
import socket
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from scrapy.exceptions import DropItem
from scrapy.logformatter import LogFormatter
from sqlalchemy import select

from reformcrawl.cli import cli
from reformcrawl.crawl.items import PageItem
from reformcrawl.crawl.options import settings_problems
from reformcrawl.launch.logs import OneLineFormatter
from reformcrawl.mirror.server import MirrorServer
from reformcrawl.monitor.health import failure_reason
from reformcrawl.monitor.notify import compose
from reformcrawl.monitor.render import describe
from reformcrawl.store import open_store
from reformcrawl.store.models import EventRow, PortalRow
from tests.helpers import page, reformcrawl, run_child, snapshot

from .monitor_helpers import set_baseline

SETTINGS = {"DOWNLOAD_TIMEOUT": 2, "RETRY_TIMES": 1, "RETRY_BACKOFF_BASE": 0.05}
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def sqlite(tmp: Path) -> str:
    return f"sqlite:///{tmp / 'crawl.db'}"


def dead_origin() -> str:
    """An origin on 127.0.0.1 where nothing listens (a port just released by the kernel)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


def events(db_url: str) -> list[EventRow]:
    store = open_store(db_url)
    try:
        with store.session() as session:
            return list(session.scalars(select(EventRow).order_by(EventRow.id)))
    finally:
        store.close()


def baselines(db_url: str) -> dict[str, Any]:
    store = open_store(db_url)
    try:
        with store.session() as session:
            return {row.name: row.baseline_at for row in session.scalars(select(PortalRow))}
    finally:
        store.close()


def log_lines(stderr: str) -> list[str]:
    return stderr.splitlines()


# -- a crawl that could not be done is failed, loudly -------------------------------------------


@pytest.mark.slow
def test_a_dead_origin_fails_the_portal_in_one_line(tmp_path: Path) -> None:
    db, origin = sqlite(tmp_path), dead_origin()
    child = reformcrawl(["crawl", "nbtv", "--base-url", origin, "--db", db], tmp_path, settings=SETTINGS, check=False)
    assert child.returncode == 1, child.explain()
    assert "Traceback" not in child.stderr and not any(line[:1].isspace() for line in log_lines(child.stderr)), child.stderr
    last = log_lines(child.stderr)[-1]
    assert last.startswith("reformcrawl crawl: error: nbtv: no listing page or article could be fetched; first error: "
                           f"{origin}"), last
    assert "Connection was refused" in last
    assert re.search(r"^run 1 failed in [0-9.]+s; 1 of 1 portal\(s\) failed: nbtv$", child.stdout, re.M), child.stdout
    [run] = snapshot(db).runs
    assert run["state"] == "failed" and run["ended_at"] is not None
    assert run["errors"][0] == {"portal": "nbtv", "kind": "portal_failed", "url": None, "message": last.split("nbtv: ", 1)[1]}
    [event] = events(db)
    assert (event.kind, event.portal, event.run_id, event.backfill, event.alert) == ("crawl_failed", "nbtv", 1, False, True)
    assert baselines(db).get("nbtv") is None  # a crawl that fetched nothing is no baseline


@pytest.mark.slow
def test_one_dead_portal_of_two_is_a_partial_failure(tmp_path: Path) -> None:
    db, dead = sqlite(tmp_path), dead_origin()
    with MirrorServer(["nbtv"]) as mirror:
        child = reformcrawl(["crawl", "nbtv", "angiang", "--origin", f"nbtv={mirror.origin('nbtv')}",
                             "--origin", f"angiang={dead}", "--db", db], tmp_path, settings=SETTINGS, check=False)
        articles = mirror.site("nbtv").article_paths
    assert child.returncode == 7, child.explain()
    assert "Traceback" not in child.stderr
    failures = [line for line in log_lines(child.stderr) if line.startswith("reformcrawl crawl: error:")]
    assert len(failures) == 1 and failures[0].startswith("reformcrawl crawl: error: angiang: no listing page"), child.stderr
    assert "1 of 2 portal(s) failed: angiang" in child.stdout
    snap = snapshot(db)
    [run] = snap.runs
    assert run["state"] == "finished"
    assert [(e["portal"], e["kind"]) for e in run["errors"] if e["kind"] == "portal_failed"] == [("angiang", "portal_failed")]
    assert snap.paths("nbtv") == set(articles)
    assert {e.kind for e in events(db) if e.portal == "angiang"} == {"crawl_failed"}  # not also "unhealthy"
    marks = baselines(db)
    assert marks["nbtv"] is not None and marks.get("angiang") is None


@pytest.mark.slow
def test_a_crawl_that_cannot_start_is_recorded_with_its_reason(tmp_path: Path) -> None:
    """A setting that passes the checks but breaks the crawl at its start (a class path with a
    typo): the failure used to vanish in a DeferredList and the run said `finished`."""
    db = sqlite(tmp_path)
    with MirrorServer(["nbtv"]) as mirror:
        child = reformcrawl(["crawl", "nbtv", "--base-url", mirror.origin("nbtv"), "--db", db,
                             "-s", "REFORMCRAWL_LEDGER=reformcrawl.crawl.ledger.NoSuchLedger"], tmp_path, check=False)
        requests = mirror.take_requests()
    assert child.returncode == 1, child.explain()
    assert "Traceback" not in child.stderr
    reason = "the crawl could not start or broke off: NameError: Module 'reformcrawl.crawl.ledger' doesn't define any object named 'NoSuchLedger'"
    assert log_lines(child.stderr)[-1] == f"reformcrawl crawl: error: nbtv: {reason}"
    [run] = snapshot(db).runs
    assert run["state"] == "failed" and run["errors"][0]["message"] == reason
    assert requests == []


@pytest.mark.slow
def test_verbose_keeps_the_tracebacks(tmp_path: Path) -> None:
    child = reformcrawl(["crawl", "nbtv", "--base-url", dead_origin(), "--db", sqlite(tmp_path), "-v"], tmp_path,
                        settings=SETTINGS, check=False)
    assert child.returncode == 1
    assert "Traceback (most recent call last)" in child.stderr  # -v is Scrapy's own log, for debugging


def test_failure_reason_names_the_first_error_or_robots() -> None:
    refused = {"portal": "nbtv", "kind": "DownloadConnectionRefusedError", "url": "http://127.0.0.1:9/tin-tuc/",
               "message": "Connection was refused\nby other side"}
    assert failure_reason({"listing_pages": 0, "pages": 0, "errors": 1}, [refused]) == (
        "no listing page or article could be fetched; first error: http://127.0.0.1:9/tin-tuc/: "
        "DownloadConnectionRefusedError: Connection was refused by other side")
    assert failure_reason({"robots_disallowed": 3}, []) == (
        "no listing page or article could be fetched: robots.txt disallows them (3 request(s) refused)")
    assert failure_reason({"listing_pages": 1}, [refused]) is None
    assert failure_reason({"listing_pages": 0, "pages": 4}, []) is None  # articles without listings: unhealthy, not failed


# -- what a person can get wrong: one line, exit 2, before anything starts ----------------------


@pytest.mark.parametrize(("args", "message"), [
    (["-s", "DOWNLOAD_DELAY=abc"], "-s DOWNLOAD_DELAY: must be a number of seconds (like 0.5), not 'abc'"),
    (["-s", "CONCURRENT_REQUESTS=0"], "-s CONCURRENT_REQUESTS: must be a whole number, at least 1, not '0'"),
    (["-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2.5"], "-s CONCURRENT_REQUESTS_PER_DOMAIN: must be a whole number, at least 1, not '2.5'"),
    (["-s", "AUTOTHROTTLE_ENABLED=maybe"], "-s AUTOTHROTTLE_ENABLED: must be true or false (or 1 or 0), not 'maybe'"),
    (["-s", "AUTOTHROTTLE_TARGET_CONCURRENCY=0"], "-s AUTOTHROTTLE_TARGET_CONCURRENCY: must be a number above 0 (like 1.0), not '0'"),
    (["-s", "DOWNLOAD_TIMEOUT=inf"], "-s DOWNLOAD_TIMEOUT: must be a number of seconds above 0 (like 30), not 'inf'"),
    (["-s", "REFORMCRAWL_REVISIT_POLICY=1d/7x"], "-s REFORMCRAWL_REVISIT_POLICY: revisit policy '1d/7x': '7x' is not a duration"),
    (["-s", "LOG_LEVEL=chatty"], "-s LOG_LEVEL: must be one of CRITICAL, ERROR, WARNING, INFO, DEBUG, not 'chatty'"),
    (["--base-url", "ftp://127.0.0.1/"], "--base-url 'ftp://127.0.0.1/' must be an absolute http(s) URL like http://127.0.0.1:8000/"),
    (["--base-url", "http:///nohost"], "--base-url 'http:///nohost' must be an absolute http(s) URL"),
    (["--start-url", "file:///etc/passwd"], "--start-url 'file:///etc/passwd' must be an absolute http(s) URL"),
], ids=lambda v: v if isinstance(v, str) else " ".join(v))
def test_bad_settings_and_urls_are_refused_before_the_crawl(tmp_path: Path, args: list[str], message: str) -> None:
    db = tmp_path / "crawl.db"
    result = CliRunner().invoke(cli, ["crawl", "nbtv", "--db", f"sqlite:///{db}", *args])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"reformcrawl crawl: error: {message}") and result.stderr.count("\n") == 1
    assert not db.exists()  # refused before the database was even opened


def test_good_settings_pass_as_scrapy_reads_them() -> None:
    assert settings_problems({
        "DOWNLOAD_DELAY": "0.5", "CONCURRENT_REQUESTS": 16, "AUTOTHROTTLE_ENABLED": False, "ROBOTSTXT_OBEY": "true",
        "RETRY_TIMES": 3.0, "LOG_LEVEL": "INFO", "REFORMCRAWL_REVISIT_POLICY": "never", "SOME_OWN_SETTING": "anything",
    }) == []


def test_worker_settings_are_checked_too() -> None:
    result = CliRunner().invoke(cli, ["worker", "-s", "DOWNLOAD_DELAY=soon"])
    assert result.exit_code == 2
    assert result.stderr == "reformcrawl worker: error: -s DOWNLOAD_DELAY: must be a number of seconds (like 0.5), not 'soon'\n"


@pytest.mark.parametrize(("definition", "problem"), [
    ("[nbtv]\nhost = 42\n", "portal 'nbtv': 'host' must be a host name like \"nbtv.vn\", not 42"),
    ('[nbtv]\nhost = "https://nbtv.vn/"\n', "portal 'nbtv': 'host' must be a bare host name like \"nbtv.vn\" (no scheme, port or path)"),
    ('[nbtv]\ndrop_xpath = ["//div[@"]\n', "portal 'nbtv': 'drop_xpath' '//div[@' is not a valid XPath expression"),
    ('[nbtv]\nentry_pages = ["javascript:void(0)"]\n', "portal 'nbtv': 'entry_pages' 'javascript:void(0)' must be a path or an http(s) URL"),
    ('[nbtv]\nprovince = ["Ninh Bình"]\n', "portal 'nbtv': 'province' must be a string"),
    ('[hanoi]\ntitle = "Hà Nội"\n', "portal 'hanoi' needs a 'host'"),
], ids=["host-number", "host-url", "xpath", "entry-scheme", "province-list", "no-host"])
def test_a_broken_portal_file_stops_the_crawl_in_one_line(tmp_path: Path, definition: str, problem: str) -> None:
    portals = tmp_path / "portals.toml"
    portals.write_text(definition, encoding="utf-8")
    child = reformcrawl(["crawl", "nbtv", "--db", sqlite(tmp_path)], tmp_path, check=False,
                        env={"REFORMCRAWL_PORTALS": str(portals)})
    assert child.returncode == 2, child.explain()
    assert child.stderr.startswith(f"reformcrawl crawl: error: {portals}: {problem}") and child.stderr.count("\n") == 1, child.stderr
    assert not (tmp_path / "crawl.db").exists()


def test_a_portal_file_that_is_a_fifo_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "portals.toml"
    os.mkfifo(fifo)
    child = reformcrawl(["crawl", "nbtv", "--db", sqlite(tmp_path)], tmp_path, check=False, timeout=60,
                        env={"REFORMCRAWL_PORTALS": str(fifo)})
    assert child.returncode == 2
    assert child.stderr == (f"reformcrawl crawl: error: {fifo}: cannot read portal file: "
                            "is a named pipe (FIFO), not a regular file\n")


def test_database_urls_that_cannot_work_are_one_line_errors(tmp_path: Path) -> None:
    not_a_database = tmp_path / "ls"
    not_a_database.write_bytes(b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 64)  # like sqlite:////bin/ls
    missing = tmp_path / "nonexistent" / "dir" / "x.db"
    runner = CliRunner()
    for command in (["events"], ["crawl", "nbtv"], ["db", "current"], ["export"]):
        binary = runner.invoke(cli, [*command, "--db", f"sqlite:///{not_a_database}"])
        assert binary.exit_code == 2, binary.output
        assert binary.stderr == (f"reformcrawl {command[0]}: error: sqlite:///{not_a_database}: cannot open database: "
                                 "file is not a database\n")
        nowhere = runner.invoke(cli, [*command, "--db", f"sqlite:///{missing}"])
        assert nowhere.exit_code == 2, nowhere.output
        assert nowhere.stderr == (f"reformcrawl {command[0]}: error: sqlite:///{missing}: directory {missing.parent} "
                                  "does not exist (create it first, or choose another database)\n")
    assert not (tmp_path / "nonexistent").exists()  # no directory tree left behind by a typo


def test_the_default_database_home_is_created_when_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "data" / "reformcrawl"
    monkeypatch.setenv("REFORMCRAWL_HOME", str(home))
    result = CliRunner().invoke(cli, ["events"])
    assert result.exit_code == 0, result.output
    assert (home / "reformcrawl.db").is_file()  # reformcrawl's own home, like any XDG data directory


@pytest.mark.parametrize("command", [
    ["crawl", "nbtv", "--distributed", "--redis", "redis://127.0.0.1:6379/15"],
    ["worker", "--redis", "redis://127.0.0.1:6379/15", "--once"],
], ids=["crawl", "worker"])
def test_distributed_without_its_extra_is_one_line(tmp_path: Path, command: list[str]) -> None:
    """As if `pip install reformcrawl` had been run without `[distributed]`: redis cannot be imported."""
    code = ("import sys; sys.modules['redis'] = None; from reformcrawl.cli import main; "
            f"sys.argv = ['reformcrawl', *{command!r}, '--db', {sqlite(tmp_path)!r}]; main()")
    child = run_child(["-c", code], tmp_path, check=False)
    assert child.returncode == 2, child.explain()
    assert child.stderr == (f"reformcrawl {command[0]}: error: distributed crawling needs the 'distributed' extra: "
                            "pip install 'reformcrawl[distributed]' (import of redis halted; None in sys.modules)\n")


# -- logs: a dropped page is one short line -----------------------------------------------------


def _item(body: bytes) -> PageItem:
    from datetime import datetime, timezone

    return PageItem(portal="nbtv", url="https://nbtv.vn/tin-tuc/thoi-su/a-1.html", fetch_url="http://127.0.0.1:8000/a-1.html",
                    status=200, body=body, declared_charset="utf-8", etag=None, last_modified=None,
                    fetched_at=datetime(2024, 3, 1, tzinfo=timezone.utc), run_id=3)


def test_scrapy_logs_a_dropped_page_without_its_body() -> None:
    body = b"<html><body>" + b"<script>var z='" + b"Z" * 120_000 + b"';</script></body></html>"

    class Crawler:
        settings = {"DEFAULT_DROPITEM_LOG_LEVEL": "WARNING"}

    class Spider:
        crawler = Crawler()

    entry = LogFormatter().dropped(_item(body), DropItem("no article text on the page"), None, Spider())
    line = entry["msg"] % entry["args"]
    assert "ZZZZ" not in line and len(line) < 400, line
    assert line.endswith(f"<PageItem nbtv https://nbtv.vn/tin-tuc/thoi-su/a-1.html HTTP 200, {len(body)} bytes>"), line


NO_ARTICLE = ("<!doctype html><html lang='vi'><head><meta charset='utf-8'><title>Trang chủ NBTV</title></head><body>"
              "<nav><a href='/'>Trang chủ</a> <a href='/lien-he/'>Liên hệ</a></nav>"
              "<script>var banner = '" + "Z" * 120_000 + "';</script></body></html>").encode()


@pytest.mark.slow
def test_a_crawl_dropping_three_big_pages_logs_three_short_lines(tmp_path: Path) -> None:
    with MirrorServer(["nbtv"]) as mirror:
        for path in sorted(mirror.site("nbtv").article_paths)[:3]:
            mirror.add_route("nbtv", path, page(NO_ARTICLE))
        child = reformcrawl(["crawl", "nbtv", "--base-url", mirror.origin("nbtv"), "--db", sqlite(tmp_path)], tmp_path)
    dropped = [line for line in log_lines(child.stderr) if "Dropped:" in line]
    assert len(dropped) == 3, child.stderr
    assert all(len(line) < 500 for line in dropped) and "ZZZZ" not in child.stderr
    assert len(child.stderr) < 3000, len(child.stderr)  # it was 124 KB for three pages


# -- control characters stay out of terminals and alerts ----------------------------------------

NASTY = "Cải cách\x1b[31m hành chính\x0b\x85 năm\x07 2024\x9b2J"


def test_alert_texts_carry_no_control_characters() -> None:
    records = [
        {"id": 1, "kind": "new_article", "title": NASTY, "url": "https://nbtv.vn/a-1.html\x1b]8;;", "run_id": 4, "portal": "nbtv"},
        {"id": 2, "kind": "crawl_failed", "portal": "nbtv", "reason": f"server said {NASTY}", "run_id": 4, "url": None},
        {"id": 3, "kind": "crawl_failed", "portal": None, "reason": "crawl process killed by SIGKILL", "run_id": 4, "url": None},
    ]
    assert describe(records[0]) == "Tin mới: Cải cách[31m hành chính năm 20242J"
    assert describe(records[1]) == "Không thu thập được cổng nbtv: server said Cải cách[31m hành chính năm 20242J"
    assert describe(records[2]) == "Lượt thu thập 4 thất bại: crawl process killed by SIGKILL"
    message = compose(records)
    assert not CONTROL.search(message.title + message.body), repr(message.body)
    assert message.body.startswith("Thu thập thất bại (2):")  # failures first


def test_one_line_log_records_have_no_control_characters_or_tracebacks() -> None:
    try:
        raise ValueError("bad\nthing \x1b[2J")
    except ValueError:
        record = logging.LogRecord("scrapy.core.scraper", logging.ERROR, __file__, 1, "Spider error on %s",
                                   (f"title {NASTY}",), sys.exc_info())
    line = OneLineFormatter().format(record)
    assert line == "ERROR scrapy.core.scraper: Spider error on title Cải cách[31m hành chính năm 20242J: bad thing [2J (ValueError)"


@pytest.mark.slow
def test_a_title_with_control_characters_reaches_neither_the_terminal_nor_the_alert(tmp_path: Path) -> None:
    db = sqlite(tmp_path)
    store = open_store(db)
    with store.session() as session:
        set_baseline(session, "nbtv")  # crawled before: new reform articles are alerts
    store.close()
    with MirrorServer(["nbtv"]) as mirror:
        path = next(p for p in mirror.site("nbtv").article_paths if "chat-van-ve-cong-tac-cai-cach" in p)
        html = mirror.site("nbtv").pages[path].body.decode("utf-8")
        headline = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)
        # ESC sequence, vertical tab, bell and a C1 control (NEL) in the headline, wherever it is printed
        mirror.add_route("nbtv", path, page(html.replace(headline, headline[:7] + "\x1b[31m\x0b\x07\x85" + headline[7:]).encode()))
        crawled = reformcrawl(["crawl", "nbtv", "--base-url", mirror.origin("nbtv"), "--db", db, "-v"], tmp_path)
    notified = reformcrawl(["notify", "--dry-run", "--db", db], tmp_path, env={"REFORMCRAWL_NOTIFY_URLS": "json://127.0.0.1:9/hook"})
    for output in (crawled.stdout, crawled.stderr, notified.stdout, notified.stderr):
        assert not CONTROL.search(output), repr(CONTROL.search(output))
    assert "Tin mới: Chất vấ[31mn về công tác cải cách hành chính" in notified.stdout  # the title, without its controls


def test_a_portal_name_with_an_escape_sequence_is_refused(tmp_path: Path) -> None:
    portals = tmp_path / "portals.toml"
    portals.write_text('["nb\\u001b[31mtv"]\nhost = "nbtv.vn"\n', encoding="utf-8")
    child = reformcrawl(["crawl", "--db", sqlite(tmp_path)], tmp_path, check=False, env={"REFORMCRAWL_PORTALS": str(portals)})
    assert child.returncode == 2
    assert child.stderr == (f"reformcrawl crawl: error: {portals}: portal name 'nb\\x1b[31mtv' must be ASCII letters, "
                            "digits, '_' or '-'\n")  # the name is quoted, its ESC spelled out, not sent

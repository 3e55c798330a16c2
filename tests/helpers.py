"""Shared helpers for the crawl, store and export tests.

Crawls run in child processes (Scrapy's reactor cannot restart inside one process) against a
`MirrorServer` started in the test process. The child runs *this* checkout's code: `PYTHONPATH`
puts the worktree first (the venv's editable install may point at another checkout) and `cwd` is
the worktree, so `scrapy.cfg` is found too.

Test settings reach the child through Scrapy's own mechanism: `SCRAPY_SETTINGS_MODULE` names a small
module written into the test's temporary directory, which imports `reformcrawl.settings` and
overrides a few names (no throttling on loopback, tiny retry backoff, short timeouts).

`python -m tests.helpers crawl-job JSON` runs several portals from several mirror origins in one
process and one run record, the way the demo does (`reformcrawl crawl --base-url` takes one portal).
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

WORKTREE = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
SETTINGS_MODULE = "reformcrawl_test_settings"

#: Loopback needs no politeness delay; retries back off for milliseconds, not seconds.
FAST_SETTINGS: dict[str, Any] = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "RETRY_BACKOFF_BASE": 0.05,
    "RETRY_BACKOFF_MAX": 1.0,
    "DOWNLOAD_TIMEOUT": 10,
}


# -- child processes -------------------------------------------------------------------------


def write_settings(directory: Path, overrides: Mapping[str, Any] | None = None) -> Path:
    """Write the settings module for child crawls into `directory`; returns the directory."""
    directory.mkdir(parents=True, exist_ok=True)
    values = {**FAST_SETTINGS, **(overrides or {})}
    lines = ['"""Settings for a test crawl: the project settings, then overrides."""', "", "from reformcrawl.settings import *  # noqa: F403", ""]
    lines += [f"{name} = {value!r}" for name, value in values.items()]
    (directory / f"{SETTINGS_MODULE}.py").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return directory


def child_env(tmp_path: Path, settings: Mapping[str, Any] | None = None) -> dict[str, str]:
    """Environment for a child crawl: this worktree's code, the test settings, an isolated home."""
    settings_dir = write_settings(tmp_path / "crawl-settings", settings)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REFORMCRAWL_", "SCRAPY_"))}
    env.update(
        PYTHONPATH=os.pathsep.join([str(WORKTREE), str(settings_dir)]),
        SCRAPY_SETTINGS_MODULE=SETTINGS_MODULE,
        REFORMCRAWL_HOME=str(tmp_path / "home"),
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


@dataclass
class Child:
    args: list[str]
    returncode: int
    stdout: str
    stderr: str
    seconds: float

    def explain(self) -> str:
        return f"$ {' '.join(self.args)}\nexit {self.returncode} after {self.seconds:.1f}s\n--- stdout\n{self.stdout}\n--- stderr\n{self.stderr[-6000:]}"


def run_child(args: Sequence[str], tmp_path: Path, *, settings: Mapping[str, Any] | None = None,
              timeout: float = 60, check: bool = True, env: Mapping[str, str] | None = None) -> Child:
    """Run `python ARGS` in the worktree with the test environment (plus `env`)."""
    full = [PYTHON, *args]
    started = time.monotonic()
    proc = subprocess.run(full, cwd=WORKTREE, env={**child_env(tmp_path, settings), **(env or {})},
                          capture_output=True, encoding="utf-8", errors="backslashreplace", timeout=timeout)
    child = Child(full, proc.returncode, proc.stdout, proc.stderr, time.monotonic() - started)
    if check:
        assert child.returncode == 0, child.explain()
    return child


def reformcrawl(args: Sequence[str], tmp_path: Path, **kwargs: Any) -> Child:
    return run_child(["-m", "reformcrawl", *args], tmp_path, **kwargs)


def crawl(mirror: Any, portal: str, db_url: str, tmp_path: Path, *extra: str, **kwargs: Any) -> Child:
    """`reformcrawl crawl PORTAL --base-url <mirror origin> --db DB_URL EXTRA...`"""
    return reformcrawl(["crawl", portal, "--base-url", mirror.origin(portal), "--db", db_url, *extra], tmp_path, **kwargs)


def scrapy_crawl(portal: str, db_url: str, tmp_path: Path, *spider_args: str, **kwargs: Any) -> Child:
    """`scrapy crawl PORTAL -s REFORMCRAWL_DB_URL=... -a ARG...`"""
    args = ["-m", "scrapy", "crawl", portal, "-s", f"REFORMCRAWL_DB_URL={db_url}", "-s", "LOG_LEVEL=INFO"]
    for arg in spider_args:
        args += ["-a", arg]
    return run_child(args, tmp_path, **kwargs)


def crawl_job(origins: Mapping[str, str], db_url: str, tmp_path: Path, **kwargs: Any) -> Child:
    """Several portals, each from its own origin, as one run (like the demo)."""
    spec = json.dumps({"origins": dict(origins), "db_url": db_url})
    return run_child(["-m", "tests.helpers", "crawl-job", spec], tmp_path, **kwargs)


def start_crawl(mirror: Any, portal: str, db_url: str, tmp_path: Path, *extra: str,
                settings: Mapping[str, Any] | None = None) -> subprocess.Popen[str]:
    """A crawl child that the test controls (and may kill)."""
    args = [PYTHON, "-m", "reformcrawl", "crawl", portal, "--base-url", mirror.origin(portal), "--db", db_url, *extra]
    return subprocess.Popen(args, cwd=WORKTREE, env=child_env(tmp_path, settings), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def kill(proc: subprocess.Popen[str]) -> None:
    """SIGKILL the child we started, and reap it."""
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=10)


# -- the database, read back -----------------------------------------------------------------


@dataclass(frozen=True)
class StoredArticle:
    url: str
    portal: str
    status: str
    version_count: int
    versions: tuple[int, ...]  # version numbers actually stored
    title: str | None
    etag: str | None


@dataclass
class Snapshot:
    articles: dict[str, StoredArticle]
    versions: int
    runs: list[dict[str, Any]]
    dead_links: set[str] = field(default_factory=set)

    def portal(self, name: str) -> dict[str, StoredArticle]:
        return {url: a for url, a in self.articles.items() if a.portal == name}

    def paths(self, name: str) -> set[str]:
        """URL paths (and queries) of the portal's stored articles."""
        from urllib.parse import urlsplit

        out = set()
        for url in self.portal(name):
            parts = urlsplit(url)
            out.add(parts.path + (f"?{parts.query}" if parts.query else ""))
        return out


def snapshot(db_url: str) -> Snapshot:
    """Everything the crawl tests look at, read with a throwaway engine."""
    from reformcrawl.store.db import make_engine
    from reformcrawl.store.models import ArticleRow, DeadLink, Run, Version
    from sqlalchemy.orm import Session

    engine = make_engine(db_url)
    try:
        with Session(engine) as session:
            numbers: dict[int, list[int]] = {}
            for article_id, number in session.execute(select(Version.article_id, Version.number)):
                numbers.setdefault(article_id, []).append(number)
            articles = {
                row.url: StoredArticle(row.url, row.portal, row.status, row.version_count,
                                       tuple(sorted(numbers.get(row.id, []))), row.title, row.etag)
                for row in session.scalars(select(ArticleRow))
            }
            versions = session.scalar(select(func.count(Version.id))) or 0
            runs = [
                {"id": r.id, "state": r.state, "portals": r.portals, "trigger": r.trigger, "counts": r.counts,
                 "errors": r.errors, "pid": r.pid, "started_at": r.started_at, "ended_at": r.ended_at}
                for r in session.scalars(select(Run).order_by(Run.id))
            ]
            dead = set(session.scalars(select(DeadLink.url)))
        return Snapshot(articles, versions, runs, dead)
    finally:
        engine.dispose()


def latest_texts(db_url: str) -> dict[str, str | None]:
    """Canonical URL -> text of its latest version."""
    from sqlalchemy import and_
    from sqlalchemy.orm import Session

    from reformcrawl.store.db import make_engine
    from reformcrawl.store.models import ArticleRow, Version

    engine = make_engine(db_url)
    try:
        with Session(engine) as session:
            rows = session.execute(
                select(ArticleRow.url, Version.text).join(
                    Version, and_(Version.article_id == ArticleRow.id, Version.number == ArticleRow.version_count)
                )
            )
            return {url: text for url, text in rows}
    finally:
        engine.dispose()


def assert_consistent(snap: Snapshot) -> None:
    """Every article has exactly versions 1..version_count: no half-written version, no gap."""
    for article in snap.articles.values():
        assert article.versions == tuple(range(1, article.version_count + 1)), article
    assert snap.versions == sum(a.version_count for a in snap.articles.values())


# -- misbehaving routes ----------------------------------------------------------------------

Route = Callable[[Any], None]


class Hits:
    """Wraps a route and records when each request arrived (routes that never answer log nothing)."""

    def __init__(self, route: Route) -> None:
        self.route = route
        self.times: list[float] = []
        self._lock = threading.Lock()

    def __call__(self, handler: Any) -> None:
        with self._lock:
            self.times.append(time.monotonic())
        self.route(handler)

    @property
    def count(self) -> int:
        with self._lock:
            return len(self.times)


def statuses_then_ok(*statuses: int) -> Route:
    """Answer the first requests with `statuses` (one each), then serve the page."""
    pending = list(statuses)
    lock = threading.Lock()

    def route(handler: Any) -> None:
        with lock:
            status = pending.pop(0) if pending else None
        if status is None:
            handler.serve_resource()
        else:
            handler.send_plain(status, f"HTTP {status}".encode())

    return route


def status(code: int, body: bytes = b"") -> Route:
    return lambda handler: handler.send_plain(code, body)


def redirect(location: str | Callable[[Any], str], code: int = 302) -> Route:
    def route(handler: Any) -> None:
        target = location(handler) if callable(location) else location
        handler.send_plain(code, b"", headers=[("Location", target)])

    return route


def hang(seconds: float) -> Route:
    """Never answer in time: sleep, then drop the connection."""

    def route(handler: Any) -> None:
        time.sleep(seconds)
        handler.close_connection = True

    return route


def truncated(body: bytes, *, claimed: int | None = None) -> Route:
    """Promise more bytes than are sent (Content-Length), then close the connection."""

    def route(handler: Any) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(claimed or len(body) * 2))
        handler.end_headers()
        handler.wfile.write(body)
        handler.wfile.flush()
        handler.close_connection = True

    return route


def page(body: bytes, content_type: str = "text/html; charset=utf-8", headers: Iterable[tuple[str, str]] = ()) -> Route:
    return lambda handler: handler.send_plain(200, body, content_type, headers)


def huge(size: int, *, content_length: bool = True, chunk: int = 1 << 20) -> Route:
    """A `size`-byte HTML page, streamed; without Content-Length the end is the connection's close."""
    head = b"<html><head><title>x</title></head><body><p>"
    filler = b"a" * chunk

    def route(handler: Any) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        if content_length:
            handler.send_header("Content-Length", str(size))
        else:
            handler.send_header("Connection", "close")
        handler.end_headers()
        handler.close_connection = True
        try:
            handler.wfile.write(head)
            sent = len(head)
            while sent < size:
                part = filler[: min(chunk, size - sent)]
                handler.wfile.write(part)
                sent += len(part)
        except OSError:  # the client hung up, as it should
            pass

    return route


def gzip_bomb(expanded: int) -> Route:
    """A small gzip body (Content-Encoding: gzip) that expands to `expanded` bytes."""
    body = gzip.compress(b"<html><body><p>" + b"\0" * expanded, compresslevel=9, mtime=0)
    return page(body, headers=[("Content-Encoding", "gzip")])


class Overlap:
    """Counts requests in flight at once through a slow route."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.in_flight = 0
        self.most = 0
        self.served = 0
        self._lock = threading.Lock()

    def __call__(self, handler: Any) -> None:
        with self._lock:
            self.in_flight += 1
            self.most = max(self.most, self.in_flight)
        try:
            time.sleep(self.delay)
            handler.serve_resource()
        finally:
            with self._lock:
                self.in_flight -= 1
                self.served += 1


# -- `python -m tests.helpers crawl-job JSON` ------------------------------------------------


def _crawl_job_main(spec: dict[str, Any]) -> int:
    from reformcrawl.launch.crawl_process import CrawlJob, base_settings, crawl_job, run_jobs
    from reformcrawl.launch.summary import format_summary

    origins = spec["origins"]
    job = CrawlJob(portals=tuple(origins), db_url=spec["db_url"], origins=origins, trigger="test")
    summary = run_jobs(lambda process: crawl_job(process, job, progress=False), base_settings({"LOG_LEVEL": "WARNING"}))
    print(format_summary(summary))
    print(json.dumps({"run_id": summary.run_id, "state": summary.state, "portals": summary.portals}))
    return 0 if summary.state == "finished" else 1


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "crawl-job":
        sys.exit(_crawl_job_main(json.loads(sys.argv[2])))
    sys.exit(f"usage: python -m tests.helpers crawl-job JSON (got {sys.argv[1:]})")

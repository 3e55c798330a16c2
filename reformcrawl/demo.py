"""`reformcrawl demo`: the whole product on the bundled offline mirror, no network needed.

Serves the mirror on 127.0.0.1, crawls all five portals into a fresh database (the baseline),
moves the mirror to its "after" state (new articles, a new numbered session, an edited figure),
crawls again and shows what changed, then crawls a third time to show that nothing repeats.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session
from twisted.internet import defer

from .config import VIETNAM_TZ
from .core.textnorm import strip_controls
from .launch.crawl_process import CrawlJob, base_settings, crawl_job, run_jobs
from .launch.summary import RunSummary, format_summary
from .mirror.server import MirrorServer
from .monitor.render import describe, event_record, iter_events
from .store import shared_store
from .store.models import ArticleRow, Version

#: The mirror is on loopback: no need to wait between requests (the per-portal limit of 2 stays).
DEMO_SETTINGS = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "LOG_LEVEL": "WARNING"}


@dataclass
class DemoResult:
    db_url: str
    runs: list[RunSummary] = field(default_factory=list)
    requests_per_run: list[dict[str, int]] = field(default_factory=list)


def _article_lines(session: Session, run_id: int) -> tuple[list[str], list[str]]:
    """Titles of articles first stored in `run_id`, and of articles given a new version in it."""
    new, edited = [], []
    rows = session.execute(
        select(ArticleRow.portal, ArticleRow.title, Version.number, Version.published_at)
        .join(Version, Version.article_id == ArticleRow.id)
        .where(Version.run_id == run_id)
        .order_by(ArticleRow.portal, Version.published_at)
    )
    for portal, title, number, published in rows:
        day = published.astimezone(VIETNAM_TZ).date().isoformat() if published else "????-??-??"
        line = f"  {portal:<14} {day}  {strip_controls(title or '')}"  # a page's title: no escape sequences
        (new if number == 1 else edited).append(line + ("" if number == 1 else f"  (version {number})"))
    return new, edited


def _event_lines(db_url: str, run_id: int) -> str:
    with shared_store(db_url).session() as session:
        lines = [f"  {event.kind:<16} {describe(event_record(session, event))}" for event in iter_events(session, run_id=run_id)]
    return "\n".join(lines) or "  (none)"


def _stored_counts(session: Session) -> list[tuple[str, int, int, int]]:
    rows = session.execute(
        select(
            ArticleRow.portal,
            func.count(ArticleRow.id),
            func.sum(ArticleRow.version_count),
            func.sum(case((ArticleRow.is_reform, 1), else_=0)),
        ).group_by(ArticleRow.portal).order_by(ArticleRow.portal)
    )
    return [(portal, count, versions or 0, reform or 0) for portal, count, versions, reform in rows]


def run_demo(db_path: Path, echo: Callable[[str], None] = print) -> DemoResult:
    if db_path.exists():
        db_path.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    result = DemoResult(db_url=f"sqlite:///{db_path}")
    mirror = MirrorServer().start()
    echo("reformcrawl demo: the bundled offline mirror of five portals, served on 127.0.0.1")
    for portal, origin in mirror.origins().items():
        echo(f"  {portal:<14} {origin}")
    echo(f"database: {db_path}\n")

    def job(trigger: str) -> CrawlJob:
        return CrawlJob(portals=mirror.portals, db_url=result.db_url, origins=mirror.origins(),
                        trigger=trigger, settings=DEMO_SETTINGS)

    def record(summary: RunSummary) -> None:
        requests = mirror.take_requests()
        result.runs.append(summary)
        result.requests_per_run.append({
            "total": len(requests),
            "article_pages": sum(1 for r in requests if mirror.is_article_path(r.portal, r.path)),
        })

    @defer.inlineCallbacks
    def main(process: Any) -> Any:
        echo("1. First crawl of the mirror (\"before\"): the baseline, kept as history")
        record((yield crawl_job(process, job("demo:baseline"), progress=False)))
        echo(format_summary(result.runs[-1]) + "\n")

        mirror.set_state("after")
        echo("2. The portals publish new articles and one edits a figure; second crawl")
        record((yield crawl_job(process, job("demo:after"), progress=False)))
        echo(format_summary(result.runs[-1]))
        with shared_store(result.db_url).session() as session:
            new, edited = _article_lines(session, result.runs[-1].run_id)
        echo("\nnew articles:\n" + ("\n".join(new) or "  (none)"))
        echo("edited articles (new versions):\n" + ("\n".join(edited) or "  (none)"))
        echo("events (what alerts would say):\n" + _event_lines(result.db_url, result.runs[-1].run_id) + "\n")

        echo("3. Third crawl, nothing changed on the mirror: no article page fetched, nothing added")
        record((yield crawl_job(process, job("demo:repeat"), progress=False)))
        echo(format_summary(result.runs[-1]))
        echo(f"requests: {result.requests_per_run[-1]['total']} "
             f"(article pages: {result.requests_per_run[-1]['article_pages']})")
        echo("events:\n" + _event_lines(result.db_url, result.runs[-1].run_id) + "\n")
        return result

    try:
        run_jobs(main, base_settings(DEMO_SETTINGS), one_line_log=True)
    finally:
        mirror.stop()
    with shared_store(result.db_url).session() as session:
        echo("stored:")
        for portal, count, versions, reform in _stored_counts(session):
            echo(f"  {portal:<14} {count} articles ({reform} on reform), {versions} versions")
    echo(f"\nnext: reformcrawl events --db {result.db_url} --format table --no-backfill")
    echo(f"      reformcrawl export --db {result.db_url} | head -c 600")
    echo(f"      reformcrawl report --db {result.db_url} -o report/   # then open report/index.html")
    return result


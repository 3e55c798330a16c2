"""Running a crawl job in this process: several portals at once as one run record.

`run_jobs` owns the Twisted reactor for the life of the process (Scrapy cannot restart it), so a
caller that needs several crawls in a row (the demo) passes one function that chains them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.log import failure_to_exc_info
from scrapy.utils.project import get_project_settings
from scrapy.utils.reactor import install_reactor
from twisted.internet import defer
from twisted.internet.error import ReactorNotRunning
from twisted.python.failure import Failure

from ..crawl import options
from ..crawl.stats import ordered, portal_counts
from ..monitor.health import close_run
from ..portals import get_portal
from ..spiders.portals import SPIDERS
from ..store import run_records, shared_store
from ..store.models import Run
from .logs import install_one_line_logging
from .progress import Progress
from .summary import RunSummary, totals

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class CrawlJob:
    portals: tuple[str, ...]
    db_url: str
    origins: Mapping[str, str] = field(default_factory=dict)  # portal -> base URL (mirror, moved host)
    start_urls: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    max_pages: int | None = None
    revisit: str = "due"
    trigger: str = "cli"
    run_id: int | None = None  # a run row prepared by the caller (the scheduler); else a new one
    settings: Mapping[str, Any] = field(default_factory=dict)  # extra Scrapy settings


def base_settings(overrides: Mapping[str, Any] | None = None) -> Settings:
    settings = get_project_settings()
    if not settings.get("BOT_NAME") or settings.get("BOT_NAME") == "scrapybot":
        settings.setmodule("reformcrawl.settings", priority="project")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def _finish(job: CrawlJob, run_id: int, started_at: datetime, crawlers: list[Crawler],
            not_started: dict[str, str]) -> RunSummary:
    """Close the run record (failures judged there, see `monitor.health.close_run`) and read back
    its state and errors for the summary: the record is the one account of how the run went."""
    portals: dict[str, dict[str, int]] = {}
    errors: list[dict[str, Any]] = []
    interrupted = False
    for name, crawler in zip(job.portals, crawlers):
        spider = getattr(crawler, "spider", None)
        if spider is None or crawler.stats is None:
            portals[name] = ordered({})  # it never started: a row of zeros, and its reason below
            continue
        portals[name] = portal_counts(crawler.stats)
        errors.extend(spider.ledger.errors())
        reason = crawler.stats.get_value("finish_reason")
        interrupted = interrupted or reason not in (None, "finished")
    ended_at = datetime.now(timezone.utc)
    state_name = run_records.INTERRUPTED if interrupted else run_records.FINISHED
    store = shared_store(job.db_url)
    with store.session() as session:
        close_run(session, run_id, state=state_name, counts={"total": totals(portals), "portals": portals},
                  errors=errors, now=ended_at, not_started=not_started)
        run = session.get(Run, run_id)
        assert run is not None
        return RunSummary(run_id, run.state, started_at, ended_at, portals, list(run.errors or []))


def _one_line(failure: Failure) -> str:
    return " ".join(f"{failure.type.__name__}: {failure.getErrorMessage()}".split())


@defer.inlineCallbacks
def crawl_job(process: CrawlerProcess, job: CrawlJob, progress: bool = True) -> Any:
    """Crawl `job.portals` concurrently as one run; fires with its `RunSummary`."""
    for name in job.portals:
        get_portal(name)  # unknown names fail before anything is recorded
    store = shared_store(job.db_url)
    with store.session() as session:
        run_records.reap_stale_runs(session)
        if job.run_id is not None:
            run = run_records.adopt_run(session, job.run_id, portals=list(job.portals))
        else:
            run = run_records.start_run(session, portals=list(job.portals), trigger=job.trigger)
        run_id, started_at = run.id, run.started_at
    crawlers: list[Crawler] = []
    waits = []
    for name in job.portals:
        settings = process.settings.copy()
        settings.set(options.DB_URL, job.db_url, priority="cmdline")
        settings.set(options.RUN_ID, run_id, priority="cmdline")
        settings.set(options.TRIGGER, job.trigger, priority="cmdline")
        for key, value in job.settings.items():
            settings.set(key, value, priority="cmdline")
        crawler = Crawler(SPIDERS[name], settings)
        crawlers.append(crawler)
        kwargs: dict[str, Any] = {"revisit": job.revisit}
        if job.origins.get(name):
            kwargs["base_url"] = job.origins[name]
        if job.start_urls.get(name):
            kwargs["start_urls"] = job.start_urls[name]
        if job.max_pages is not None:
            kwargs["max_pages"] = job.max_pages
        waits.append(process.crawl(crawler, **kwargs))
    meter = Progress(lambda: [c for c in crawlers if getattr(c, "spider", None) is not None])
    if progress:
        meter.start()
    try:
        # Each portal's crawl ends on its own; one that cannot start (or breaks off) must not stop
        # the others, and must not vanish either: its failure becomes its line in the run record.
        results = yield defer.DeferredList(waits, consumeErrors=True)
    finally:
        meter.stop()
    not_started: dict[str, str] = {}
    for name, (ok, outcome) in zip(job.portals, results):
        if not ok:
            not_started[name] = f"the crawl could not start or broke off: {_one_line(outcome)}"
            logger.error("%s: %s", name, not_started[name], exc_info=failure_to_exc_info(outcome))
    return _finish(job, run_id, started_at, crawlers, not_started)


def run_jobs(main: Callable[[CrawlerProcess], Any], settings: Settings, *, one_line_log: bool = False) -> Any:
    """Run `main(process)` (returning a Deferred) in the reactor; return what it fires with.

    The reactor runs once per process: a caller that needs several crawls chains them in `main`.
    `one_line_log`: log one line per record, no tracebacks (`launch.logs`), instead of Scrapy's log.
    """
    if one_line_log:
        install_one_line_logging(settings)
    install_reactor(settings["TWISTED_REACTOR"])
    from twisted.internet import reactor

    process = CrawlerProcess(settings)
    outcome: dict[str, Any] = {}

    def done(result: Any) -> None:
        outcome["result"] = result
        if reactor.running:
            try:
                reactor.stop()
            except ReactorNotRunning:  # SIGINT/SIGTERM: Scrapy is already stopping it
                pass

    reactor.callWhenRunning(lambda: defer.maybeDeferred(main, process).addBoth(done))
    process.start(stop_after_crawl=False)
    result = outcome.get("result")
    if isinstance(result, Failure):
        result.raiseException()
    return result

"""`reformcrawl crawl [PORTAL ...]`: crawl, store, monitor, print a summary."""

from __future__ import annotations

import logging

import click

from .. import config
from ..crawl.options import REVISIT_MODES, origin_problem, start_url_problem
from ..portals import PortalConfigError, all_portals, get_portal
from ..store import StoreError, shared_store
from .errors import EXIT_FAILED, EXIT_USAGE, fail
from .options import db_option, parse_settings
from .worker import crawl_distributed, redis_option, report_run, require_distributed_extra, ttl_option


@click.command("crawl")
@click.argument("portals", nargs=-1, metavar="[PORTAL ...]")
@click.option("--base-url", default=None, metavar="URL", help="Serve the (single) portal from this origin: a mirror or a moved host.")
@click.option("--origin", "origin_pairs", multiple=True, metavar="PORTAL=URL",
              help="Serve PORTAL from this origin (a mirror, a moved host); repeatable, for several portals at once.")
@click.option("--start-url", "start_urls", multiple=True, metavar="URL", help="Replace the (single) portal's entry pages; repeatable.")
@db_option
@click.option("--max-pages", type=click.IntRange(min=1), default=None, help="At most N listing and article pages per portal.")
@click.option("--revisit", type=click.Choice(REVISIT_MODES), default="due", show_default=True,
              help="Which stored articles to fetch again (conditionally) to look for edits.")
@click.option("-v", "--verbose", is_flag=True, help="Show Scrapy's log (INFO) instead of warnings only.")
@click.option("--run-id", type=int, default=None, hidden=True, help="Carry out this prepared run (the scheduler's).")
@click.option("--trigger", default="cli", hidden=True, help="What started the run, recorded with it.")
@click.option("--setting", "-s", "settings", multiple=True, metavar="NAME=VALUE",
              help="Override a Scrapy setting, e.g. -s DOWNLOAD_DELAY=2; repeatable.")
@click.option("--distributed", is_flag=True,
              help="Crawl with distributed workers (`reformcrawl worker`): seed a shared frontier in Redis, work it, complete the run.")
@redis_option
@click.option("--no-work", is_flag=True, help="With --distributed: only coordinate and wait; the workers crawl.")
@ttl_option
def crawl_command(
    portals: tuple[str, ...], base_url: str | None, origin_pairs: tuple[str, ...], start_urls: tuple[str, ...], db_url: str | None,
    max_pages: int | None, revisit: str, verbose: bool, run_id: int | None, trigger: str, settings: tuple[str, ...],
    distributed: bool, redis_url: str | None, no_work: bool, heartbeat_ttl: float,
) -> None:
    """Crawl portals (all of them when none is named), store new articles and versions, print a summary.

    \b
    Examples:
      reformcrawl crawl                                   # every portal, default database
      reformcrawl crawl baohagiang nbtv --max-pages 50
      reformcrawl crawl nbtv --base-url http://127.0.0.1:8000/ --db sqlite:///mirror.db
      reformcrawl crawl nbtv angiang --origin nbtv=http://127.0.0.1:8001/ --origin angiang=http://127.0.0.1:8002/
      reformcrawl crawl --distributed --redis redis://10.0.0.5:6379/0 --db postgresql://crawler@10.0.0.5/reformcrawl

    \b
    Exit codes: 0 every portal crawled; 1 every portal failed (one line each says why);
    2 bad usage (an option, a -s setting, a portal file, --db); 7 some portals failed;
    130 interrupted. A portal fails when its crawl cannot start or fetches nothing at all.
    """
    # Everything a person can get wrong is checked before Scrapy starts (and before the portal
    # spiders are built from the portal definitions): one line naming it, exit code 2.
    try:
        names = tuple(portals) or tuple(all_portals())
        for name in names:
            get_portal(name)
    except PortalConfigError as exc:
        fail("crawl", str(exc), EXIT_USAGE)
    if (base_url or start_urls) and len(names) != 1:
        fail("crawl", "--base-url and --start-url need exactly one PORTAL", EXIT_USAGE)
    if base_url and (problem := origin_problem(base_url)):
        fail("crawl", f"--base-url {problem}", EXIT_USAGE)
    for url in start_urls:
        if problem := start_url_problem(url):
            fail("crawl", f"--start-url {problem}", EXIT_USAGE)
    if base_url and origin_pairs:
        fail("crawl", "use --base-url (one portal) or --origin PORTAL=URL, not both", EXIT_USAGE)
    if (redis_url or no_work) and not distributed:
        fail("crawl", "--redis and --no-work go with --distributed", EXIT_USAGE)
    origins = {names[0]: base_url} if base_url else _parse_origins(origin_pairs, names)
    overrides = parse_settings("crawl", settings, verbose)
    if distributed:
        require_distributed_extra("crawl")
    db_url = db_url or config.default_db_url()
    try:
        # Open (and migrate) the database now: a bad --db fails in one line before any crawling starts.
        shared_store(db_url)
    except StoreError as exc:
        fail("crawl", str(exc), EXIT_USAGE)
    # Scrapy and the portal spiders load only now, once the portal definitions are known to be good.
    from ..launch.crawl_process import CrawlJob, base_settings, crawl_job, run_jobs

    job = CrawlJob(
        portals=names,
        db_url=db_url,
        origins=origins,
        start_urls={names[0]: start_urls} if start_urls else {},
        max_pages=max_pages,
        revisit=revisit,
        trigger=trigger,
        run_id=run_id,
    )
    if distributed:
        run_settings = {k: v for k, v in overrides.items() if k != "LOG_LEVEL"}
        crawl_distributed(job, overrides, run_settings, redis_url=redis_url, work=not no_work, ttl=heartbeat_ttl)
    try:
        summary = run_jobs(lambda process: crawl_job(process, job), base_settings(overrides), one_line_log=not verbose)
    except (StoreError, LookupError) as exc:
        fail("crawl", str(exc), EXIT_USAGE)
    except Exception as exc:  # noqa: BLE001 - one clear line, the log has the rest
        logging.getLogger(__name__).error("crawl failed", exc_info=True)
        fail("crawl", f"{type(exc).__name__}: {exc}", EXIT_FAILED)
    report_run("crawl", summary)


def _parse_origins(pairs: tuple[str, ...], names: tuple[str, ...]) -> dict[str, str]:
    """`--origin PORTAL=URL` options as {portal: url}; each portal must be one being crawled."""
    origins: dict[str, str] = {}
    for pair in pairs:
        portal, sep, url = pair.partition("=")
        portal, url = portal.strip(), url.strip()
        if not sep or not portal or origin_problem(url):
            fail("crawl", f"--origin {pair!r} must look like PORTAL=http://127.0.0.1:8000/ (an http or https URL)", EXIT_USAGE)
        if portal not in names:
            fail("crawl", f"--origin {pair!r}: {portal!r} is not one of the portals being crawled ({', '.join(names)})", EXIT_USAGE)
        if portal in origins and origins[portal] != url:
            fail("crawl", f"--origin {pair!r}: {portal} already has origin {origins[portal]}", EXIT_USAGE)
        origins[portal] = url
    return origins

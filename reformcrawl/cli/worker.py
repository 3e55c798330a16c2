"""`reformcrawl worker`: take part in distributed crawl runs; and `crawl --distributed`'s body.

Nothing here imports Redis or scrapy-redis until a distributed command actually runs.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping
from typing import Any, NoReturn

import click

from .. import config
from ..store import StoreError, shared_store
from .errors import EXIT_FAILED, EXIT_USAGE, crawl_exit_code, error_line, fail
from .options import db_option, parse_settings

#: Default heartbeat TTL (seconds): a worker silent this long is dead; its requests go back.
DEFAULT_TTL = 15.0

redis_option = click.option(
    "--redis", "redis_url", default=None, metavar="URL",
    help=f"Redis server of distributed crawls, e.g. redis://10.0.0.5:6379/0 (default: ${config.ENV_REDIS_URL}).",
)
ttl_option = click.option(
    "--heartbeat-ttl", type=click.FloatRange(min=0.5), default=DEFAULT_TTL, show_default=True, metavar="SECONDS",
    help="A worker silent this long is taken for dead: its requests and politeness places go back to the others.",
)


def require_distributed_extra(command: str) -> None:
    """Fail in one line when the `distributed` extra (redis, scrapy-redis) is not installed: the
    distributed modules import them at their top, so this runs before any of them is imported."""
    try:
        import redis  # noqa: F401
        import scrapy_redis  # noqa: F401
    except ImportError as exc:
        fail(command, f"distributed crawling needs the 'distributed' extra: pip install 'reformcrawl[distributed]' ({exc})",
             EXIT_USAGE)


def report_run(command: str, summary: Any) -> NoReturn:
    """Print a crawl's summary, one error line per failed portal, and exit with the crawl's code."""
    from ..launch.summary import format_summary

    click.echo(format_summary(summary))
    for portal, reason in summary.failed.items():
        click.echo(error_line(command, f"{portal}: {reason}"), err=True)
    sys.exit(crawl_exit_code(summary.state, len(summary.failed)))


def _connect(command: str, redis_url: str | None) -> Any:
    from ..distributed.cluster import Cluster, DistributedError

    try:
        return Cluster.connect(redis_url)
    except DistributedError as exc:
        fail(command, str(exc), EXIT_USAGE)


def _echo(line: str) -> None:
    click.echo(line, err=True)


def crawl_distributed(job: Any, overrides: Mapping[str, str], run_settings: Mapping[str, str], *,
                      redis_url: str | None, work: bool, ttl: float) -> NoReturn:
    """`reformcrawl crawl --distributed`: coordinate one run (see distributed.coordinator)."""
    from ..distributed.cluster import DistributedError
    from ..distributed.coordinator import coordinate, describe_workers

    cluster = _connect("crawl", redis_url)
    # The run's own Scrapy settings (-s) reach every worker; the log level stays each process's own.
    job = _with_settings(job, run_settings)
    try:
        summary = coordinate(job, cluster, work=work, overrides=overrides, ttl=ttl, echo=_echo)
    except DistributedError as exc:
        fail("crawl", str(exc), EXIT_FAILED)
    except (StoreError, LookupError) as exc:
        fail("crawl", str(exc), EXIT_USAGE)
    except Exception as exc:  # noqa: BLE001 - one clear line, the log has the rest
        logging.getLogger(__name__).exception("distributed crawl failed")
        fail("crawl", f"{type(exc).__name__}: {exc}", EXIT_FAILED)
    for line in describe_workers(job.db_url, summary.run_id):
        click.echo(line)
    report_run("crawl", summary)


def _with_settings(job: Any, run_settings: Mapping[str, str]) -> Any:
    from dataclasses import replace

    return replace(job, settings={**dict(job.settings), **dict(run_settings)})


@click.command("worker")
@redis_option
@db_option
@click.option("--once", is_flag=True, help="Work one run, then exit (default: wait for runs until stopped).")
@click.option("--worker-id", default=None, metavar="ID", help="This worker's name in run records (default: host:pid:random).")
@ttl_option
@click.option("-v", "--verbose", is_flag=True, help="Show Scrapy's log (INFO) instead of warnings only.")
@click.option("--setting", "-s", "settings", multiple=True, metavar="NAME=VALUE",
              help="A Scrapy setting for this worker (the run's own settings, from the coordinator, win).")
def worker_command(redis_url: str | None, db_url: str | None, once: bool, worker_id: str | None,
                   heartbeat_ttl: float, verbose: bool, settings: tuple[str, ...]) -> None:
    """Take part in distributed crawl runs: wait for a run, crawl from its shared frontier, repeat.

    Every worker of a run uses the same Redis server and the same database; a run is started by
    `reformcrawl crawl --distributed` (or a schedule). Stop a worker with Ctrl-C or SIGTERM: what it
    holds goes back to the others. A worker that dies is noticed after --heartbeat-ttl.

    \b
    Examples:
      reformcrawl worker --redis redis://10.0.0.5:6379/0 --db postgresql://crawler@10.0.0.5/reformcrawl
      REFORMCRAWL_REDIS_URL=redis://10.0.0.5:6379/0 reformcrawl worker --once
    """
    overrides = parse_settings("worker", settings, verbose)
    require_distributed_extra("worker")
    from ..distributed.node import Worker
    from ..distributed.process import WorkerProcess
    from ..launch.crawl_process import base_settings, run_jobs

    db_url = db_url or config.default_db_url()
    try:
        shared_store(db_url)
    except StoreError as exc:
        fail("worker", str(exc), EXIT_USAGE)
    cluster = _connect("worker", redis_url)
    try:
        worker = Worker(cluster, worker_id, ttl=heartbeat_ttl)
    except ValueError as exc:
        fail("worker", str(exc), EXIT_USAGE)
    worker.register().start()
    process = WorkerProcess(cluster, worker, db_url, once=once, overrides=overrides, echo=_echo)
    _echo(f"worker {worker.id}: waiting for runs (Redis {_redacted(cluster.url)}, keys {cluster.keys.prefix}:*)")
    try:
        worked = run_jobs(process.main, base_settings(overrides), one_line_log=not verbose)
    except Exception as exc:  # noqa: BLE001
        logging.getLogger(__name__).exception("worker failed")
        fail("worker", f"{type(exc).__name__}: {exc}", EXIT_FAILED)
    finally:
        worker.stop()
        worker.unregister()
    runs = ", ".join(str(r) for r in (worked or process.worked)) or "none"
    _echo(f"worker {worker.id}: stopped; runs worked: {runs}")


def _redacted(url: str) -> str:
    from ..distributed.cluster import redact_redis_url

    return redact_redis_url(url)

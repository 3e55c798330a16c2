"""`reformcrawl schedule run|list|run-once`: nightly crawls from schedule files."""

from __future__ import annotations

import logging
import signal
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import click
from sqlalchemy import select
from sqlalchemy.engine import make_url

from .. import config
from ..core.textnorm import strip_controls
from ..store import Store, StoreError, open_store, redact
from .errors import EXIT_BUSY, EXIT_FAILED, EXIT_INTERRUPTED, EXIT_PARTIAL, EXIT_USAGE, fail
from .options import db_option, open_db

schedules_option = click.option(
    "--schedules", "schedules_dir", type=click.Path(file_okay=False, path_type=Path), default=None, metavar="DIR",
    help=f"Directory of schedule files, one *.toml per schedule (default: ${config.ENV_SCHEDULES}, else ./schedules).",
)


@click.group("schedule")
def schedule_group() -> None:
    """Scheduled crawls: every schedule file (schedules/*.toml) crawls, stores, detects and alerts on its own."""


def _load(command: str, schedules_dir: Path | None) -> Any:
    from ..schedule.config import load_schedules

    directory = config.schedules_dir(schedules_dir)
    try:
        return load_schedules(directory)
    except FileNotFoundError:
        init = "reformcrawl schedule init" + (f" --schedules {directory}" if schedules_dir else "")
        fail(command, f"{directory}: no such schedules directory; start one with `{init}` (writes the example "
                      f"nightly.toml there), or name another with --schedules DIR or ${config.ENV_SCHEDULES}",
             EXIT_USAGE)


@schedule_group.command("init")
@schedules_option
def init_command(schedules_dir: Path | None) -> None:
    """Start a schedules directory with the example schedule (every portal at 02:00, then alerts).

    The example is the `nightly.toml` shipped in the package; an existing file is never replaced.

    \b
    Example:
      reformcrawl schedule init && reformcrawl schedule list
    """
    from ..schedule.config import EXAMPLE_NAME, example_schedule

    directory = config.schedules_dir(schedules_dir)
    target = directory / EXAMPLE_NAME
    if target.exists():
        fail("schedule init", f"{target} exists already; edit it, or add another *.toml beside it", EXIT_USAGE)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        target.write_text(example_schedule(), encoding="utf-8")
    except OSError as exc:
        fail("schedule init", f"{target}: cannot write: {exc.strerror}", EXIT_FAILED)
    click.echo(f"wrote {target}; see it with `reformcrawl schedule list"
               f"{f' --schedules {directory}' if schedules_dir else ''}`")


def _logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not verbose:
        for noisy in ("apscheduler", "alembic"):
            logging.getLogger(noisy).setLevel(logging.WARNING)


@schedule_group.command("run")
@schedules_option
@db_option
@click.option("--stop-timeout", type=click.FloatRange(min=0), default=600, show_default=True, metavar="SECONDS",
              help="On SIGTERM or Ctrl-C, how long a running crawl may go on before it is stopped and recorded as interrupted.")
@click.option("--kill-timeout", type=click.FloatRange(min=0), default=25, show_default=True, metavar="SECONDS",
              help="After a crawl is sent SIGTERM, how long it has to stop before SIGKILL.")
@click.option("--lease-ttl", type=click.IntRange(min=5), default=120, show_default=True, metavar="SECONDS",
              help="A schedule's lease lasts this long unless renewed (every quarter of it while a crawl runs).")
@click.option("--check-every", type=click.FloatRange(min=0.5), default=15, show_default=True, metavar="SECONDS",
              help="How often the schedules directory is checked for changes (SIGHUP: at once).")
@click.option("-v", "--verbose", is_flag=True, help="Debug logging, APScheduler's included.")
def run_command(
    schedules_dir: Path | None, db_url: str | None, stop_timeout: float, kill_timeout: float, lease_ttl: int,
    check_every: float, verbose: bool,
) -> None:
    """Run the scheduler in the foreground (under systemd, in a container) until SIGTERM.

    Each schedule fires at its cron time; each run crawls in a child process and is recorded in
    the database with its output and exit code. Several schedulers may share one database: each
    schedule still runs once at a time. SIGTERM: no new runs, a running crawl may finish within
    --stop-timeout, then it is stopped; a second SIGTERM stops it at once.

    \b
    Example:
      reformcrawl schedule run --schedules /etc/reformcrawl/schedules --db postgresql://reform@db/reformcrawl
    """
    from ..schedule.scheduled_run import RunnerSettings
    from ..schedule.service import ScheduleService

    loaded = _load("schedule run", schedules_dir)
    _logging(verbose)
    store = open_db("schedule run", db_url)
    service = ScheduleService(
        loaded.directory, store,
        RunnerSettings(db_url=store.url, lease_ttl=timedelta(seconds=lease_ttl), kill_timeout=kill_timeout),
        stop_timeout=stop_timeout, check_every=check_every,
    )
    signal.signal(signal.SIGTERM, lambda *_: service.signal_received("stop"))
    signal.signal(signal.SIGINT, lambda *_: service.signal_received("stop"))
    signal.signal(signal.SIGHUP, lambda *_: service.signal_received("reload"))
    try:
        service.serve()
    finally:
        store.close()


@schedule_group.command("run-once")
@click.argument("name")
@schedules_option
@db_option
@click.option("--stop-timeout", type=click.FloatRange(min=0), default=0, show_default=True, metavar="SECONDS",
              help="On SIGTERM or Ctrl-C, how long the crawl may go on before it is stopped.")
@click.option("--kill-timeout", type=click.FloatRange(min=0), default=25, show_default=True, metavar="SECONDS",
              help="After the crawl is sent SIGTERM, how long it has to stop before SIGKILL.")
@click.option("-q", "--quiet", is_flag=True, help="Do not show the crawl's output, only the outcome.")
def run_once_command(
    name: str, schedules_dir: Path | None, db_url: str | None, stop_timeout: float, kill_timeout: float, quiet: bool,
) -> None:
    """Run schedule NAME now, exactly as when it fires (its lease, a run record, alerts, feed).

    Exit codes: 0 finished, 1 failed, 7 finished but some portals failed, 130 interrupted,
    6 already running elsewhere.

    \b
    Example:
      reformcrawl schedule run-once nightly
    """
    from ..schedule.scheduled_run import (
        BUSY,
        SKIPPED,
        RunnerSettings,
        StopRequest,
        execute,
    )

    loaded = _load("schedule run-once", schedules_dir)
    schedule = loaded.schedules.get(name)
    if schedule is None:
        for problem in loaded.problems:
            if problem.path.stem == name:
                fail("schedule run-once", str(problem), EXIT_USAGE)
        known = ", ".join(loaded.schedules) or "none"
        fail("schedule run-once", f"{name!r}: no such schedule in {loaded.directory} (known: {known})", EXIT_USAGE)
    if not schedule.enabled:
        click.echo(f"note: {name} is disabled (enabled = false); running it anyway, once", err=True)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    store = open_db("schedule run-once", db_url)
    stop = StopRequest()
    signal.signal(signal.SIGTERM, lambda *_: stop.request(stop_timeout, "asked to stop (SIGTERM)"))
    signal.signal(signal.SIGINT, lambda *_: stop.request(stop_timeout, "asked to stop (Ctrl-C)"))
    settings = RunnerSettings(db_url=store.url, kill_timeout=kill_timeout)
    outcome = execute(schedule, store, settings, stop=stop, on_line=None if quiet else click.echo)
    store.close()
    if outcome.state == BUSY:
        fail("schedule run-once", f"{name}: {outcome.message}", EXIT_BUSY)
    if outcome.state == SKIPPED:  # asked to stop before it started
        fail("schedule run-once", f"{name}: {outcome.message}", 130)
    click.echo(f"schedule {name}: run {outcome.run_id} {outcome.state} ({outcome.message}) in {outcome.seconds:.1f}s; "
               f"{outcome.notified} alert message(s) sent")
    if outcome.state == "failed":
        raise SystemExit(EXIT_FAILED)
    if outcome.state != "finished":
        raise SystemExit(EXIT_INTERRUPTED)
    if outcome.exit_code == EXIT_PARTIAL:  # the crawl's own verdict: some of its portals failed
        raise SystemExit(EXIT_PARTIAL)


@schedule_group.command("list")
@schedules_option
@db_option
@click.option("--count", type=click.IntRange(min=1, max=50), default=3, show_default=True, help="Next run times shown per schedule.")
@click.option("--now", "now_text", default=None, hidden=True, help="Pretend it is this ISO time (tests).")
def list_command(schedules_dir: Path | None, db_url: str | None, count: int, now_text: str | None) -> None:
    """Show each schedule, its next run times, and what the database knows (stored next run, last
    run, lease); then the files that cannot be used, with the reason. Exit code 1 if any is broken.

    \b
    Example:
      reformcrawl schedule list --count 5
    """
    loaded = _load("schedule list", schedules_dir)
    now = _parse_now(now_text)
    store = _open_for_listing(db_url)
    click.echo(f"schedules in {loaded.directory}: {len(loaded.schedules)} loaded, {len(loaded.problems)} broken")
    for schedule in loaded.schedules.values():
        click.echo("")
        click.echo("\n".join(_describe(schedule, now, count, store)))
    if store is not None:
        store.close()
    if loaded.problems:
        click.echo("\nbroken (not run until fixed):")
        for problem in loaded.problems:
            click.echo(f"  {problem}")
        raise SystemExit(EXIT_FAILED)


def _parse_now(value: str | None) -> datetime:
    if value is None:
        return datetime.now(timezone.utc)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        fail("schedule list", f"--now {value!r} is not an ISO datetime", EXIT_USAGE)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=config.VIETNAM_TZ)


def _open_for_listing(db_url: str | None) -> Store | None:
    """The database, if one is named or the default one exists (listing never creates one)."""
    url = db_url or config.default_db_url()
    if db_url is None:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite" and parsed.database and not Path(parsed.database).exists():
            return None
    try:
        return open_store(url)
    except StoreError as exc:
        click.echo(f"(database {redact(url)} not read: {exc})", err=True)
        return None


def _when(value: datetime, zone: ZoneInfo) -> str:
    local = value.astimezone(zone)
    return local.strftime("%Y-%m-%d %H:%M:%S %a ") + local.strftime("%z")[:3] + ":" + local.strftime("%z")[3:]


def _describe(schedule: Any, now: datetime, count: int, store: Store | None) -> list[str]:
    zone = ZoneInfo(schedule.timezone)
    state = "enabled" if schedule.enabled else "disabled"
    lines = [f"{schedule.name}  ({state}; {schedule.path})"]
    when = f"{schedule.cron}  {schedule.timezone}"
    if schedule.jitter:
        when += f", jitter up to {schedule.jitter}s"
    when += f", misfire grace {schedule.misfire_grace}s"
    lines.append(f"  when      {when}")
    portals = ", ".join(schedule.portals)
    lines.append(f"  portals   {'all: ' if schedule.all_portals else ''}{portals}")
    crawl = f"revisit {schedule.revisit} ({schedule.revisit_policy})"
    if schedule.max_pages:
        crawl += f", max {schedule.max_pages} pages per portal"
    if schedule.max_runtime:
        crawl += f", at most {schedule.max_runtime}s"
    lines.append(f"  crawl     {crawl}")
    for portal, url in schedule.base_urls.items():
        lines.append(f"  origin    {portal} = {url}")
    if schedule.settings:
        lines.append("  settings  " + strip_controls(" ".join(f"{k}={v}" for k, v in schedule.settings.items())))
    after = ["notify" if schedule.notify else "no alerts"]
    if schedule.feed:
        after.append(f"feed {schedule.feed}")
    if schedule.report:
        after.append(f"report {schedule.report}")
    lines.append(f"  after     {', '.join(after)}")
    times = schedule.next_fire_times(now, count) if schedule.enabled else []
    for index, fire_time in enumerate(times):
        lines.append(f"  {'next' if index == 0 else '':<9} {_when(fire_time, zone)}")
    if store is not None:
        lines += _database_lines(schedule, store, zone)
    return lines


def _database_lines(schedule: Any, store: Store, zone: ZoneInfo) -> list[str]:
    from ..schedule import lease as leases
    from ..schedule.service import stored_next_run_times
    from ..store.models import Run

    lines = []
    stored = stored_next_run_times(store).get(schedule.name)
    if stored is not None:
        lines.append(f"  stored    next run {_when(stored, zone)} (the job store; jitter included)")
    with store.session() as session:
        run = session.scalars(
            select(Run).where(Run.trigger == schedule.trigger_name).order_by(Run.id.desc()).limit(1)
        ).first()
        if run is not None:
            took = f", {(run.ended_at - run.started_at).total_seconds():.0f}s" if run.ended_at else ""
            code = f", exit {run.exit_code}" if run.exit_code is not None else ""
            lines.append(f"  last run  {run.id} {run.state}, started {_when(run.started_at, zone)}{took}{code}")
    lease = leases.read(store, schedule.lease_name)
    if lease is not None:
        lines.append(f"  lease     {lease.describe(leases.utcnow())}")
    return lines

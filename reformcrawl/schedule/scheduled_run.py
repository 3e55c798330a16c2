"""One scheduled run: take the schedule's lease, prepare the run row, crawl in a child process,
record how it ended, send alerts, write the feed, release the lease.

Scrapy's reactor cannot restart, so every crawl is `python -m reformcrawl crawl ... --run-id N`
in a child process of its own session (a Ctrl-C or a signal to the scheduler does not reach it
by accident). The child records its counts and state itself; this side adds the exit code and
the last lines of its output, and records the end when the child could not (a crash, a kill).
"""

from __future__ import annotations

import collections
import ctypes
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from .. import config
from ..core.textnorm import strip_controls
from ..monitor.health import record_crawl_failure
from ..store import Store, redact, run_records
from ..store.models import Run
from . import lease as leases
from .config import Schedule

logger = logging.getLogger(__name__)

LOG_TAIL_LINES = 200
_MAX_LINE = 2000
SKIPPED, BUSY = "skipped", "busy"


class StopRequest:
    """Asked to stop: finish the running crawl within `timeout` seconds, then stop it."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._deadline: float | None = None
        self.reason = ""

    def request(self, timeout: float, reason: str = "the scheduler is stopping") -> None:
        deadline = time.monotonic() + max(0.0, timeout)
        if self._deadline is None or deadline < self._deadline:
            self._deadline = deadline
        self.reason = self.reason or reason
        self._event.set()

    @property
    def requested(self) -> bool:
        return self._event.is_set()

    def due(self) -> bool:
        """The stop timeout has passed: running children are to be stopped now."""
        return self._deadline is not None and time.monotonic() >= self._deadline

    def wait(self, timeout: float) -> bool:
        return self._event.wait(timeout)


@dataclass
class RunnerSettings:
    """How runs are carried out (the same for every schedule of one scheduler)."""

    db_url: str
    holder: str = field(default_factory=leases.new_holder)
    lease_ttl: timedelta = leases.DEFAULT_TTL
    kill_timeout: float = 25.0  # after SIGTERM, how long a child may take to stop before SIGKILL
    python: str = sys.executable
    poll_interval: float = 0.2


@dataclass
class Outcome:
    schedule: str
    state: str  # finished | failed | interrupted (the run's), or busy | skipped (no run)
    run_id: int | None = None
    exit_code: int | None = None
    message: str = ""
    notified: int = 0  # messages sent
    seconds: float = 0.0


def child_command(schedule: Schedule, run_id: int, python: str = sys.executable) -> list[str]:
    """The crawl command line for a run of `schedule` (the database URL goes in the environment,
    not here: a password in a command line is visible to every user of the machine)."""
    command = [python, "-m", "reformcrawl", "crawl"]
    if not schedule.all_portals:
        command += list(schedule.portals)
    command += ["--run-id", str(run_id), "--trigger", schedule.trigger_name, "--revisit", schedule.revisit,
                "-s", f"REFORMCRAWL_REVISIT_POLICY={schedule.revisit_policy}"]
    if schedule.max_pages is not None:
        command += ["--max-pages", str(schedule.max_pages)]
    if len(schedule.portals) == 1 and schedule.base_urls:
        command += ["--base-url", schedule.base_urls[schedule.portals[0]]]
    else:
        for portal, url in schedule.base_urls.items():
            command += ["--origin", f"{portal}={url}"]
    for name, value in schedule.settings.items():
        command += ["-s", f"{name}={value}"]
    if schedule.distributed:
        # The child seeds the run into Redis ($REFORMCRAWL_REDIS_URL) and waits while the workers
        # crawl it; the lease above already made this scheduler the only one to start it.
        command += ["--distributed", "--no-work"]
    return command


def describe_exit(code: int) -> str:
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exited with code {code}"


def _parent_death_signal() -> Callable[[], None] | None:
    """On Linux, have the child get SIGTERM if the scheduler dies without stopping it (it then
    records its run as interrupted instead of crawling on with nobody renewing the lease)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    pr_set_pdeathsig = 1

    def set_signal() -> None:
        prctl(pr_set_pdeathsig, signal.SIGTERM)

    return set_signal


class _Child:
    """The crawl process and the last lines of its output."""

    def __init__(self, command: list[str], env: dict[str, str], on_line: Callable[[str], None]) -> None:
        self.lines: collections.deque[str] = collections.deque(maxlen=LOG_TAIL_LINES)
        self._on_line = on_line
        self.process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
            start_new_session=True, preexec_fn=_parent_death_signal(),
            text=True, encoding="utf-8", errors="replace", bufsize=1,
        )
        self._reader = threading.Thread(target=self._read, name=f"child-{self.process.pid}-output", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            line = strip_controls(raw.rstrip("\r\n"))  # shown on a terminal, kept in the run record
            if len(line) > _MAX_LINE:
                line = line[:_MAX_LINE] + " …"
            self.lines.append(line)
            try:
                self._on_line(line)
            except Exception:  # noqa: BLE001 - a display problem never stops the reading
                pass

    def signal(self, signum: int) -> None:
        try:
            os.killpg(self.process.pid, signum)  # its own process group: it and anything it started
        except (ProcessLookupError, PermissionError):
            pass

    def finish(self) -> str:
        self._reader.join(timeout=5)
        return "\n".join(self.lines)


def execute(
    schedule: Schedule,
    store: Store,
    settings: RunnerSettings,
    *,
    stop: StopRequest | None = None,
    scheduled_for: datetime | None = None,
    on_line: Callable[[str], None] | None = None,
    channels_loader: Callable[[], list] | None = None,
) -> Outcome:
    """Run `schedule` once now, unless another holder runs it (then `busy`, and no run row).

    `scheduled_for` is the fire time a scheduler runs it for (None for a manual run): a fire time
    already run by another scheduler is `skipped`.
    """
    stop = stop or StopRequest()
    started = time.monotonic()
    if stop.requested:
        return Outcome(schedule.name, SKIPPED, message=f"not started: {stop.reason}")
    if not leases.acquire(store, schedule.lease_name, settings.holder, ttl=settings.lease_ttl, scheduled_for=scheduled_for):
        state = leases.read(store, schedule.lease_name)
        now = leases.utcnow()
        if state is not None and not state.held(now) and scheduled_for is not None \
                and state.scheduled_for is not None and state.scheduled_for >= scheduled_for:
            message = f"the run for {scheduled_for.isoformat(timespec='seconds')} was already taken by another scheduler"
            return Outcome(schedule.name, SKIPPED, message=message)
        where = state.describe(now) if state else "held"
        return Outcome(schedule.name, BUSY, message=f"already running elsewhere: lease {where}")
    try:
        return _run_with_lease(schedule, store, settings, stop, on_line or (lambda line: None),
                               channels_loader, started)
    finally:
        try:
            leases.release(store, schedule.lease_name, settings.holder)
        except Exception:  # noqa: BLE001 - the lease then expires by itself after its TTL
            logger.exception("schedule %s: could not release the lease; it expires by itself", schedule.name)


def _run_with_lease(
    schedule: Schedule, store: Store, settings: RunnerSettings, stop: StopRequest, on_line: Callable[[str], None],
    channels_loader: Callable[[], list] | None, started: float,
) -> Outcome:
    with store.session() as session:
        run_records.reap_stale_runs(session)
        run = run_records.start_run(session, portals=list(schedule.portals), trigger=schedule.trigger_name)
        run_id = run.id
    command = child_command(schedule, run_id, settings.python)
    env = dict(os.environ)
    env[config.ENV_DB_URL] = settings.db_url
    env["PYTHONUNBUFFERED"] = "1"
    logger.info("schedule %s: run %d: reformcrawl %s (database %s)", schedule.name, run_id, " ".join(command[3:]),
                redact(settings.db_url))
    try:
        child = _Child(command, env, on_line)
    except OSError as exc:
        _record_end(store, run_id, exit_code=None, log_tail=f"cannot start the crawl: {exc}",
                    state=run_records.FAILED, error=f"cannot start the crawl process: {exc}")
        outcome = Outcome(schedule.name, run_records.FAILED, run_id, message=f"cannot start the crawl process: {exc}")
        outcome.notified = _after_run(schedule, store, run_id, channels_loader)  # its failure is news now
        return outcome
    try:
        stopped_because = _supervise(schedule, store, settings, stop, child, started)
    except BaseException:
        child.signal(signal.SIGKILL)  # never leave a crawl running without its lease
        raise
    code = child.process.returncode
    tail = child.finish()
    state, message = _record_exit(store, run_id, code, tail, stopped_because)
    outcome = Outcome(schedule.name, state, run_id, code, message)
    outcome.notified = _after_run(schedule, store, run_id, channels_loader)
    outcome.seconds = time.monotonic() - started
    return outcome


def _supervise(
    schedule: Schedule, store: Store, settings: RunnerSettings, stop: StopRequest, child: _Child, started: float,
) -> str | None:
    """Wait for the child, renewing the lease; stop it (SIGTERM, then SIGKILL after `kill_timeout`)
    when the stop timeout has passed, when it runs past `max_runtime`, or when the lease is lost.
    Returns why it was stopped, if it was."""
    ttl = settings.lease_ttl.total_seconds()
    renew_every = max(1.0, ttl / 4)
    renewed_at = time.monotonic()
    next_renewal = renewed_at + renew_every
    stopped_because: str | None = None
    kill_at: float | None = None
    while child.process.poll() is None:
        now = time.monotonic()
        reason: str | None = None
        if now >= next_renewal:
            try:
                leases.renew(store, schedule.lease_name, settings.holder, ttl=settings.lease_ttl)
                renewed_at, next_renewal = now, now + renew_every
            except leases.LeaseLost as exc:
                reason = f"lease lost ({exc})"
                next_renewal = now + 3600
            except Exception as exc:  # noqa: BLE001 - database away for a moment: retry soon
                logger.warning("schedule %s: cannot renew the lease (%s); retrying", schedule.name, exc)
                next_renewal = now + 1.0
                if now - renewed_at > 0.75 * ttl:
                    # It may expire soon and go to another scheduler: stop before two runs overlap.
                    reason = f"could not renew the lease for {now - renewed_at:.0f}s"
        if reason is None and stop.due():
            reason = stop.reason or "the scheduler is stopping"
        if reason is None and schedule.max_runtime is not None and now - started > schedule.max_runtime:
            reason = f"ran longer than max_runtime ({schedule.max_runtime}s)"
        if reason is not None and stopped_because is None:
            stopped_because = reason
            logger.warning("schedule %s: stopping the crawl (pid %d): %s", schedule.name, child.process.pid, reason)
            child.signal(signal.SIGTERM)
            kill_at = now + settings.kill_timeout
        if kill_at is not None and now >= kill_at:
            logger.warning("schedule %s: the crawl did not stop within %.0fs of SIGTERM; sending SIGKILL",
                           schedule.name, settings.kill_timeout)
            child.signal(signal.SIGKILL)
            kill_at = None
        try:
            child.process.wait(timeout=settings.poll_interval)
        except subprocess.TimeoutExpired:
            pass
    return stopped_because


def _record_exit(store: Store, run_id: int, code: int, tail: str, stopped_because: str | None) -> tuple[str, str]:
    """Add the exit code and output to the run; end it if the child could not. (state, message).

    A run the child could not end (a crash, a kill, a bad setting) is failed here, and alerted at
    once with a `crawl_failed` event naming what happened (the child alerts its own failures)."""
    with store.session() as session:
        run = session.get(Run, run_id)
        assert run is not None
        run.exit_code, run.log_tail = code, tail
        errors = list(run.errors or [])
        if stopped_because and run.state != run_records.FINISHED:
            errors.append({"kind": "stopped", "message": f"stopped by the scheduler: {stopped_because}"})
        if run.state == run_records.RUNNING:
            run.state = run_records.INTERRUPTED if stopped_because else run_records.FAILED
            run.ended_at = run_records.utcnow()
            if not stopped_because or code != 0:
                errors.append({"kind": "exit", "message": f"crawl process {describe_exit(code)} before recording the end of the run"})
            if run.state == run_records.FAILED:
                record_crawl_failure(session, run_id=run_id, portal=None, now=run.ended_at,
                                     reason=_failure_reason(errors[-1]["message"], tail))
        elif code != 0 and run.state == run_records.FINISHED and not run_records.failed_portals(errors):
            # (a finished run with failed portals exits non-zero by design: its errors say which)
            errors.append({"kind": "exit", "message": f"crawl process {describe_exit(code)} after finishing the run"})
        run.errors = errors
        state = run.state
    message = describe_exit(code) + (f"; stopped: {stopped_because}" if stopped_because else "")
    return state, message


def _failure_reason(error: str, tail: str) -> str:
    """What an alert says about a run that died: the error, and the child's last line (its own
    one-line error, when it printed one)."""
    last = next((line.strip() for line in reversed(tail.splitlines()) if line.strip()), "")
    return f"{error}: {last}" if last else error


def _record_end(store: Store, run_id: int, *, exit_code: int | None, log_tail: str, state: str, error: str) -> None:
    with store.session() as session:
        run = session.get(Run, run_id)
        assert run is not None
        run.state, run.ended_at, run.exit_code, run.log_tail = state, run_records.utcnow(), exit_code, log_tail
        run.errors = [*(run.errors or []), {"kind": "exit", "message": error}]
        if state == run_records.FAILED:
            record_crawl_failure(session, run_id=run_id, portal=None, reason=error, now=run.ended_at)


def _after_run(schedule: Schedule, store: Store, run_id: int, channels_loader: Callable[[], list] | None) -> int:
    """Alerts and the feed, when the schedule asks for them. Problems are logged and noted on the
    run; they never undo it. Returns how many messages were sent."""
    sent = 0
    problems = []
    if schedule.notify:
        from ..monitor.notify import NotifyConfigError, load_channels, notify

        try:
            channels = (channels_loader or load_channels)()
        except NotifyConfigError as exc:
            channels = []
            problems.append({"kind": "notify", "message": str(exc)})
        if channels:
            try:
                report = notify(store, channels)
                sent = len(report.sent)
                for name, _message, error in report.failed:
                    problems.append({"kind": "notify", "message": f"{name}: {error}; retried after the next run"})
            except Exception as exc:  # noqa: BLE001 - alerts wait for the next run
                logger.exception("schedule %s: notify failed", schedule.name)
                problems.append({"kind": "notify", "message": f"{type(exc).__name__}: {exc}"})
        elif not problems:
            logger.info("schedule %s: notify is on but no channel is configured (%s or a channel file)",
                        schedule.name, config.ENV_NOTIFY_URLS)
    if schedule.feed is not None:
        problems += _write_feed(schedule.feed, store)
    if schedule.report is not None:
        problems += _write_report(schedule.report, store)
    if problems:
        for problem in problems:
            logger.warning("schedule %s: %s", schedule.name, problem["message"])
        with store.session() as session:
            run = session.get(Run, run_id)
            if run is not None:
                run.errors = [*(run.errors or []), *problems]
    return sent


def _write_feed(path: Path, store: Store) -> list[dict[str, str]]:
    from ..monitor.feed import atom_feed
    from ..monitor.publish import write_atomically

    try:
        with store.session() as session:
            text = atom_feed(session)
        write_atomically(path, text)
    except OSError as exc:
        return [{"kind": "feed", "message": f"{path}: cannot write: {exc.strerror}"}]
    return []


def _write_report(directory: Path, store: Store) -> list[dict[str, str]]:
    from ..report import build_report

    try:
        with store.session() as session:
            build_report(session, directory, now=run_records.utcnow())
    except OSError as exc:
        return [{"kind": "report", "message": f"{directory}: cannot write the report: {exc.strerror or exc}"}]
    return []

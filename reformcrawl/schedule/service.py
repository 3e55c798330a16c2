"""The scheduler: APScheduler with its job store in the project database, one job per schedule.

- Jobs live in APScheduler's `SQLAlchemyJobStore` (table `apscheduler_jobs`), so a restart keeps
  each schedule's next run time. At start the stored jobs are matched with the files: an
  unchanged schedule keeps its stored next run time (a run missed while the scheduler was down
  runs on start, once: jobs coalesce, and a miss older than `misfire_grace` is skipped); a
  changed one is rescheduled from now; a removed or disabled one is dropped. The directory is
  checked for changes now and then, and on SIGHUP.
- Every job fires `fire(name)` in a thread of its own, told which fire time it runs for; the run
  itself (lease, child process, alerts) is `scheduled_run.execute`, the code path of `schedule run-once`.
- Several schedulers may share the database (failover): they share the job table, and the lease
  lets one of them run each fire time.
- `request_stop()` (SIGTERM): no new runs; a running crawl may finish within the stop timeout,
  then it is stopped (SIGTERM, then SIGKILL) and recorded as interrupted.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from apscheduler.events import EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.executors.base import BaseExecutor, run_job
from apscheduler.job import Job
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import STATE_RUNNING
from apscheduler.util import utc_timestamp_to_datetime
from sqlalchemy import inspect, select

from .. import config
from ..store import Store
from .config import Schedule, ScheduleSet, directory_stamp, load_schedules
from .scheduled_run import BUSY, SKIPPED, Outcome, RunnerSettings, StopRequest, execute

logger = logging.getLogger(__name__)

JOB_TABLE = "apscheduler_jobs"
JOB_PREFIX = "schedule:"
FIRE = "reformcrawl.schedule.service:fire"
_POLL = 0.2

_context = threading.local()


def fire(name: str) -> None:
    """The function every stored job names: runs schedule `name` for the service that fired it."""
    service: ScheduleService | None = getattr(_context, "service", None)
    if service is None:
        raise RuntimeError(f"schedule {name!r} fired outside a reformcrawl scheduler")
    service.fire(name, getattr(_context, "scheduled_for", None))


class _ScheduleExecutor(BaseExecutor):
    """Runs each fired job in its own thread and tells it the fire time it stands for.

    APScheduler's `run_job` does the misfire check and the events; this adds the fire time
    (APScheduler does not hand it to the job function), which keys the lease.
    """

    def __init__(self, service: ScheduleService) -> None:
        super().__init__()
        self.service = service
        self._threads: set[threading.Thread] = set()
        self._threads_lock = threading.Lock()

    def _do_submit_job(self, job: Job, run_times: list[datetime]) -> None:
        thread = threading.Thread(target=self._run, args=(job, run_times), name=f"run-{job.id}")
        with self._threads_lock:
            self._threads.add(thread)
        thread.start()

    def _run(self, job: Job, run_times: list[datetime]) -> None:
        events: list[Any] = []
        try:
            for run_time in run_times:
                _context.service, _context.scheduled_for = self.service, run_time
                events += run_job(job, job._jobstore_alias, [run_time], self._logger.name)
        except BaseException as exc:  # noqa: BLE001 - reported like APScheduler's own executors do
            self._run_job_error(job.id, exc, exc.__traceback__)
        else:
            self._run_job_success(job.id, events)
        finally:
            _context.service = _context.scheduled_for = None
            with self._threads_lock:
                self._threads.discard(threading.current_thread())

    def running(self) -> int:
        with self._threads_lock:
            return len(self._threads)

    def shutdown(self, wait: bool = True) -> None:
        if wait:
            with self._threads_lock:
                threads = list(self._threads)
            for thread in threads:
                thread.join()


class _Scheduler(BackgroundScheduler):
    """APScheduler's background scheduler, processing jobs only while running.

    APScheduler 3 wakes its loop once more in `shutdown()` and processes due jobs then, even when
    paused: a fire time that came due while a stopping scheduler waited for its crawl would be
    consumed (its next run time moved on) without a run. Not here: it stays due for the restart.
    """

    def _process_jobs(self) -> float | None:
        if self.state != STATE_RUNNING:
            return None
        return super()._process_jobs()


def job_scheduler(store: Store, jobstore: SQLAlchemyJobStore | None = None, **options: Any) -> BackgroundScheduler:
    """A scheduler over the project database's job table (not started)."""
    return _Scheduler(
        timezone=config.VIETNAM_TZ,
        jobstores={"default": jobstore or SQLAlchemyJobStore(engine=store.engine, tablename=JOB_TABLE)},
        job_defaults={"coalesce": True, "max_instances": 1},
        **options,
    )


@dataclass
class ScheduleService:
    directory: Path
    store: Store
    settings: RunnerSettings
    stop_timeout: float = 600.0
    check_every: float = 15.0  # seconds between looks at the schedules directory (and job table)
    stop: StopRequest = field(default_factory=StopRequest)

    def __post_init__(self) -> None:
        self.schedules = ScheduleSet(self.directory)
        self._stamp: tuple[tuple[str, int, int], ...] = ()
        self._lock = threading.Lock()
        self.outcomes: list[Outcome] = []
        self._executor = _ScheduleExecutor(self)
        self._jobstore = SQLAlchemyJobStore(engine=self.store.engine, tablename=JOB_TABLE)
        self.scheduler = job_scheduler(self.store, self._jobstore, executors={"default": self._executor})
        self.scheduler.add_listener(self._missed, EVENT_JOB_MISSED)
        self._poke = threading.Event()  # wakes `serve` early: a stop was asked for
        self._reload_asked = False
        self._signals: list[str] = []

    # -- life cycle ----------------------------------------------------------------------------

    def start(self) -> None:
        """Load the schedules, sync the stored jobs with them, start firing."""
        ensure_job_table(self._jobstore)
        self.scheduler.start(paused=True)
        self.reload(force=True)
        self.scheduler.resume()
        logger.info("scheduler %s started: %d schedule(s) from %s", self.settings.holder,
                    len(self.schedules.enabled), self.directory)

    def serve(self) -> None:
        """Run until asked to stop (`signal_received("stop")`, or `request_stop()` from another
        thread), then stop (see `shutdown`). Looks at the schedules directory, and at the job table
        that other schedulers may change, every `check_every` seconds."""
        self.start()
        next_check = time.monotonic() + self.check_every
        while True:
            self._handle_signals()
            if self.stop.requested:
                break
            if self._reload_asked or time.monotonic() >= next_check:
                self.tick()
                next_check = time.monotonic() + self.check_every
            self._poke.wait(_POLL)
            self._poke.clear()
        self.shutdown()

    def tick(self) -> None:
        force, self._reload_asked = self._reload_asked, False
        self.reload(force=force)
        self.scheduler.wakeup()  # another scheduler may have changed the shared job table

    def signal_received(self, kind: str) -> None:
        """For signal handlers: only notes the signal ("stop" or "reload"); `serve` acts on it."""
        self._signals.append(kind)

    def _handle_signals(self) -> None:
        while self._signals:
            kind = self._signals.pop(0)
            if kind == "reload":
                logger.info("reloading the schedule files")
                self._reload_asked = True
            elif self.stop.requested:
                logger.warning("asked again to stop: stopping running crawls now")
                self.request_stop(0)
            else:
                logger.info("stopping: no new runs; a running crawl may take up to %.0fs more", self.stop_timeout)
                self.request_stop()

    def request_stop(self, timeout: float | None = None) -> None:
        """Take no new runs; running crawls get `timeout` (default: `stop_timeout`) seconds to finish."""
        self.stop.request(self.stop_timeout if timeout is None else timeout)
        self._poke.set()

    def shutdown(self) -> None:
        """Stop firing; wait for running crawls (they stop themselves when the stop timeout has
        passed); then stop APScheduler."""
        if not self.stop.requested:
            self.request_stop()
        if self.scheduler.running:
            self.scheduler.pause()
            if self._executor.running():
                logger.info("stopping: waiting for %d running crawl(s)", self._executor.running())
            while self._executor.running():
                self._handle_signals()
                time.sleep(_POLL)
            self.scheduler.shutdown(wait=True)
        logger.info("scheduler %s stopped", self.settings.holder)

    # -- schedules and jobs --------------------------------------------------------------------

    def reload(self, *, force: bool = False) -> None:
        stamp = directory_stamp(self.directory)
        if not force and stamp == self._stamp:
            return
        self._stamp = stamp
        try:
            schedules = load_schedules(self.directory)
        except FileNotFoundError as exc:
            logger.error("%s; keeping the schedules loaded before", exc)
            return
        for problem in schedules.problems:
            logger.error("schedule file not used: %s", problem)
        with self._lock:
            self.schedules = schedules
        sync_jobs(self.scheduler, schedules)

    def fire(self, name: str, scheduled_for: datetime | None) -> Outcome:
        with self._lock:
            schedule = self.schedules.enabled.get(name)
        if schedule is None:
            outcome = Outcome(name, SKIPPED, message="no such enabled schedule (file removed, disabled or broken)")
        else:
            nominal = schedule.nominal_fire_time(scheduled_for) if scheduled_for else None
            outcome = self.run(schedule, scheduled_for=nominal)
        self._log_outcome(outcome)
        return outcome

    def run(self, schedule: Schedule, *, scheduled_for: datetime | None = None) -> Outcome:
        def echo(line: str) -> None:
            logger.info("[%s] %s", schedule.name, line)

        return execute(schedule, self.store, self.settings, stop=self.stop, scheduled_for=scheduled_for, on_line=echo)

    def _log_outcome(self, outcome: Outcome) -> None:
        with self._lock:
            self.outcomes.append(outcome)
        if outcome.state in (SKIPPED, BUSY):
            logger.info("schedule %s: no run: %s", outcome.schedule, outcome.message)
        else:
            logger.log(logging.INFO if outcome.state == "finished" else logging.WARNING,
                       "schedule %s: run %s %s (%s) in %.1fs; %d alert message(s) sent", outcome.schedule,
                       outcome.run_id, outcome.state, outcome.message, outcome.seconds, outcome.notified)

    def _missed(self, event: JobExecutionEvent) -> None:
        logger.warning("schedule %s: the run due at %s was missed by more than its misfire_grace; skipped",
                       event.job_id.removeprefix(JOB_PREFIX), event.scheduled_run_time)


def ensure_job_table(jobstore: SQLAlchemyJobStore) -> None:
    """Create APScheduler's table (it would itself, but two schedulers starting together on
    PostgreSQL can both try: the loser's error means the table is there)."""
    try:
        jobstore.jobs_t.create(jobstore.engine, checkfirst=True)
    except Exception:
        if not inspect(jobstore.engine).has_table(jobstore.jobs_t.name):
            raise


def _trigger_key(trigger: Any) -> str:
    return repr(trigger)


def sync_jobs(scheduler: BackgroundScheduler, schedules: ScheduleSet, *, now: datetime | None = None) -> None:
    """Make the stored jobs match the schedules. A job whose trigger and grace are unchanged keeps
    its stored next run time (so a restart resumes); jobs of broken files are left as they were."""
    now = now or datetime.now(timezone.utc)
    wanted = schedules.enabled
    for job in scheduler.get_jobs():
        if not job.id.startswith(JOB_PREFIX):
            continue
        name = job.id.removeprefix(JOB_PREFIX)
        if name not in wanted and name not in schedules.broken_names():
            logger.info("schedule %s: removed (its file is gone or it is disabled)", name)
            scheduler.remove_job(job.id)
    for name, schedule in wanted.items():
        trigger = schedule.trigger()
        job = scheduler.get_job(schedule.job_id)
        if job is None:
            scheduler.add_job(
                FIRE, trigger, args=[name], id=schedule.job_id, name=name, misfire_grace_time=schedule.misfire_grace,
                coalesce=True, max_instances=1, replace_existing=True,
            )
            logger.info("schedule %s: added (%s %s)", name, schedule.cron, schedule.timezone)
        elif _trigger_key(job.trigger) != _trigger_key(trigger) or job.misfire_grace_time != schedule.misfire_grace:
            scheduler.modify_job(job.id, trigger=trigger, misfire_grace_time=schedule.misfire_grace,
                                 next_run_time=trigger.get_next_fire_time(None, now.astimezone(trigger.timezone)))
            logger.info("schedule %s: rescheduled (%s %s)", name, schedule.cron, schedule.timezone)


def stored_next_run_times(store: Store) -> dict[str, datetime | None]:
    """Each schedule's next run time as the job table holds it (without starting a scheduler)."""
    jobstore = SQLAlchemyJobStore(engine=store.engine, tablename=JOB_TABLE)
    if not inspect(store.engine).has_table(JOB_TABLE):
        return {}
    with store.engine.connect() as connection:
        rows = connection.execute(select(jobstore.jobs_t.c.id, jobstore.jobs_t.c.next_run_time))
        return {
            job_id.removeprefix(JOB_PREFIX): utc_timestamp_to_datetime(timestamp)
            for job_id, timestamp in rows if job_id.startswith(JOB_PREFIX)
        }


def set_next_run_time(store: Store, name: str, when: datetime) -> None:
    """Move a stored schedule's next run time (tests and operators: "run it at ..."), through a
    paused scheduler so the job's stored state stays consistent."""
    scheduler = job_scheduler(store)
    scheduler.start(paused=True)
    try:
        scheduler.modify_job(JOB_PREFIX + name, next_run_time=when)
    finally:
        scheduler.shutdown(wait=False)


"""Scheduled runs end to end: real crawl child processes against the offline mirror, real
scheduler processes, signals, a killed child, a restart, two schedulers on one database, and an
alert to a local webhook."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from reformcrawl.mirror.server import MirrorServer
from reformcrawl.schedule import lease
from reformcrawl.schedule.config import load_schedules
from reformcrawl.schedule.scheduled_run import RunnerSettings, execute
from reformcrawl.schedule.service import ScheduleService, job_scheduler, stored_next_run_times, sync_jobs
from reformcrawl.store import open_store
from reformcrawl.store.models import Delivery, Run
from reformcrawl.store.models import Lease as LeaseRow

from .monitor_helpers import set_baseline
from .receivers import Webhook

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
VN = timezone(timedelta(hours=7))


@pytest.fixture(autouse=True)
def _children_run_this_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Crawl children and scheduler processes import the reformcrawl next to these tests."""
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    monkeypatch.delenv("REFORMCRAWL_NOTIFY_URLS", raising=False)
    monkeypatch.delenv("REFORMCRAWL_NOTIFY_CONFIG", raising=False)
    monkeypatch.delenv("REFORMCRAWL_SCHEDULES", raising=False)


@pytest.fixture
def mirror() -> Iterator[MirrorServer]:
    with MirrorServer(["nbtv", "angiang"]) as server:
        yield server


class Gate:
    """Holds the crawl at its first request (robots.txt) until opened: a crawl that is "running"."""

    def __init__(self, mirror: MirrorServer, portal: str = "nbtv") -> None:
        self.opened = threading.Event()
        self.reached = threading.Event()  # the crawl has started and asked for its first page
        mirror.add_route(portal, "/robots.txt", self._route)

    def _route(self, handler: Any) -> None:
        self.reached.set()
        self.opened.wait(60)
        try:
            handler.send_plain(404)  # no robots.txt: everything allowed
        except OSError:
            pass  # the crawl was stopped while it waited

    def open(self) -> None:
        self.opened.set()


def write_schedule(directory: Path, name: str, mirror: MirrorServer, portals: list[str], *, cron: str = "0 2 * * *",
                   notify: bool = False, log_level: str = "WARNING", feed: Path | None = None) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    origins = "\n".join(f'{portal} = "{mirror.origin(portal)}"' for portal in portals)
    (directory / f"{name}.toml").write_text(f"""portals = {portals!r}
cron = "{cron}"
notify = {'true' if notify else 'false'}
{f'feed = "{feed}"' if feed else ''}

[base_urls]
{origins}

[settings]
AUTOTHROTTLE_ENABLED = false
DOWNLOAD_DELAY = 0
LOG_LEVEL = "{log_level}"
""".replace("'", '"'), encoding="utf-8")


def wait_for(condition: Callable[[], Any], timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def runs(db_url: str, trigger: str) -> list[Run]:
    store = open_store(db_url)
    try:
        with store.session() as session:
            return list(session.scalars(select(Run).where(Run.trigger == trigger).order_by(Run.id)))
    finally:
        store.close()


def ended(db_url: str, trigger: str, count: int = 1) -> list[Run] | None:
    found = [run for run in runs(db_url, trigger) if run.ended_at is not None and run.exit_code is not None]
    return found if len(found) >= count else None


def adopted_child(db_url: str, trigger: str, parent_pid: int) -> int | None:
    """The pid of the crawl child once it has taken over its prepared run row."""
    for run in runs(db_url, trigger):
        if run.state == "running" and run.pid not in (None, parent_pid):
            return run.pid
    return None


def seed(db_url: str, directory: Path, name: str, next_run_time: datetime) -> None:
    """Store the schedule's job as a scheduler that ran before would have, due at `next_run_time`."""
    store = open_store(db_url)
    scheduler = job_scheduler(store)
    scheduler.start(paused=True)
    sync_jobs(scheduler, load_schedules(directory))
    scheduler.modify_job(f"schedule:{name}", next_run_time=next_run_time)
    scheduler.shutdown(wait=False)
    store.close()


class SchedulerProcess:
    """`reformcrawl schedule run` in a real process, its output in a file."""

    def __init__(self, directory: Path, db_url: str, log: Path, *options: str, env: dict[str, str] | None = None) -> None:
        self.log = log
        with log.open("wb") as sink:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "reformcrawl", "schedule", "run", "--schedules", str(directory), "--db", db_url,
                 "--check-every", "1", *options],
                stdout=sink, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})}, cwd=REPO,
            )

    @property
    def pid(self) -> int:
        return self.process.pid

    def stop(self, timeout: float = 30) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise AssertionError(f"scheduler did not stop within {timeout}s:\n{self.output()}") from None

    def output(self) -> str:
        return self.log.read_text("utf-8", "replace")


def run_once(directory: Path, db_url: str, name: str, *options: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "reformcrawl", "schedule", "run-once", name, "--schedules", str(directory), "--db", db_url,
         *options],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
    )


def test_run_once_crawls_in_a_child_and_records_exit_code_and_output(tmp_path: Path, sqlite_url: str, mirror: MirrorServer) -> None:
    directory = tmp_path / "schedules"
    write_schedule(directory, "two", mirror, ["nbtv", "angiang"])  # two mirror origins: --origin PORTAL=URL
    process = run_once(directory, sqlite_url, "two")
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, out + err
    assert "schedule two: run 1 finished (exited with code 0)" in out
    [run] = runs(sqlite_url, "schedule:two")
    assert (run.state, run.exit_code, run.portals) == ("finished", 0, ["nbtv", "angiang"])
    assert run.counts["total"]["new"] == 16 and set(run.counts["portals"]) == {"nbtv", "angiang"}
    assert run.pid not in (None, process.pid)  # the crawl child carried it out
    assert "run 1 finished" in run.log_tail and run.log_tail.splitlines()[0].startswith("portal")
    assert lease.read(open_store(sqlite_url), "schedule:two").holder is None  # released

    # While another process holds the schedule's lease, a second run is refused and nothing is recorded.
    store = open_store(sqlite_url)
    assert lease.acquire(store, "schedule:two", "elsewhere:1:beef")
    busy = run_once(directory, sqlite_url, "two")
    out, err = busy.communicate(timeout=60)
    assert busy.returncode == 6, out + err
    assert "reformcrawl schedule run-once: error: two: already running elsewhere: lease held by elsewhere:1:beef" in err
    assert len(runs(sqlite_url, "schedule:two")) == 1
    unknown = run_once(directory, sqlite_url, "three")
    assert unknown.wait(60) == 2 and "'three': no such schedule" in unknown.stderr.read()


def test_a_killed_crawl_is_recorded_failed_with_its_exit_code_and_the_next_run_works(
    tmp_path: Path, sqlite_url: str, mirror: MirrorServer,
) -> None:
    directory = tmp_path / "schedules"
    write_schedule(directory, "kill", mirror, ["nbtv"], log_level="INFO")
    gate = Gate(mirror)
    process = run_once(directory, sqlite_url, "kill")
    child = wait_for(lambda: adopted_child(sqlite_url, "schedule:kill", process.pid), 30, "the crawl child")
    assert gate.reached.wait(30)
    os.kill(child, signal.SIGKILL)
    out, err = process.communicate(timeout=30)
    gate.open()
    assert process.returncode == 1, out + err
    [run] = runs(sqlite_url, "schedule:kill")
    assert (run.state, run.exit_code) == ("failed", -signal.SIGKILL)
    assert run.ended_at is not None
    assert {"kind": "exit", "message": "crawl process killed by SIGKILL before recording the end of the run"} in run.errors
    assert "Spider opened" in run.log_tail  # the child's last lines
    assert "run 1 failed (killed by SIGKILL)" in out

    again = run_once(directory, sqlite_url, "kill", "--quiet")
    out, err = again.communicate(timeout=60)
    assert again.returncode == 0, out + err
    first, second = runs(sqlite_url, "schedule:kill")
    assert (first.state, second.state, second.exit_code) == ("failed", "finished", 0)


def test_scheduler_runs_a_minute_schedule_and_sends_the_alert(tmp_path: Path, sqlite_url: str, mirror: MirrorServer) -> None:
    directory = tmp_path / "schedules"
    feed = tmp_path / "www" / "events.atom"
    write_schedule(directory, "minutely", mirror, ["nbtv"], cron="* * * * *", notify=True, feed=feed)
    store = open_store(sqlite_url)
    with store.session() as session:
        set_baseline(session, "nbtv")  # crawled before: what this run finds is news, and alerted
    store.close()
    # The job as a scheduler that ran before left it: its next minute is two seconds away.
    seed(sqlite_url, directory, "minutely", datetime.now(timezone.utc) + timedelta(seconds=2))
    webhook = Webhook()
    try:
        scheduler = SchedulerProcess(directory, sqlite_url, tmp_path / "scheduler.log",
                                     env={"REFORMCRAWL_NOTIFY_URLS": webhook.url})
        wait_for(lambda: webhook.received and ended(sqlite_url, "schedule:minutely"), 45, "a run and an alert")
        assert scheduler.stop() == 0, scheduler.output()
    finally:
        webhook.close()
    [run] = runs(sqlite_url, "schedule:minutely")
    assert (run.state, run.exit_code, run.counts["total"]["new"]) == ("finished", 0, 8)
    assert f"run {run.id} finished" in run.log_tail
    [message] = webhook.received
    assert message["title"].startswith("reformcrawl: ") and f"(lượt thu thập {run.id})" in message["title"]
    store = open_store(sqlite_url)
    with store.session() as session:
        assert session.scalars(select(Delivery.state)).all() and set(session.scalars(select(Delivery.state))) == {"sent"}
    assert feed.read_text("utf-8").startswith("<?xml") and "<entry>" in feed.read_text("utf-8")  # the feed, written after the run
    following = stored_next_run_times(store)["minutely"]
    assert following.second == 0 and following > run.ended_at  # back on the minute
    output = scheduler.output()
    assert f"schedule minutely: run {run.id} finished (exited with code 0)" in output and "1 alert message(s) sent" in output


def test_sigterm_lets_the_running_crawl_finish(tmp_path: Path, sqlite_url: str, mirror: MirrorServer) -> None:
    directory = tmp_path / "schedules"
    write_schedule(directory, "graceful", mirror, ["nbtv"])
    seed(sqlite_url, directory, "graceful", datetime.now(timezone.utc))
    gate = Gate(mirror)
    scheduler = SchedulerProcess(directory, sqlite_url, tmp_path / "scheduler.log", "--stop-timeout", "60")
    try:
        wait_for(lambda: adopted_child(sqlite_url, "schedule:graceful", scheduler.pid), 30, "the crawl child")
        assert gate.reached.wait(30)
        scheduler.process.send_signal(signal.SIGTERM)
        time.sleep(1.0)
        assert scheduler.process.poll() is None  # still waiting for the crawl
        assert [run.state for run in runs(sqlite_url, "schedule:graceful")] == ["running"]
    finally:
        gate.open()
    assert scheduler.process.wait(30) == 0, scheduler.output()  # by itself, once the crawl is done
    [run] = runs(sqlite_url, "schedule:graceful")
    assert (run.state, run.exit_code) == ("finished", 0)
    assert "stopping: no new runs" in scheduler.output()


def test_sigterm_past_the_stop_timeout_stops_the_crawl_and_records_it_interrupted(
    tmp_path: Path, sqlite_url: str, mirror: MirrorServer,
) -> None:
    directory = tmp_path / "schedules"
    write_schedule(directory, "impatient", mirror, ["nbtv"])
    seed(sqlite_url, directory, "impatient", datetime.now(timezone.utc))
    gate = Gate(mirror)
    scheduler = SchedulerProcess(directory, sqlite_url, tmp_path / "scheduler.log", "--stop-timeout", "1",
                                 "--kill-timeout", "2")
    try:
        wait_for(lambda: adopted_child(sqlite_url, "schedule:impatient", scheduler.pid), 30, "the crawl child")
        assert gate.reached.wait(30)
        # The gate holds the crawl mid-page: the scheduler can only exit by stopping it.
        assert scheduler.stop(timeout=20) == 0, scheduler.output()
        assert not gate.opened.is_set()  # it did not wait for the crawl to be let through
    finally:
        gate.open()
    [run] = runs(sqlite_url, "schedule:impatient")
    assert run.state == "interrupted" and run.exit_code != 0 and run.ended_at is not None
    assert any(error["message"].startswith("stopped by the scheduler: the scheduler is stopping") for error in run.errors)
    # It is due again at its next cron time, and nothing is left "running".
    assert stored_next_run_times(open_store(sqlite_url))["impatient"] > datetime.now(timezone.utc)


def test_a_crawl_whose_lease_is_taken_is_stopped(tmp_path: Path, sqlite_url: str, mirror: MirrorServer) -> None:
    """If its lease goes to another scheduler (it expired while the database was unreachable), a
    run stops at the next renewal rather than overlap the other one."""
    directory = tmp_path / "schedules"
    write_schedule(directory, "stolen", mirror, ["nbtv"])
    [schedule] = load_schedules(directory).schedules.values()
    gate = Gate(mirror)
    store = open_store(sqlite_url)
    settings = RunnerSettings(db_url=sqlite_url, lease_ttl=timedelta(seconds=4), kill_timeout=1)
    outcome: list[Any] = []
    worker = threading.Thread(target=lambda: outcome.append(execute(schedule, store, settings)))
    worker.start()
    try:
        assert gate.reached.wait(30)
        assert lease.read(store, "schedule:stolen").holder == settings.holder
        with store.session() as session:  # what a scheduler that found the lease expired would do
            session.get(LeaseRow, "schedule:stolen").holder = "elsewhere:1:f00d"
        worker.join(30)
    finally:
        gate.open()
    [result] = outcome
    assert result.state == "interrupted" and "lease lost" in result.message
    [run] = runs(sqlite_url, "schedule:stolen")
    assert run.state == "interrupted" and run.exit_code != 0
    assert any("stopped by the scheduler: lease lost" in error["message"] for error in run.errors)
    assert lease.read(store, "schedule:stolen").holder == "elsewhere:1:f00d"  # not released: not ours
    store.close()


def test_a_restart_resumes_and_a_week_down_runs_one_catch_up(tmp_path: Path, sqlite_url: str, mirror: MirrorServer) -> None:
    directory = tmp_path / "schedules"
    write_schedule(directory, "daily", mirror, ["nbtv"], cron="0 2 * * *")
    [schedule] = load_schedules(directory).schedules.values()

    first = ScheduleService(directory, open_store(sqlite_url), RunnerSettings(db_url=sqlite_url), check_every=0.5)
    first.start()
    first.shutdown()
    now = datetime.now(timezone.utc)
    stored = stored_next_run_times(open_store(sqlite_url))["daily"]
    assert stored == schedule.next_fire_times(now, 1)[0]  # kept in the database across the restart

    # The machine was off for a week: seven 02:00 runs were missed.
    last_missed = schedule.next_fire_times(now - timedelta(days=1), 1)[0]
    assert now - timedelta(days=1) < last_missed <= now
    store = open_store(sqlite_url)
    scheduler = job_scheduler(store)
    scheduler.start(paused=True)
    scheduler.modify_job("schedule:daily", next_run_time=last_missed - timedelta(days=6))
    scheduler.shutdown(wait=False)

    second = ScheduleService(directory, open_store(sqlite_url), RunnerSettings(db_url=sqlite_url), check_every=0.5)
    second.start()
    try:
        wait_for(lambda: ended(sqlite_url, "schedule:daily"), 30, "the catch-up run")
        time.sleep(1.5)  # room for a second run, which must not come
    finally:
        second.request_stop()
        second.shutdown()
    [run] = runs(sqlite_url, "schedule:daily")
    assert (run.state, run.exit_code) == ("finished", 0)
    assert [outcome.state for outcome in second.outcomes] == ["finished"]
    assert stored_next_run_times(open_store(sqlite_url))["daily"] == schedule.next_fire_times(datetime.now(timezone.utc), 1)[0]


def test_a_run_missed_by_more_than_its_grace_is_skipped(tmp_path: Path, sqlite_url: str) -> None:
    directory = tmp_path / "schedules"
    directory.mkdir()
    now = datetime.now(timezone.utc)
    minute = (now - timedelta(minutes=30)).minute  # hourly, last due about half an hour ago
    (directory / "strict.toml").write_text(f'portals = ["nbtv"]\ncron = "{minute} * * * *"\nmisfire_grace = 60\n')
    [schedule] = load_schedules(directory).schedules.values()
    last_due = schedule.next_fire_times(now - timedelta(hours=1), 1)[0]
    assert timedelta(minutes=29) < now - last_due < timedelta(minutes=31)
    seed(sqlite_url, directory, "strict", last_due - timedelta(hours=2))  # down for two hours and a half
    service = ScheduleService(directory, open_store(sqlite_url), RunnerSettings(db_url=sqlite_url), check_every=0.5)
    service.start()
    time.sleep(1.0)
    service.request_stop()
    service.shutdown()
    assert runs(sqlite_url, "schedule:strict") == [] and service.outcomes == []
    assert stored_next_run_times(open_store(sqlite_url))["strict"] == schedule.next_fire_times(datetime.now(timezone.utc), 1)[0]


def test_two_scheduler_processes_never_run_a_schedule_at_the_same_time(tmp_path: Path, pg_url: str, mirror: MirrorServer) -> None:
    """Two schedulers (as on two machines) share one PostgreSQL database and one schedule that
    fires every three seconds: each fire time runs once, and runs never overlap."""
    directory = tmp_path / "schedules"
    write_schedule(directory, "shared", mirror, ["nbtv"], cron="*/3 * * * * *")
    open_store(pg_url).close()
    a = SchedulerProcess(directory, pg_url, tmp_path / "a.log")
    b = SchedulerProcess(directory, pg_url, tmp_path / "b.log")
    try:
        wait_for(lambda: ended(pg_url, "schedule:shared", 3), 120, "three runs")  # slow on a busy machine
    finally:
        codes = (a.stop(), b.stop())
    output = a.output() + b.output()
    assert codes == (0, 0), output
    done = [run for run in runs(pg_url, "schedule:shared") if run.ended_at is not None]
    assert len(done) >= 3 and all(run.state == "finished" for run in done), output
    done.sort(key=lambda run: run.started_at)
    for earlier, later in zip(done, done[1:]):
        assert earlier.ended_at <= later.started_at, f"runs {earlier.id} and {later.id} overlap"
    # Both saw every fire time; for each, the one that did not run it said why.
    assert "schedule shared: no run: " in output
    assert len({(run.hostname, run.pid) for run in done}) == len(done)  # each run its own child


def _hook_channel(webhook: Webhook) -> list[Any]:
    from reformcrawl.monitor.notify import Channel

    return [Channel(name="hook", url=webhook.url)]


def test_a_portal_that_cannot_be_crawled_fails_the_run_and_is_alerted_at_once(tmp_path: Path, sqlite_url: str) -> None:
    """The origin answers nothing: the crawl child records nbtv as failed and exits 1; the alert
    goes out right after the run (a portal's first crawl included: a failure is never history)."""
    import socket

    with socket.socket() as probe:  # a port on 127.0.0.1 where nothing listens
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}/"
    directory = tmp_path / "schedules"
    directory.mkdir()
    (directory / "dead.toml").write_text(f'portals = ["nbtv"]\nnotify = true\n[base_urls]\nnbtv = "{dead}"\n'
                                         "[settings]\nDOWNLOAD_TIMEOUT = 2\nRETRY_TIMES = 1\n", encoding="utf-8")
    schedule = load_schedules(directory).schedules["dead"]
    store = open_store(sqlite_url)
    webhook = Webhook()
    try:
        outcome = execute(schedule, store, RunnerSettings(db_url=sqlite_url), channels_loader=lambda: _hook_channel(webhook))
    finally:
        webhook.close()
        store.close()
    assert (outcome.state, outcome.exit_code, outcome.notified) == ("failed", 1, 1), outcome
    [run] = runs(sqlite_url, "schedule:dead")
    assert run.errors[0]["kind"] == "portal_failed" and run.errors[0]["portal"] == "nbtv"
    assert "reformcrawl crawl: error: nbtv: no listing page or article could be fetched" in run.log_tail
    assert "Traceback" not in run.log_tail
    [message] = webhook.received
    assert message["title"] == f"reformcrawl: 1 thu thập thất bại (lượt thu thập {run.id})"
    assert f"Không thu thập được cổng nbtv: no listing page or article could be fetched; first error: {dead}" in message["message"]


def test_a_crawl_child_that_dies_before_recording_its_run_is_alerted(tmp_path: Path, sqlite_url: str) -> None:
    """A child that cannot even record its run (here a stand-in that prints a one-line error and
    exits 2): the scheduler fails the run and alerts with the child's last line."""
    directory = tmp_path / "schedules"
    directory.mkdir()
    (directory / "broken.toml").write_text('portals = ["nbtv"]\nnotify = true\n', encoding="utf-8")
    schedule = load_schedules(directory).schedules["broken"]
    child = tmp_path / "python"
    child.write_text("#!/bin/sh\necho 'reformcrawl crawl: error: \x1b[31mthe database went away' >&2\nexit 2\n", encoding="utf-8")
    child.chmod(0o755)
    store = open_store(sqlite_url)
    webhook = Webhook()
    try:
        outcome = execute(schedule, store, RunnerSettings(db_url=sqlite_url, python=str(child)),
                          channels_loader=lambda: _hook_channel(webhook))
    finally:
        webhook.close()
        store.close()
    assert (outcome.state, outcome.exit_code, outcome.notified) == ("failed", 2, 1), outcome
    [run] = runs(sqlite_url, "schedule:broken")
    assert run.log_tail == "reformcrawl crawl: error: [31mthe database went away"  # no ESC kept
    [message] = webhook.received
    assert message["message"].endswith(
        f"Lượt thu thập {run.id} thất bại: crawl process exited with code 2 before recording the end of the run: "
        "reformcrawl crawl: error: [31mthe database went away")

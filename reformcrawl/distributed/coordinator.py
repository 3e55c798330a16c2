"""`reformcrawl crawl --distributed`: the coordinator of one distributed run.

It creates the run record and seeds the frontier once (`start_distributed_run`), then

- works the run as one more worker (the default), or only waits for it (`--no-work`: the workers
  do all the crawling; a scheduler machine can coordinate without crawling);
- in both cases, completes the run when it is over if no worker did first (whoever sees the end
  first completes it: counts, health checks, clean-up), and prints the run's summary.

Stopping the coordinator (Ctrl-C, SIGTERM from a scheduler) cancels the run for every worker and
records it as interrupted, like stopping `reformcrawl crawl`.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Mapping
from typing import Any

from ..launch.crawl_process import base_settings, run_jobs
from ..launch.summary import RunSummary
from ..store import run_records, shared_store
from ..store.models import Run
from .cluster import Cluster
from .lifecycle import cancel_run, start_distributed_run, wait_for_run
from .node import DEFAULT_TTL, Worker, default_worker_id
from .process import WorkerProcess
from .spec import COMPLETE, RUNNING, run_state


def summary_from_record(db_url: str, run_id: int) -> RunSummary:
    """The run's summary as its record holds it (the same table `reformcrawl crawl` prints)."""
    with shared_store(db_url).session() as session:
        run = session.get(Run, run_id)
        if run is None:
            raise LookupError(f"run {run_id} does not exist")
        counts = run.counts or {}
        return RunSummary(run.id, run.state, run.started_at, run.ended_at or run_records.utcnow(),
                          dict(counts.get("portals") or {}), list(run.errors or []))


def describe_workers(db_url: str, run_id: int) -> list[str]:
    """Lines about the workers of a distributed run, from its record."""
    with shared_store(db_url).session() as session:
        run = session.get(Run, run_id)
        info = ((run.counts or {}).get("distributed") or {}) if run is not None else {}
    if not info:
        return []
    lines = [f"workers: {', '.join(info.get('workers') or []) or '(none)'}"]
    for lost in info.get("lost_workers") or []:
        lines.append(f"lost worker {lost['worker']} at {lost.get('at')}: {lost.get('requeued', 0)} request(s) re-queued")
    return lines


class _Stop(Exception):
    pass


def _raise_stop(signum: int, frame: Any) -> None:
    raise _Stop(signal.Signals(signum).name)


def coordinate(
    job: Any, cluster: Cluster, *, work: bool = True, overrides: Mapping[str, Any] | None = None,
    worker_id: str | None = None, ttl: float = DEFAULT_TTL, echo: Callable[[str], None] = print,
) -> RunSummary:
    """Start, seed, (work,) and see to the end of one distributed run of `job` (a CrawlJob)."""
    me = worker_id or default_worker_id()
    spec = start_distributed_run(job, cluster, coordinator=me)
    echo(f"run {spec.run_id}: frontier seeded in Redis; {'working it' if work else 'waiting for workers'}")
    stopped: str | None = None
    if work:
        worker = Worker(cluster, me, ttl=ttl).register().start()
        process = WorkerProcess(cluster, worker, job.db_url, run_id=spec.run_id, overrides=overrides, echo=echo)
        try:
            result = run_jobs(process.main, base_settings(overrides))
            if (process.stop_requested or result is None) and run_state(cluster, spec.run_id) == RUNNING:
                stopped = f"the coordinator was stopped ({process.stop_requested or 'reactor stopped'})"
        finally:
            worker.stop()
            worker.unregister()
    previous = {sig: signal.signal(sig, _raise_stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        if stopped is None:
            state = wait_for_run(cluster, spec.run_id, job.db_url, by=me)
            if state != COMPLETE:
                echo(f"run {spec.run_id}: {state}")
    except (_Stop, KeyboardInterrupt) as exc:
        stopped = f"the coordinator was stopped ({exc or 'SIGINT'})"
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if stopped is not None:
        cancel_run(cluster, spec.run_id, job.db_url, reason=stopped, by=me)
    return summary_from_record(job.db_url, spec.run_id)

"""The life of a distributed run: prepared and seeded once, worked by any number of workers, ended once.

Life of a run (the state lives in the run's spec hash in Redis):

1. `start_distributed_run` (the coordinator: `reformcrawl crawl --distributed`, or a scheduler)
   creates (or adopts) the run record in the database, makes the run the current one in Redis
   (`{p}:current`, SET NX: one distributed run at a time per key prefix), and seeds the frontier
   once: every portal's entry pages, feeds, sitemaps and due revisits, through the run's
   duplicate filter. State `seeding`, then `running`.
2. Workers see the current run, work it (`process.WorkerProcess`), and each of them, at every
   tick, re-queues the requests of workers whose heartbeat expired (`reap`) and checks whether
   the run is over: all queues empty and no request in flight (`outstanding`), which cannot be
   seen while work remains (see `scripts`).
3. The first participant to see that takes the run's `closing` key (SET NX) and completes it
   (`try_complete`): counts summed from the workers' Redis hashes, errors, the workers lost and
   what was re-queued for them go into the run record through `monitor.health.close_run` (which
   also runs the portal health checks); then the run's keys are deleted (its duplicate filter
   with them), `current` is freed, and the spec says `complete` for a day.

A run can also be cancelled (`cancel_run`: the coordinator was stopped): workers close their
spiders, the run is recorded as interrupted and its keys are deleted.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from scrapy_redis.dupefilter import RFPDupeFilter

from ..crawl.options import CrawlOptions
from ..crawl.stats import SUMMARY_KEYS
from ..monitor.health import close_run
from ..portals import get_portal
from ..spiders.portals import SPIDERS
from ..store import run_records, shared_store
from ..store.models import Run
from . import serializer
from .cluster import Cluster, DistributedError
from .frontier import FrontierQueue
from .keys import RunKeys
from .ledger import RedisLedger
from .spec import (
    CANCELLED,
    COMPLETE,
    RUNNING,
    SEEDING,
    RunSpec,
    as_text,
    crawl_settings,
    current_run,
    run_state,
)

logger = logging.getLogger(__name__)

#: How long a finished run's spec stays in Redis (workers that come late learn it is over).
SPEC_TTL = 24 * 3600
#: How long whoever took the run's `closing` key has to complete it before another may try.
CLOSING_TTL = 120

class RunInProgress(DistributedError):
    """Another distributed run is current: one at a time per key prefix."""


class RunAlreadyStarted(DistributedError):
    """This run id was already seeded (by another scheduler or coordinator)."""


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


# -- starting and seeding ------------------------------------------------------------------------


def seed(cluster: Cluster, spec: RunSpec, db_url: str) -> dict[str, int]:
    """Put every portal's start requests into the run's frontier, once. Returns counts per portal."""
    run_keys = cluster.keys.run(spec.run_id)
    settings = crawl_settings(spec, db_url)
    options = CrawlOptions.from_settings(settings)
    dupefilter = RFPDupeFilter(cluster.server, key=run_keys.dupefilter)
    seeded: dict[str, int] = {}
    for portal in spec.portals:
        spider = SPIDERS[portal](**spec.spider_kwargs(portal))
        spider.prepare(options, RedisLedger(cluster, run_keys, portal, started_at=spec.started,
                                            max_pages=spider.args.max_pages))
        spider.load_snapshot()
        queue = FrontierQueue(cluster.server, spider, run_keys.queue(portal), serializer=serializer)
        seeded[portal] = 0
        for request in spider.initial_requests():
            if dupefilter.request_seen(request):
                continue
            queue.push(request)
            seeded[portal] += 1
        logger.info("run %d: %s: %d start requests in the frontier", spec.run_id, portal, seeded[portal])
    return seeded


def _stale(cluster: Cluster, run_id: int, db_url: str) -> str | None:
    """Why the current run `run_id` can be set aside, or None when it is still going on."""
    state = run_state(cluster, run_id)
    if state is None:
        return "its state is gone from Redis"
    if state in (COMPLETE, CANCELLED):
        return f"it is {state}"
    with shared_store(db_url).session() as session:
        run_records.reap_stale_runs(session)
        run = session.get(Run, run_id)
        if run is None:
            return None  # another database's run: not ours to judge
        if run.state != run_records.RUNNING:
            return f"its record says {run.state}"
    return None


def _take_current(cluster: Cluster, run_id: int, db_url: str) -> None:
    for _ in range(3):
        if cluster.server.set(cluster.keys.current, run_id, nx=True):
            return
        other = current_run(cluster)
        if other is None or other == run_id:
            continue
        reason = _stale(cluster, other, db_url)
        if reason is None:
            left = outstanding(cluster, other)
            raise RunInProgress(
                f"distributed run {other} is still in progress ({left} request(s) queued or in flight); "
                "start workers to finish it, or wait for it to end"
            )
        logger.warning("distributed run %d set aside: %s", other, reason)
        cleanup(cluster, other)
        cluster.scripts.delete_if(keys=[cluster.keys.current], args=[other])
    raise RunInProgress("could not become the current distributed run (others keep taking it)")


def _claim(cluster: Cluster, run_id: int, *, fresh: bool) -> None:
    """Make this process the one that starts run `run_id` (its spec's state, HSETNX)."""
    run_keys = cluster.keys.run(run_id)
    if cluster.server.hsetnx(run_keys.spec, "state", SEEDING):
        return
    state = run_state(cluster, run_id)
    if fresh and state in (COMPLETE, CANCELLED):
        # A run of the same id that ended in another database (recreated since): its spec is history.
        cluster.server.delete(run_keys.spec)
        if cluster.server.hsetnx(run_keys.spec, "state", SEEDING):
            return
        state = run_state(cluster, run_id)
    raise RunAlreadyStarted(f"distributed run {run_id} was already started elsewhere (state {state})")


def start_distributed_run(job: Any, cluster: Cluster, *, coordinator: str = "") -> RunSpec:
    """Create (or adopt, with `job.run_id`) the run record, make it the current distributed run and
    seed its frontier. Returns the run's spec; workers take it from there.

    `job` is a `launch.crawl_process.CrawlJob`. Raises `RunAlreadyStarted` when this run id was started
    before (two schedulers, one run: the second is refused before it touches the record), and
    `RunInProgress` when another distributed run is current (the new run is then recorded as failed).
    """
    for name in job.portals:
        get_portal(name)
    store = shared_store(job.db_url)
    if job.run_id is not None:
        _claim(cluster, job.run_id, fresh=False)
        try:
            with store.session() as session:
                run_records.reap_stale_runs(session)
                run = run_records.adopt_run(session, job.run_id, portals=list(job.portals))
                run_id, started_at = run.id, run.started_at
        except BaseException:
            cluster.server.delete(cluster.keys.run(job.run_id).spec)
            raise
    else:
        with store.session() as session:
            run_records.reap_stale_runs(session)
            run = run_records.start_run(session, portals=list(job.portals), trigger=job.trigger)
            run_id, started_at = run.id, run.started_at
        try:
            _claim(cluster, run_id, fresh=True)
        except RunAlreadyStarted as exc:
            with store.session() as session:
                run_records.finish_run(session, run_id, state=run_records.FAILED, counts={},
                                       errors=[{"kind": "distributed", "message": str(exc)}])
            raise
    run_keys = cluster.keys.run(run_id)
    spec = RunSpec(
        run_id=run_id, portals=tuple(job.portals), started_at=started_at.isoformat(),
        origins=dict(job.origins), start_urls={k: list(v) for k, v in job.start_urls.items()},
        max_pages=job.max_pages, revisit=job.revisit, trigger=job.trigger, settings=dict(job.settings),
        coordinator=coordinator,
    )
    try:
        cluster.server.hset(run_keys.spec, "spec", spec.to_json())
        _take_current(cluster, run_id, job.db_url)
        seeded = seed(cluster, spec, job.db_url)
        cluster.server.hset(run_keys.spec, mapping={"state": RUNNING, "seeded": json.dumps(seeded)})
    except BaseException as exc:
        _abandon(cluster, spec, job.db_url, f"{type(exc).__name__}: {exc}")
        raise
    logger.info("distributed run %d is running: %d start request(s) for %d portal(s)",
                run_id, sum(seeded.values()), len(spec.portals))
    return spec


def _abandon(cluster: Cluster, spec: RunSpec, db_url: str, why: str) -> None:
    """A run that could not be started: recorded as failed, its keys removed."""
    try:
        with shared_store(db_url).session() as session:
            run_records.finish_run(session, spec.run_id, state=run_records.FAILED, counts={},
                                   errors=[{"kind": "distributed", "message": f"could not start: {why}"}])
    finally:
        _mark_over(cluster, spec.run_id, CANCELLED, result=run_records.FAILED, by=spec.coordinator)


# -- the run going on ---------------------------------------------------------------------------


def _queue_keys(run_keys: RunKeys, spec: RunSpec) -> list[str]:
    return [run_keys.queue(portal) for portal in spec.portals]


def outstanding(cluster: Cluster, run_id: int, spec: RunSpec | None = None) -> int:
    """Requests of the run queued or in flight."""
    run_keys = cluster.keys.run(run_id)
    if spec is None:
        try:
            spec = RunSpec.load(cluster, run_id)
        except DistributedError:
            return 0
    return int(cluster.scripts.outstanding(keys=[run_keys.active],
                                           args=[run_keys.inflight_prefix(), *_queue_keys(run_keys, spec)]))


def reap(cluster: Cluster, run_id: int) -> list[tuple[str, int]]:
    """Re-queue the in-flight requests of the run's workers whose heartbeat expired."""
    run_keys = cluster.keys.run(run_id)
    flat = cluster.scripts.reap(
        keys=[run_keys.active, run_keys.lost],
        args=[cluster.keys.worker_alive_prefix(), run_keys.inflight_prefix(), _utcnow().isoformat(timespec="seconds")],
    )
    lost = [(as_text(flat[i]) or "", int(flat[i + 1])) for i in range(0, len(flat), 2)]
    for worker, requeued in lost:
        logger.warning("run %d: worker %s stopped heartbeating; %d request(s) it held went back to the frontier",
                       run_id, worker, requeued)
    return lost


def _portal_counts(raw: Mapping[Any, Any]) -> dict[str, int]:
    counts = {(as_text(k) or ""): int(v) for k, v in raw.items()}
    return {key: counts.get(key, 0) for key in SUMMARY_KEYS} | {k: v for k, v in counts.items() if k not in SUMMARY_KEYS}


def gather(cluster: Cluster, spec: RunSpec) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The run's counts (summed over workers) and errors, as the run record keeps them."""
    run_keys = cluster.keys.run(spec.run_id)
    portals = {portal: _portal_counts(cluster.server.hgetall(run_keys.counts(portal))) for portal in spec.portals}
    keys = list(dict.fromkeys(k for counts in portals.values() for k in counts))
    total = {k: sum(c.get(k, 0) for c in portals.values()) for k in keys}
    errors = [json.loads(e) for e in cluster.server.lrange(run_keys.errors, 0, -1)]
    lost = [json.loads(e) for e in cluster.server.lrange(run_keys.lost, 0, -1)]
    members = sorted(as_text(m) or "" for m in cluster.server.smembers(run_keys.members))
    distributed = {
        "workers": members,
        "lost_workers": lost,
        "requeued": sum(int(entry.get("requeued", 0)) for entry in lost),
        "seeded": json.loads(as_text(cluster.server.hget(run_keys.spec, "seeded")) or "{}"),
    }
    for entry in lost:
        errors.append({
            "kind": "worker_lost", "worker": entry["worker"], "requeued": int(entry.get("requeued", 0)),
            "message": f"worker {entry['worker']} stopped heartbeating at {entry.get('at')}; "
                       f"{entry.get('requeued', 0)} request(s) it held were re-queued",
        })
    return {"total": total, "portals": portals, "distributed": distributed}, errors


def try_complete(cluster: Cluster, run_id: int, db_url: str, *, by: str = "") -> bool:
    """Complete the run if it is over and nobody else is completing it. True once it is complete."""
    run_keys = cluster.keys.run(run_id)
    state = run_state(cluster, run_id)
    if state != RUNNING:
        return state == COMPLETE
    spec = RunSpec.load(cluster, run_id)
    reap(cluster, run_id)
    if outstanding(cluster, run_id, spec) > 0:
        return False
    if not cluster.server.set(run_keys.closing, by or "?", nx=True, ex=CLOSING_TTL):
        return False
    try:
        if outstanding(cluster, run_id, spec) > 0 or run_state(cluster, run_id) != RUNNING:
            return False
        counts, errors = gather(cluster, spec)
        with shared_store(db_url).session() as session:
            close_run(session, run_id, state=run_records.FINISHED, counts=counts, errors=errors, now=_utcnow())
        _mark_over(cluster, run_id, COMPLETE, result=run_records.FINISHED, by=by)
        logger.info("distributed run %d complete (by %s)", run_id, by or "?")
        return True
    finally:
        cluster.server.delete(run_keys.closing)


def _mark_over(cluster: Cluster, run_id: int, state: str, *, result: str, by: str) -> None:
    run_keys = cluster.keys.run(run_id)
    cluster.server.hset(run_keys.spec, mapping={"state": state, "result": result, "closed_by": by})
    cleanup(cluster, run_id)
    cluster.server.expire(run_keys.spec, SPEC_TTL)
    cluster.scripts.delete_if(keys=[cluster.keys.current], args=[run_id])


def cleanup(cluster: Cluster, run_id: int, *, keep_spec: bool = True) -> int:
    """Delete the run's keys: its queues, its duplicate filter, counts... (not its spec, by default)."""
    run_keys = cluster.keys.run(run_id)
    doomed = [key for key in cluster.server.scan_iter(match=run_keys.pattern, count=500)
              if not keep_spec or as_text(key) != run_keys.spec]
    for start in range(0, len(doomed), 500):
        cluster.server.delete(*doomed[start:start + 500])
    return len(doomed)


def cancel_run(cluster: Cluster, run_id: int, db_url: str, *, reason: str, by: str = "", drain: float = 10.0) -> None:
    """Stop the run everywhere: workers close their spiders; the run is recorded as interrupted."""
    run_keys = cluster.keys.run(run_id)
    state = run_state(cluster, run_id)
    if state in (COMPLETE, CANCELLED, None):
        return
    cluster.server.hset(run_keys.spec, "state", CANCELLED)
    deadline = time.monotonic() + drain
    while time.monotonic() < deadline:  # let workers finish (and store) what they hold
        held = sum(cluster.server.hlen(run_keys.inflight(as_text(w) or "")) for w in cluster.server.smembers(run_keys.active))
        if held == 0:
            break
        time.sleep(0.1)
    try:
        spec = RunSpec.load(cluster, run_id)
        counts, errors = gather(cluster, spec)
    except DistributedError:
        counts, errors = {}, []
    errors.append({"kind": "cancelled", "message": f"distributed run cancelled: {reason}"})
    with shared_store(db_url).session() as session:
        run = session.get(Run, run_id)
        if run is not None and run.state == run_records.RUNNING:
            close_run(session, run_id, state=run_records.INTERRUPTED, counts=counts, errors=errors, now=_utcnow())
    _mark_over(cluster, run_id, CANCELLED, result=run_records.INTERRUPTED, by=by)
    logger.warning("distributed run %d cancelled: %s", run_id, reason)


def wait_for_run(cluster: Cluster, run_id: int, db_url: str, *, by: str = "", poll: float = 0.5,
                 timeout: float | None = None) -> str:
    """Wait (without crawling) until the run is over, completing it when it is; returns its final
    state (`complete` or `cancelled`). Blocking: for a coordinator that does not work, or a test."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        state = run_state(cluster, run_id)
        if state in (COMPLETE, CANCELLED):
            return state
        if state is None:
            raise DistributedError(f"distributed run {run_id} disappeared from Redis")
        if try_complete(cluster, run_id, db_url, by=by):
            return COMPLETE
        if deadline is not None and time.monotonic() > deadline:
            raise TimeoutError(f"distributed run {run_id} still running after {timeout}s ({outstanding(cluster, run_id)} request(s) left)")
        time.sleep(poll)

"""Distributed crawling on the real servers: Redis at 127.0.0.1:6379 (the frontier) and PostgreSQL at
127.0.0.1:5432 (the store), with worker child processes (`reformcrawl worker`) against the mirror.

Each test uses its own Redis key prefix (REFORMCRAWL_REDIS_PREFIX) in the test Redis database and
deletes its keys afterwards; each PostgreSQL database is fresh. Both servers are skipped with the
reason when they do not answer.
"""

from __future__ import annotations

import json
import signal
import subprocess
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from reformcrawl.launch.crawl_process import CrawlJob
from reformcrawl.mirror.server import MirrorServer
from tests.conftest import REDIS_URL
from tests.helpers import PYTHON, WORKTREE, assert_consistent, child_env, crawl_job, run_child, snapshot

pytestmark = [pytest.mark.slow, pytest.mark.redis, pytest.mark.postgres]

TTL = "2"  # heartbeat TTL of test workers (seconds): a killed worker is noticed quickly


# -- servers and keys ----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def redis_server() -> str:
    """REDIS_URL (a dedicated database of the machine's Redis), or skip with the reason."""
    try:
        import redis
    except ImportError as exc:
        pytest.skip(f"the redis package is not installed ({exc}): pip install 'reformcrawl[distributed]'")
    try:
        client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3)
        client.ping()
        client.close()
    except Exception as exc:  # noqa: BLE001 - any failure means: skip with the reason
        pytest.skip(f"Redis at {REDIS_URL} is not reachable: {exc}")
    return REDIS_URL


@pytest.fixture
def cluster(redis_server: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A connection with a key prefix of its own; every key under it is deleted afterwards."""
    from reformcrawl.distributed import Cluster

    prefix = f"rctest-{uuid.uuid4().hex[:10]}"
    monkeypatch.setenv("REFORMCRAWL_REDIS_PREFIX", prefix)
    connected = Cluster.connect(redis_server, prefix)
    try:
        yield connected
    finally:
        keys = list(connected.server.scan_iter(match=f"{prefix}:*", count=1000))
        if keys:
            connected.server.delete(*keys)
        connected.close()


def keys_of(cluster: Any) -> set[str]:
    return {k.decode() for k in cluster.server.scan_iter(match=f"{cluster.keys.prefix}:*", count=1000)}


# -- child processes -----------------------------------------------------------------------------


def worker_env(tmp_path: Path, cluster: Any, settings: dict[str, Any] | None = None) -> dict[str, str]:
    env = child_env(tmp_path, settings)
    env["REFORMCRAWL_REDIS_PREFIX"] = cluster.keys.prefix
    return env


def start_workers(n: int, db: str, tmp_path: Path, cluster: Any, *, once: bool = True, first: int = 1,
                  settings: dict[str, Any] | None = None) -> list[subprocess.Popen[str]]:
    env = worker_env(tmp_path, cluster, settings)
    procs = []
    for i in range(first, first + n):
        args = [PYTHON, "-m", "reformcrawl", "worker", "--redis", cluster.url, "--db", db,
                "--worker-id", f"w{i}", "--heartbeat-ttl", TTL]
        if once:
            args.append("--once")
        procs.append(subprocess.Popen(args, cwd=WORKTREE, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    return procs


def finish(procs: list[subprocess.Popen[str]], timeout: float = 30) -> list[tuple[int, str]]:
    """Wait for the workers (each should exit 0 by itself); returns (exit code, stderr) each."""
    out = []
    for proc in procs:
        try:
            _, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
        out.append((proc.returncode, err))
    return out


def stop(procs: list[subprocess.Popen[str]]) -> list[tuple[int, str]]:
    for proc in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    return finish(procs)


def distributed_run(cluster: Any, mirror: MirrorServer, db: str, *, portals: tuple[str, ...] | None = None,
                    timeout: float = 60, **job: Any) -> Any:
    """Seed a run here (the coordinator, not working) and wait for the workers to finish it."""
    from reformcrawl.distributed import start_distributed_run, wait_for_run

    names = portals or mirror.portals
    spec = start_distributed_run(
        CrawlJob(portals=names, db_url=db, origins={p: mirror.origin(p) for p in names}, trigger="test", **job),
        cluster, coordinator="pytest",
    )
    assert wait_for_run(cluster, spec.run_id, db, by="pytest", timeout=timeout) == "complete"
    return spec


# -- the stores, compared ------------------------------------------------------------------------


def store_contents(db: str) -> dict[str, Any]:
    """Articles, versions, figures, events and live figure transitions, keyed by URL: row ids differ
    between databases, so the keys that embed ids (article and version ids) are rewritten with URLs.

    figure_changed and figure_retracted events are left out of `events`: a run's articles arrive in
    no fixed order, and an intermediate order may alert a change that a later arrival retracts (and
    notify withdraws unsent). What must be equal is what the readings imply, the live transitions."""
    from reformcrawl.store.db import make_engine
    from reformcrawl.store.models import ArticleRow, EventRow, FigureRow, FigureTransition, Version

    engine = make_engine(db)
    try:
        with Session(engine) as session:
            urls = {a.id: a.url for a in session.scalars(select(ArticleRow))}
            articles = {a.url: (a.portal, a.status, a.version_count, a.content_hash, a.is_reform)
                        for a in session.scalars(select(ArticleRow))}
            versions_by_id = {v.id: (urls[v.article_id], v.number) for v in session.scalars(select(Version))}
            versions = {(urls[v.article_id], v.number): v.content_hash for v in session.scalars(select(Version))}
            figures = {(f.metric, *versions_by_id[f.version_id], f.value, f.current, f.comparable)
                       for f in session.scalars(select(FigureRow))}
            live = {(t.metric, urls[t.old_article_id], t.old_value, urls[t.new_article_id], t.new_value, t.confirmed)
                    for t in session.scalars(select(FigureTransition).where(FigureTransition.live.is_(True)))}
            events = {}
            for e in session.scalars(select(EventRow)):
                key = e.dedupe_key
                if e.kind in ("figure_changed", "figure_retracted"):
                    continue
                if e.kind == "article_edited":
                    key = f"article_edited:{versions_by_id[int(key.split(':')[1])]}"
                elif e.kind == "portal_unhealthy":
                    key = key.rsplit(":", 1)[0]  # the run id
                events[key] = (e.kind, e.backfill, e.portal)
    finally:
        engine.dispose()
    return {"articles": articles, "versions": versions, "figures": figures, "events": events, "live": live}


# -- the frontier's scripts, in process ----------------------------------------------------------


def test_requests_survive_the_frontier_as_json(redis_server):
    from scrapy import Request

    from reformcrawl.distributed import serializer

    request = Request("http://127.0.0.1:1/tin-tuc/a.html?x=1", headers={"If-None-Match": '"abc"'}, body=b"\x00\xff",
                      priority=10, meta={"download_slot": "nbtv", "redirect_urls": ["http://a/"], "listing_depth": 2})
    data = serializer.dumps(request.to_dict())
    json.loads(data)  # plain JSON, no pickle
    back = serializer.loads(data.encode())
    assert (back["url"], back["body"], back["priority"], back["meta"]) == (request.url, b"\x00\xff", 10, request.meta)
    assert back["headers"][b"If-None-Match"] == [b'"abc"']
    with pytest.raises(ValueError, match="class"):
        serializer.loads(json.dumps({"url": "http://a/", "_class": "os.system"}))


def test_a_popped_request_is_in_flight_until_acknowledged_and_a_dead_workers_go_back(cluster):
    from reformcrawl.distributed.lifecycle import outstanding, reap

    run_keys = cluster.keys.run(7)
    queue, spec_key = run_keys.queue("nbtv"), run_keys.spec
    cluster.server.hset(spec_key, mapping={"state": "running", "spec": json.dumps(
        {"run_id": 7, "portals": ["nbtv"], "started_at": "2024-01-01T00:00:00+00:00"})})
    for i, score in enumerate((0, -10, -20)):
        cluster.server.zadd(queue, {f"request-{i}": score})
    pop = cluster.scripts.pop
    args = [run_keys.inflight("a"), run_keys.active, run_keys.members, spec_key]
    assert pop(keys=[queue, *args], args=["1", "a"]) == b"request-2"  # the best (priority 20) first
    assert pop(keys=[queue, *args], args=["2", "a"]) == b"request-1"
    assert outstanding(cluster, 7) == 3  # one queued, two in flight: the run is not over
    cluster.server.hdel(run_keys.inflight("a"), "1")  # acknowledged: done
    assert outstanding(cluster, 7) == 2
    cluster.server.set(cluster.keys.worker_alive("a"), "1", px=200)
    assert reap(cluster, 7) == []  # alive: nothing to do
    time.sleep(0.3)
    assert reap(cluster, 7) == [("a", 1)]  # its heartbeat expired: request-1 goes back, once
    assert reap(cluster, 7) == []
    assert cluster.server.zrange(queue, 0, -1, withscores=True) == [(b"request-1", -10.0), (b"request-0", 0.0)]
    assert [json.loads(e)["worker"] for e in cluster.server.lrange(run_keys.lost, 0, -1)] == ["a"]
    cluster.server.hset(spec_key, "state", "cancelled")
    assert pop(keys=[queue, *args], args=["3", "b"]) is None  # a run that is over gives nothing more


def test_politeness_leases_are_shared_and_expire(cluster):
    leases, next_start = cluster.keys.slot_leases("nbtv"), cluster.keys.slot_next("nbtv")
    acquire = cluster.scripts.acquire
    assert acquire(keys=[leases, next_start], args=["a", 2, 0, 300]) == 0
    assert acquire(keys=[leases, next_start], args=["b", 2, 0, 300]) == 0
    assert acquire(keys=[leases, next_start], args=["c", 2, 0, 300]) == -1  # two places, both taken
    cluster.server.zrem(leases, "a")
    assert acquire(keys=[leases, next_start], args=["c", 2, 0, 300]) == 0
    time.sleep(0.35)  # "b" and "c" were never renewed: a dead worker's places come back
    assert acquire(keys=[leases, next_start], args=["d", 2, 500, 300]) == 0
    wait = acquire(keys=[leases, next_start], args=["e", 2, 500, 300])
    assert 0 < wait <= 500  # a place is free, but the portal's delay is not over


def test_single_process_crawling_never_imports_redis(tmp_path):
    code = ("import sys, reformcrawl.cli, reformcrawl.launch.crawl_process, reformcrawl.spiders.portals, reformcrawl.settings; "
            "print(sorted(m for m in sys.modules if 'redis' in m))")
    assert run_child(["-c", code], tmp_path).stdout.strip() == "[]"


# -- end to end ----------------------------------------------------------------------------------


def test_three_workers_store_what_one_process_stores(cluster, pg_factory, tmp_path):
    """The mirror's five portals, crawled twice (its "before" state, then "after": new articles, a
    new session, an edited figure): once by one process, once by three workers. Same articles,
    versions, figures and events; every page fetched once; every run record complete.

    Figure changes are compared as the live transitions (see store_contents)."""
    single_db, dist_db = pg_factory(), pg_factory()
    workers = start_workers(3, dist_db, tmp_path, cluster, once=False)
    try:
        with MirrorServer() as mirror:
            fetched: dict[str, dict[str, Counter[tuple[str, str]]]] = {}
            for state in ("before", "after"):
                mirror.set_state(state)
                crawl_job(mirror.origins(), single_db, tmp_path)
                single = Counter((r.portal, r.path) for r in mirror.take_requests())
                distributed_run(cluster, mirror, dist_db)
                dist = Counter((r.portal, r.path) for r in mirror.take_requests())
                fetched[state] = {"single": single, "distributed": dist}
    finally:
        outcomes = stop(workers)
    assert [code for code, _ in outcomes] == [0, 0, 0], outcomes
    for state, seen in fetched.items():
        assert [page for page, n in seen["distributed"].items() if n > 1] == [], state  # each page once
        assert set(seen["distributed"]) == set(seen["single"]), state  # the same pages
    one, three = store_contents(single_db), store_contents(dist_db)
    assert len(one["articles"]) == 50 and one["articles"] == three["articles"]
    assert one["versions"] == three["versions"] and len(one["versions"]) == 51
    assert one["figures"] == three["figures"]
    assert one["events"] == three["events"]
    assert one["live"] == three["live"] and any(confirmed for *_, confirmed in one["live"])
    alerts = Counter(kind for kind, backfill, _ in one["events"].values() if not backfill)
    assert alerts["new_session"] >= 1 and alerts["article_edited"] == 1, alerts
    # each alert exists once: a unique dedupe key, written in the transaction of its version
    snap = snapshot(dist_db)
    assert_consistent(snap)
    for run in snap.runs:
        assert run["state"] == "finished" and run["trigger"] == "test"
        info = run["counts"]["distributed"]
        assert info["lost_workers"] == [] and set(info["workers"]) <= {"w1", "w2", "w3"}
    assert [r["counts"]["total"]["new"] for r in snap.runs] == [r["counts"]["total"]["new"] for r in snapshot(single_db).runs]
    assert keys_of(cluster) == {f"{cluster.keys.prefix}:run:{r['id']}:spec" for r in snap.runs}  # the rest is gone


class SlowArticles:
    """A route for article pages: answers after `delay`, counting requests on the wire at once and
    noting when each one arrived."""

    def __init__(self, delay: float, release: threading.Event | None = None) -> None:
        self.delay, self.release = delay, release
        self.in_flight = self.most = 0
        self.arrivals: list[float] = []
        self.lock = threading.Lock()

    def __call__(self, handler: Any) -> None:
        with self.lock:
            self.arrivals.append(time.monotonic())
            self.in_flight += 1
            self.most = max(self.most, self.in_flight)
        try:
            if self.release is not None:
                self.release.wait(10)
            time.sleep(self.delay)
            handler.serve_resource()
        finally:
            with self.lock:
                self.in_flight -= 1


def slow_mirror(portal: str, route: SlowArticles) -> MirrorServer:
    mirror = MirrorServer([portal]).start()
    for path in mirror.site(portal).article_paths:
        mirror.add_route(portal, path, route)
    return mirror


def test_a_worker_killed_mid_run_loses_nothing_and_the_run_says_so(cluster, pg_url, tmp_path):
    """Three workers and a coordinator that only waits (`crawl --distributed --no-work`); one worker
    gets SIGKILL while it holds requests. Its requests go back to the frontier once its heartbeat
    expires; every article is stored once; the run record names the worker and what was re-queued."""
    route = SlowArticles(0.4)
    mirror = slow_mirror("nbtv", route)
    try:
        workers = start_workers(3, pg_url, tmp_path, cluster)
        coordinator = subprocess.Popen(
            [PYTHON, "-m", "reformcrawl", "crawl", "nbtv", "--base-url", mirror.origin("nbtv"), "--db", pg_url,
             "--distributed", "--redis", cluster.url, "--no-work", "--heartbeat-ttl", TTL],
            cwd=WORKTREE, env=worker_env(tmp_path, cluster), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        victim, held = workers[0], 0
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not held:
            for key in cluster.server.scan_iter(match=f"{cluster.keys.prefix}:run:*:inflight:w1"):
                held = cluster.server.hlen(key)
            time.sleep(0.02)
        assert held, "worker w1 never held a request"
        victim.send_signal(signal.SIGKILL)
        out, err = coordinator.communicate(timeout=60)
        assert coordinator.returncode == 0, out + err
        outcomes = finish(workers[1:])
        assert [code for code, _ in outcomes] == [0, 0], outcomes
        victim.communicate(timeout=10)
        requests = mirror.take_requests()
    finally:
        mirror.stop()
    snap = snapshot(pg_url)
    assert_consistent(snap)
    articles = mirror.site("nbtv").article_paths
    assert snap.paths("nbtv") == set(articles)
    assert all(a.versions == (1,) for a in snap.articles.values())  # each stored once
    [run] = snap.runs
    assert run["state"] == "finished"
    [lost] = run["counts"]["distributed"]["lost_workers"]
    assert lost["worker"] == "w1" and lost["requeued"] >= 1
    assert run["counts"]["distributed"]["requeued"] == lost["requeued"]
    assert any(e["kind"] == "worker_lost" and e["worker"] == "w1" for e in run["errors"])
    assert "lost worker w1" in out and "run 1 finished" in out
    fetched = Counter(r.path for r in requests if r.path in articles)
    assert set(fetched) == set(articles)
    assert sum(fetched.values()) - len(articles) <= lost["requeued"]  # only what it held is fetched again


def test_the_per_portal_limit_and_delay_hold_across_workers(cluster, pg_url, tmp_path):
    """Three workers, one portal whose articles answer slowly: never more than 2 of its requests on
    the wire at once (not 2 per worker), and starts at least DOWNLOAD_DELAY apart over all workers."""
    route = SlowArticles(0.5)
    mirror = slow_mirror("nbtv", route)
    try:
        workers = start_workers(3, pg_url, tmp_path, cluster)
        spec = distributed_run(cluster, mirror, pg_url, settings={"DOWNLOAD_DELAY": 0.3, "DOWNLOAD_DELAY_JITTER": 0})
        outcomes = finish(workers)
    finally:
        mirror.stop()
    assert [code for code, _ in outcomes] == [0, 0, 0], outcomes
    assert len(route.arrivals) == len(mirror.site("nbtv").article_paths)
    assert route.most == 2  # the limit is reached, and held, by three workers together
    gaps = [b - a for a, b in zip(route.arrivals, route.arrivals[1:])]
    assert min(gaps) >= 0.2, gaps  # DOWNLOAD_DELAY 0.3 between starts, over all workers (less 0.1 s of slack)
    [run] = snapshot(pg_url).runs
    assert run["id"] == spec.run_id and len(run["counts"]["distributed"]["workers"]) >= 2


def test_the_duplicate_filter_belongs_to_its_run_and_is_removed_after(cluster, pg_url, tmp_path):
    """`crawl --distributed` working with one worker: the run's fingerprints live under its own key
    while it runs and are gone after; the next run (--revisit all) fetches every article again."""
    release = threading.Event()
    route = SlowArticles(0.0, release)
    mirror = slow_mirror("nbtv", route)
    prefix = cluster.keys.prefix
    try:
        for run_id, extra in ((1, []), (2, ["--revisit", "all"])):
            release.clear()
            workers = start_workers(1, pg_url, tmp_path, cluster)
            coordinator = subprocess.Popen(
                [PYTHON, "-m", "reformcrawl", "crawl", "nbtv", "--base-url", mirror.origin("nbtv"), "--db", pg_url,
                 "--distributed", "--redis", cluster.url, "--heartbeat-ttl", TTL, *extra],
                cwd=WORKTREE, env=worker_env(tmp_path, cluster), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )
            dupefilter = f"{prefix}:run:{run_id}:dupefilter"
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and not cluster.server.exists(dupefilter):
                time.sleep(0.02)
            while time.monotonic() < deadline and not route.in_flight:
                time.sleep(0.02)
            seen_during = cluster.server.scard(dupefilter)
            other_runs = [k for k in keys_of(cluster) if k.endswith(":dupefilter") and k != dupefilter]
            release.set()
            out, err = coordinator.communicate(timeout=60)
            assert coordinator.returncode == 0, out + err
            assert [code for code, _ in finish(workers)] == [0]
            assert seen_during >= 3 and other_runs == []
            assert keys_of(cluster) == {f"{prefix}:run:{r}:spec" for r in range(1, run_id + 1)}
            assert cluster.server.ttl(f"{prefix}:run:{run_id}:spec") > 0  # history, for a day
        requests = mirror.take_requests()
    finally:
        release.set()
        mirror.stop()
    articles = mirror.site("nbtv").article_paths
    per_path = Counter(r.path for r in requests if r.path in articles)
    assert per_path == Counter({path: 2 for path in articles})  # run 2 revisited all of run 1's pages
    conditional = [r for r in requests if r.path in articles and r.conditional]
    assert len(conditional) == len(articles) and {r.status for r in conditional} == {304}
    snap = snapshot(pg_url)
    assert [r["state"] for r in snap.runs] == ["finished", "finished"]
    assert snap.runs[1]["counts"]["total"]["not_modified"] == len(articles)


def test_max_pages_is_one_budget_for_all_workers(cluster, pg_url, tmp_path):
    with MirrorServer(["baohagiang"]) as mirror:
        workers = start_workers(2, pg_url, tmp_path, cluster)
        distributed_run(cluster, mirror, pg_url, max_pages=5)
        outcomes = finish(workers)
        requests = mirror.take_requests()
    assert [code for code, _ in outcomes] == [0, 0], outcomes
    from reformcrawl.portals import get_portal

    discovery = {"/robots.txt", *get_portal("baohagiang").feeds, "/sitemap.xml"}
    pages = [r.path for r in requests if r.path not in discovery]
    assert len(pages) == 5 and len(set(pages)) == 5, pages
    [run] = snapshot(pg_url).runs
    counts = run["counts"]["portals"]["baohagiang"]
    assert counts["pages"] + counts["listing_pages"] == 5 and run["state"] == "finished"


def test_a_run_is_started_once_and_one_run_at_a_time(cluster, pg_url):
    """What keeps two schedulers from starting the same run twice, on this side: the run id is
    claimed in Redis before the run record is touched; and one distributed run is current at a time."""
    from reformcrawl.distributed import RunAlreadyStarted, RunInProgress, start_distributed_run
    from reformcrawl.store import shared_store
    from reformcrawl.store import run_records

    with MirrorServer(["nbtv"]) as mirror:
        with shared_store(pg_url).session() as session:  # the scheduler prepares the run record
            prepared = run_records.start_run(session, portals=["nbtv"], trigger="schedule:nightly").id
        job = CrawlJob(portals=("nbtv",), db_url=pg_url, origins={"nbtv": mirror.origin("nbtv")},
                       trigger="schedule:nightly", run_id=prepared)
        spec = start_distributed_run(job, cluster, coordinator="scheduler-a")
        assert spec.run_id == prepared
        with pytest.raises(RunAlreadyStarted):
            start_distributed_run(job, cluster, coordinator="scheduler-b")
        with pytest.raises(RunInProgress, match=f"run {prepared} is still in progress"):
            start_distributed_run(CrawlJob(portals=("nbtv",), db_url=pg_url, trigger="cli"), cluster)
    runs = snapshot(pg_url).runs
    assert [(r["id"], r["state"]) for r in runs] == [(prepared, "running"), (prepared + 1, "failed")]
    assert runs[0]["trigger"] == "schedule:nightly"
    assert cluster.server.zcard(cluster.keys.run(prepared).queue("nbtv")) == 3  # seeded once


def test_stopping_the_coordinator_cancels_the_run_everywhere(cluster, pg_url, tmp_path):
    """SIGTERM to `crawl --distributed` (what a scheduler sends when it stops): the workers close
    their spiders, the run is recorded as interrupted, its keys are removed."""
    release = threading.Event()
    route = SlowArticles(0.0, release)
    mirror = slow_mirror("nbtv", route)
    try:
        workers = start_workers(1, pg_url, tmp_path, cluster)
        coordinator = subprocess.Popen(
            [PYTHON, "-m", "reformcrawl", "crawl", "nbtv", "--base-url", mirror.origin("nbtv"), "--db", pg_url,
             "--distributed", "--redis", cluster.url, "--heartbeat-ttl", TTL],
            cwd=WORKTREE, env=worker_env(tmp_path, cluster), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and route.in_flight < 2:
            time.sleep(0.02)
        coordinator.send_signal(signal.SIGTERM)
        time.sleep(0.3)
        release.set()
        out, err = coordinator.communicate(timeout=60)
        outcomes = finish(workers)
    finally:
        release.set()
        mirror.stop()
    assert coordinator.returncode == 130, out + err
    assert [code for code, _ in outcomes] == [0], outcomes
    [run] = snapshot(pg_url).runs
    assert run["state"] == "interrupted"
    assert any(e["kind"] == "cancelled" and "stopped" in e["message"] for e in run["errors"])
    assert keys_of(cluster) == {f"{cluster.keys.prefix}:run:1:spec"}
    assert cluster.server.hget(f"{cluster.keys.prefix}:run:1:spec", "state") == b"cancelled"


def test_a_schedule_starts_a_distributed_run_for_the_workers(cluster, pg_url, tmp_path):
    """`distributed = true` in a schedule: the scheduler's child seeds the run into Redis and waits;
    the workers crawl it; the run record is the schedule's."""
    schedules = tmp_path / "schedules"
    schedules.mkdir()
    with MirrorServer(portals=["nbtv"]) as mirror:
        (schedules / "spread.toml").write_text(
            'portals = ["nbtv"]\ndistributed = true\nnotify = false\n'
            f'[base_urls]\nnbtv = "{mirror.origin("nbtv")}"\n', encoding="utf-8")
        workers = start_workers(2, pg_url, tmp_path, cluster, once=True)
        env = {**worker_env(tmp_path, cluster), "REFORMCRAWL_REDIS_URL": cluster.url, "REFORMCRAWL_DB_URL": pg_url}
        done = subprocess.run(
            [PYTHON, "-m", "reformcrawl", "schedule", "run-once", "spread", "--schedules", str(schedules)],
            cwd=WORKTREE, env=env, capture_output=True, text=True, timeout=120,
        )
        results = finish(workers)
        expected = set(mirror.site("nbtv").article_paths)
    assert done.returncode == 0, done.stdout + done.stderr
    assert [code for code, _ in results] == [0, 0], results
    snap = snapshot(pg_url)
    [run] = snap.runs
    assert (run["state"], run["trigger"]) == ("finished", "schedule:spread")
    assert snap.paths("nbtv") == expected
    assert_consistent(snap)

"""Distributed crawl throughput: 1, 2 and 4 workers over 2,000 mirror article pages.

    python bench/distributed.py [--pages 2000] [--workers 1,2,4] [--repeats 1] [--no-single]

The mirror (2,000 generated articles spread over the five portals, one loopback port each) runs in
this process. For each worker count: a fresh PostgreSQL database, a fresh Redis key prefix, N
`reformcrawl worker --once` processes started and heartbeating *before* the clock starts; then
this process seeds the run (`start_distributed_run`, the coordinator without crawling) and the
clock stops when the run is complete (every page stored, the run record written). Throttling is
off (AUTOTHROTTLE_ENABLED=False, DOWNLOAD_DELAY=0, set on the run so every worker gets it); the
per-portal limit of 2 concurrent requests stays, shared by all workers: at most 10 requests on the
wire for 5 portals, whatever N. For reference, the same crawl by one ordinary process
(`crawl_job`, no Redis) into a fresh database.

Printed per run: seconds, article pages fetched, pages/s, total requests (mirror log), the speed-up
against one worker, and where the CPU went (workers, PostgreSQL, Redis, this process: the mirror)
with the machine's busy share over the run, read from /proc: on a small machine the servers and the
mirror share the cores with the workers, which is what the scaling mostly shows.

Articles come from `reformcrawl.mirror.synthetic` when it exists (the benchmarks branch); otherwise
this script makes them itself: each corpus article copied under new URLs in the portal's own URL
shape, with a numbered title and a recent publication date.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
# bench/incremental.py is named like Twisted's `incremental` dependency: keep bench/ off the path.
sys.path = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != BENCH)]

from reformcrawl.mirror.corpus import CorpusArticle, load_corpus  # noqa: E402
from reformcrawl.mirror.server import MirrorServer  # noqa: E402
from reformcrawl.portals import all_portals  # noqa: E402

PG_ADMIN = os.environ.get("REFORMCRAWL_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
REDIS = os.environ.get("REFORMCRAWL_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
FAST = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0}
CLK = os.sysconf("SC_CLK_TCK")
QUIET_WAIT = 600.0  # --quiet-wait

# -- articles ------------------------------------------------------------------------------------

_ID_AT_END = re.compile(r"^(?P<head>.*)-(?P<id>[0-9a-f]{5,})(?P<tail>\.html|/)$")


def _copy_path(path: str, n: int) -> str:
    """The corpus path with `-b<n>` in its slug, keeping the portal's URL shape (ids, suffixes)."""
    m = _ID_AT_END.match(path)
    if m:
        return f"{m['head']}-b{n}-{m['id']}{m['tail']}"
    trail = "/" if path.endswith("/") else ""
    return f"{path.rstrip('/')}-b{n}{trail}"


def own_articles(count: int, now: datetime) -> list[CorpusArticle]:
    """`count` articles over the five portals: copies of each portal's corpus articles."""
    portals = list(all_portals())
    corpus = {p: [a for a in load_corpus() if a.portal == p] for p in portals}
    out = []
    for i in range(count):
        portal = portals[i % len(portals)]
        n = i // len(portals)
        source = corpus[portal][n % len(corpus[portal])]
        out.append(replace(
            source, key=f"{portal}/bench-{n}", path=_copy_path(source.path, n), title=f"{source.title} (số {n + 1})",
            published_at=now - timedelta(hours=4 * n + 1), state="before", revision=None,
        ))
    return out


def articles(count: int) -> tuple[list[CorpusArticle], str]:
    now = datetime.now(timezone.utc).astimezone(timezone(timedelta(hours=7)))
    try:
        from reformcrawl.mirror.synthetic import generate_articles  # type: ignore[import-not-found]
    except ImportError:
        return own_articles(count, now), "copies of the corpus (bench/distributed.py)"
    portals = list(all_portals())
    per = [count // len(portals) + (1 if i < count % len(portals) else 0) for i in range(len(portals))]
    made = [a for p, k in zip(portals, per) for a in generate_articles(p, k, start=now - timedelta(hours=4 * k), step=timedelta(hours=4))]
    return made, "reformcrawl.mirror.synthetic"


# -- CPU accounting from /proc -------------------------------------------------------------------


def _proc_cpu(names: tuple[str, ...]) -> float:
    """CPU seconds used so far by the processes whose command name starts with one of `names`, with
    their children that ended (PostgreSQL runs a process per connection: the postmaster's
    cutime/cstime keep what ended backends used)."""
    total = 0
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read().decode("latin-1")
        except OSError:
            continue
        comm = stat[stat.index("(") + 1 : stat.rindex(")")]
        if comm.startswith(names):
            fields = stat[stat.rindex(")") + 2 :].split()
            total += sum(int(v) for v in fields[11:15])  # utime, stime, cutime, cstime
    return total / CLK


def _machine() -> tuple[float, float]:
    with open("/proc/stat") as f:
        values = [int(v) for v in f.readline().split()[1:]]
    idle = values[3] + values[4]
    return sum(values) / CLK, idle / CLK


def _pid_cpu(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", "rb") as f:
                stat = f.read().decode("latin-1")
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        total += int(fields[11]) + int(fields[12])
    return total / CLK


@dataclass
class Usage:
    wall: float = 0.0
    workers: float = 0.0  # CPU seconds of the crawling processes over the timed run
    postgres: float = 0.0
    redis: float = 0.0
    mirror: float = 0.0  # this process: the mirror's threads, and seeding / waiting
    busy: float = 0.0  # CPU seconds the whole machine was busy
    cores: int = os.cpu_count() or 1

    @property
    def other(self) -> float:
        """CPU seconds of processes that are not part of this bench (other work on the machine)."""
        return max(0.0, self.busy - self.workers - self.postgres - self.redis - self.mirror)


class Meter:
    """CPU use by process over a timed window, from /proc (`pids`: the crawling processes)."""

    def __init__(self, pids: list[int]) -> None:
        self.pids = pids

    def __enter__(self) -> Meter:
        self.t = time.monotonic()
        self.pg, self.rd = _proc_cpu(("postgres",)), _proc_cpu(("redis-server",))
        self.me = time.process_time()
        self.total, self.idle = _machine()
        self.workers = _pid_cpu(self.pids)
        return self

    def __exit__(self, *exc: object) -> None:
        total, idle = _machine()
        self.usage = Usage(
            wall=time.monotonic() - self.t,
            workers=_pid_cpu(self.pids) - self.workers,
            postgres=_proc_cpu(("postgres",)) - self.pg,
            redis=_proc_cpu(("redis-server",)) - self.rd,
            mirror=time.process_time() - self.me,
            busy=(total - self.total) - (idle - self.idle),
        )


def wait_for_quiet(limit: float, threshold: float = 0.15, window: float = 3.0) -> float:
    """Wait (at most `limit` seconds) until the machine is nearly idle for `window` seconds: this
    bench measures a 2-core machine, and other work on it changes the answer. Returns the busy share
    of a core seen last."""
    deadline = time.monotonic() + limit
    while True:
        total, idle = _machine()
        time.sleep(window)
        total2, idle2 = _machine()
        busy_cores = ((total2 - total) - (idle2 - idle)) / window
        if busy_cores < threshold or time.monotonic() > deadline:
            return busy_cores
        print(f"  (waiting for a quiet machine: {busy_cores:.2f} cores busy with other work)", flush=True)


# -- databases and processes ---------------------------------------------------------------------


def new_database() -> tuple[str, str]:
    import psycopg

    name = f"reformcrawl_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return name, f"{PG_ADMIN.rpartition('/')[0]}/{name}"


def drop_database(name: str) -> None:
    import psycopg

    from reformcrawl.store import close_shared_stores

    close_shared_stores()
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def child_env(prefix: str = "") -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REFORMCRAWL_", "SCRAPY_"))}
    env.update(PYTHONPATH=str(ROOT), REFORMCRAWL_HOME=tempfile.mkdtemp(prefix="reformcrawl-bench-"))
    if prefix:
        env["REFORMCRAWL_REDIS_PREFIX"] = prefix
    return env


SINGLE = """
import json, sys
from reformcrawl.launch.crawl_process import CrawlJob, base_settings, crawl_job, run_jobs
spec = json.loads(sys.argv[1])
job = CrawlJob(portals=tuple(spec["origins"]), db_url=spec["db"], origins=spec["origins"], trigger="bench", settings=spec["settings"])
summary = run_jobs(lambda p: crawl_job(p, job, progress=False), base_settings({"LOG_LEVEL": "WARNING", **spec["settings"]}))
print(json.dumps({"state": summary.state, "total": summary.total,
                  "seconds": (summary.ended_at - summary.started_at).total_seconds()}))
"""


@dataclass
class Result:
    mode: str
    workers: int
    seconds: float
    pages: int  # article pages fetched
    requests: int
    stored: int
    usage: Usage
    per_worker: list[int]

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds


def run_single(mirror: MirrorServer) -> Result:
    name, db = new_database()
    try:
        from reformcrawl.store import open_store

        open_store(db).close()  # migrate before the clock starts, as workers find it migrated
        wait_for_quiet(QUIET_WAIT)
        mirror.take_requests()
        spec = json.dumps({"origins": mirror.origins(), "db": db, "settings": FAST})
        with tempfile.TemporaryFile("w+") as out_file, tempfile.TemporaryFile("w+") as err_file:
            proc = subprocess.Popen([sys.executable, "-c", SINGLE, spec], cwd=ROOT, env=child_env(),
                                    stdout=out_file, stderr=err_file, text=True)
            with Meter([]) as meter:  # the window includes the child's start-up (imports)
                _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            meter.usage.workers = usage.ru_utime + usage.ru_stime
            out_file.seek(0)
            err_file.seek(0)
            stdout, stderr = out_file.read(), err_file.read()
        if proc.returncode != 0:
            raise SystemExit(f"single-process crawl failed:\n{stderr[-3000:]}")
        out = json.loads(stdout.strip().splitlines()[-1])
        # the crawl's own time (the run record's), without the child's start-up, like the workers'
        return _result("1 process", 1, out["seconds"], mirror, out["total"].get("new", 0), meter.usage, [])
    finally:
        drop_database(name)


def _result(mode: str, n: int, seconds: float, mirror: MirrorServer, stored: int, usage: Usage, per_worker: list[int]) -> Result:
    requests = mirror.take_requests()
    pages = sum(1 for r in requests if mirror.is_article_path(r.portal, r.path))
    return Result(mode, n, seconds, pages, len(requests), stored, usage, per_worker)


def run_distributed(mirror: MirrorServer, n: int) -> Result:
    from reformcrawl.launch.crawl_process import CrawlJob
    from reformcrawl.distributed import Cluster, start_distributed_run, wait_for_run
    from reformcrawl.store import open_store, shared_store
    from reformcrawl.store.models import Run

    name, db = new_database()
    prefix = f"rcbench-{uuid.uuid4().hex[:8]}"
    cluster = Cluster.connect(REDIS, prefix)
    procs: list[subprocess.Popen[str]] = []
    try:
        open_store(db).close()
        env = child_env(prefix)
        procs = [subprocess.Popen([sys.executable, "-m", "reformcrawl", "worker", "--redis", REDIS, "--db", db, "--once",
                                   "--worker-id", f"w{i + 1}"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for i in range(n)]
        deadline = time.monotonic() + 60
        while sum(bool(cluster.server.exists(cluster.keys.worker_alive(f"w{i + 1}"))) for i in range(n)) < n:
            if time.monotonic() > deadline:
                raise SystemExit("workers did not start in 60s")
            time.sleep(0.05)
        time.sleep(1.0)  # imports done, reactors idle-waiting
        wait_for_quiet(QUIET_WAIT)
        mirror.take_requests()
        job = CrawlJob(portals=tuple(mirror.portals), db_url=db, origins=mirror.origins(), trigger="bench", settings=FAST)
        with Meter([p.pid for p in procs]) as meter:
            started = time.monotonic()
            spec = start_distributed_run(job, cluster, coordinator="bench")
            state = wait_for_run(cluster, spec.run_id, db, by="bench", poll=0.1)
            wall = time.monotonic() - started
        per_worker = []
        for proc in procs:
            _, err = proc.communicate(timeout=60)
            found = re.search(r"after (\d+) response", err)
            per_worker.append(int(found.group(1)) if found else -1)
        if state != "complete":
            raise SystemExit(f"run {spec.run_id} ended {state}")
        with shared_store(db).session() as session:
            run = session.get(Run, spec.run_id)
            stored = (run.counts or {}).get("total", {}).get("new", 0)
        return _result("distributed", n, wall, mirror, stored, meter.usage, per_worker)
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
        keys = list(cluster.server.scan_iter(match=f"{prefix}:*"))
        if keys:
            cluster.server.delete(*keys)
        cluster.close()
        drop_database(name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--no-single", action="store_true", help="skip the single-process reference crawl")
    parser.add_argument("--quiet-wait", type=float, default=600.0,
                        help="before each run, wait up to this many seconds for other work on the machine to stop")
    args = parser.parse_args()
    global QUIET_WAIT
    QUIET_WAIT = args.quiet_wait
    counts = [int(x) for x in args.workers.split(",")]
    made, source = articles(args.pages)
    print(f"{len(made)} articles ({source}), {os.cpu_count()} CPU cores; throttling off, 2 requests per portal")
    mirror = MirrorServer(articles=made).start()
    try:
        results: list[Result] = []
        for _ in range(args.repeats):
            if not args.no_single:
                results.append(run_single(mirror))
            for n in counts:
                results.append(run_distributed(mirror, n))
    finally:
        mirror.stop()
    print()
    print(f"{'mode':<12} {'workers':>7} {'seconds':>8} {'pages':>6} {'pages/s':>8} {'requests':>8} {'stored':>6} "
          f"{'speed-up':>8} {'CPU s: crawl':>12} {'postgres':>8} {'redis':>6} {'mirror':>6} {'other':>6} {'busy':>5}"
          f"  responses per worker")
    base = statistics.median([r.pages_per_s for r in results if r.mode == "distributed" and r.workers == 1] or [0]) or None
    for r in results:
        u = r.usage
        speed = f"{r.pages_per_s / base:.2f}x" if base and r.mode == "distributed" else ""
        busy = u.busy / (u.wall * u.cores)
        mark = "*" if u.other > 0.1 * u.wall else " "
        print(f"{mark}{r.mode:<11} {r.workers:>7} {r.seconds:>8.1f} {r.pages:>6} {r.pages_per_s:>8.1f} {r.requests:>8} {r.stored:>6} "
              f"{speed:>8} {u.workers:>12.1f} {u.postgres:>8.1f} {u.redis:>6.1f} {u.mirror:>6.1f} {u.other:>6.1f} {busy:>5.0%}"
              f"  {' '.join(str(p) for p in r.per_worker)}")
    if args.repeats > 1:
        print("\nmedians:")
        for mode, n in dict.fromkeys((r.mode, r.workers) for r in results):
            same = [r for r in results if (r.mode, r.workers) == (mode, n)]
            rate = statistics.median(r.pages_per_s for r in same)
            speed = f"{rate / base:.2f}x" if base and mode == "distributed" else ""
            print(f"{mode:<12} {n:>7} {statistics.median(r.seconds for r in same):>8.1f} s {rate:>8.1f} pages/s "
                  f"{speed:>6}  (runs: {', '.join(f'{r.pages_per_s:.1f}' for r in same)} pages/s)")
    print("\n* other work used more than a tenth of a core during that run: its figures are disturbed."
          "\nCPU seconds over the timed run, from /proc: crawl = the workers (the one process: with its start-up);"
          "\nmirror = this process (the mirror's threads; seeding and waiting for distributed runs); other = the rest"
          "\nof the machine (work that is not this bench); busy = the share of all cores in use.")


if __name__ == "__main__":
    main()

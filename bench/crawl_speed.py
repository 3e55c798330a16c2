"""Crawl throughput and memory: pages/s end to end (fetch + extract + store into SQLite), the same
crawl with storing disabled, and the crawl process's peak RSS at 500 and 2,000 article pages.

    python bench/crawl_speed.py [--repeats 2] [--sizes 500,2000] [--profile]

The mirror (generated articles spread evenly over the five portals, one loopback port each)
runs in this process; every crawl runs in a fresh child process (bench/_crawl_child.py: the
code path of `reformcrawl crawl`, five mirror origins, throttling off) into a fresh SQLite
file; its peak RSS comes from wait4 in a small launcher (bench/_peak.py), because a child forked
straight from this process would count this process's memory (the mirror) in its ru_maxrss. Five portals rather than one: a nightly run crawls
them together in one process, their templates differ in size and extraction cost, and one
portal alone would be capped by the per-portal concurrency of 2 and by the listing depth limit
(50 pages of 10 per listing). Runs of a size alternate store / no-store; medians are printed.
`--profile` (or a storing cost above 20%) adds one profiled crawl with storing, summarised.
The mirror shares the machine: its CPU time is printed too (on 2 cores the crawl is not alone).
The baseline replays the requests of each storing crawl with plain Scrapy and `trafilatura.extract`
(bench/_plain_child.py): the full crawl should be at least as fast.
"""

from __future__ import annotations

import argparse
import json
import os
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
# bench/incremental.py is named like Twisted's `incremental` dependency: keep bench/ behind site-packages.
sys.path = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != BENCH), str(BENCH)]

from _crawlbench import PORTALS, articles_for  # noqa: E402
from reformcrawl.mirror.server import MirrorServer  # noqa: E402

CHILD = ROOT / "bench" / "_crawl_child.py"
PLAIN_CHILD = ROOT / "bench" / "_plain_child.py"  # the baseline: plain Scrapy + trafilatura.extract
PEAK = ROOT / "bench" / "_peak.py"  # reports the child's own peak RSS (see its docstring)
TARGET_STORE_COST = 20.0


@dataclass
class Result:
    store: bool
    pages: int  # article pages fetched (responses handed to the pipelines)
    stored: int  # articles stored (store) or extracted (no store)
    requests: int  # every request the mirror logged
    seconds: float  # the crawl, inside the child
    wall: float  # the child process, start-up included
    max_rss_mb: float
    cpu: float  # user + system CPU seconds of the child
    mirror_cpu: float  # CPU seconds this process (the mirror's server threads) spent meanwhile

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds


@dataclass
class PlainResult:
    pages: int  # article pages of reformcrawl's crawl whose requests were replayed
    seconds: float
    html_pages: int  # HTML responses extracted (listings included)
    extracted: int  # of which trafilatura returned text

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds


def replay_urls(mirror: MirrorServer, requests: list) -> list[str]:
    """The GET requests a crawl made, as URLs on the mirror, robots.txt left out (Scrapy's robots
    middleware asks for it)."""
    origins = mirror.origins()
    return [origins[r.portal].rstrip("/") + r.path for r in requests
            if r.method == "GET" and r.path != "/robots.txt" and r.portal in origins]


def run_plain(mirror: MirrorServer, workdir: Path, urls: list[str], article_pages: int, *, tag: str) -> PlainResult:
    urls_file, result_file = workdir / f"{tag}.urls.json", workdir / f"{tag}.json"
    urls_file.write_text(json.dumps(urls))
    with open(workdir / f"{tag}.log", "wb") as log:
        code = subprocess.call([sys.executable, str(PLAIN_CHILD), "--urls", str(urls_file), "--result", str(result_file)],
                               cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    if code != 0:
        raise SystemExit(f"plain crawl child failed ({code}); see {workdir / f'{tag}.log'}")
    mirror.take_requests()
    data = json.loads(result_file.read_text())
    return PlainResult(article_pages, data["seconds"], data["pages"], data["extracted"])


def run_child(mirror: MirrorServer, workdir: Path, *, store: bool, tag: str, profile: Path | None = None,
              settings: tuple[str, ...] = ()) -> Result:
    db = workdir / f"{tag}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    result_file = workdir / f"{tag}.json"
    cmd = [sys.executable, str(CHILD), "--db", f"sqlite:///{db}", "--origins", json.dumps(mirror.origins()),
           "--result", str(result_file)]
    if not store:
        cmd.append("--no-store")
    if profile:
        cmd += ["--profile", str(profile)]
    for setting in settings:
        cmd += ["--set", setting]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    peak_file = workdir / f"{tag}.peak.json"
    mirror.take_requests()
    with open(workdir / f"{tag}.log", "wb") as log:
        own = resource.getrusage(resource.RUSAGE_SELF)
        start = time.perf_counter()
        code = subprocess.call([sys.executable, str(PEAK), str(peak_file), "--", *cmd], cwd=ROOT, env=env,
                               stdout=log, stderr=subprocess.STDOUT)
        wall = time.perf_counter() - start
        own_after = resource.getrusage(resource.RUSAGE_SELF)
    mirror_cpu = (own_after.ru_utime + own_after.ru_stime) - (own.ru_utime + own.ru_stime)
    if code != 0:
        raise SystemExit(f"crawl child failed ({code}); see {workdir / f'{tag}.log'}")
    peak = json.loads(peak_file.read_text())
    time.sleep(0.2)
    logged = mirror.take_requests()
    requests = len(logged)
    data = json.loads(result_file.read_text())
    totals = data["totals"]
    stored = totals.get("new", 0)
    result = Result(store, totals.get("pages", 0), stored, requests, data["seconds"], wall, peak["maxrss_kb"] / 1024,
                    peak["utime"] + peak["stime"], mirror_cpu)
    result.logged = logged  # type: ignore[attr-defined]  # replayed by the plain baseline
    return result


def summarize_profile(path: Path, pages: int) -> None:
    stats = pstats.Stats(str(path))
    total = stats.total_tt  # type: ignore[attr-defined]
    print(f"\nprofile of one crawl with storing ({pages} article pages, {total:.1f}s of CPU in the main thread):")
    wanted = {
        "StorePipeline.process_item": ("pipelines/store.py", "process_item"),
        "  record_page": ("store/articles.py", "record_page"),
        "  ensure_portal": ("store/articles.py", "ensure_portal"),
        "  get_article": ("store/articles.py", "get_article"),
        "  _add_version": ("store/articles.py", "_add_version"),
        "  commit (Session and savepoint transactions)": ("orm/session.py", "commit"),
        "  Session.flush": ("orm/session.py", "flush"),
        "ExtractPipeline.process_item": ("pipelines/extract.py", "process_item"),
        "discover (listing links)": ("crawl/links.py", "discover"),
        "sqlite3 execute": ("~", "<method 'execute' of 'sqlite3.Cursor' objects>"),
        "sqlite3 commit": ("~", "<method 'commit' of 'sqlite3.Connection' objects>"),
    }
    rows = {}
    for (filename, _line, name), (_cc, nc, _tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        for label, (suffix, func) in wanted.items():
            if name == func and (filename.endswith(suffix) or suffix == "~" == filename):
                calls, cum = rows.get(label, (0, 0.0))
                rows[label] = (calls + nc, cum + ct)
    for label in wanted:
        if label in rows:
            calls, cum = rows[label]
            print(f"  {label:<50} {cum:7.2f}s  {cum / max(pages, 1) * 1000:6.2f} ms/page  ({calls} calls)")
    executes = next((nc for (f, _l, n), (_cc, nc, *_r) in stats.stats.items()  # type: ignore[attr-defined]
                     if n == "<method 'execute' of 'sqlite3.Cursor' objects>"), 0)
    print(f"  SQL statements: {executes} = {executes / max(pages, 1):.1f} per article page (whole run)")
    print("  top functions by own time:")
    ordered = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:12]  # type: ignore[attr-defined]
    for (filename, line, name), (_cc, nc, tt, ct, _callers) in ordered:
        short = "/".join(filename.split("/")[-2:])
        print(f"    {tt:6.2f}s own {ct:6.2f}s cum  {nc:>8}  {short}:{line}({name})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3, help="runs per configuration (median printed); default 3")
    parser.add_argument("--sizes", default="500,2000", help="article pages per crawl, comma-separated")
    parser.add_argument("--profile", action="store_true", help="always add a profiled crawl with storing")
    parser.add_argument("--concurrency", type=int, default=None,
                        help="requests in flight per portal (CONCURRENT_REQUESTS_PER_DOMAIN; the product setting is 2)")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    extra = (f"CONCURRENT_REQUESTS_PER_DOMAIN={args.concurrency}",) if args.concurrency else ()
    sizes = [int(s) for s in args.sizes.split(",")]
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="reformcrawl-speed-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"crawl speed: generated article pages spread over {len(PORTALS)} portals, served on loopback "
          f"(one port per portal); each crawl in a fresh child process into a fresh SQLite file; "
          f"throttling off; {args.concurrency or 'the product setting of 2'} requests in flight per portal; "
          f"{args.repeats} runs per configuration, medians\n")
    results: dict[tuple[int, bool], list[Result]] = {}
    plain: dict[int, list[PlainResult]] = {}
    mirrors_seconds = {}
    for size in sizes:
        per_portal = size // len(PORTALS)
        start = time.perf_counter()
        mirror = MirrorServer(PORTALS, articles=articles_for(PORTALS, per_portal)).start()
        mirrors_seconds[size] = time.perf_counter() - start
        try:
            for rep in range(args.repeats):
                for store in (True, False):
                    tag = f"{size}-{'store' if store else 'nostore'}-{rep}"
                    r = run_child(mirror, workdir, store=store, tag=tag, settings=extra)
                    results.setdefault((size, store), []).append(r)
                    print(f"  {tag:<18} {r.pages:5d} article pages ({r.stored} {'stored' if store else 'extracted'}),"
                          f" {r.requests:5d} requests, crawl {r.seconds:6.1f}s = {r.pages_per_s:5.1f} pages/s,"
                          f" process {r.wall:6.1f}s ({r.cpu:5.1f}s CPU; mirror {r.mirror_cpu:4.1f}s CPU),"
                          f" max RSS {r.max_rss_mb:5.0f} MB", flush=True)
                    if store:
                        tag = f"{size}-plain-{rep}"
                        p = run_plain(mirror, workdir, replay_urls(mirror, r.logged), r.pages,  # type: ignore[attr-defined]
                                      tag=tag)
                        plain.setdefault(size, []).append(p)
                        print(f"  {tag:<18} the same {len(r.logged)} requests with plain Scrapy + "  # type: ignore[attr-defined]
                              f"trafilatura.extract ({p.extracted}/{p.html_pages} HTML pages with text), "
                              f"crawl {p.seconds:6.1f}s = {p.pages_per_s:5.1f} article pages/s", flush=True)
            if args.profile or max(_cost(results, size), _cpu_cost(results, size)) > TARGET_STORE_COST:
                prof = workdir / f"{size}-store.prof"
                r = run_child(mirror, workdir, store=True, tag=f"{size}-store-profiled", profile=prof, settings=extra)
                results.setdefault((size, "profiled"), []).append(r)  # type: ignore[arg-type]
        finally:
            mirror.stop()

    print(f"\n{'article pages':<14} {'storing':<8} {'pages/s':>8} {'crawl s':>8} {'process s':>9} {'CPU s':>6} "
          f"{'mirror CPU s':>12} {'requests':>8} {'max RSS MB':>10}   (medians of {args.repeats})")
    for size in sizes:
        for store in (True, False):
            rs = results[(size, store)]
            print(f"{size:<14} {'on' if store else 'off':<8} {statistics.median(r.pages_per_s for r in rs):8.1f} "
                  f"{statistics.median(r.seconds for r in rs):8.1f} {statistics.median(r.wall for r in rs):9.1f} "
                  f"{statistics.median(r.cpu for r in rs):6.1f} {statistics.median(r.mirror_cpu for r in rs):12.1f} "
                  f"{statistics.median(r.requests for r in rs):8.0f} {statistics.median(r.max_rss_mb for r in rs):10.0f}")
    print()
    for size in sizes:
        cost = _cost(results, size)
        verdict = "ok" if cost <= TARGET_STORE_COST else "OVER TARGET"
        cpu_on = statistics.median(r.cpu for r in results[(size, True)])
        cpu_off = statistics.median(r.cpu for r in results[(size, False)])
        pages = statistics.median(r.stored for r in results[(size, True)])
        busy = statistics.median(r.cpu / r.wall for r in results[(size, True)]) * 100
        print(f"storing cost at {size} pages: {cost:.1f}% of throughput (target <= {TARGET_STORE_COST:.0f}%) {verdict}; "
              f"in CPU: {_cpu_cost(results, size):.1f}% of the crawl's CPU time, "
              f"{(cpu_on - cpu_off) / pages * 1000:.1f} ms per stored page (the crawl process is {busy:.0f}% busy)")
    for size in sizes:
        ours = statistics.median(r.pages_per_s for r in results[(size, True)])
        base = statistics.median(p.pages_per_s for p in plain[size])
        print(f"full crawl at {size} pages: {ours:.1f} pages/s with storing, plain Scrapy + trafilatura.extract on the "
              f"same requests {base:.1f} pages/s: {ours / base:.2f}x (target >= 1.00)")
    for (size, store), rs in sorted(results.items(), key=str):
        counts = {r.pages for r in rs}
        if store != "profiled" and len(counts) > 1:
            print(f"WARNING: crawls of the same {size}-page mirror (storing {'on' if store else 'off'}) fetched "
                  f"different numbers of article pages: {sorted(r.pages for r in rs)}; a crawl missed articles")
    if len(sizes) >= 2:
        small, large = sizes[0], sizes[-1]
        for store in (True, False):
            a = statistics.median(r.max_rss_mb for r in results[(small, store)])
            b = statistics.median(r.max_rss_mb for r in results[(large, store)])
            print(f"peak RSS, storing {'on ' if store else 'off'}: {a:.0f} MB at {small} pages, {b:.0f} MB at {large} pages "
                  f"({(b - a) / (large - small) * 1024:.0f} KB per extra page)")
    for size in sizes:
        for r in results.get((size, "profiled"), []):  # type: ignore[call-overload]
            summarize_profile(workdir / f"{size}-store.prof", r.pages)
    print("\nmirror rendering (not timed in the crawl): " + ", ".join(f"{s} pages {t:.0f}s" for s, t in mirrors_seconds.items()))


def _cpu_cost(results: dict, size: int) -> float:
    on = statistics.median(r.cpu for r in results[(size, True)])
    off = statistics.median(r.cpu for r in results[(size, False)])
    return (on - off) / on * 100


def _cost(results: dict, size: int) -> float:
    on = statistics.median(r.pages_per_s for r in results[(size, True)])
    off = statistics.median(r.pages_per_s for r in results[(size, False)])
    return (1 - on / off) * 100


if __name__ == "__main__":
    main()

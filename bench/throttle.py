"""AutoThrottle after one slow page: what the rest of a polite crawl pays for it.

    python bench/throttle.py [--dead 20] [--slow 3]

Serves angiang's mirror (no feed, no sitemap) with one more listing page, which takes `--slow`
seconds and lists `--dead` articles that are gone (404, answered at once), and crawls from that
page the way a schedule does (project settings: AutoThrottle on, DOWNLOAD_DELAY 0.5 s, two
requests at a time), each time into a fresh database: once with Scrapy's own AutoThrottle, once
with `crawl.throttle.BoundedThrottle` (the project's). 304s to revisits are treated alike by both (tests/test_throttle.py). For each it
prints the requests after the slow page, how long they took, and the mean and longest gap between
two of them. Loopback timings: indicative, not for tests.
"""

from __future__ import annotations

import argparse
import sys
from itertools import pairwise
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != BENCH), str(BENCH)]

from twisted.internet import defer  # noqa: E402

from reformcrawl.launch.crawl_process import CrawlJob, base_settings, crawl_job, run_jobs  # noqa: E402
from reformcrawl.mirror.server import LoggedRequest, MirrorServer  # noqa: E402

PORTAL = "angiang"
SLOW_PATH = "/chuyen-muc/tin-da-go"
POLITE = {"AUTOTHROTTLE_ENABLED": True, "DOWNLOAD_DELAY": 0.5}
#: Scrapy's AutoThrottle (from EXTENSIONS_BASE) back, the project's extension off.
STOCK = {**POLITE, "EXTENSIONS": {"reformcrawl.crawl.throttle.BoundedThrottle": None}}


def slow_listing(dead: int, seconds: float) -> Any:
    items = "".join(
        f'<li><h3><a href="/-/tin-da-go-khoi-chuyen-muc-cai-cach-hanh-chinh-so-{n}">'
        f'Tin đã gỡ khỏi chuyên mục cải cách hành chính số {n}</a></h3></li>' for n in range(dead))
    body = (f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tin đã gỡ</title></head><body>'
            f'<h1>Tin đã gỡ</h1><ul class="list">{items}</ul></body></html>').encode()

    def route(handler: Any) -> None:
        time.sleep(seconds)
        handler.send_plain(200, body, "text/html; charset=utf-8")

    return route


def after_slow(requests: list[LoggedRequest], slow_path: str) -> tuple[int, float, float, float]:
    """(requests after the slow page, seconds they took, mean gap, longest gap)."""
    ordered = sorted(requests, key=lambda r: r.at)
    slow_at = next(r.at for r in ordered if r.path == slow_path)
    times = [slow_at, *(r.at for r in ordered if r.at > slow_at)]
    gaps = [b - a for a, b in pairwise(times)]
    return len(gaps), times[-1] - slow_at, sum(gaps) / max(len(gaps), 1), max(gaps, default=0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dead", type=int, default=20, help="gone articles the slow listing lists (default 20)")
    parser.add_argument("--slow", type=float, default=3.0, help="seconds the slow listing page takes (default 3)")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="reformcrawl-throttle-"))
    mirror = MirrorServer([PORTAL]).start()
    mirror.add_route(PORTAL, SLOW_PATH, slow_listing(args.dead, args.slow))
    results: dict[str, tuple[list[LoggedRequest], float]] = {}

    @defer.inlineCallbacks
    def chain(process: Any) -> Any:
        for number, (name, settings) in enumerate((("Scrapy AutoThrottle", STOCK), ("BoundedThrottle", POLITE))):
            job = CrawlJob(portals=(PORTAL,), db_url=f"sqlite:///{workdir / f'throttle-{number}.db'}",
                           origins=mirror.origins(), start_urls={PORTAL: (SLOW_PATH,)}, trigger=f"bench:{name}",
                           settings=settings)
            started = time.perf_counter()
            yield crawl_job(process, job, progress=False)
            results[name] = (mirror.take_requests(), time.perf_counter() - started)

    try:
        # The jobs carry their own settings: Scrapy merges the process's command-line settings into
        # every crawler it starts, so the process sets none of the keys the jobs set.
        run_jobs(chain, base_settings({"LOG_LEVEL": "ERROR"}))
    finally:
        mirror.stop()
    print(f"crawl of {PORTAL} with the project's politeness settings; the listing page {SLOW_PATH} takes "
          f"{args.slow:.1f}s and lists {args.dead} gone articles (404 at once); every other answer is immediate")
    print(f"{'throttle':<20} {'requests':>8} {'after slow':>10} {'took':>7} {'mean gap':>9} {'longest gap':>12} {'run':>7}")
    for name, (requests, seconds) in results.items():
        count, span, mean, longest = after_slow(requests, SLOW_PATH)
        print(f"{name:<20} {len(requests):>8} {count:>10} {span:>6.1f}s {mean:>8.2f}s {longest:>11.2f}s {seconds:>6.1f}s")


if __name__ == "__main__":
    main()

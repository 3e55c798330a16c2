"""One crawl run in its own process, for bench/crawl_speed.py (which measures this process).

    python bench/_crawl_child.py --db URL --origins JSON --result FILE [--no-store] [--profile FILE]
                                 [--set NAME=VALUE ...]

The same code path as `reformcrawl crawl` (base_settings, crawl_job, run_jobs), with what the
command cannot express: a mirror origin for each of several portals, throttling off, and
REFORMCRAWL_STORE. Writes {"seconds", "totals", "portals", "errors"} as JSON to --result;
`seconds` is the crawl itself (crawl_job start to summary), without interpreter start-up.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
# bench/incremental.py is named like Twisted's `incremental` dependency: keep bench/ behind site-packages.
sys.path = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != BENCH), str(BENCH)]

from reformcrawl.crawl.options import STORE_ENABLED  # noqa: E402
from reformcrawl.launch.crawl_process import CrawlJob, base_settings, crawl_job, run_jobs  # noqa: E402

FAST = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "LOG_LEVEL": "WARNING"}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--origins", required=True, help='{"portal": "http://127.0.0.1:PORT/", ...}')
    parser.add_argument("--result", required=True, type=Path)
    parser.add_argument("--no-store", action="store_true")
    parser.add_argument("--profile", type=Path, default=None, help="write cProfile stats of the run here")
    parser.add_argument("--set", dest="extra", action="append", default=[], metavar="NAME=VALUE",
                        help="another Scrapy setting (VALUE read as JSON when it parses)")
    args = parser.parse_args()
    origins: dict[str, str] = json.loads(args.origins)
    settings: dict[str, Any] = dict(FAST)
    settings[STORE_ENABLED] = not args.no_store
    for item in args.extra:
        name, _, value = item.partition("=")
        try:
            settings[name] = json.loads(value)
        except ValueError:
            settings[name] = value
    job = CrawlJob(portals=tuple(origins), db_url=args.db, origins=origins, trigger="bench:speed", settings=settings)
    clock: dict[str, float] = {}

    def run(process: Any) -> Any:
        clock["start"] = time.perf_counter()
        deferred = crawl_job(process, job, progress=False)

        def done(summary: Any) -> Any:
            clock["end"] = time.perf_counter()
            return summary

        return deferred.addCallback(done)

    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    summary = run_jobs(run, base_settings(settings))
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(str(args.profile))
    args.result.write_text(json.dumps({
        "seconds": clock["end"] - clock["start"],
        "totals": summary.total,
        "portals": summary.portals,
        "errors": summary.errors[:5],
    }))


if __name__ == "__main__":
    main()

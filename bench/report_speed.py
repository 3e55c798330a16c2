"""Report build time: `reformcrawl report` on the demo's database, as a person runs it.

    python bench/report_speed.py [--repeat 5] [--workdir DIR] [--screenshots docs/]

Runs `reformcrawl demo` once into --workdir (a fresh database), then times `python -m reformcrawl
report -o DIR` in a child process --repeat times (the whole command: start-up, migrations check,
queries, rendering, writing), and prints each time, the best and the median. The target is under
5 s. `--screenshots DIR` also saves the index and the busiest metric's page as PNGs 375 pixels
wide with headless Chromium (the pictures in docs/).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lxml import html

ROOT = Path(__file__).resolve().parent.parent


def _run(args: list[str], env: dict[str, str]) -> None:
    subprocess.run([sys.executable, "-m", "reformcrawl", *args], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)


def _screenshots(site: Path, target: Path) -> None:
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary is None:
        raise SystemExit("no chromium on PATH for --screenshots")
    listing = html.fromstring((site / "metrics.html").read_text("utf-8"))
    busiest = max(listing.xpath("//tbody/tr"), key=lambda row: int(row.xpath("string(td[4])")))
    pages = {"report-index.png": (site / "index.html", 1100),
             "report-metric.png": (site / busiest.xpath("td[1]/a/@href")[0], 1100)}
    with tempfile.TemporaryDirectory() as profile:
        for name, (page, height) in pages.items():
            subprocess.run([binary, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                            f"--user-data-dir={profile}", f"--screenshot={target / name}",
                            f"--window-size=375,{height}", page.as_uri()], check=True, capture_output=True)
            print(f"screenshot: {target / name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--screenshots", type=Path, default=None, metavar="DIR")
    options = parser.parse_args()
    workdir = options.workdir or Path(tempfile.mkdtemp(prefix="reformcrawl-report-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "REFORMCRAWL_HOME": str(workdir), "PYTHONPATH": str(ROOT)}
    db_file = workdir / "demo.db"
    _run(["demo", "--db-file", str(db_file)], env)
    site = workdir / "report"
    times = []
    for _ in range(options.repeat):
        started = time.perf_counter()
        _run(["report", "--db", f"sqlite:///{db_file}", "-o", str(site)], env)
        times.append(time.perf_counter() - started)
    pages = sum(1 for _ in site.rglob("*.html"))
    print(f"report of the demo database: {pages} pages")
    print("runs (s): " + ", ".join(f"{t:.2f}" for t in times))
    print(f"best {min(times):.2f} s, median {statistics.median(times):.2f} s (target: under 5 s)")
    if options.screenshots:
        options.screenshots.mkdir(parents=True, exist_ok=True)
        _screenshots(site, options.screenshots)


if __name__ == "__main__":
    main()

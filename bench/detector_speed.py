"""Speed of the pure detectors on large and hostile input: what the tests only check for correctness.

Each case is timed as the best of several rounds (the least disturbed by other work on the machine):
1 MB of article text through `detect` (sessions and figures), 1 MB of bare numbers through
`find_figures`, 100 KB of chrome with one date at the end through `parse_timestamp` and
`find_timestamp`, and a listing page of 2,000 links through `discover`. All must stay linear: the
targets are generous bounds that catch quadratic behaviour, not speed claims.

    python bench/detector_speed.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from reformcrawl.core.dates import find_timestamp, parse_timestamp
from reformcrawl.core.detect import detect
from reformcrawl.core.figures import find_figures
from reformcrawl.crawl.links import discover
from reformcrawl.crawl.urls import Site
from reformcrawl.portals import get_portal

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "seeds"


def _seed_text(prefix: str) -> str:
    [path] = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def _big_listing() -> str:
    parts = ["<html><body><div class='list'>"]
    for i in range(800):
        path = f"/thoi-su-chinh-tri/202307/tin-cai-cach-hanh-chinh-so-{i}-trong-thang-bay-{8000000 + i}/"
        parts.append(f'<h3><a href="{path}">Tin cải cách hành chính số {i} trong tháng bảy</a></h3>')
        parts.append(f'<a href="{path}"><img alt="ảnh {i}"></a>')
    for i in range(300):
        parts.append(f'<a href="/chuyen-muc-{i}/">Chuyên mục {i}</a>')
    for i in range(96):
        parts.append(f'<a href="https://other{i}.example/">Liên kết {i}</a>')
    parts.append("</div></body></html>")
    return "".join(parts)


def best_seconds(function: Callable[[], object], rounds: int) -> float:
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        timings.append(time.perf_counter() - start)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    article = "\n\n".join([_seed_text("001"), _seed_text("004"), _seed_text("000")])
    one_mb_text = ("\n\n".join([article] * (1_000_000 // len(article) + 1)))[:1_000_000]
    one_mb_numbers = ("12,5% người, 1.894 TTHC; 3/5 " * 40_000)[:1_000_000]
    chrome = ("268 lượt xem 0 / 500 ký tự 12/ 67,32% " * 3000)[:100_000]
    dated = "x" * 99_980 + " 08:37 06/02/2024"
    listing = _big_listing()
    site = Site(get_portal("baohagiang"))

    cases: list[tuple[str, Callable[[], object], float]] = [
        ("detect, 1 MB of article text", lambda: detect(None, one_mb_text, reference=date(2024, 2, 6),
                                                          province="Hà Giang"), 2.0),
        ("find_figures, 1 MB of numbers", lambda: find_figures(one_mb_numbers, province="Hà Giang"), 2.0),
        ("parse/find_timestamp, 100 KB x 4", lambda: (parse_timestamp(chrome), find_timestamp(chrome),
                                                        parse_timestamp(dated), find_timestamp(dated)), 1.0),
        ("discover, 2,000 links", lambda: discover("https://baohagiang.vn/thoi-su-chinh-tri/", listing, site), 1.0),
    ]
    print(f"best of {args.rounds} rounds")
    for name, function, bound in cases:
        seconds = best_seconds(function, args.rounds)
        verdict = "ok" if seconds < bound else "OVER"
        print(f"{name:36s} {seconds * 1000:8.1f} ms   (bound {bound * 1000:.0f} ms: {verdict})")


if __name__ == "__main__":
    main()

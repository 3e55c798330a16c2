"""Extraction speed: ms per page for reformcrawl's `extract_page` (text, title, author, date,
relevance, sessions, figures) and for plain `trafilatura.extract` on the same saved pages.

    python bench/extract_speed.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import trafilatura  # noqa: E402

from _pages import load_pages  # noqa: E402
from reformcrawl.extract import extract_page  # noqa: E402


def per_page_ms(function, pages, rounds: int) -> float:
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        for page in pages:
            function(page)
        timings.append((time.perf_counter() - start) / len(pages) * 1000)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    pages = load_pages()
    # warm up both (imports, dateparser data, regex compilation)
    extract_page(pages[0].html, pages[0].url)
    trafilatura.extract(pages[0].html.decode("utf-8"))
    ours = per_page_ms(lambda p: extract_page(p.html, p.url), pages, args.rounds)
    plain = per_page_ms(lambda p: trafilatura.extract(p.html.decode("utf-8"), url=p.url), pages, args.rounds)
    size = sum(len(p.html) for p in pages) / len(pages) / 1024
    print(f"{len(pages)} pages, {size:.0f} KB each on average, median of {args.rounds} rounds")
    print(f"reformcrawl extract_page   {ours:7.2f} ms/page")
    print(f"trafilatura.extract        {plain:7.2f} ms/page")
    print(f"ratio                      {ours / plain:7.2f}   (target <= 1.2)")


if __name__ == "__main__":
    main()

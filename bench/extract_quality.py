"""Extraction quality: token precision / recall / F1 against the article body, for reformcrawl's
`extract_page` and for plain `trafilatura.extract` on the same saved pages.

    python bench/extract_quality.py            # summary
    python bench/extract_quality.py --pages    # and one line per page
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import trafilatura  # noqa: E402

from _pages import load_pages  # noqa: E402
from reformcrawl.extract import extract_page  # noqa: E402
from reformcrawl.extract.evaluation import Score, score  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", action="store_true", help="print every page's scores")
    args = parser.parse_args()
    totals: dict[tuple[str, str], Score] = {}
    counts = {"held-out": 0, "tuned-on": 0, "all": 0}
    for page in load_pages():
        ours = score(extract_page(page.html, page.url).text, page.body)
        plain = score(trafilatura.extract(page.html.decode("utf-8"), url=page.url), page.body)
        for subset in ("all", "held-out" if page.held_out else "tuned-on"):
            counts[subset] += 1
            for name, result in (("reformcrawl", ours), ("trafilatura", plain)):
                totals[(subset, name)] = totals.get((subset, name), Score(0, 0, 0)) + result
        if args.pages:
            print(f"{page.id:<75} reformcrawl F1 {ours.f1:.3f}  trafilatura F1 {plain.f1:.3f}")
    print(f"{'pages':<15} {'extractor':<12} {'precision':>9} {'recall':>7} {'F1':>7}")
    for subset in ("held-out", "tuned-on", "all"):
        for name in ("reformcrawl", "trafilatura"):
            s = totals[(subset, name)]
            label = f"{subset} ({counts[subset]})"
            print(f"{label:<15} {name:<12} {s.precision:>9.4f} {s.recall:>7.4f} {s.f1:>7.4f}")
    print("target (held-out): F1 >= 0.98 with precision >= 0.99")


if __name__ == "__main__":
    main()

"""Extraction on real pages from many sites: the development half of the Article Extraction
Benchmark (tests/fixtures/realworld/), scored with the benchmark's own metric.

Printed for `extract_page` (no portal: these are not the portals) and for plain
`trafilatura.extract` in the same run: precision, recall and F1 (means over pages), the pages
where ours is empty, and which path `extract_page` took on how many pages.

    python bench/extract_realworld.py [--pages]
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from pathlib import Path

import trafilatura

from reformcrawl.extract import extract_page
from reformcrawl.extract.evaluation import mean_f1, shingle_score

ROOT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "realworld"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", action="store_true", help="one line per page, worst first")
    args = parser.parse_args()
    gold = json.loads((ROOT / "ground-truth.json").read_text(encoding="utf-8"))
    ours, plain, rows = [], [], []
    empty: list[str] = []
    paths: Counter[str] = Counter()
    for page_id, entry in sorted(gold.items()):
        html = gzip.decompress((ROOT / "html" / f"{page_id}.html.gz").read_bytes())
        article = extract_page(html.decode("utf-8"), entry["url"])
        baseline = trafilatura.extract(html.decode("utf-8"))
        mine, theirs = shingle_score(article.text, entry["articleBody"]), shingle_score(baseline, entry["articleBody"])
        ours.append(mine)
        plain.append(theirs)
        paths[article.extraction or "none"] += 1
        if not article.text and baseline:
            empty.append(f"{page_id[:12]} {entry['url']}")
        rows.append((mine, theirs, page_id, entry["url"], getattr(article, "path", "?")))
    if args.pages:
        for mine, theirs, page_id, url, path in sorted(rows, key=lambda r: (r[0].precision + r[0].recall) - (r[1].precision + r[1].recall)):
            print(f"{page_id[:10]} ours P {mine.precision:.3f} R {mine.recall:.3f}  plain P {theirs.precision:.3f} "
                  f"R {theirs.recall:.3f}  {path:<10} {url[:70]}")
    print(f"{len(gold)} real pages (development half of the Article Extraction Benchmark)")
    print(f"{'extractor':<28} {'precision':>9} {'recall':>7} {'F1':>7}")
    for name, scores in (("reformcrawl extract_page", ours), ("trafilatura.extract", plain)):
        p, r, f = mean_f1(scores)
        print(f"{name:<28} {p:>9.3f} {r:>7.3f} {f:>7.3f}")
    print(f"empty where trafilatura finds text: {len(empty)}" + "".join(f"\n  {line}" for line in empty))
    print("paths taken: " + ", ".join(f"{k} {v}" for k, v in paths.most_common()))
    print("targets: F1 >= 0.96 and >= plain trafilatura's; no empty page where trafilatura finds text")


if __name__ == "__main__":
    main()

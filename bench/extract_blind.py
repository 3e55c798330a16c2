"""Extraction on layouts nobody here designed: the blind sets under bench/blind/.

Each set was written by someone who had not read the extractor: corpus articles rendered in new
layouts of the CMS families the portals use (WebSphere, Liferay, DNN, SharePoint, the newspaper
CMS, WordPress, ...), with gold text, publication time and relevance (`bench/blind/*/README.md`).

- `layouts_dev`: scored once before any extraction change (the first blind score is in the
  project's notes), then used to find what failed: it is no longer blind.
- `layouts_holdout`: nothing was tuned on it. Only totals are printed for it, never a page.

Printed for `extract_page` and for plain `trafilatura.extract` in the same run: token precision,
recall and F1 (summed over pages, `reformcrawl.extract.evaluation.score`), empty results;
for `extract_page` also `published_at` exact to the minute (on pages that print a time), the day
(on pages that print a date only), `is_reform` and the title.

    python bench/extract_blind.py [--set layouts_dev|layouts_holdout] [--pages]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import datetime
from pathlib import Path

import trafilatura

from reformcrawl.extract import extract_page
from reformcrawl.extract.evaluation import Score, score

BLIND = Path(__file__).resolve().parent / "blind"
HOLDOUT = "layouts_holdout"


def _minute(value: str | None) -> str | None:
    return datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M") if value else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="layouts_dev", help="a folder under bench/blind/")
    parser.add_argument("--pages", action="store_true", help="a line per page that is wrong (not for the holdout)")
    args = parser.parse_args()
    if args.pages and args.set == HOLDOUT:
        parser.error("the holdout set stays blind: totals only")
    root = BLIND / args.set
    gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))

    ours_total = plain_total = Score(0, 0, 0)
    tally: Counter[str] = Counter()
    for case in gold:
        data = (root / case["file"]).read_bytes()
        article = extract_page(data, case["url"])
        plain_text = trafilatura.extract(data, url=case["url"])
        ours, plain = score(article.text, case["text"]), score(plain_text, case["text"])
        ours_total, plain_total = ours_total + ours, plain_total + plain
        tally["pages"] += 1
        tally["ours_empty"] += not article.text
        tally["plain_empty"] += not plain_text
        got = article.published_at.isoformat() if article.published_at else None
        wrong = []
        if case["published_at"] and case.get("time_printed", True):
            tally["timed"] += 1
            ok = _minute(got) == _minute(case["published_at"])
            tally["time_ok"] += ok
            if not ok:
                wrong.append(f"published_at {got} != {case['published_at']}")
        elif case["published_at"]:
            tally["dated"] += 1
            ok = bool(got) and got[:10] == case["published_at"][:10]
            tally["day_ok"] += ok
            if not ok:
                wrong.append(f"day {got} != {case['published_at'][:10]}")
        else:
            tally["undated"] += 1
            tally["none_ok"] += got is None
            if got is not None:
                wrong.append(f"published_at {got} on a page that prints no date")
        tally["reform_ok"] += article.is_reform == case["is_reform"]
        if article.is_reform != case["is_reform"]:
            wrong.append(f"is_reform {article.is_reform}")
        tally["title_ok"] += article.title == case["title"]
        if ours.f1 < 0.98 or ours.precision < 0.99:
            wrong.append(f"text P {ours.precision:.3f} R {ours.recall:.3f}")
        if args.pages and wrong:
            print(f"{case['file']}: " + "; ".join(wrong))

    print(f"set {args.set}: {tally['pages']} pages")
    print(f"{'extractor':<28} {'precision':>9} {'recall':>7} {'F1':>7} {'empty':>6}")
    for name, total, empty in (("reformcrawl extract_page", ours_total, tally["ours_empty"]),
                               ("trafilatura.extract", plain_total, tally["plain_empty"])):
        print(f"{name:<28} {total.precision:>9.4f} {total.recall:>7.4f} {total.f1:>7.4f} {empty:>6}")
    print(f"published_at to the minute   {tally['time_ok']}/{tally['timed']} pages that print a time")
    print(f"publication day              {tally['day_ok']}/{tally['dated']} pages that print a date only")
    print(f"no date (null)               {tally['none_ok']}/{tally['undated']} pages that print no date")
    print(f"is_reform right              {tally['reform_ok']}/{tally['pages']}")
    print(f"title exact                  {tally['title_ok']}/{tally['pages']}")
    print("targets: F1 >= 0.98, precision >= 0.99, every printed time to the minute, every is_reform right")


if __name__ == "__main__":
    main()

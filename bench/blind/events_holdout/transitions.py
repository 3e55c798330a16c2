"""Expected figure transitions of the blind hold-out event set (standard library only).

Reads every corpus/<portal>/*.json next to this file and writes transitions.json:

- "readings": for each metric_group, its role == "reading" entries in the FINAL state (day 2:
  "before" and "after" articles, revisions applied), ordered by the article's published_at;
- "transitions": one per consecutive pair of those readings whose values differ;
- "day1_readings" / "day1_transitions": the same over the "before" articles only, with their
  original (unrevised) figures: what a first crawl sees.

Two readings "differ" when their value differs, or, for ratios, their denominator differs.
Run: python3 transitions.py  (prints a summary; --check exits 1 if transitions.json is stale).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
OUT = HERE / "transitions.json"


def load_articles() -> list[dict]:
    articles = []
    for path in sorted(CORPUS.glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        data["_file"] = str(path.relative_to(HERE))
        articles.append(data)
    return articles


def _figures(article: dict, final: bool) -> list[dict]:
    if final and article.get("revision") and article["revision"].get("figures") is not None:
        return article["revision"]["figures"]
    return article.get("figures", [])


def readings(articles: list[dict], final: bool) -> dict[str, list[dict]]:
    by_group: dict[str, list[dict]] = defaultdict(list)
    for a in articles:
        if not final and a["state"] != "before":
            continue
        for f in _figures(a, final):
            if f.get("role") != "reading":
                continue
            by_group[f["metric_group"]].append({
                "key": a["key"],
                "value": f["value"],
                "denominator": f.get("denominator"),
                "raw": f["raw"],
                "published_at": a["published_at"],
                "state": a["state"],
                "article_revised": bool(final and a.get("revision")),
            })
    for group in by_group.values():
        group.sort(key=lambda r: (datetime.fromisoformat(r["published_at"]), r["key"]))
    return dict(sorted(by_group.items()))


def transitions(by_group: dict[str, list[dict]]) -> list[dict]:
    out = []
    for group, rows in by_group.items():
        for prev, cur in zip(rows, rows[1:]):
            if (prev["value"], prev["denominator"]) == (cur["value"], cur["denominator"]):
                continue
            out.append({
                "metric_group": group,
                "from": {"key": prev["key"], "value": prev["value"], "published_at": prev["published_at"]},
                "to": {"key": cur["key"], "value": cur["value"], "published_at": cur["published_at"]},
            })
    return out


def build() -> dict:
    articles = load_articles()
    final = readings(articles, final=True)
    day1 = readings(articles, final=False)
    return {
        "articles": len(articles),
        "readings": final,
        "transitions": transitions(final),
        "day1_readings": day1,
        "day1_transitions": transitions(day1),
    }


def main() -> int:
    result = build()
    text = json.dumps(result, ensure_ascii=False, indent=2) + "\n"
    if "--check" in sys.argv:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print("transitions.json is stale: run python3 transitions.py", file=sys.stderr)
            return 1
        print("transitions.json is up to date")
        return 0
    OUT.write_text(text, encoding="utf-8")
    multi = {g: r for g, r in result["readings"].items() if len(r) >= 3}
    print(f"{result['articles']} articles, {len(result['readings'])} metric groups with readings, "
          f"{len(multi)} with 3+ readings")
    print(f"final transitions: {len(result['transitions'])}; day-1 transitions: {len(result['day1_transitions'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

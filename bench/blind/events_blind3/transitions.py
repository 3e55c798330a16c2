"""Expected figure transitions of the events_blind3 gold set (stdlib only).

Reads every article under corpus/<portal>/*.json next to this file and writes transitions.json:

- "transitions": the FINAL state (day 2: "before" and "after" articles, revisions applied, i.e. an
  article's "revision.figures" replaces its "figures"). Per metric_group, the entries with role
  "reading" are ordered by the article's published_at; every consecutive pair whose values differ
  is one transition {"metric_group", "from": {...}, "to": {...}}.
- "day1_transitions": the same over the "before" articles only, as they read on day 1 (their
  original "figures", revisions not applied).
- "final_readings" / "day1_readings": the ordered readings per metric_group (groups with at least
  one reading), for reference.

Only reform articles (is_reform true) are used: alerts concern reform articles only. (The
non-reform articles' metric groups are all distinct from the reform ones, so this changes nothing.)

Usage: python3 transitions.py [--check]   (--check: exit 1 if transitions.json is stale)
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
OUT = HERE / "transitions.json"


def load() -> list[dict]:
    articles = []
    for path in sorted(CORPUS.glob("*/*.json")):
        articles.append(json.loads(path.read_text(encoding="utf-8")))
    return articles


def readings(articles: list[dict], final: bool) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = {}
    for a in articles:
        if not a.get("is_reform"):
            continue
        if not final and a["state"] != "before":
            continue
        figures = a["figures"]
        if final and a.get("revision") and a["revision"].get("figures") is not None:
            figures = a["revision"]["figures"]
        for f in figures:
            if f.get("role") != "reading":
                continue
            groups.setdefault(f["metric_group"], []).append(
                {"key": a["key"], "value": f["value"], "raw": f["raw"], "published_at": a["published_at"]}
            )
    for rows in groups.values():
        rows.sort(key=lambda r: (datetime.fromisoformat(r["published_at"]), r["key"]))
    return dict(sorted(groups.items()))


def transitions(groups: dict[str, list[dict]]) -> list[dict]:
    out = []
    for group, rows in groups.items():
        for prev, cur in zip(rows, rows[1:]):
            if round(prev["value"], 6) != round(cur["value"], 6):
                out.append({
                    "metric_group": group,
                    "from": {"key": prev["key"], "value": prev["value"], "published_at": prev["published_at"]},
                    "to": {"key": cur["key"], "value": cur["value"], "published_at": cur["published_at"]},
                })
    out.sort(key=lambda t: (t["metric_group"], t["to"]["published_at"]))
    return out


def build() -> dict:
    articles = load()
    final = readings(articles, final=True)
    day1 = readings(articles, final=False)
    final_t = transitions(final)
    day1_t = transitions(day1)
    tracked = {g: len(r) for g, r in final.items() if len(r) >= 2}
    return {
        "summary": {
            "articles": len(articles),
            "reform_articles": sum(1 for a in articles if a.get("is_reform")),
            "before": sum(1 for a in articles if a["state"] == "before"),
            "after": sum(1 for a in articles if a["state"] == "after"),
            "revised": sum(1 for a in articles if a.get("revision")),
            "metric_groups_with_2_or_more_final_readings": tracked,
            "final_transitions": len(final_t),
            "day1_transitions": len(day1_t),
        },
        "transitions": final_t,
        "day1_transitions": day1_t,
        "final_readings": {g: r for g, r in final.items() if len(r) >= 2},
        "day1_readings": {g: r for g, r in day1.items() if len(r) >= 2},
    }


def main() -> int:
    text = json.dumps(build(), ensure_ascii=False, indent=2) + "\n"
    if "--check" in sys.argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print("transitions.json is stale: run python3 transitions.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    data = json.loads(text)
    print(f"{data['summary']['final_transitions']} final transitions, "
          f"{data['summary']['day1_transitions']} day-1 transitions -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Compute the figure transitions a perfect monitor would alert for this gold set (stdlib only).

For each metric_group, take the figures whose role is "reading", order them by the article's
published_at (then key), and emit one transition per consecutive pair whose values differ.

  transitions       the FINAL state: every article (state "before" and "after"), with each
                    revision applied (the figure list in revision.figures replaces figures)
  day1_transitions  the first crawl: only "before" articles, without their revisions

Usage: python3 transitions.py [CORPUS_DIR] [-o OUT.json]   (defaults: ./corpus, ./transitions.json)
"""
import json
import sys
from datetime import datetime
from pathlib import Path


def load(corpus_dir):
    articles = []
    for path in sorted(Path(corpus_dir).glob("*/*.json")):
        with open(path, encoding="utf-8") as fh:
            articles.append(json.load(fh))
    return articles


def readings(article, final):
    figures = article.get("figures", [])
    if final and article.get("revision") and article["revision"].get("figures") is not None:
        figures = article["revision"]["figures"]
    return [f for f in figures if f.get("role") == "reading"]


def transitions(articles, final):
    series = {}
    for a in articles:
        if not final and a["state"] != "before":
            continue
        seen = set()
        for f in readings(a, final):
            group = f["metric_group"]
            if group in seen:
                raise SystemExit(f"{a['key']}: two readings for {group}")
            seen.add(group)
            series.setdefault(group, []).append(
                (datetime.fromisoformat(a["published_at"]), a["key"], float(f["value"]), a["published_at"]))
    out = []
    for group in sorted(series):
        points = sorted(series[group])
        for prev, cur in zip(points, points[1:]):
            if round(prev[2], 6) != round(cur[2], 6):
                out.append({
                    "metric_group": group,
                    "from": {"key": prev[1], "value": prev[2], "published_at": prev[3]},
                    "to": {"key": cur[1], "value": cur[2], "published_at": cur[3]},
                })
    out.sort(key=lambda t: (t["to"]["published_at"], t["metric_group"]))
    return out


def main(argv):
    here = Path(__file__).resolve().parent
    corpus_dir = here / "corpus"
    out_path = here / "transitions.json"
    args = list(argv)
    if "-o" in args:
        i = args.index("-o")
        out_path = Path(args[i + 1])
        del args[i:i + 2]
    if args:
        corpus_dir = Path(args[0])
    articles = load(corpus_dir)
    result = {
        "transitions": transitions(articles, final=True),
        "day1_transitions": transitions(articles, final=False),
    }
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump(result, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print(f"{len(articles)} articles: {len(result['transitions'])} final transitions, "
          f"{len(result['day1_transitions'])} day-1 transitions -> {out_path}")


if __name__ == "__main__":
    main(sys.argv[1:])

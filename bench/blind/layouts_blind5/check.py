"""Check layouts_blind5 pages against gold.json (stdlib only)."""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2] / "reformcrawl" / "mirror" / "corpus"
SKIP = {"head", "script", "style", "noscript", "template", "title"}
BLOCK = {"p", "div", "td", "tr", "li", "br", "h1", "h2", "h3", "h4", "table", "figure", "figcaption",
         "blockquote", "section", "article", "header", "footer", "ul", "ol", "nav", "span_block"}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.out = []
        self.meta = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and a.get("property"):
            self.meta[a["property"]] = a.get("content", "")
        if tag in SKIP:
            self.depth += 1
        elif tag in BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.depth = max(0, self.depth - 1)
        elif tag in BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.depth:
            self.out.append(data)


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\xa0", " ")
    return re.sub(r"\s+", " ", s).strip()


def parse_printed(s):
    m = re.search(r"(\d{1,2})/(\d{1,2})/(\d{4})", s) or re.search(r"(\d{1,2}) tháng (\d{1,2}) năm (\d{4})", s)
    day, mon, yr = map(int, m.groups())
    t = re.search(r"(\d{1,2}):(\d{2})(?::(\d{2}))?", s)
    if not t:
        return datetime(yr, mon, day), "day"
    return datetime(yr, mon, day, int(t[1]), int(t[2]), int(t[3] or 0)), ("second" if t[3] else "minute")


def main():
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    corpus = {}
    for f in CORPUS.glob("*/*.json"):
        d = json.loads(f.read_text(encoding="utf-8"))
        corpus[d["key"]] = d
    errors, traps, layouts, once = [], Counter(), Counter(), Counter()
    for g in gold:
        raw = (HERE / g["file"]).read_bytes()
        head = raw[:2000].decode("ascii", "replace").lower()
        if f"charset={g['encoding']}" not in head.replace('"', "").replace("'", "") and f'charset="{g["encoding"]}"' not in head:
            errors.append(f"{g['file']}: charset not declared as {g['encoding']}")
        doc = raw.decode(g["encoding"])
        if g["encoding"] == "windows-1258" and not re.search("[\u0300\u0301\u0303\u0309\u0323]", doc):
            errors.append(f"{g['file']}: no combining tone marks")
        p = Visible(); p.feed(doc)
        vis = norm("".join(p.out))
        vis_lines = {norm(x) for x in "".join(p.out).split("\n")}
        paras = g["text"].split("\n\n")
        for para in paras:
            pieces = [c for row in para.split("\n") for c in row.split(" | ")] if " | " in para else [para]
            for piece in pieces:
                c = vis.count(norm(piece))
                if c == 0:
                    errors.append(f"{g['file']}: missing paragraph {piece[:60]!r}")
                elif c == 1:
                    once["once"] += 1
                else:
                    once["more"] += 1
        # gold text = corpus body + documented extras (subheadings, table) in place
        a = corpus[g["corpus_key"]]
        body = ([a["lead"]] if a.get("lead") else []) + [b["text"] for b in a["blocks"]]
        rest = [x for x in paras if x not in g["extras"]]
        if rest != body:
            errors.append(f"{g['file']}: gold text differs from corpus body")
        if g["title"] != a["title"] or g["is_reform"] != a["is_reform"]:
            errors.append(f"{g['file']}: title/is_reform differ from corpus")
        if norm(g["title"]) not in vis and norm(g["title"]) != norm(p.meta.get("og:title", "")):
            errors.append(f"{g['file']}: title not on page")
        if norm(g["date_printed"]) not in vis:
            errors.append(f"{g['file']}: printed date not visible")
        dt, prec = parse_printed(g["date_printed"])
        if prec != g["date_precision"] or dt.isoformat() + "+07:00" != g["published_at"]:
            errors.append(f"{g['file']}: printed {g['date_printed']!r} -> {dt} {prec} != {g['published_at']} {g['date_precision']}")
        if (g["time_printed"] is None) != (prec == "day"):
            errors.append(f"{g['file']}: time_printed inconsistent")
        cut = {"day": 10, "minute": 16, "second": 19}[prec]
        if prec != "day" and a["published_at"][:cut] != g["published_at"][:cut]:
            errors.append(f"{g['file']}: published_at differs from corpus")
        if prec == "day" and a["published_at"][:10] != g["published_at"][:10]:
            errors.append(f"{g['file']}: day differs from corpus")
        if datetime.fromisoformat(g["published_at"]).replace(tzinfo=None) >= datetime(2025, 4, 10):
            errors.append(f"{g['file']}: not before today")
        layouts[g["layout"]] += 1
        for t in g["traps"]:
            traps[t] += 1
    used = {g["corpus_key"] for g in gold}
    print(f"{len(gold)} pages, {len(layouts)} layouts: " + ", ".join(f"{k} {v}" for k, v in layouts.items()))
    print(f"reform {sum(g['is_reform'] for g in gold)}, non-reform {sum(not g['is_reform'] for g in gold)}; corpus articles used {len(used)}/{len(corpus)}")
    print(f"gold paragraph pieces found once: {once['once']}, more than once: {once['more']}")
    for t, c in sorted(traps.items()):
        print(f"  trap {t}: {c}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Sanity checks for the blind layout set (stdlib only; never runs the extractor).

    python3 bench/blind/layouts_dev/check.py

For every gold entry: the page decodes in its declared encoding; html.parser reads it; every
gold paragraph occurs exactly once in the visible text, in order; the title traps hold (headline
in an <h1> and no og:title, or in no heading element at all); the printed date is on the page and
parses back to the gold published_at; windows-1258 pages carry decomposed tone marks.
"""

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

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\xa0", " ")
    return re.sub(r"\s+", " ", s).strip()


class Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.title = ""
        self.og_title = None
        self.headings: list[tuple[str, str]] = []
        self._heading: list[list] = []
        self.charset = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta":
            if a.get("property") == "og:title":
                self.og_title = a.get("content")
            if "charset" in a:
                self.charset = a["charset"]
            elif (a.get("http-equiv") or "").lower() == "content-type":
                m = re.search(r"charset=([\w-]+)", a.get("content", ""), re.I)
                if m and not self.charset:
                    self.charset = m.group(1)
        if tag in VOID:
            if tag == "br":
                self.text.append(" ")
            return
        self.stack.append(tag)
        if tag in HEADINGS:
            self._heading.append([tag, ""])
        if tag in ("p", "div", "li", "td", "tr", "table", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6"):
            self.text.append(" ")

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if tag in self.stack:
            while self.stack:
                t = self.stack.pop()
                if t in HEADINGS and self._heading:
                    self.headings.append(tuple(self._heading.pop()))
                if t == tag:
                    break
        if tag in ("p", "div", "li", "td"):
            self.text.append(" ")

    def handle_data(self, data):
        if "title" in self.stack:
            self.title += data
            return
        if "script" in self.stack or "style" in self.stack or ("head" in self.stack and "body" not in self.stack):
            return
        self.text.append(data)
        for hd in self._heading:
            hd[1] += data


def parse_printed(s: str) -> tuple[datetime, str]:
    """Parse the printed publication line independently of the generator."""
    s = norm(s)
    m = re.search(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", s)
    d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    rest = s[: m.start()] + " " + s[m.end():]
    hh = mi = ss = 0
    prec = "day"
    if t := re.search(r"(\d{1,2}) giờ (\d{1,2}) phút", rest):
        hh, mi, prec = int(t.group(1)), int(t.group(2)), "minute"
    elif t := re.search(r"(\d{1,2})h(\d{2})", rest):
        hh, mi, prec = int(t.group(1)), int(t.group(2)), "minute"
    elif t := re.search(r"(\d{1,2}):(\d{2}):(\d{2})", rest):
        hh, mi, ss, prec = int(t.group(1)), int(t.group(2)), int(t.group(3)), "second"
    elif t := re.search(r"(\d{1,2}):(\d{2})(?:\s*(SA|CH))?", rest):
        hh, mi, prec = int(t.group(1)), int(t.group(2)), "minute"
        if t.group(3) == "CH" and hh < 12:
            hh += 12
        if t.group(3) == "SA" and hh == 12:
            hh = 0
    return datetime(y, mo, d, hh, mi, ss), prec


def main() -> int:
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    corpus = {}
    for f in CORPUS.glob("*/*.json"):
        d = json.loads(f.read_text(encoding="utf-8"))
        corpus[d["key"]] = d
    problems = []
    traps = Counter()
    for g in gold:
        where = g["file"]
        raw = (HERE / where).read_bytes()
        codec = {"utf-8": "utf-8", "windows-1258": "cp1258"}[g["encoding"]]
        try:
            page = raw.decode(codec)
        except UnicodeDecodeError as exc:
            problems.append(f"{where}: does not decode as {codec}: {exc}")
            continue
        r = Reader()
        r.feed(page)
        r.close()
        if (r.charset or "").lower() != g["encoding"]:
            problems.append(f"{where}: declared charset {r.charset!r} != {g['encoding']}")
        if g["encoding"] == "windows-1258":
            if unicodedata.normalize("NFC", page) == page:
                problems.append(f"{where}: cp1258 page without combining tone marks")
            if any(c in page for c in "áàảãạếềểễệốồổỗộớờởỡợứừửữự"):
                problems.append(f"{where}: precomposed toned letter in a cp1258 page")
        text = norm("".join(r.text))
        # body paragraphs: once each, in order
        parts = g["text"].split("\n\n")
        d = corpus[g["corpus_key"]]
        expect = ([d["lead"]] if d.get("lead") else []) + [b["text"] for b in d["blocks"]]
        if parts != expect:
            problems.append(f"{where}: gold text differs from the corpus")
        pos = -1
        for p in parts:
            pn = norm(p)
            n = text.count(pn)
            if n != 1:
                problems.append(f"{where}: paragraph occurs {n}x: {pn[:60]!r}")
                continue
            at = text.find(pn)
            end = at + len(pn)
            if (at > 0 and text[at - 1] != " ") or (end < len(text) and text[end] != " "):
                problems.append(f"{where}: paragraph not a whole text block: {text[max(0, at - 20):at + 30]!r}")
            if at < pos:
                problems.append(f"{where}: paragraph out of order: {pn[:60]!r}")
            pos = at
        # titles
        title = norm(g["title"])
        in_heading = [tag for tag, t in r.headings if title in norm(t)]
        if "title_h1_only" in g["traps"]:
            if "h1" not in in_heading or r.og_title is not None or title in norm(r.title):
                problems.append(f"{where}: title_h1_only does not hold ({in_heading}, og={r.og_title!r}, title={r.title.strip()[:40]!r})")
        if "title_og_only" in g["traps"]:
            if in_heading or title not in norm(r.title):
                problems.append(f"{where}: title_og_only does not hold ({in_heading})")
        if title not in text and "title_og_only" not in g["traps"]:
            problems.append(f"{where}: headline not visible")
        # date
        printed = norm(g["date_printed"])
        if printed not in text:
            problems.append(f"{where}: printed date {printed!r} not in page text")
        when, prec = parse_printed(printed)
        gold_dt = datetime.fromisoformat(g["published_at"])
        if gold_dt.utcoffset().total_seconds() != 7 * 3600:
            problems.append(f"{where}: gold offset is not +07:00")
        if when != gold_dt.replace(tzinfo=None):
            problems.append(f"{where}: printed {printed!r} parses to {when}, gold {g['published_at']}")
        if (prec != "day") != g["time_printed"]:
            problems.append(f"{where}: time_printed mismatch")
        pub = datetime.fromisoformat(d["published_at"])
        cut = {"second": pub, "minute": pub.replace(second=0), "day": pub.replace(hour=0, minute=0, second=0)}[prec]
        if cut != gold_dt:
            problems.append(f"{where}: gold {gold_dt} != corpus {pub} cut to {prec}")
        for t in g["traps"]:
            traps[t] += 1
    per_layout = Counter(g["layout"] for g in gold)
    keys = Counter(g["corpus_key"] for g in gold)
    missing = set(corpus) - set(keys)
    if missing:
        problems.append(f"corpus articles never rendered: {sorted(missing)}")
    for lay, n in per_layout.items():
        rf = Counter(g["is_reform"] for g in gold if g["layout"] == lay)
        if n < 10 or len(rf) < 2:
            problems.append(f"{lay}: {n} pages, reform mix {dict(rf)}")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(gold)} pages, {len(per_layout)} layouts, {len(keys)} corpus articles, {len(problems)} problems")
    for lay, n in sorted(per_layout.items()):
        print(f"  {lay}: {n}")
    print("traps:", ", ".join(f"{t}={n}" for t, n in sorted(traps.items())))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

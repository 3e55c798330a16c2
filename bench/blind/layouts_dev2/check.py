#!/usr/bin/env python3
"""Check layouts_dev2 against its own gold (stdlib only; does not import reformcrawl).

For every gold entry:
  * the file exists, its declared charset equals gold "encoding" and the bytes decode with it;
  * every gold paragraph (NFC, whitespace collapsed) occurs exactly once in the page's visible
    text (text outside <head>, <script>, <style>, <noscript>, <template>; entities resolved);
  * the gold text equals the corpus article's body (lead + block texts), when the corpus is there;
  * the title is on the page (visible, <title> or og:title);
  * time_printed occurs in the visible text and parses (with a small Vietnamese date parser) to
    gold published_at; with no printed time, the page's metadata (JSON-LD datePublished /
    article:published_time) converted to +07:00 equals published_at;
  * published_at is the corpus published_at cut to date_precision.
Prints a summary (pages, layouts, trap counts) and exits 1 on any failure.

    python3 check.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2] / "reformcrawl" / "mirror" / "corpus"
ICT = timezone(timedelta(hours=7))

SKIP = {"head", "script", "style", "noscript", "template", "title"}
BLOCK = {"p", "div", "br", "li", "td", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "figure",
         "figcaption", "section", "article", "aside", "header", "footer", "nav", "main", "ul", "ol",
         "dl", "dd", "dt", "center", "form", "blockquote", "hr", "time"}
VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "col", "area", "base", "embed", "param", "track"}


class Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title = ""
        self.in_title = False
        self.og_title = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and a.get("property") == "og:title":
            self.og_title = a.get("content") or ""
        if tag == "title":
            self.in_title = True
        if tag in SKIP and tag not in VOID:
            self.skip += 1
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in SKIP and tag not in VOID:
            self.skip -= 1

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in SKIP and tag not in VOID:
            self.skip = max(0, self.skip - 1)
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if not self.skip:
            self.parts.append(data)


def norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\xa0", " ")
    return re.sub(r"\s+", " ", text).strip()


def declared_charset(raw: bytes) -> str | None:
    head = raw[:4096].decode("ascii", errors="replace")
    m = re.search(r"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", head, re.I)
    return m.group(1).lower() if m else None


# --- Vietnamese date parser ---------------------------------------------------------------------

def parse_vn(text: str) -> tuple[datetime, str]:
    """Parse a printed Vietnamese date/time; return (datetime +07:00, precision)."""
    s = norm(text).lower()
    m = re.search(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", s)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        rest = s[:m.start()] + " " + s[m.end():]
    else:
        m = re.search(r"(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm|,)?\s+(\d{4})", s)
        if not m:
            raise ValueError(f"no date in {text!r}")
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        rest = s[:m.start()] + " " + s[m.end():]
    precision, hh, mi, ss = "day", 0, 0, 0
    t = re.search(r"(\d{1,2})\s*giờ\s*(\d{1,2})\s*phút", rest) or re.search(r"\b(\d{1,2})h(\d{2})\b", rest)
    if t:
        hh, mi, precision = int(t.group(1)), int(t.group(2)), "minute"
    else:
        t = re.search(r"\b(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(sa|ch)\b)?", rest)
        if t:
            hh, mi = int(t.group(1)), int(t.group(2))
            precision = "minute"
            if t.group(3):
                ss, precision = int(t.group(3)), "second"
            if t.group(4) == "sa" and hh == 12:
                hh = 0
            elif t.group(4) == "ch" and hh < 12:
                hh += 12
    return datetime(y, mo, d, hh, mi, ss, tzinfo=ICT), precision


def cut(d: datetime, precision: str) -> datetime:
    if precision == "minute":
        return d.replace(second=0)
    if precision == "day":
        return d.replace(hour=0, minute=0, second=0)
    return d


def metadata_dates(doc: str) -> list[datetime]:
    vals = re.findall(r'"datePublished"\s*:\s*"([^"]+)"', doc)
    vals += re.findall(r'property="article:published_time"\s+content="([^"]+)"', doc)
    out = []
    for v in vals:
        out.append(datetime.fromisoformat(v.replace("Z", "+00:00")).astimezone(ICT))
    return out


def load_corpus() -> dict[str, dict]:
    out = {}
    if CORPUS.is_dir():
        for f in CORPUS.glob("*/*.json"):
            d = json.loads(f.read_text(encoding="utf-8"))
            out[d["key"]] = d
    return out


def main() -> int:
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    corpus = load_corpus()
    errors: list[str] = []
    traps_pages: Counter = Counter()
    traps_layouts: dict[str, set] = defaultdict(set)
    decomposed_pages = 0
    for g in gold:
        f = HERE / g["file"]
        where = g["file"]
        if not f.is_file():
            errors.append(f"{where}: missing")
            continue
        raw = f.read_bytes()
        cs = declared_charset(raw)
        if cs != g["encoding"]:
            errors.append(f"{where}: declared charset {cs!r} != gold {g['encoding']!r}")
        codec = "cp1258" if g["encoding"] == "windows-1258" else g["encoding"]
        try:
            doc = raw.decode(codec)
        except UnicodeDecodeError as exc:
            errors.append(f"{where}: does not decode as {codec}: {exc}")
            continue
        if codec == "cp1258":
            if not any(ch in doc for ch in "\u0300\u0301\u0303\u0309\u0323"):
                errors.append(f"{where}: cp1258 page without combining tone marks")
            decomposed_pages += 1
        p = Visible()
        p.feed(doc)
        p.close()
        visible = norm("".join(p.parts))
        for para in g["text"].split("\n\n"):
            n = visible.count(norm(para))
            if n != 1:
                errors.append(f"{where}: paragraph found {n} times: {para[:60]!r}")
        c = corpus.get(g["corpus_key"])
        if corpus and c is None:
            errors.append(f"{where}: corpus key {g['corpus_key']} unknown")
        if c:
            body = ([c["lead"]] if c.get("lead") else []) + [b["text"] for b in c["blocks"]]
            if g["text"] != "\n\n".join(body):
                errors.append(f"{where}: gold text differs from the corpus body")
            if g["title"] != c["title"] or g["is_reform"] != c["is_reform"]:
                errors.append(f"{where}: title / is_reform differ from the corpus")
        t = norm(g["title"])
        if t not in visible and t not in norm(p.title) and t != norm(p.og_title):
            errors.append(f"{where}: title not on the page")
        # dates
        if g["published_at"] is None:
            if g["time_printed"] or metadata_dates(doc):
                errors.append(f"{where}: published_at null but a date is on the page")
        else:
            gp = datetime.fromisoformat(g["published_at"])
            if g["time_printed"]:
                if norm(g["time_printed"]) not in visible:
                    errors.append(f"{where}: time_printed not in visible text")
                try:
                    dt, prec = parse_vn(g["time_printed"])
                except ValueError as exc:
                    errors.append(f"{where}: {exc}")
                else:
                    if dt != gp or prec != g["date_precision"]:
                        errors.append(f"{where}: printed {g['time_printed']!r} -> {dt.isoformat()} ({prec}) != gold {g['published_at']} ({g['date_precision']})")
            else:
                metas = metadata_dates(doc)
                if not metas or any(m != gp for m in metas):
                    errors.append(f"{where}: metadata dates {[m.isoformat() for m in metas]} != gold {g['published_at']}")
            if c:
                want = cut(datetime.fromisoformat(c["published_at"]).astimezone(ICT), g["date_precision"])
                if want != gp:
                    errors.append(f"{where}: published_at {g['published_at']} != corpus {c['published_at']} at {g['date_precision']}")
        for tr in g["traps"]:
            traps_pages[tr] += 1
            traps_layouts[tr].add(g["layout"])
    layouts = Counter(g["layout"] for g in gold)
    print(f"{len(gold)} pages, {len(layouts)} layouts, {len({g['corpus_key'] for g in gold})} corpus articles, {decomposed_pages} cp1258 pages")
    for name, n in sorted(layouts.items()):
        reform = sum(g["is_reform"] for g in gold if g["layout"] == name)
        print(f"  {name:18s} {n} pages ({reform} reform, {n - reform} not)")
    print("traps (pages / layouts):")
    for tr, n in sorted(traps_pages.items()):
        print(f"  {tr:22s} {n:3d} / {len(traps_layouts[tr])}")
    if corpus:
        missing = set(corpus) - {g["corpus_key"] for g in gold}
        if missing:
            errors.append(f"corpus articles never used: {sorted(missing)}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Check the dates_blind4 pages against gold.json (stdlib only).

    python3 check.py

* every gold paragraph occurs exactly once in the page's visible text, and the title occurs;
* the printed date/time (`printed`) is in the visible text exactly once and parses, with a small
  Vietnamese date parser, to `published_at` at `date_precision`;
* `time_printed` is that string for pages printing a time, False for date-only, None for
  metadata-only pages; metadata pages carry `itemprop=datePublished` equal to `published_at`;
* `published_at` is +07:00, equals the corpus time cut to the precision, and is before "today";
* text, title and is_reform equal the corpus.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2] / "reformcrawl" / "mirror" / "corpus"
ICT = timezone(timedelta(hours=7))
TODAY = datetime(2025, 3, 17, 9, 40, tzinfo=ICT)
EN = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                      "nov", "dec"])}


class Visible(HTMLParser):
    SKIP = {"head", "script", "style", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts: list[str] = []
        self.metas: list[dict] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        if tag == "meta":
            self.metas.append(dict(attrs))
        if tag in ("p", "div", "li", "td", "th", "tr", "br", "h1", "h3", "ul", "table"):
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.depth = max(0, self.depth - 1)
        if tag in ("p", "div", "li", "td", "th", "h1", "h3"):
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\xa0", " ")
    return re.sub(r"\s+", " ", s).strip()


def parse_vn(s: str):
    """(datetime without tz, has_time) from a printed Vietnamese/English date string."""
    t = s.lower()
    y = mo = d = None
    m = re.search(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b", t)
    if m:
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
        y = y + 2000 if y < 100 else y
    else:
        m = re.search(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", t)
        if m:
            d, mo, y = int(m[1]), int(m[2]), int(m[3])
        else:
            m = re.search(r"([a-z]{3})[a-z]* (\d{1,2}), (\d{4})", t)
            if m:
                mo, d, y = EN[m[1]], int(m[2]), int(m[3])
            else:
                m = re.search(r"(\d{1,2}) ([a-z]{3})[a-z]* (\d{4})", t)
                if m:
                    d, mo, y = int(m[1]), EN[m[2]], int(m[3])
    if y is None:
        return None, False
    rest = t[:m.start()] + " " + t[m.end():]
    hh = mm = None
    tm = (re.search(r"(\d{1,2}):(\d{2})(?:\s*(sa|ch|am|pm))?", rest)
          or re.search(r"(\d{1,2})h(\d{2})'?()", rest)
          or re.search(r"(\d{1,2}) giờ (\d{2}) phút()", rest))
    if tm:
        hh, mm = int(tm[1]), int(tm[2])
        ap = tm[3] if tm.lastindex and tm.lastindex >= 3 else None
        if ap in ("ch", "pm") and hh < 12:
            hh += 12
        if ap in ("sa", "am") and hh == 12:
            hh = 0
    return datetime(y, mo, d, hh or 0, mm or 0), tm is not None


def main() -> int:
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    corpus = {}
    for f in CORPUS.glob("*/*.json"):
        c = json.loads(f.read_text(encoding="utf-8"))
        corpus[c["key"]] = c
    errors: list[str] = []
    variants: Counter[str] = Counter()
    traps: Counter[str] = Counter()
    no_date_url = 0
    for g in gold:
        e = lambda msg: errors.append(f"{g['file']}: {msg}")  # noqa: E731
        variants[g["layout"]] += 1
        traps.update(g["traps"])
        raw = (HERE / g["file"]).read_bytes()
        if b'charset="utf-8"' not in raw[:300] or g["encoding"] != "utf-8":
            e("charset")
        p = Visible()
        p.feed(raw.decode("utf-8"))
        vis = norm("".join(p.parts))
        c = corpus[g["corpus_key"]]
        paras = ([c["lead"]] if c.get("lead") else []) + [b["text"] for b in c["blocks"]]
        if g["text"] != "\n\n".join(paras) or g["title"] != c["title"] or g["is_reform"] != c["is_reform"]:
            e("gold differs from corpus")
        for para in g["text"].split("\n\n"):
            n = vis.count(norm(para))
            if n != 1:
                e(f"paragraph occurs {n} times: {para[:60]!r}")
        if norm(g["title"]) not in vis:
            e("title not visible")
        pub = datetime.fromisoformat(g["published_at"])
        if pub.utcoffset() != timedelta(hours=7):
            e("published_at not +07:00")
        if not pub < TODAY:
            e("published_at not before today")
        cdt = datetime.fromisoformat(c["published_at"])
        cut = {"second": cdt, "minute": cdt.replace(second=0),
               "day": cdt.replace(hour=0, minute=0, second=0)}[g["date_precision"]]
        if cut != pub:
            e(f"published_at {pub} != corpus cut {cut}")
        if g["date_source"] == "printed":
            s = g["printed"]
            n = vis.count(norm(s))
            if n != 1 and not (n > 1 and g["date_precision"] == "day"):
                e(f"printed {s!r} occurs {n} times in visible text")
            got, has_time = parse_vn(s)
            if got is None:
                e(f"cannot parse {s!r}")
            else:
                want = pub.replace(tzinfo=None)
                if g["date_precision"] == "day":
                    if has_time or got.date() != want.date() or g["time_printed"] is not False:
                        e(f"date-only mismatch {s!r} -> {got}")
                elif got != want.replace(second=0) or not has_time or g["time_printed"] != s:
                    e(f"{s!r} parses to {got}, gold {want}")
        else:
            if g["time_printed"] is not None:
                e("metadata page with time_printed")
            dp = [m.get("content") for m in p.metas if m.get("itemprop") == "datePublished"]
            if not dp or any(datetime.fromisoformat(x) != pub for x in dp):
                e(f"datePublished {dp} != {pub}")
            dm = [m.get("content") for m in p.metas if m.get("itemprop") == "dateModified"]
            if not dm or any(datetime.fromisoformat(x) <= pub for x in dm):
                e("no later dateModified")
        if not re.search(r"/20\d\d/?\d\d", g["url"]):
            no_date_url += 1
        if "<time" in raw.decode("utf-8"):
            for z in re.findall(r'datetime="([^"]+)"', raw.decode("utf-8")):
                if datetime.fromisoformat(z.replace("Z", "+00:00")) != pub:
                    e(f"time datetime {z} != {pub}")
    used = {g["corpus_key"] for g in gold}
    if used != set(corpus):
        errors.append(f"unused corpus articles: {sorted(set(corpus) - used)}")
    print(f"{len(gold)} pages, {len(variants)} variants, {no_date_url} without a date in the URL")
    for name, n in variants.items():
        print(f"  {name:<22} {n}")
    kinds = Counter("metadata" if g["date_source"] == "metadata" else
                    ("date only" if g["time_printed"] is False else "time printed") for g in gold)
    print("  " + ", ".join(f"{k}: {n}" for k, n in sorted(kinds.items())))
    print("traps: " + ", ".join(f"{k} {n}" for k, n in sorted(traps.items())))
    for err in errors:
        print("ERROR", err)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

"""Check layouts_blind3 pages against gold.json (stdlib only; never imports reformcrawl).

    python3 check.py

For every page: the declared charset equals the gold encoding; the bytes decode (the one page
family with planted invalid UTF-8 bytes is decoded with errors="replace", and the bad bytes must
lie outside the article text); every gold paragraph occurs exactly once in the visible text; title,
text and is_reform equal the corpus; the title is visible (or in og:title for the e-magazine);
time_printed / date_printed are visible and parse to published_at at date_precision; metadata-only
pages carry published_at in their meta tags. Prints counts.
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

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT.parents[2] / "reformcrawl" / "mirror" / "corpus"
BLOCK = {"p", "div", "td", "th", "tr", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption",
         "section", "article", "header", "footer", "nav", "aside", "main", "ul", "ol", "table", "blockquote",
         "dl", "dt", "dd", "form", "time", "span_never"}
SKIP = {"head", "script", "style", "noscript", "template", "textarea"}


class Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.og_title = None
        self.metas: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        if tag == "meta":
            key = d.get("property") or d.get("name")
            if key:
                self.metas[key] = d.get("content") or ""
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP and self.skip:
            self.skip -= 1
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\xa0", " ")
    return re.sub(r"\s+", " ", s).strip()


def parse_vi(s: str) -> tuple[datetime | None, str]:
    """Tiny parser for the formats printed in this set. Returns (datetime, precision)."""
    s = norm(s)
    y = mo = d = None
    for pat in (r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", r"(\d{1,2}) tháng (\d{1,2}),? (?:năm )?(\d{4})"):
        m = re.search(pat, s)
        if m:
            d, mo, y = map(int, m.groups())
            s = s[: m.start()] + " " + s[m.end():]
            break
    if y is None:
        return None, "none"
    m = (re.search(r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(SA|CH)?", s) or re.search(r"(\d{1,2})h(\d{2})()()", s)
         or re.search(r"(\d{1,2}) giờ (\d{2})()()", s))
    if not m:
        return datetime(y, mo, d), "day"
    hh, mm = int(m.group(1)), int(m.group(2))
    if m.group(4) == "CH" and hh < 12:
        hh += 12
    if m.group(4) == "SA" and hh == 12:
        hh = 0
    ss = int(m.group(3)) if m.group(3) else 0
    return datetime(y, mo, d, hh, mm, ss), "second" if m.group(3) else "minute"


def main() -> int:
    gold = json.loads((ROOT / "gold.json").read_text(encoding="utf-8"))
    corpus = {}
    for f in sorted(CORPUS.glob("*/*.json")):
        c = json.loads(f.read_text(encoding="utf-8"))
        corpus[c["key"]] = c
    errors: list[str] = []
    tally: Counter[str] = Counter()
    traps: Counter[str] = Counter()
    trap_layouts: dict[str, set] = {}
    layouts: Counter[str] = Counter()
    for g in gold:
        err = lambda msg: errors.append(f"{g['file']}: {msg}")
        data = (ROOT / g["file"]).read_bytes()
        layouts[g["layout"]] += 1
        tally["reform" if g["is_reform"] else "non_reform"] += 1
        m = re.search(rb'charset=["\']?([\w-]+)', data[:2000], re.I)
        if not m or m.group(1).decode().lower() != g["encoding"]:
            err(f"declared charset {m and m.group(1)} != {g['encoding']}")
        try:
            text = data.decode(g["encoding"])
        except UnicodeDecodeError:
            text = data.decode(g["encoding"], errors="replace")
            tally["pages_with_invalid_bytes"] += 1
            if "invalid_utf8_in_chrome" not in g["traps"]:
                err("undeclared invalid bytes")
        if g["encoding"] == "windows-1258":
            if not re.search("[\u0300\u0301\u0303\u0309\u0323]", text):
                err("cp1258 page without combining tone marks")
            tally["cp1258_pages"] += 1
        p = Visible()
        p.feed(text)
        vis = norm("".join(p.parts))
        c = corpus[g["corpus_key"]]
        paras = ([c["lead"]] if c.get("lead") else []) + [b["text"] for b in c["blocks"]]
        if g["text"] != "\n\n".join(paras) or g["title"] != c["title"] or g["is_reform"] != c["is_reform"]:
            err("gold differs from corpus")
        for para in g["text"].split("\n\n"):
            n = vis.count(norm(para))
            tally["paragraphs"] += 1
            if n != 1:
                err(f"paragraph occurs {n} times: {para[:60]!r}")
        if "\ufffd" in "".join(norm(x) for x in g["text"].split("\n\n")):
            err("replacement char in gold")
        if norm(g["title"]) in vis:
            tally["title_visible"] += 1
        elif p.metas.get("og:title") == g["title"]:
            tally["title_og_only_exact"] += 1
        else:
            err("title not on page")
        pub = datetime.fromisoformat(g["published_at"]).replace(tzinfo=None)
        printed = " ".join(x for x in (g.get("date_printed"), g.get("time_printed")) if x)
        for x in (g.get("date_printed"), g.get("time_printed")):
            if x and norm(x) not in vis:
                err(f"printed date/time {x!r} not visible")
        if g["date_source"] == "printed":
            got, prec = parse_vi(printed)
            if got != pub or prec != g["date_precision"]:
                err(f"printed {printed!r} parses to {got} ({prec}), gold {pub} ({g['date_precision']})")
            tally["time_printed" if g.get("time_printed") else "date_only"] += 1
        else:
            metas = [v for k, v in p.metas.items() if k in ("article:published_time", "DC.date.created")]
            for v in metas:
                v2 = re.sub(r"^(\d{4})/(\d{2})/(\d{2}) (\S+) GMT\+7$", r"\1-\2-\3T\4+07:00", v)
                if datetime.fromisoformat(v2).replace(tzinfo=None) != pub:
                    err(f"meta {v} != {pub}")
            if not metas:
                err("metadata-only page without metadata")
            tally["metadata_only"] += 1
            if g.get("modified_printed") and norm(g["modified_printed"]) not in vis:
                err("modified date not visible")
        corpus_dt = datetime.fromisoformat(c["published_at"]).replace(tzinfo=None)
        cut = {"second": corpus_dt, "minute": corpus_dt.replace(second=0),
               "day": corpus_dt.replace(hour=0, minute=0, second=0)}[g["date_precision"]]
        if cut != pub:
            err(f"published_at {pub} != corpus {cut}")
        for t in g["traps"]:
            traps[t] += 1
            trap_layouts.setdefault(t, set()).add(g["layout"])
    used = {g["corpus_key"] for g in gold}
    print(f"{len(gold)} pages, {len(layouts)} layouts, {len(used)}/{len(corpus)} corpus articles used")
    for lay, n in layouts.items():
        r = sum(1 for g in gold if g["layout"] == lay and g["is_reform"])
        print(f"  {lay:<20} {n} pages ({r} reform, {n - r} non-reform)")
    for k, v in sorted(tally.items()):
        print(f"  {k}: {v}")
    print("traps (pages / layouts):")
    for t, n in sorted(traps.items()):
        print(f"  {t:<32} {n} / {len(trap_layouts[t])}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Stdlib-only self-check of the holdout pages against gold.json (never runs the extractor).

For every page: the declared charset matches gold and decodes; every gold paragraph is exactly one
text block of the page (block tags and <br> split blocks; whitespace and NBSP collapsed; NFC), in
order; the printed date parses back to gold.published_at with a per-layout pattern written here
independently of generate.py; every date in the metadata names the same instant; the title traps
hold. Exit status 1 on any failure.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
TZ = timezone(timedelta(hours=7))
SEP = "\u00b6"
BLOCK = {"p", "div", "br", "li", "ul", "ol", "table", "tbody", "thead", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5",
         "h6", "figure", "figcaption", "header", "footer", "section", "article", "aside", "nav", "form", "hr",
         "blockquote", "caption", "dd", "dt", "dl", "select", "option", "main", "textarea", "marquee", "time"}
SKIP = {"script", "style", "head", "title", "noscript", "textarea", "select"}


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.stack: list[str] = []
        self.title = ""
        self.in_title = False
        self.metas: list[dict] = []
        self.headings: list[str] = []
        self.hbuf: list[list[str]] = []
        self.ld: list[str] = []
        self.in_ld = False
        self.attrs_dates: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        if tag == "meta":
            self.metas.append(d)
        if tag == "title":
            self.in_title = True
        if tag == "script" and d.get("type") == "application/ld+json":
            self.in_ld = True
            self.ld.append("")
        if d.get("itemprop") == "datePublished":
            self.attrs_dates.append(("itemprop", d.get("content") or d.get("datetime") or ""))
        if d.get("property", "").startswith("dc:date") and d.get("content"):
            self.attrs_dates.append(("dc:date", d["content"]))
        if tag == "time" and "published" in d.get("class", ""):
            self.attrs_dates.append(("time.published", d.get("datetime", "")))
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.out.append(SEP)
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.hbuf.append([])
        if tag not in ("br", "img", "meta", "link", "input", "hr", "base"):
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag == "script":
            self.in_ld = False
        if tag in SKIP and self.skip:
            self.skip -= 1
        if tag in BLOCK:
            self.out.append(SEP)
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6") and self.hbuf:
            self.headings.append((tag, norm("".join(self.hbuf.pop()))))
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if self.in_ld:
            self.ld[-1] += data
        if self.skip:
            return
        self.out.append(data)
        for buf in self.hbuf:
            buf.append(data)


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def segments(text: str) -> list[str]:
    return [x for x in (norm(p) for p in text.split(SEP)) if x]


WD = {"thứ hai": 0, "thứ ba": 1, "thứ tư": 2, "thứ năm": 3, "thứ sáu": 4, "thứ bảy": 5, "chủ nhật": 6,
      "thứ 2": 0, "thứ 3": 1, "thứ 4": 2, "thứ 5": 3, "thứ 6": 4, "thứ 7": 5, "cn": 6,
      "t2": 0, "t3": 1, "t4": 2, "t5": 3, "t6": 4, "t7": 5}


def dt(y, mo, d, hh=0, mi=0, ss=0):
    return datetime(int(y), int(mo), int(d), int(hh), int(mi), int(ss), tzinfo=TZ)


def h12(hh, suffix):
    hh = int(hh) % 12
    return hh + 12 if suffix in ("CH", "chiều") else hh


PATTERNS = {
    "websphere_wcm": (r"Cập nhật lúc (\d\d):(\d\d):(\d\d) ngày (\d\d)/(\d\d)/(\d{4})",
                      lambda m: (dt(m[6], m[5], m[4], m[1], m[2], m[3]), None)),
    "liferay_assetpub": (r"(Thứ \w+|Chủ nhật), (\d\d)/(\d\d)/(\d{4}), (\d\d):(\d\d) (SA|CH)",
                         lambda m: (dt(m[4], m[3], m[2], h12(m[5], m[7]), m[6]), m[1])),
    "dnn_newsarticles": (r"Ngày đăng: (Thứ \d|CN), (\d\d)\.(\d\d)\.(\d{4}) - (\d\d):(\d\d):(\d\d)",
                         lambda m: (dt(m[4], m[3], m[2], m[5], m[6], m[7]), m[1])),
    "sharepoint_webpart": (r"(Thứ \w+|Chủ Nhật), (\d\d)-(\d\d)-(\d{4}), (\d{1,2}) giờ (\d\d)",
                           lambda m: (dt(m[4], m[3], m[2], m[5], m[6]), m[1])),
    "newspaper_filecms": (r"(Thứ \w+|Chủ Nhật), (\d\d)/(\d\d)/(\d{4}) [-|] (\d\d):(\d\d) \(?GMT\+7\)?",
                          lambda m: (dt(m[4], m[3], m[2], m[5], m[6]), m[1])),
    "wordpress_theme": (r"Đăng ngày (\d{1,2}) Tháng (\d{1,2}), (\d{4}) lúc (\d{1,2}):(\d\d) (sáng|chiều)",
                        lambda m: (dt(m[3], m[2], m[1], h12(m[4], m[6]), m[5]), None)),
    "drupal_node": (r"vào (T\d|CN), (\d\d)/(\d\d)/(\d{4}) lúc (\d\d)h(\d\d)",
                    lambda m: (dt(m[4], m[3], m[2], m[5], m[6]), m[1])),
    "legacy_divbr": (r"(?:Ngày đăng: |(thứ \w+|chủ nhật), )(\d\d)/(\d\d)/(\d{4})",
                     lambda m: (dt(m[4], m[3], m[2]), m[1])),
}


def main() -> int:
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    corpus = {}
    for f in sorted((HERE.parents[2] / "reformcrawl" / "mirror" / "corpus").glob("*/*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        corpus[d["key"]] = d
    bad = 0
    meta_pages = 0

    def fail(g, msg):
        nonlocal bad
        bad += 1
        print(f"FAIL {g['file']}: {msg}")

    for g in gold:
        raw = (HERE / g["file"]).read_bytes()
        m = re.search(rb'charset="?([A-Za-z0-9_-]+)', raw[:3000])
        declared = m.group(1).decode().lower() if m else None
        if declared != g["encoding"]:
            fail(g, f"declared charset {declared} != gold {g['encoding']}")
            continue
        page = raw.decode("cp1258" if declared == "windows-1258" else declared, errors="strict")
        if declared == "windows-1258":
            if page == unicodedata.normalize("NFC", page) or any(c in page for c in "ắấầếệộờừữ"):
                fail(g, "windows-1258 page is not in decomposed (cp1258) form")
        p = Text()
        p.feed(page)
        p.close()
        segs = segments("".join(p.out))
        # body paragraphs: each exactly one block, in order
        paras = [norm(x) for x in g["text"].split("\n\n")]
        art = corpus[g["corpus_key"]]
        expect = ([art["lead"]] if art.get("lead") else []) + [b["text"] for b in art["blocks"]]
        if paras != [norm(x) for x in expect]:
            fail(g, "gold text differs from the corpus body")
        last = -1
        for para in paras:
            idx = [k for k, s in enumerate(segs) if s == para]
            if len(idx) != 1:
                near = [k for k, s in enumerate(segs) if para[:40] in s]
                fail(g, f"paragraph found {len(idx)}x as a block (substring hits {len(near)}): {para[:60]!r}")
                continue
            if idx[0] <= last:
                fail(g, f"paragraph out of order: {para[:50]!r}")
            last = idx[0]
            alltext = " ".join(segs)
            if alltext.count(para) != 1:
                fail(g, f"paragraph text occurs {alltext.count(para)}x in the page text: {para[:50]!r}")
        # title
        title = norm(g["title"])
        if title != norm(art["title"]):
            fail(g, "gold title differs from corpus")
        in_title_tag = title in norm(p.title)
        og = [norm(x.get("content", "")) for x in p.metas if x.get("property") == "og:title"]
        heads = [t for tag, t in p.headings if t == title]
        h1s = [t for tag, t in p.headings if tag == "h1" and t == title]
        if title not in segs:
            fail(g, "title not visible as a block of its own")
        traps = set(g["traps"])
        if "title_h1_only" in traps and (in_title_tag or og or not h1s):
            fail(g, "title_h1_only does not hold")
        if "title_meta_only" in traps and (heads or not (in_title_tag or title in og)):
            fail(g, "title_meta_only does not hold")
        if "generic_title" in traps and in_title_tag:
            fail(g, "generic_title does not hold")
        if "title_bold_only" in traps and (heads or in_title_tag or og):
            fail(g, "title_bold_only does not hold")
        if "headline_twice" in traps and segs.count(title) < 2:
            fail(g, "headline_twice does not hold")
        if "today_header" in traps and not any("Thứ Sáu, ngày 07/03/2025" in s for s in segs):
            fail(g, "today header missing")
        # printed date
        pat, conv = PATTERNS[g["layout"]]
        text = " ".join(segs)
        hits = list(re.finditer(pat, text, flags=re.I if g["layout"] == "legacy_divbr" else 0))
        if g["published_at"] is None:
            if hits:
                fail(g, "gold has no date but the page prints one")
        else:
            if len(hits) != 1:
                fail(g, f"printed date matched {len(hits)}x")
            else:
                when, wd = conv(hits[0])
                if when.isoformat() != g["published_at"]:
                    fail(g, f"printed {hits[0].group(0)!r} -> {when.isoformat()} != gold {g['published_at']}")
                if wd is not None and WD[wd.lower()] != when.weekday():
                    fail(g, f"printed weekday {wd!r} wrong for {when.date()}")
            full = datetime.fromisoformat(art["published_at"])
            prec = g["precision"]
            trunc = full.replace(second=0) if prec == "minute" else full.replace(hour=0, minute=0, second=0) if prec == "day" else full
            if trunc.isoformat() != g["published_at"]:
                fail(g, "gold published_at is not the corpus time at the printed precision")
        # metadata dates: all must name the corpus instant
        metas = [("article:published_time", x["content"]) for x in p.metas if x.get("property") == "article:published_time"]
        for blob in p.ld:
            def walk(o):
                if isinstance(o, dict):
                    for k, v in o.items():
                        if k == "datePublished":
                            metas.append(("ld:datePublished", v))
                        walk(v)
                elif isinstance(o, list):
                    for v in o:
                        walk(v)
            walk(json.loads(blob))
        dcs = [v for k, v in p.attrs_dates if k == "dc:date"]
        metas += [(k, v) for k, v in p.attrs_dates if k != "dc:date"] + ([("dc:date(first)", dcs[0])] if dcs else [])
        if metas:
            meta_pages += 1
            if g["published_at"] is None:
                fail(g, "metadata present on a page gold says has no date")
        for k, v in metas:
            if datetime.fromisoformat(v) != datetime.fromisoformat(art["published_at"]):
                fail(g, f"metadata {k}={v} is not the publication instant")
        if "comments" in traps and not re.search(r"(bình luận|Ý kiến bạn đọc)", text, re.I):
            fail(g, "comments trap without a comments block")
    layouts = sorted({g["layout"] for g in gold})
    print(f"{len(gold)} pages, {len(layouts)} layouts, {meta_pages} with date metadata, {bad} failures")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

"""Generated articles for benchmarks: many realistic, deterministic variations of the corpus.

`generate_articles("nbtv", 500, start=..., step=timedelta(hours=4))` makes 500 articles in the
portal's own URL shape, recombined from that portal's corpus paragraphs, ready for
`MirrorServer(articles=...)` or `build_site(..., articles=...)`:

- paths follow the corpus paths of the portal (date folders, numeric or hex ids, Liferay
  `/-/<slug>` friendly URLs), with unique slugs and ids;
- the body opens with a source article's first paragraph and goes on with 3-7 more paragraphs of
  the portal's articles of the same kind (reform or not), plus one or two image captions; the
  figures in the text (percentages, counts with thousands separators, decimals) are varied a
  little, so no two articles read the same;
- a lead ("sapo") where the portal prints one (all baohagiang/baokhanhhoa/nbtv articles, some
  angiang/hochiminhcity ones, in the corpus proportion); authors are the portal's corpus authors;
- `published_at` is `start + i * step`; state "before", not held out; `is_reform` is the source
  article's label (paragraphs only come from articles with the same label).

`add_new(articles, k)` appends k newer articles per portal (state "after": published between two
crawls); `edit(articles, n)` gives n older articles per portal a `revision` that changes one
number in a body paragraph (seen in the "after" state). The same arguments give the same result
in every process: randomness comes from `random.Random` seeded with strings only.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from .corpus import Block, CorpusArticle, Revision, load_corpus
from .templates.common import slugify, vn_int

__all__ = ["generate_articles", "add_new", "edit", "EDIT_SKIP_NEWEST"]

VN = ZoneInfo("Asia/Ho_Chi_Minh")

#: `edit` never picks one of a portal's newest articles: listings show 10 a page, so an edited
#: article is at least on page 3 of the all-articles listing even after a few new ones appear.
EDIT_SKIP_NEWEST = 20

#: Place phrases that make headlines of recombined articles distinct, per portal.
_PLACES = {
    "baohagiang": ["Yên Minh", "Đồng Văn", "Mèo Vạc", "Quản Bạ", "Bắc Mê", "Hoàng Su Phì", "Xín Mần",
                   "Vị Xuyên", "Bắc Quang", "Quang Bình", "Thành phố Hà Giang"],
    "angiang": ["Long Xuyên", "Châu Đốc", "Tân Châu", "Châu Phú", "Châu Thành", "Thoại Sơn", "Tri Tôn",
                "Tịnh Biên", "An Phú", "Phú Tân", "Chợ Mới"],
    "hochiminhcity": ["Quận 1", "Quận 3", "Quận 7", "Quận 12", "Bình Thạnh", "Gò Vấp", "Tân Bình",
                      "Thủ Đức", "Bình Chánh", "Củ Chi", "Hóc Môn", "Nhà Bè", "Cần Giờ"],
    "nbtv": ["Hoa Lư", "Tam Điệp", "Gia Viễn", "Nho Quan", "Yên Khánh", "Yên Mô", "Kim Sơn",
             "Thành phố Ninh Bình"],
    "baokhanhhoa": ["Nha Trang", "Cam Ranh", "Ninh Hòa", "Vạn Ninh", "Diên Khánh", "Khánh Vĩnh",
                    "Khánh Sơn", "Cam Lâm", "Trường Sa"],
}
_TITLE_FORMS = ("{title}", "{place}: {title}", "{title} tại {place}", "{title} ở {place}")
_PERIODS = ("", "", " trong quý I", " trong quý II", " trong quý III", " 6 tháng đầu năm", " 9 tháng đầu năm",
            " năm {year}")

#: The dateline that opens a report ("Sáng 8/4", "Chiều 11.5", "Sáng 13-9", "Sáng nay (26/3)",
#: "Chiều ngày 10/3/2022"): moved to the generated publication date.
_DATELINE_RE = re.compile(
    r"^(?P<lead>(?:\(HCM CityWeb\) – )?(?:Sáng|Chiều|Tối|Trưa)(?: nay)?(?: ngày)? \(?)"
    r"(?P<day>\d{1,2})(?P<sep>[/.-])(?P<month>\d{1,2})(?:(?P=sep)(?P<year>\d{4}))?"
)

#: Figures worth varying: percentages, counts with thousands dots, decimals with a comma.
#: Dates ("12/6", "3-2", "19.7"), decree numbers ("61/2018/NĐ-CP") and ordinals are left alone.
_NUMBER_RE = re.compile(
    r"(?<![\d.,/-])(?:"
    r"(?P<pct>\d{1,3}(?:,\d{1,2})?)%"
    r"|(?P<thou>\d{1,3}(?:\.\d{3})+)(?![.,/]?\d)"
    r"|(?P<dec>\d{1,3},\d{1,2})(?![\d%])"
    r")"
)


def _rng(*parts: object) -> random.Random:
    return random.Random("|".join(str(p) for p in parts))


def _fmt_decimal(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}".replace(".", ",") if decimals else str(int(round(value)))


def _vary_number(match: re.Match[str], rng: random.Random, *, force: bool = False) -> str:
    """A nearby value in the same notation (a different one when `force`)."""
    raw = match.group(0)
    for _ in range(20):
        if match.group("pct") is not None:
            text = match.group("pct")
            decimals = len(text.split(",")[1]) if "," in text else 0
            value = float(text.replace(",", "."))
            new = value * rng.uniform(0.85, 1.15) + rng.choice((-1, 1)) * 10**-decimals
            if value <= 100:
                new = min(new, 99.9 if decimals else 99)
            new = max(new, 10**-decimals)
            out = _fmt_decimal(new, decimals) + "%"
        elif match.group("thou") is not None:
            value = int(match.group("thou").replace(".", ""))
            new = max(1000, int(value * rng.uniform(0.9, 1.1)) + rng.randint(1, 9))
            out = vn_int(new)
        else:
            text = match.group("dec")
            decimals = len(text.split(",")[1])
            new = float(text.replace(",", ".")) * rng.uniform(0.85, 1.15) + 10**-decimals
            out = _fmt_decimal(max(new, 10**-decimals), decimals)
        if out != raw or not force:
            return out
    return raw + "1" if force else raw


def _vary_text(text: str, rng: random.Random, share: float = 0.7) -> str:
    """Vary about `share` of the figures in `text`."""
    return _NUMBER_RE.sub(lambda m: _vary_number(m, rng) if rng.random() < share else m.group(0), text)


def _redate(paragraph: str, published: datetime) -> str:
    """Put the publication day into the paragraph's opening dateline, in the same notation."""
    day = published.astimezone(VN)

    def sub(m: re.Match[str]) -> str:
        sep = m["sep"]
        out = f"{m['lead']}{day.day:02d}{sep}{day.month:02d}" if m["day"].startswith("0") else f"{m['lead']}{day.day}{sep}{day.month}"
        return out + (f"{sep}{day.year}" if m["year"] else "")

    return _DATELINE_RE.sub(sub, paragraph, count=1)


def _stable_hex(*parts: object, length: int) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:length]


# -- URL shapes --------------------------------------------------------------------------------

def _slug(title: str, limit: int = 14) -> str:
    words = slugify(title).split("-")
    return "-".join(words[:limit])


_LIFERAY = ("hochiminhcity", "angiang")


def _path(portal: str, source: CorpusArticle, slug: str, index: int, seed: int, published: datetime,
          rng: random.Random) -> str:
    """The article's path in `portal`'s URL shape, modelled on the source article's path."""
    month = published.astimezone(VN).strftime("%Y%m")
    segments = [s for s in source.path.split("/") if s]
    if portal == "baohagiang":  # /<section>/<yyyymm>/<slug>-<7 hex>/
        return f"/{segments[0]}/{month}/{slug}-{_stable_hex(portal, seed, index, length=7)}/"
    if portal == "baokhanhhoa":  # /<section>/<yyyymm>/<slug>-<id>/ ; ids grow with time
        return f"/{segments[0]}/{month}/{slug}-{9_000_000 + seed * 1_000_000 + index}/"
    if portal == "nbtv":  # /tin-tuc/<section>/<slug>-<id>.html
        return f"/{segments[0]}/{segments[1]}/{slug}-{200_000 + seed * 1_000_000 + index}.html"
    if portal in _LIFERAY:  # Liferay friendly URLs: /-/<slug>
        if portal == "angiang" and rng.random() < 0.15:
            return f"/tin-tuc/-/asset_publisher/{slug}"
        return f"/-/{slug}"
    raise ValueError(f"no synthetic URL shape for portal {portal!r}")


# -- generation --------------------------------------------------------------------------------

def _sources(portal: str) -> list[CorpusArticle]:
    pool = [a for a in load_corpus() if a.portal == portal]
    if not pool:
        raise ValueError(f"the corpus has no articles for portal {portal!r}")
    return pool


def _first_paragraph(article: CorpusArticle) -> str:
    return next(b.text for b in article.blocks if b.kind == "p")


def _later_paragraphs(article: CorpusArticle) -> list[Block]:
    ps = [b for b in article.blocks if b.kind in ("p", "quote", "heading")]
    return ps[1:]


class _Generator:
    def __init__(self, portal: str, seed: int, step: timedelta, taken_titles: Iterable[str] = (),
                 taken_paths: Iterable[str] = (), taken_bodies: Iterable[str] = ()) -> None:
        self.portal, self.seed, self.step = portal, seed, step
        self.sources = _sources(portal)
        self.lead_share = sum(1 for a in self.sources if a.lead) / len(self.sources)
        self.authors = sorted({a.author for a in self.sources if a.author})
        # Never the corpus's own headlines or URLs: generated articles can sit next to the corpus.
        self.titles = set(taken_titles) | {a.title for a in self.sources}
        self.paths = set(taken_paths) | {a.path for a in self.sources}
        self.bodies: set[str] = set(taken_bodies)

    def _title(self, source: CorpusArticle, rng: random.Random, index: int, published: datetime) -> str:
        """The source headline with its figures varied, placed in a district, maybe given a period."""
        places = _PLACES.get(self.portal, ["địa phương"])
        year = published.astimezone(VN).year
        for attempt in range(80):
            base = _vary_text(source.title, rng, share=1.0)
            if attempt >= 3:
                periods = _PERIODS if "năm" not in base else _PERIODS[:5]
                base += rng.choice(periods).format(year=year)
            place = rng.choice(places)
            if attempt >= 10:  # two districts: "Hoa Lư, Kim Sơn: ..."
                place = ", ".join(rng.sample(places, 2))
            title = rng.choice(_TITLE_FORMS if attempt else _TITLE_FORMS[1:]).format(title=base, place=place)
            if title not in self.titles:
                return title
        return f"{_vary_text(source.title, rng, share=1.0)} (bài {index + 1})"

    def _body(self, source: CorpusArticle, same_kind: list[CorpusArticle], path: str, published: datetime,
              rng: random.Random) -> tuple[list[Block], str | None]:
        """The source's opening paragraph, then 3-7 paragraphs of articles of the same kind (the
        source's own first, in order), with one or two captions among them; a lead if wanted."""
        wanted = rng.randint(4, 8)
        later = _later_paragraphs(source)
        others = [b for a in same_kind if a is not source for b in _later_paragraphs(a)]
        rng.shuffle(others)
        texts = [Block("p", _redate(_vary_text(_first_paragraph(source), rng), published))]
        for block in (later + others)[: wanted - 1]:
            texts.append(Block(block.kind, _vary_text(block.text, rng)))
        own = [b for b in source.blocks if b.kind == "figure"]
        borrowed = [b for a in same_kind if a is not source for b in a.blocks if b.kind == "figure"]
        captions = own[:1] + ([rng.choice(borrowed)] if borrowed and rng.random() < 0.3 else [])
        figures = [Block("figure", c.text, image=f"syn-{_stable_hex(path, n, length=10)}.jpg")
                   for n, c in enumerate(captions)]
        blocks = list(texts)
        for n, figure in enumerate(figures):
            blocks.insert(min(len(blocks), 1 + n * 3), figure)
        lead = None
        if self.lead_share >= 0.5 or rng.random() < self.lead_share:
            lead_source = source if source.lead else next((a for a in same_kind if a.lead), None)
            if lead_source is not None:
                lead = _redate(_vary_text(lead_source.lead or "", rng), published)
        return blocks, lead

    def article(self, index: int, published: datetime, state: str) -> CorpusArticle:
        rng = _rng("synthetic", self.portal, self.seed, index)
        source = rng.choice(self.sources)
        same_kind = [a for a in self.sources if a.is_reform == source.is_reform]
        title = self._title(source, rng, index, published)
        self.titles.add(title)
        # Liferay keeps the whole title in its friendly URL; the others cut it and add an id.
        slug = slugify(title) if self.portal in _LIFERAY else _slug(title)
        path = _path(self.portal, source, slug, index, self.seed, published, rng)
        if path in self.paths:  # Liferay slugs of near-identical titles: the CMS appends a number
            base, n = path.rstrip("/"), 2
            while f"{base}-{n}" in self.paths:
                n += 1
            path = f"{base}-{n}"
        self.paths.add(path)

        for _attempt in range(20):  # two articles never read the same, whatever the draw
            blocks, lead = self._body(source, same_kind, path, published, rng)
            body = "\n".join([lead or "", *(b.text for b in blocks)])
            if body not in self.bodies:
                break
        self.bodies.add(body)
        return CorpusArticle(
            key=f"{self.portal}/{path.strip('/').split('/')[-1].removesuffix('.html')}",
            portal=self.portal,
            path=path,
            section=source.section,
            title=title,
            published_at=published.astimezone(VN),
            author=rng.choice(self.authors) if self.authors else None,
            lead=lead,
            blocks=tuple(blocks),
            is_reform=source.is_reform,
            state=state,  # type: ignore[arg-type]
            held_out=False,
            notes=f"synthetic seed={self.seed} index={index} step={int(self.step.total_seconds())}",
        )


def generate_articles(portal: str, count: int, *, seed: int = 0, start: datetime,
                      step: timedelta) -> list[CorpusArticle]:
    """`count` articles of `portal`, published at `start`, `start + step`, ... (oldest first)."""
    if start.tzinfo is None:
        raise ValueError("start must be timezone-aware (e.g. +07:00)")
    if step <= timedelta(0):
        raise ValueError("step must be positive")
    if count < 0:
        raise ValueError("count must be >= 0")
    gen = _Generator(portal, seed, step)
    return [gen.article(i, start + i * step, "before") for i in range(count)]


_NOTES_RE = re.compile(r"^synthetic seed=(?P<seed>-?\d+) index=(?P<index>\d+) step=(?P<step>\d+)$")


def _by_portal(articles: Sequence[CorpusArticle]) -> dict[str, list[CorpusArticle]]:
    groups: dict[str, list[CorpusArticle]] = {}
    for article in articles:
        groups.setdefault(article.portal, []).append(article)
    return groups


def add_new(articles: Sequence[CorpusArticle], k: int, *, step: timedelta | None = None) -> list[CorpusArticle]:
    """`articles` plus, for each portal in them, `k` newer articles in state "after".

    The new ones continue the portal's generated series (same seed, next indexes) and are
    published `step` apart after the portal's newest article (default: the series' step, else
    one hour).
    """
    out = list(articles)
    for portal, group in _by_portal(articles).items():
        newest = max(group, key=lambda a: (a.published_at, a.key))
        indexes, seed, series_step = [], 0, None
        for article in group:
            if (m := _NOTES_RE.match(article.notes)) is not None:
                indexes.append(int(m["index"]))
                seed = int(m["seed"])
                series_step = timedelta(seconds=int(m["step"]))
        gap = step or series_step or timedelta(hours=1)
        gen = _Generator(portal, seed, gap, taken_titles=(a.title for a in group), taken_paths=(a.path for a in group),
                         taken_bodies=("\n".join([a.lead or "", *(b.text for b in a.blocks)]) for a in group))
        first = max(indexes, default=len(group) - 1) + 1
        for j in range(k):
            out.append(gen.article(first + j, newest.published_at + (j + 1) * gap, "after"))
    return out


def _edit_for(article: CorpusArticle, rng: random.Random) -> Revision | None:
    """A revision changing one figure in one body paragraph (not the title, not the lead)."""
    texts = [article.title, *article.body_paragraphs()]
    candidates = [(i, m) for i, b in enumerate(article.blocks) if b.kind == "p" for m in _NUMBER_RE.finditer(b.text)]
    rng.shuffle(candidates)
    for i, match in candidates:
        text = article.blocks[i].text
        for width in (0, 8, 16, 32, 64):  # widen to the left until the old string is unique
            start = max(0, match.start() - width)
            old = text[start : match.end()]
            if sum(t.count(old) for t in texts) == 1:
                new = text[start : match.start()] + _vary_number(match, rng, force=True)
                return Revision(replacements=((old, new),))
    return None


def edit(articles: Sequence[CorpusArticle], n: int, *, seed: int = 0) -> list[CorpusArticle]:
    """`articles` with `n` articles per portal given a revision that changes one number.

    Only "before" articles without a revision that are not among the portal's
    `EDIT_SKIP_NEWEST` newest are picked, so the edit is invisible on the first listing pages.
    """
    chosen: dict[str, Revision] = {}
    for portal, group in _by_portal(articles).items():
        ordered = sorted(group, key=lambda a: (a.published_at, a.key), reverse=True)
        pool = [a for a in ordered[EDIT_SKIP_NEWEST:] if a.state == "before" and a.revision is None]
        pool.sort(key=lambda a: a.key)
        rng = _rng("edit", portal, n, seed)
        rng.shuffle(pool)
        picked = 0
        for article in pool:
            if picked == n:
                break
            revision = _edit_for(article, _rng("edit", article.key, seed))
            if revision is not None:
                chosen[article.key] = revision
                picked += 1
        if picked < n:
            raise ValueError(f"{portal}: only {picked} of {n} articles can be edited (too few old articles)")
    return [replace(a, revision=chosen[a.key]) if a.key in chosen else a for a in articles]

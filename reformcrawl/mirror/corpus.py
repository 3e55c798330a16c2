"""The article corpus behind the offline mirror, the test pages and the gold sets.

Each article is one JSON file under `corpus/<portal>/<slug>.json`: the content as an editor
wrote it (title, lead, blocks), where it lives on the portal, when it was published, in which
mirror state it exists, and gold labels (relevance, sessions, figures) for the quality benches.
Rendering it in a portal's markup is `reformcrawl.mirror.templates`' job.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

BlockKind = Literal["p", "figure", "heading", "quote"]
State = Literal["before", "after"]

_BLOCK_KINDS = ("p", "figure", "heading", "quote")
_FIGURE_KINDS = ("percent", "count", "ratio", "money", "multiplier")
_ROLES = ("held", "mentioned")


class CorpusError(ValueError):
    """A corpus file does not follow the format described in this module."""


@dataclass(frozen=True)
class Block:
    """One unit of the article body, in reading order.

    `p`: a paragraph. `figure`: an image whose `text` is its caption. `heading`: a subheading
    inside the body. `quote`: a highlighted quotation paragraph.
    """

    kind: BlockKind
    text: str
    image: str | None = None


@dataclass(frozen=True)
class GoldSession:
    body: str  # normalized name of the body holding the meeting
    number: int
    date: str | None  # ISO date of the meeting, None when the text does not say
    role: Literal["held", "mentioned"]


@dataclass(frozen=True)
class GoldFigure:
    raw: str  # the figure as printed, e.g. "67,32%"
    value: float
    kind: str  # percent | count | ratio | money | multiplier
    denominator: float | None
    subject: str  # what it measures, as a short phrase from the text
    metric_group: str  # same string <=> same quantity (across articles)


@dataclass(frozen=True)
class Revision:
    """How the article reads in the "after" state: exact substring replacements."""

    replacements: tuple[tuple[str, str], ...]
    sessions: tuple[GoldSession, ...] | None = None  # gold after the edit, if it changes
    figures: tuple[GoldFigure, ...] | None = None


@dataclass(frozen=True)
class CorpusArticle:
    key: str  # "<portal>/<slug>", unique
    portal: str
    path: str  # URL path (and query) on the portal, in the portal's URL shape
    section: str  # section name as the portal shows it
    title: str
    published_at: datetime  # aware, +07:00
    author: str | None
    lead: str | None  # the bold summary paragraph ("sapo"); part of the body text
    blocks: tuple[Block, ...]
    is_reform: bool
    state: State  # "before": exists from the start; "after": published between the crawls
    held_out: bool  # True: never used to tune extraction rules (quality is measured on these)
    sessions: tuple[GoldSession, ...] = ()
    figures: tuple[GoldFigure, ...] = ()
    revision: Revision | None = None
    notes: str = field(default="", compare=False)

    def body_paragraphs(self, state: State = "before") -> list[str]:
        """The article body as a reader sees it, once each: lead, paragraphs, captions, headings."""
        parts = ([self.lead] if self.lead else []) + [b.text for b in self.blocks]
        if state == "after" and self.revision:
            parts = [_apply(p, self.revision.replacements) for p in parts]
        return parts

    def title_in(self, state: State) -> str:
        if state == "after" and self.revision:
            return _apply(self.title, self.revision.replacements)
        return self.title


def _apply(text: str, replacements: tuple[tuple[str, str], ...]) -> str:
    for old, new in replacements:
        text = text.replace(old, new)
    return text


def _session(raw: dict[str, Any], where: str) -> GoldSession:
    if raw.get("role") not in _ROLES:
        raise CorpusError(f"{where}: session role must be one of {_ROLES}")
    return GoldSession(body=raw["body"], number=int(raw["number"]), date=raw.get("date"), role=raw["role"])


def _figure(raw: dict[str, Any], where: str) -> GoldFigure:
    if raw.get("kind") not in _FIGURE_KINDS:
        raise CorpusError(f"{where}: figure kind must be one of {_FIGURE_KINDS}")
    denominator = raw.get("denominator")
    return GoldFigure(
        raw=raw["raw"],
        value=float(raw["value"]),
        kind=raw["kind"],
        denominator=None if denominator is None else float(denominator),
        subject=raw["subject"],
        metric_group=raw["metric_group"],
    )


def parse_article(data: dict[str, Any], where: str) -> CorpusArticle:
    try:
        blocks = []
        for raw in data["blocks"]:
            if raw["kind"] not in _BLOCK_KINDS:
                raise CorpusError(f"{where}: block kind must be one of {_BLOCK_KINDS}")
            blocks.append(Block(kind=raw["kind"], text=raw["text"], image=raw.get("image")))
        published_at = datetime.fromisoformat(data["published_at"])
        if published_at.tzinfo is None:
            raise CorpusError(f"{where}: published_at needs an offset (+07:00)")
        revision = None
        if data.get("revision"):
            rev = data["revision"]
            revision = Revision(
                replacements=tuple((old, new) for old, new in rev["replacements"]),
                sessions=None if rev.get("sessions") is None else tuple(_session(s, where) for s in rev["sessions"]),
                figures=None if rev.get("figures") is None else tuple(_figure(f, where) for f in rev["figures"]),
            )
        if data["state"] not in ("before", "after"):
            raise CorpusError(f"{where}: state must be 'before' or 'after'")
        article = CorpusArticle(
            key=data["key"],
            portal=data["portal"],
            path=data["path"],
            section=data["section"],
            title=data["title"],
            published_at=published_at,
            author=data.get("author"),
            lead=data.get("lead"),
            blocks=tuple(blocks),
            is_reform=bool(data["is_reform"]),
            state=data["state"],
            held_out=bool(data["held_out"]),
            sessions=tuple(_session(s, where) for s in data.get("sessions", [])),
            figures=tuple(_figure(f, where) for f in data.get("figures", [])),
            revision=revision,
            notes=data.get("notes", ""),
        )
    except KeyError as exc:
        raise CorpusError(f"{where}: missing field {exc.args[0]!r}") from None
    if revision:
        for old, _new in revision.replacements:
            if not any(old in p for p in [article.title, *article.body_paragraphs()]):
                raise CorpusError(f"{where}: revision text {old!r} is not in the article")
    return article


def nearest(article: CorpusArticle, pool: Sequence[CorpusArticle], count: int = 8) -> list[CorpusArticle]:
    """The portal's other articles closest in publication time: related-news boxes show these."""
    others = [a for a in pool if a.portal == article.portal and a.key != article.key]
    others.sort(key=lambda a: (abs((a.published_at - article.published_at).total_seconds()), a.key))
    return others[:count]


def featured(article: CorpusArticle | None, pool: Sequence[CorpusArticle], portal: str, count: int = 5) -> list[CorpusArticle]:
    """The portal's newest articles from other sections: the "Tin nổi bật" box."""
    others = [a for a in pool if a.portal == portal and (article is None or a.section != article.section)]
    others.sort(key=lambda a: (a.published_at, a.key), reverse=True)
    return others[:count]


@lru_cache(maxsize=1)
def load_corpus() -> tuple[CorpusArticle, ...]:
    """Every corpus article, sorted by portal then publication time."""
    root = resources.files("reformcrawl.mirror").joinpath("corpus")
    articles = []
    for portal_dir in sorted(root.iterdir(), key=lambda p: p.name):
        if not portal_dir.is_dir():
            continue
        for entry in sorted(portal_dir.iterdir(), key=lambda p: p.name):
            if entry.name.endswith(".json"):
                where = f"corpus/{portal_dir.name}/{entry.name}"
                articles.append(parse_article(json.loads(entry.read_text(encoding="utf-8")), where))
    keys = [a.key for a in articles]
    duplicated = {k for k in keys if keys.count(k) > 1}
    if duplicated:
        raise CorpusError(f"duplicate corpus keys: {sorted(duplicated)}")
    return tuple(sorted(articles, key=lambda a: (a.portal, a.published_at, a.key)))

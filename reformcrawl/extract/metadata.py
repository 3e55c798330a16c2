"""Title, author and publication time from the page's metadata and its date line.

Trust order for the publication time (DESIGN.md): page metadata (Open Graph / schema.org /
JSON-LD), then the date line printed near the title, then a full date in the URL.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any, Iterator

from lxml.etree import XPath
from lxml.html import HtmlElement

from ..config import VIETNAM_TZ
from ..core import dates
from ..core.textnorm import fold, squash_spaces

_META_TITLE = XPath(
    "//meta[@property='og:title' or @name='og:title' or @name='twitter:title' or @itemprop='headline']/@content"
)
_META_PUBLISHED = XPath(
    "//meta[@property='article:published_time' or @name='article:published_time' or @itemprop='datePublished'"
    " or @name='pubdate' or @name='publishdate' or @name='publish-date' or @name='PublishDate'"
    " or @name='dc.date.issued' or @name='DC.date.issued' or @property='og:published_time']/@content"
    " | //time[@itemprop='datePublished']/@datetime"
)
_META_AUTHOR = XPath("//meta[@name='author' or @property='article:author' or @name='Author']/@content")
_META_SITE = XPath("//meta[@property='og:site_name']/@content")
_JSON_LD = XPath("//script[@type='application/ld+json']/text()")
_HEADINGS = XPath("//h1 | //h2 | //h3")
_DOC_TITLE = XPath("//title/text()")
_BODY_TEXT = XPath("//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]")
_TITLE_SPLIT_RE = re.compile(r"\s+[-|–—]\s+")
_SITE_NAME_MAX_WORDS = 6
_HOSTLIKE_RE = re.compile(r"://|\b[a-z0-9-]+\.(?:vn|com|net|org|gov)\b", re.IGNORECASE)
_ARTICLE_TYPES = {"newsarticle", "article", "blogposting", "reportagenewsarticle", "webpage"}

#: How far from the title the date line may be, in text nodes.
_BEFORE_TITLE, _AFTER_TITLE = 12, 60
_DATE_LINE_MAX_CHARS = 200


@dataclass(frozen=True)
class PageMeta:
    title: str | None
    title_element: HtmlElement | None
    published_at: datetime | None
    author: str | None  # from metadata; a signature in the text takes precedence
    site_name: str | None


def _json_ld_articles(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    for raw in _JSON_LD(tree):
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                kinds = item.get("@type")
                kinds = kinds if isinstance(kinds, list) else [kinds]
                if any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds):
                    yield item


def _ld_author(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_ld_author(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        value = value.get("name")
    return squash_spaces(value) if isinstance(value, str) and value.strip() else None


def _strip_site_name(title: str) -> str:
    """"Headline | NBTV" -> "Headline": drop a short part (the site's name) beside the headline."""
    parts = _TITLE_SPLIT_RE.split(title)
    if len(parts) < 2:
        return title
    longest = max(parts, key=len)
    if all(p is longest or len(p.split()) <= _SITE_NAME_MAX_WORDS for p in parts):
        return longest
    return title


def _title_candidates(tree: HtmlElement, ld: list[dict[str, Any]]) -> list[str]:
    found = [squash_spaces(t) for t in _META_TITLE(tree)]
    found += [squash_spaces(a["headline"]) for a in ld if isinstance(a.get("headline"), str)]
    found += [squash_spaces(t) for t in _DOC_TITLE(tree)[:1]]
    return [_strip_site_name(t) for t in found if t]


def _same_title(heading: str, candidate: str) -> bool:
    a, b = fold(heading), fold(candidate)
    return a == b or (len(b) >= 20 and (a.startswith(b) or b.startswith(a)))


def find_title(tree: HtmlElement, ld: list[dict[str, Any]]) -> tuple[str | None, HtmlElement | None]:
    """The headline and the element that shows it (the anchor for the date line)."""
    candidates = _title_candidates(tree, ld)
    headings = [(h, squash_spaces(h.text_content())) for h in _HEADINGS(tree)]
    headings = [(h, text) for h, text in headings if text]
    matching = [(h, text) for h, text in headings if any(_same_title(text, c) for c in candidates)]
    if matching:
        # A portal may print the headline twice (page header, then article); the later one sits
        # with the article and its date line.
        element, text = matching[-1]
        return text, element
    if candidates:
        return candidates[0], None
    h1s = [(h, text) for h, text in headings if h.tag == "h1"]
    if h1s:
        return h1s[0][1], h1s[0][0]
    return None, None


def _text_nodes(tree: HtmlElement) -> list[Any]:
    return _BODY_TEXT(tree)


def _container_text(node: Any) -> str:
    """A text node's line: its element's whole text when short, else the node alone."""
    element = node.getparent()
    if element is not None:
        whole = squash_spaces(element.text_content())
        if len(whole) <= _DATE_LINE_MAX_CHARS:
            return whole
    return squash_spaces(str(node))


def find_date_line(tree: HtmlElement, title_element: HtmlElement | None, now: datetime | None) -> datetime | None:
    """The publication time printed near the title ("05:02, 03/02/2023", "Thứ 6, 26.03.2021 | 14:49:57")."""
    nodes = _text_nodes(tree)
    if not nodes:
        return None
    anchor = 0
    if title_element is not None:
        in_title = set(title_element.iter())
        anchor = next((i for i, node in enumerate(nodes) if node.getparent() in in_title), 0)
    order = list(range(anchor, min(len(nodes), anchor + _AFTER_TITLE)))
    order += list(range(anchor - 1, max(-1, anchor - _BEFORE_TITLE - 1), -1))
    seen: set[str] = set()
    for index in order:
        raw = str(nodes[index]).strip()
        if not raw or not any(ch.isdigit() for ch in raw) or len(raw) > _DATE_LINE_MAX_CHARS:
            continue
        line = _container_text(nodes[index])
        if line in seen:
            continue
        seen.add(line)
        found = dates.find_timestamp(line, now=now)
        if found is not None:
            return found
    return None


def read_meta(tree: HtmlElement, url: str, *, now: datetime | None = None) -> PageMeta:
    ld = list(_json_ld_articles(tree))
    title, title_element = find_title(tree, ld)

    published_at = None
    for raw in [*_META_PUBLISHED(tree), *(a["datePublished"] for a in ld if isinstance(a.get("datePublished"), str))]:
        published_at = dates.parse_timestamp(raw, now=now)
        if published_at is not None:
            break
    if published_at is None:
        published_at = find_date_line(tree, title_element, now)
    if published_at is None:
        day = dates.date_from_url(url)
        if day is not None:
            published_at = datetime.combine(day, time(0, 0), tzinfo=VIETNAM_TZ)

    site_names = [squash_spaces(s) for s in _META_SITE(tree)]
    author = None
    for raw in [*_META_AUTHOR(tree), *(_ld_author(a.get("author")) or "" for a in ld)]:
        name = squash_spaces(raw)
        if name and name not in site_names and not _HOSTLIKE_RE.search(name):
            author = name
            break
    return PageMeta(
        title=title,
        title_element=title_element,
        published_at=published_at,
        author=author,
        site_name=site_names[0] if site_names else None,
    )

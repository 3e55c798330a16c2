"""Which article links of a listing page are the listing's own, judged by the page's structure.

A listing page shows its section's articles in one repeated structure (rows of a table, items of a
`<ul>`, `<article>` cards), with a pager next to it; around it are menus, a footer and side boxes
("Tin đọc nhiều", "Tin liên quan", "Tin nổi bật") that link the whole site, often into other
sections, often to pages gone by the next night. `own_articles` finds the listing's own articles
without knowing the template:

1. Chrome is left out: links inside `<nav>`, `<aside>`, a page-level `<header>`/`<footer>`, or an
   element whose class or id says menu, nav, breadcrumb, footer or sidebar.
2. An article link's *item* is its nearest enclosing element (or itself) that repeats: two or more
   siblings with its tag and class names hold two or more articles, and it holds at most three
   (a headline with its sub-links); a link in no repeated structure is an item of its own (the
   largest element around it holding no other article).
3. Items with the same tag path from the root (tags and class names, digits ignored) under the
   same box heading form a list: the rows of a grid or of a table are one list, two side boxes
   drawn alike under their own headings are two. The heading is the nearest earlier sibling
   reading as one (`<h1>`..`<h6>`, or a short text without links), climbing out of the list and
   passing over boxes of articles. A heading naming a side box ("đọc nhiều", "xem nhiều",
   "liên quan", "cùng chuyên mục", "tin khác", ...) makes a side box.
4. The main list is a list of two or more items, not a side box and not inside another list's
   items, that sits closest to the pager (their nearest common ancestor is deepest), then holds
   most articles below the listing's path, then most articles, then comes first.
5. The listing's own articles: the main list's; and, outside chrome and side boxes, the articles
   below the listing's path when its main list lives there (a lead story above the list), or the
   lone links (an item no other item repeats) when the URLs do not name the section (`/-/<slug>`,
   `?id=`).

No main list (no repeated structure outside chrome and side boxes): `None`, and the caller keeps
every article link. Nothing here fetches or logs; the elements belong to one parsed page.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TypeVar
from urllib.parse import unquote

from lxml import etree

__all__ = ["own_articles"]

Element = etree._Element
V = TypeVar("V")

_CHROME_TAGS = frozenset({"nav", "aside"})
_PAGE_LEVEL_TAGS = frozenset({"header", "footer"})  # chrome unless inside an article or section
_SECTIONING = frozenset({"article", "section"})
_CHROME_WORDS = ("menu", "nav", "breadcrumb", "footer", "sidebar")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: Headings of boxes that link the rest of the site, not the listing's own articles.
_SIDE_BOX_WORDS = (
    "đọc nhiều", "xem nhiều", "quan tâm nhiều", "được quan tâm", "liên quan", "cùng chuyên mục", "tin khác",
    "bài khác", "tin đã đưa", "bài đã đưa", "tin mới hơn", "tin cũ hơn", "most read", "most viewed", "popular",
    "related", "read more",
)
_MAX_LABEL_WORDS = 6
_MAX_ITEM_ARTICLES = 3  # a headline and a couple of sub-links; more is a box, not an item
_DIGITS_RE = re.compile(r"\d+")


@dataclass
class _List:
    """Items sharing one tag path under one box heading, in document order."""

    label: str  # the box heading (casefolded), "" when none was found
    links: list[tuple[Element, str]] = field(default_factory=list)  # (item, canonical URL), per link

    # Read once the list is complete (`_group` only appends to `links`).
    @cached_property
    def items(self) -> list[Element]:
        return list(dict.fromkeys(item for item, _ in self.links))

    @cached_property
    def urls(self) -> list[str]:
        return list(dict.fromkeys(url for _, url in self.links))

    @property
    def side_box(self) -> bool:
        return any(word in self.label for word in _SIDE_BOX_WORDS)


def own_articles(
    articles: Mapping[str, Sequence[Element]], pager: Iterable[Element], listing_path: str | None
) -> frozenset[str] | None:
    """Canonical URLs of the listing's own articles (see the module docstring), or None.

    `articles`: canonical URL -> the `<a>`/`<area>` elements linking it; `pager`: the pager's
    links; `listing_path`: the listing's path without its page marker.
    """
    chrome = _Chrome()
    anchors = [(element, url) for url, elements in articles.items() for element in elements
               if not chrome(element)]
    if not anchors:
        return None
    position = {element: index for index, element in enumerate(anchors[0][0].getroottree().iter("a", "area"))}
    anchors.sort(key=lambda pair: position.get(pair[0], 0))  # document order
    signature = _Signatures()
    groups = _group(_items(anchors, signature), _Labels(frozenset(element for element, _ in anchors)), signature)
    in_items = {item for group in groups if len(group.items) >= 2 for item in group.items}
    lists = [group for group in groups if len(group.items) >= 2 and not group.side_box
             and not any(ancestor in in_items for ancestor in group.items[0].iterancestors())]
    if not lists:
        return None
    prefix = _prefix(listing_path) if listing_path else "/"
    main = _main_list(lists, list(pager), prefix)
    own = set(main.urls)
    # The listing's path names its section when its own articles live below it; then a lead
    # story above the list belongs too. Otherwise (`/-/<slug>`, `?id=`) only lone links do.
    section_known = sum(_below(url, prefix) for url in own) * 2 >= len(own)
    for group in groups:
        if group is main or group.side_box:
            continue
        lone = len(group.items) == 1
        own.update(url for url in group.urls if (_below(url, prefix) if section_known else lone))
    return frozenset(own)


# -- sections --------------------------------------------------------------------------------


def _prefix(path: str) -> str:
    """A URL path unquoted, lowercased and ending in "/": what the paths below it start with."""
    path = unquote(path).lower()
    return path if path.endswith("/") else path + "/"


@lru_cache(maxsize=8192)
def _below(url: str, prefix: str) -> bool:
    """Whether an article URL lies below the listing's path (the site root says nothing)."""
    if prefix == "/":
        return False
    pieces = url.split("/", 3)
    own = _prefix("/" + pieces[3].split("?", 1)[0] if len(pieces) > 3 else "/")
    return own != prefix and own.startswith(prefix)


# -- chrome ----------------------------------------------------------------------------------


class _Chrome:
    """Whether an element sits in page chrome (memoized per ancestor: pages repeat their boxes)."""

    def __init__(self) -> None:
        self.memo: dict[Element, bool] = {}

    def __call__(self, element: Element) -> bool:
        return _climb_memoized(element.getparent(), self.memo, lambda node: True if _chrome_itself(node) else None,
                               default=False)


def _climb_memoized(start: Element | None, memo: dict[Element, V], probe: Callable[[Element], V | None], *,
                    default: V) -> V:
    """The first answer `probe` gives on `start` or an ancestor (else `default`), remembered for
    every element climbed through, so that sibling boxes of one page are climbed once."""
    climbed: list[Element] = []
    node, answer = start, default
    while node is not None:
        if node in memo:
            answer = memo[node]
            break
        climbed.append(node)
        found = probe(node)
        if found is not None:
            answer = found
            break
        node = node.getparent()
    for seen in climbed:
        memo[seen] = answer
    return answer


def _chrome_itself(node: Element) -> bool:
    tag = node.tag
    if not isinstance(tag, str):
        return False
    if tag in _CHROME_TAGS:
        return True
    if tag in _PAGE_LEVEL_TAGS:  # an <article>'s own <header> holds its headline
        return not any(isinstance(a.tag, str) and a.tag in _SECTIONING for a in node.iterancestors())
    marks = f"{node.get('class', '')} {node.get('id', '')}".lower()
    return any(word in marks for word in _CHROME_WORDS)


# -- items and lists -------------------------------------------------------------------------


class _Signatures(dict[Element, str]):
    """Tag and class names of an element, digits left out (`item-3` is `item-`); once each."""

    def __missing__(self, node: Element) -> str:
        classes = sorted({_DIGITS_RE.sub("", c) for c in (node.get("class") or "").split()} - {""})
        signature = self[node] = f"{node.tag}.{'.'.join(classes)}"
        return signature


def _items(anchors: list[tuple[Element, str]], signature: _Signatures) -> list[tuple[Element, str]]:
    """(item, URL) for each anchor, in the anchors' order (see the module docstring, 2.)."""
    under: dict[Element, set[str]] = {}  # element -> the articles linked inside it
    for element, url in anchors:
        node: Element | None = element
        while node is not None:
            urls = under.setdefault(node, set())
            if url in urls:
                break  # the rest of the way up was counted by an earlier link to this article
            urls.add(url)
            node = node.getparent()
    siblings: dict[Element, dict[str, tuple[int, set[str]]]] = {}  # parent -> signature -> (children, articles)

    def repeats(node: Element) -> bool:
        """Two or more siblings alike hold two or more articles (an image cell and a title cell
        of one article do not make a list)."""
        parent = node.getparent()
        if parent is None:
            return False
        alike = siblings.get(parent)
        if alike is None:
            alike = siblings[parent] = {}
            for child in parent:
                if child in under:
                    count, urls = alike.get(signature[child], (0, set()))
                    alike[signature[child]] = (count + 1, urls | under[child])
        count, urls = alike[signature[node]]
        return count >= 2 and len(urls) >= 2

    items = []
    for element, url in anchors:
        node = element
        while node is not None and len(under[node]) <= _MAX_ITEM_ARTICLES and not repeats(node):
            node = node.getparent()
        if node is None or len(under[node]) > _MAX_ITEM_ARTICLES:
            node = element  # in no repeated structure: the largest element holding only this article
            while (parent := node.getparent()) is not None and len(under[parent]) == 1:
                node = parent
        items.append((node, url))
    return items


def _group(items: list[tuple[Element, str]], labels: _Labels, signature: _Signatures) -> list[_List]:
    """Items by tag path from the root and box heading, in document order of their first link."""
    paths: dict[Element, tuple[str, ...]] = {}

    def tag_path(node: Element) -> tuple[str, ...]:
        chain: list[Element] = []
        cursor: Element | None = node
        while cursor is not None and cursor not in paths:
            chain.append(cursor)
            cursor = cursor.getparent()
        path = paths[cursor] if cursor is not None else ()
        for element in reversed(chain):
            path = paths[element] = path + (signature[element],)
        return path

    groups: dict[tuple[tuple[str, ...], str], _List] = {}
    for item, url in items:
        parent = item.getparent()
        label = labels(parent) if parent is not None else ""
        groups.setdefault((tag_path(item), label), _List(label)).links.append((item, url))
    return list(groups.values())


def _depth(node: Element) -> int:
    return sum(1 for _ in node.iterancestors())


def _common_depth(a: Element, b: Element) -> int:
    """Depth of the nearest common ancestor of two elements of one tree."""
    ancestors = {a, *a.iterancestors()}
    for node in (b, *b.iterancestors()):
        if node in ancestors:
            return _depth(node)
    return 0


def _main_list(lists: list[_List], pager: list[Element], prefix: str) -> _List:
    """Closest to the pager, then most articles below the listing's path, then most articles, then first."""

    def rank(index_and_list: tuple[int, _List]) -> tuple[int, int, int, int]:
        index, group = index_and_list
        first = group.items[0]
        nearness = max((_common_depth(first, link) for link in pager), default=0)
        urls = group.urls
        return nearness, sum(_below(url, prefix) for url in urls), len(urls), -index

    return max(enumerate(lists), key=rank)[1]


# -- box headings ----------------------------------------------------------------------------


class _Labels:
    """The heading of the box a list's container is: a heading among its children before the
    first that holds articles (a table's title row); else, climbing from it, the nearest earlier
    sibling that reads as a heading, passing over boxes of articles ("" when none up to the root)."""

    def __init__(self, article_anchors: frozenset[Element]) -> None:
        self.anchors = article_anchors
        self.before: dict[Element, str | None] = {}  # child -> the heading before it among its siblings
        self.climbed: dict[Element, str] = {}  # element -> the heading found climbing from it
        self.labels: dict[Element, str] = {}  # container -> its label

    def holds_articles(self, element: Element) -> bool:
        return any(a in self.anchors for a in element.iter("a", "area"))

    def __call__(self, container: Element) -> str:
        label = self.labels.get(container)
        if label is None:
            inside = self._heading_inside(container)
            label = self.labels[container] = inside if inside is not None else self._climb(container)
        return label

    def _heading_inside(self, container: Element) -> str | None:
        last = None
        for child in container:
            if not isinstance(child.tag, str):
                continue
            if self.holds_articles(child):
                break
            last = _label_text(child) or last
        return last

    def _climb(self, element: Element) -> str:
        return _climb_memoized(element, self.climbed, self._heading_before, default="")

    def _heading_before(self, node: Element) -> str | None:
        parent = node.getparent()
        if parent is None:
            return None
        if node not in self.before:
            last: str | None = None  # one pass over the siblings: the rows of a long table cost once
            for child in parent:
                self.before[child] = last
                if isinstance(child.tag, str) and not self.holds_articles(child):
                    last = _label_text(child) or last
        return self.before[node]


def _label_text(element: Element) -> str | None:
    """The text of a heading-like element: `<h1>`..`<h6>`, or a short text without links."""
    if element.tag not in _HEADINGS and next(element.iter("a"), None) is not None:
        return None
    text = " ".join("".join(element.itertext()).split())
    if not 1 <= len(text.split()) <= _MAX_LABEL_WORDS:
        return None
    return unicodedata.normalize("NFC", text).casefold()

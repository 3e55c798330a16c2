"""Title, author and publication time, read by structure.

The headline is the heading that the page's metadata (og:title, JSON-LD, <title>) names, or the
element that prints it (or the part of it that is not the site's name); when the metadata is
generic (a department's name in <title>), the heading whose words the URL's slug repeats, else
the page's one long heading, else the headline-like line just above the first paragraph. The
element that shows it anchors everything else.

The publication time is chosen among candidates, each with its source:

- `meta`: `article:published_time`, `itemprop=datePublished`, `pubdate`, hAtom's
  `abbr.published[title]`... and JSON-LD `datePublished` (never a *modified* time);
- `date_line`: the date printed with the headline, after it (before the second paragraph of the
  body) or just above it; never inside a link, a list of headlines, comments, a sidebar, the
  page header or footer ("today" in the top bar is not a publication time);
- `url`: a full date in the URL (the day only);
- `listing`: the date a listing, feed or sitemap gave for the link (passed in by the crawler).

`meta` wins, except that a `meta` date without a time of day takes the time of a `date_line` on
the same day (`meta+date_line`); then `date_line`, `url`, `listing`.
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
from ..core.textnorm import fold, squash_spaces, strip_accents
from . import rules

_META_TITLE = XPath(
    "//meta[@property='og:title' or @name='og:title' or @name='twitter:title' or @itemprop='headline']/@content"
)
_META_PUBLISHED = XPath(
    "//meta[@property='article:published_time' or @name='article:published_time' or @itemprop='datePublished'"
    " or @name='pubdate' or @name='publishdate' or @name='publish-date' or @name='PublishDate'"
    " or @name='dc.date.issued' or @name='DC.date.issued' or @property='og:published_time']/@content"
    " | //*[@itemprop='datePublished']/@datetime | //*[@itemprop='datePublished']/@content"
    # microformats (hAtom, Blogger and old WordPress themes): <abbr class="published" title="ISO">
    " | //*[@itemprop='datePublished']/@title"
    " | //abbr[contains(concat(' ', normalize-space(@class), ' '), ' published ')]/@title"
)
_META_AUTHOR = XPath("//meta[@name='author' or @property='article:author' or @name='Author']/@content")
_META_SITE = XPath("//meta[@property='og:site_name']/@content")
_JSON_LD = XPath("//script[@type='application/ld+json']/text()")
_HEADINGS = XPath("//h1 | //h2 | //h3")
_DOC_TITLE = XPath("//title/text()")
_BODY_TEXT = XPath("//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)"
                   " and not(ancestor::option) and not(ancestor::select)]")
_TITLE_SPLIT_RE = re.compile(r"\s+[-|–—:»]\s+")
_SITE_NAME_MAX_WORDS = 6
_HOSTLIKE_RE = re.compile(r"://|\b[a-z0-9-]+\.(?:vn|com|net|org|gov)\b", re.IGNORECASE)
_ARTICLE_TYPES = {"newsarticle", "article", "blogposting", "reportagenewsarticle", "webpage"}
_SLUG_WORD_RE = re.compile(r"[a-z0-9]+")
#: A heading is the headline the slug names when this share of its words are in the slug.
_SLUG_MATCH = 0.6

#: How far from the title the date line may be, in text nodes; how far a date under the body.
_BEFORE_TITLE, _AFTER_TITLE, _AFTER_BODY = 12, 60, 400
_DATE_LINE_MAX_CHARS = 200
#: Text nodes this long are body paragraphs; the date line comes before the second one.
_PARAGRAPH_WORDS = 20
_BODY_PARAGRAPH_WORDS = 25  # a text this long is the article's first paragraph, not a headline
#: Class or id words of page parts that carry other dates: comments, sidebars, lists of other
#: articles, the page's header and footer.
_OFF_ARTICLE_RE = re.compile(
    r"comment|binh-?luan|y-?kien|reply|feedback|thao-?luan|gop-?y|disqus|"
    r"sidebar|side-?bar|widget|related|lien-?quan|tin-?khac|other|"
    r"cung-?chuyen-?muc|most-?read|doc-?nhieu|tin-?moi|latest|footer|topbar|top-?bar|toolbar|masthead|"
    r"banner|header-?top|menu|navbar|breadcrumb",
    re.IGNORECASE,
)
_OFF_ARTICLE_TAGS = frozenset({"nav", "aside", "footer", "option", "select", "button", "label"})
_HEADLINE_WORDS = 4  # a link this long in a list item makes the item another article's entry


@dataclass(frozen=True)
class PageMeta:
    title: str | None
    title_element: HtmlElement | None
    published_at: datetime | None
    published_at_source: str | None  # meta, meta+date_line, date_line, url, listing; None when unknown
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


# -- the headline ----------------------------------------------------------------------------------
def _strip_site_name(title: str) -> str:
    """"Headline | NBTV" -> "Headline": drop a short part (the site's name) beside the headline."""
    parts = _TITLE_SPLIT_RE.split(title)
    if len(parts) < 2:
        return title
    longest = max(parts, key=len)
    if all(p is longest or len(p.split()) <= _SITE_NAME_MAX_WORDS for p in parts):
        return longest
    return title


def _same_title(heading: str, candidate: str) -> bool:
    a, b = fold(heading), fold(candidate)
    return a == b or (len(b) >= 20 and (a.startswith(b) or b.startswith(a)))


def _slug_words(url: str) -> set[str]:
    path = url.split("?", 1)[0].split("#", 1)[0]
    return set(_SLUG_WORD_RE.findall(strip_accents(path).lower()))


def _slug_share(text: str, slug: set[str]) -> float:
    words = _SLUG_WORD_RE.findall(strip_accents(text).lower())
    return sum(w in slug for w in words) / len(words) if words else 0.0


def _element_showing(tree: HtmlElement, title: str) -> HtmlElement | None:
    """The last element whose own text is the headline (a title printed only in a <b> or a cell)."""
    key = fold(title)
    found = None
    for node in _BODY_TEXT(tree):
        text = squash_spaces(str(node))
        if len(text) >= len(title) // 2 and fold(text) == key:
            found = node.getparent()
    if found is None:  # a headline broken over lines ("... chất<br>lượng, ..."), a cover title
        for br in tree.iter("br"):
            parent = br.getparent()
            if parent is not None and fold(squash_spaces(" ".join(parent.itertext()))) == key:
                found = parent
    return found


def _shown_part(tree: HtmlElement, title: str) -> tuple[str, HtmlElement | None]:
    """A declared title, or the part of it the page shows ("Headline - a long site name" where
    only "Headline" is printed), with the element showing it."""
    element = _element_showing(tree, title)
    if element is None:
        for part in sorted(_TITLE_SPLIT_RE.split(title), key=len, reverse=True):
            if len(part.split()) >= _HEADLINE_WORDS and (shown := _element_showing(tree, part)) is not None:
                return part, shown
    return title, element


def _line_above_body(tree: HtmlElement) -> HtmlElement | None:
    """The last headline-like line (4 to 40 words, alone in its element, not a link or a list
    entry, not in the page's frame) before the first paragraph of the page: where a page whose
    metadata names only the site prints its headline."""
    candidate = None
    for node in _BODY_TEXT(tree):
        text = squash_spaces(str(node))
        words = len(text.split())
        if not words:
            continue
        element = node.getparent()
        if element is None or _off_article(element, None) or _in_link_or_list(element):
            continue
        if _is_paragraph(text, words):
            return candidate
        if (_HEADLINE_WORDS <= words <= 40 and not text.endswith((".", ":", ";"))
                and squash_spaces(element.text_content()) == text
                and not rules.is_date_line(text)):
            candidate = element
    return None


def _one_long_heading(headings: list[tuple[HtmlElement, str]]) -> tuple[str, HtmlElement] | None:
    """The page's one long <h1> (else its one long h1-h3), printed once or several times."""
    for level in (("h1",), ("h1", "h2", "h3")):
        long_ones = [(h, text) for h, text in headings
                     if h.tag in level and len(text.split()) >= _HEADLINE_WORDS and not _off_article(h, None)]
        if long_ones and len({fold(text) for _, text in long_ones}) == 1:
            element, text = long_ones[-1]  # printed twice (page title bar, article): the article's
            return text, element
    return None


def _nearest_above_body(tree: HtmlElement, candidates: list[tuple[str, HtmlElement]]) -> tuple[str, HtmlElement]:
    """The candidate that comes last before the first paragraph (the first one if none does)."""
    if len(candidates) == 1:
        return candidates[0]
    first_paragraph = _first_paragraph(tree)
    order = {element: i for i, element in enumerate(tree.iter())}
    limit = order.get(first_paragraph, len(order)) if first_paragraph is not None else len(order)
    before = [c for c in candidates if order.get(c[1], limit) < limit]
    return max(before, key=lambda c: order[c[1]]) if before else candidates[0]


def _first_paragraph(tree: HtmlElement) -> HtmlElement | None:
    for node in _BODY_TEXT(tree):
        element = node.getparent()
        text = squash_spaces(str(node))
        if (element is not None and _is_paragraph(text, len(text.split()))
                and not _off_article(element, None) and not _in_link_or_list(element)):
            return element
    return None


def _is_paragraph(text: str, words: int) -> bool:
    """A text of the article's body: long, and a sentence (a long headline has no full stop)."""
    return words > 2 * _BODY_PARAGRAPH_WORDS or (words >= _BODY_PARAGRAPH_WORDS and text.endswith(_SENTENCE_ENDS))


_SENTENCE_ENDS = (".", "!", "?", "…", "\"", "”", ")")


def _in_link_or_list(element: HtmlElement) -> bool:
    return any(e.tag in ("a", "li", "option") for e in (element, *element.iterancestors()))


def _is_menu_label(tree: HtmlElement, text: str) -> bool:
    """The text of a link in the page's menus or breadcrumb ("Tin tức - Sự kiện"): a section's
    name, which a portlet prints as its heading and <title> repeats, not the headline."""
    if len(text.split()) > _SECTION_NAME_WORDS:
        return False  # a headline, even one its page links to itself
    key = fold(text)
    return any(fold(squash_spaces(a.text_content())) == key and _off_article(a, None) for a in tree.iter("a"))


_SECTION_NAME_WORDS = 6


def find_title(tree: HtmlElement, ld: list[dict[str, Any]], url: str = "") -> tuple[str | None, HtmlElement | None]:
    """The headline and the element that shows it (the anchor for the date line and the region)."""
    declared = [squash_spaces(t) for t in _META_TITLE(tree)]
    declared += [squash_spaces(a["headline"]) for a in ld if isinstance(a.get("headline"), str)]
    declared = [_strip_site_name(t) for t in declared if t]
    page_titles = [_strip_site_name(squash_spaces(t)) for t in _DOC_TITLE(tree)[:1] if t.strip()]
    headings = [(h, text) for h in _HEADINGS(tree) if (text := squash_spaces(h.text_content()))]

    named = [(h, text) for h, text in headings if any(_same_title(text, c) for c in (*declared, *page_titles))
             and not _is_menu_label(tree, text)]
    if named:
        # A portal may print the headline twice (page header, then article); the later one sits
        # with the article and its date line.
        element, text = named[-1]
        return text, element
    site_name: tuple[str, HtmlElement | None] | None = None
    if declared:
        text, element = _shown_part(tree, declared[0])
        if element is not None or len(text.split()) >= _HEADLINE_WORDS:
            return text, element
        # A short declared title the page does not print ("Sở Tư pháp"): the site's or the
        # section's name. The page's own headline, found by structure below, comes first.
        site_name = (text, element)
    slug = _slug_words(url)
    if slug:
        scored = [(share, h, text) for h, text in headings
                  if (share := _slug_share(text, slug)) >= _SLUG_MATCH and not _is_menu_label(tree, text)]
        if scored:
            best = max(share for share, _, _ in scored)
            _, element, text = [s for s in scored if s[0] == best][-1]
            return text, element
    # <title> may be the headline (printed in a styled cell) or the site's name, and the page's one
    # long heading the headline or a banner: of the two, the one nearer the article's first
    # paragraph is the headline.
    candidates: list[tuple[str, HtmlElement]] = []
    if page_titles:
        shown = _element_showing(tree, page_titles[0])
        if shown is not None and not _off_article(shown, None):
            candidates.append((page_titles[0], shown))
    heading = _one_long_heading(headings)
    if heading is not None and not (page_titles and _same_title(page_titles[0], heading[0])):
        candidates.append(heading)
    if candidates:
        return _nearest_above_body(tree, candidates)
    if page_titles and slug and _slug_share(page_titles[0], slug) >= _SLUG_MATCH:
        return page_titles[0], None  # the URL repeats it: the headline, though not printed as such
    if site_name is not None:
        above = _line_above_body(tree)
        return (squash_spaces(above.text_content()), above) if above is not None else site_name
    if page_titles:
        part, element = _shown_part(tree, page_titles[0])
        if element is not None:
            return part, element
        above = _line_above_body(tree)
        if above is not None:  # <title> is the site's name: the line above the first paragraph
            return squash_spaces(above.text_content()), above
        return page_titles[0], None
    h1s = [(h, text) for h, text in headings if h.tag == "h1"]
    if h1s:
        return h1s[0][1], h1s[0][0]
    return None, None


# -- the publication time --------------------------------------------------------------------------
def _off_article(element: HtmlElement | None, title_element: HtmlElement | None) -> bool:
    """Inside another article's link or list entry, comments, a sidebar, or the page's header or
    footer: places whose dates are not this article's."""
    keep_out = set(title_element.iterancestors()) if title_element is not None else set()
    while element is not None and element.tag not in ("body", "html"):
        if element in keep_out:
            return False  # the headline's own container (an article <header>) is the article's
        if element.tag in _OFF_ARTICLE_TAGS or (element.tag == "header" and title_element is not None):
            return True
        if element.tag == "a" and len(element.text_content().split()) >= _HEADLINE_WORDS + 3:
            return True  # a headline linking elsewhere ("Tin cũ hơn ... (12/03/2024)"); a permalink date is fine
        if element.tag == "li" and any(len(a.text_content().split()) >= _HEADLINE_WORDS for a in element.iter("a")):
            return True
        marks = f"{element.get('class', '')} {element.get('id', '')}"
        if marks.strip() and _OFF_ARTICLE_RE.search(marks):
            return True
        element = element.getparent()
    return False


def _holder(node: Any) -> HtmlElement | None:
    """The element a text node is in: for a tail ("<i class=icon></i> 12/05/2023"), not the
    element before it but their parent."""
    element = node.getparent()
    return element.getparent() if element is not None and getattr(node, "is_tail", False) else element


def _container_text(node: Any) -> str:
    """A text node's line: its element's whole text when short, else the node alone."""
    element = _holder(node)
    if element is not None:
        whole = squash_spaces(element.text_content())
        if len(whole) <= _DATE_LINE_MAX_CHARS:
            return whole
    return squash_spaces(str(node))


def find_date_line(tree: HtmlElement, title_element: HtmlElement | None, now: datetime | None) -> datetime | None:
    """The publication time printed with the headline ("05:02, 03/02/2023", "Thứ 6, 26.03.2021 | 14:49:57").

    Looked for after the headline up to the body's second paragraph, then just above the
    headline, then after the body's last paragraph ("Ngày đăng: ..." under the article) until the
    page leaves the article (comments, related lists, the footer). Without a headline element
    there is no place to look: a date anywhere on the page may be the header's "today".
    """
    if title_element is None:
        return None
    nodes = _BODY_TEXT(tree)
    in_title = set(title_element.iter())
    anchor = next((i for i, node in enumerate(nodes) if node.getparent() in in_title), None)
    if anchor is None:
        return None
    after, paragraphs = [], 0
    for index in range(anchor, min(len(nodes), anchor + _AFTER_TITLE)):
        if len(str(nodes[index]).split()) >= _PARAGRAPH_WORDS:
            paragraphs += 1
            if paragraphs == 2:
                break
        after.append(index)
    before = list(range(anchor - 1, max(-1, anchor - _BEFORE_TITLE - 1), -1))
    seen: set[str] = set()
    for index in after + before + _after_body(nodes, anchor, title_element):
        found = _timestamp_at(nodes[index], title_element, now, seen)
        if found is not None:
            return found
    return None


def _after_body(nodes: list[Any], anchor: int, title_element: HtmlElement) -> list[int]:
    """Text nodes after the body's last paragraph, up to where the page leaves the article."""
    last_paragraph, end = None, min(len(nodes), anchor + _AFTER_BODY)
    in_title = set(title_element.iter())
    for index in range(anchor, end):
        if nodes[index].getparent() in in_title:
            continue  # a long headline is no body paragraph
        if _off_article(nodes[index].getparent(), title_element):
            if last_paragraph is not None:
                end = index
                break
            continue
        if len(str(nodes[index]).split()) >= _PARAGRAPH_WORDS:
            last_paragraph = index
    if last_paragraph is None:
        return []
    return list(range(last_paragraph + 1, min(end, last_paragraph + 1 + _BEFORE_TITLE)))


def _timestamp_at(node: Any, title_element: HtmlElement, now: datetime | None, seen: set[str]) -> datetime | None:
    raw = str(node).strip()
    if not raw or not any(ch.isdigit() for ch in raw) or len(raw) > _DATE_LINE_MAX_CHARS:
        return None
    if _off_article(node.getparent(), title_element):
        return None
    element = node.getparent()
    machine = element.get("datetime") if element is not None and element.tag == "time" else None
    line = _container_text(node)
    if line in seen:
        return None
    seen.add(line)
    # <time datetime="..."> says it exactly; the printed text may drop the year or the time.
    found = (dates.parse_timestamp(machine, now=now) if machine else None) or dates.find_timestamp(line, now=now)
    if found is None or (now is not None and found > dates.to_vietnam(now)):
        return None
    if not machine and _at_midnight(found):
        found = _time_beside(_holder(node), found, now) or found
    return found


def _time_beside(element: HtmlElement | None, day: datetime, now: datetime | None) -> datetime | None:
    """The same day with its time, from the short line around the date's own element: the date
    and the time in sibling elements ("<span>02/02/2024</span> <span>18:30</span>")."""
    for _ in range(2):
        element = element.getparent() if element is not None else None
        if element is None:
            return None
        text = squash_spaces(element.text_content())
        if len(text) > _DATE_LINE_MAX_CHARS:
            return None
        found = dates.find_timestamp(text, now=now)
        if found is not None and found.date() == day.date() and not _at_midnight(found):
            return found
    return None


def _meta_published(tree: HtmlElement, ld: list[dict[str, Any]], now: datetime | None) -> datetime | None:
    values = [*_META_PUBLISHED(tree), *(a["datePublished"] for a in ld if isinstance(a.get("datePublished"), str))]
    for raw in values:
        found = dates.parse_timestamp(raw, now=now)
        if found is not None:
            return found
    return None


def _at_midnight(value: datetime) -> bool:
    return dates.to_vietnam(value).time() == time(0, 0)


def choose_published(
    *, meta: datetime | None, date_line: datetime | None, url_day: Any, listing: datetime | None,
) -> tuple[datetime | None, str | None]:
    """The publication time and the source it came from (see the module docstring)."""
    if meta is not None:
        if date_line is not None and _at_midnight(meta) and not _at_midnight(date_line) and (
                dates.to_vietnam(meta).date() == dates.to_vietnam(date_line).date()):
            return date_line, "meta+date_line"
        return dates.to_vietnam(meta), "meta"
    if date_line is not None:
        return date_line, "date_line"
    if url_day is not None:
        return datetime.combine(url_day, time(0, 0), tzinfo=VIETNAM_TZ), "url"
    if listing is not None:
        return dates.to_vietnam(listing), "listing"
    return None, None


def read_meta(tree: HtmlElement, url: str, *, now: datetime | None = None,
              listed_at: datetime | None = None) -> PageMeta:
    """`now`: when the page was fetched (dates after it are not publication times; it picks the
    century of two-digit years). `listed_at`: the date a listing, feed or sitemap gave the link."""
    ld = list(_json_ld_articles(tree))
    title, title_element = find_title(tree, ld, url)
    published_at, source = choose_published(
        meta=_meta_published(tree, ld, now),
        date_line=find_date_line(tree, title_element, now),
        url_day=dates.date_from_url(url),
        listing=listed_at,
    )
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
        published_at_source=source,
        author=author,
        site_name=site_names[0] if site_names else None,
    )

"""The article body: trafilatura finds it, portal and generic rules clean what it leaves in.

Choices made deliberately:
- `include_comments=False`: reader comments are never article text.
- `include_tables=True`: data tables in an article carry figures the monitor tracks, and old
  portal templates lay the whole page out in tables (dropping tables would drop the article).
  Contact/hotline tables are removed before extraction and layout tables become plain blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura
from lxml.etree import XPath
from lxml.html import HtmlElement

from ..core import dates
from ..core.textnorm import fold, nfc, squash_spaces
from ..portals import Portal
from . import rules

_PHONE_OR_EMAIL_RE = re.compile(r"(?:\+?84|0)\d{2,3}[ .-]?\d{3}[ .-]?\d{3,4}|[\w.+-]+@[\w-]+\.[\w.]+")
_LAYOUT_MARKERS = XPath(".//table | .//p | .//div | .//h1 | .//h2")
_TABLES = XPath("//table")
_ROWS = XPath("./tr | ./tbody/tr | ./thead/tr")
_CELLS = XPath("./td | ./th")
_BLOCK_CHILDREN = XPath("./p | ./div | ./table | ./ul | ./ol | ./section | ./article")
_MIN_PARAGRAPH_CHARS = 25
_MIN_LINKS_IN_LIST, _LINK_DENSITY = 3, 0.6

#: Lines before the first paragraph of at least this many words are header material, never body.
_FIRST_PARAGRAPH_WORDS = 12
#: How many final lines may follow a labelled signature.
_SIGNATURE_WINDOW = 12


@dataclass(frozen=True)
class Body:
    paragraphs: list[str]
    author: str | None  # from a signature line at the end, if any


def _prepare(tree: HtmlElement, portal: Portal | None) -> None:
    """Remove contact tables and portal-specific chrome; turn layout tables into blocks. In place."""
    if portal is not None:
        for expression in portal.drop_xpath:
            for element in tree.xpath(expression):
                element.drop_tree()
    for table in _TABLES(tree):
        if table.getparent() is None:
            continue
        text = table.text_content()
        if len(_PHONE_OR_EMAIL_RE.findall(text)) >= 2:
            table.drop_tree()
        elif _LAYOUT_MARKERS(table) or all(len(_CELLS(row)) <= 1 for row in _ROWS(table)):
            # A table holding paragraphs or other tables, or one cell per row (an image and its
            # caption), is page layout, not data.
            for element in table.iter("table", "tbody", "thead", "tr", "td", "th"):
                element.tag = "div"


def _own_text_length(element: HtmlElement) -> int:
    """Characters of text in `element` that are not inside links."""
    total = len(element.text_content())
    for link in element.iter("a"):
        total -= len(link.text_content())
    return total


def _text_container(tree: HtmlElement) -> HtmlElement | None:
    """The element whose direct paragraph children hold the most non-link text: the article body.

    Readability's insight, kept small: body text comes in runs of sibling paragraphs, chrome in
    links and short lines. Paragraphs are `<p>`, or `<div>`s that hold text and no other blocks.
    """
    scores: dict[HtmlElement, int] = {}
    for element in tree.iter("p", "div"):
        if element.tag == "div" and _BLOCK_CHILDREN(element):
            continue
        length = _own_text_length(element)
        if length < _MIN_PARAGRAPH_CHARS:
            continue
        parent = element.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + length
    return max(scores, key=scores.__getitem__) if scores else None


def article_region(tree: HtmlElement, title_element: HtmlElement | None) -> HtmlElement:
    """The smallest subtree holding both the headline and the body text (sapo and captions too).

    Footers, sidebars and menus outside it never reach trafilatura, whatever their markup.
    """
    container = _text_container(tree)
    if container is None:
        return tree
    region = container
    if title_element is not None:
        ancestors = set(title_element.iterancestors())
        region = next((a for a in container.iterancestors() if a in ancestors), container)
        if region.tag in ("body", "html"):
            region = container.getparent() if container.getparent() is not None else container
    return region


def _drop_link_lists(region: HtmlElement) -> None:
    """Remove blocks made of links (related news, tags, share bars) from the article region."""
    for element in list(region.iter("ul", "ol", "div", "section", "aside", "nav", "table")):
        if element is region or element.getparent() is None:
            continue
        links = element.findall(".//a")
        if len(links) < _MIN_LINKS_IN_LIST:
            continue
        text = len(element.text_content().strip())
        link_text = sum(len(a.text_content().strip()) for a in links)
        if text and link_text / text >= _LINK_DENSITY:
            element.drop_tree()


def _expose_article_parts(region: HtmlElement) -> None:
    """Make the article's own parts look like what trafilatura keeps.

    Inside the article a <header> holds the headline and sapo, a <figure> a caption, and a text
    <div> with no blocks inside is a paragraph (many CMSes print the sapo so): trafilatura drops
    such elements as page furniture elsewhere, so here they become plain <div>s and <p>s.
    """
    for element in list(region.iter("header", "figure", "figcaption", "div")):
        if element.tag == "div":
            if not _BLOCK_CHILDREN(element) and _own_text_length(element) >= _MIN_PARAGRAPH_CHARS:
                element.tag = "p"
        else:
            element.tag = "p" if element.tag == "figcaption" else "div"


def _trafilatura_lines(tree: HtmlElement, url: str) -> list[str]:
    # The tree is already cut down to the article region, so recall is the right trade-off here:
    # it keeps the sapo and captions that sit beside the body container.
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        include_comments=False,
        include_tables=True,
        include_images=False,
        favor_recall=True,
        with_metadata=False,
    )
    if document is None or not document.text:
        return []
    # NFC again: character references in the page (&#769;) can bring back combining marks.
    return [nfc(squash_spaces(line)) for line in document.text.splitlines()]


def _is_date_line(line: str) -> bool:
    """A line that is a timestamp and little else ("Thứ 6, 26.03.2021 | 14:49:57")."""
    if len(line) > 80 or dates.find_timestamp(line) is None:
        return False
    words = [w for w in re.split(r"[\s|,]+", line) if w and not any(ch.isdigit() for ch in w)]
    return len(words) <= 6


def _is_labelled_byline(line: str, portal_bylines: tuple[re.Pattern[str], ...]) -> bool:
    """A signature with a label ("Tin, ảnh: ...", "... (nbtv.vn)"): safe to cut after."""
    return any(p.search(line) for p in (*portal_bylines, *rules.BYLINES))


def clean_lines(lines: list[str], *, title: str | None, portal: Portal | None) -> Body:
    """Apply the text rules to trafilatura's lines; pure, so it is tested on plain lists."""
    portal_chrome = portal.boilerplate if portal else ()
    portal_bylines = portal.byline if portal else ()
    title_key = fold(title) if title else None

    split: list[str] = []
    for line in lines:
        if line:
            split.extend(rules.split_glued(line))

    kept: list[str] = []
    seen: set[str] = set()
    started = False
    for line in split:
        if rules.is_chrome(line, portal_chrome):
            continue
        if started and rules.is_tail_marker(line):
            break
        key = fold(line)
        if key == title_key or key in seen:
            continue
        if not started:
            if _is_date_line(line):
                continue
            if len(line.split()) < _FIRST_PARAGRAPH_WORDS and not line.endswith((".", "…", "!", "?", ":")):
                # breadcrumbs, category labels, sidebar titles before the article starts
                continue
            started = True
        seen.add(key)
        kept.append(line)

    author = None
    # Whatever follows a signature near the end is page furniture (related lists, share bars).
    for index in range(len(kept) - 1, max(0, len(kept) - _SIGNATURE_WINDOW) , -1):
        name = rules.byline_author(kept[index], portal_bylines)
        if name is not None and _is_labelled_byline(kept[index], portal_bylines):
            author, kept = name, kept[:index]
            break
    while kept:
        last = kept[-1]
        if rules.SOURCE_LINE.match(last) and len(kept) > 1:
            kept.pop()
            continue
        name = rules.byline_author(last, portal_bylines)
        if name is not None and len(kept) > 1:
            author = author or name
            kept.pop()
            continue
        if _is_date_line(last):
            kept.pop()
            continue
        break
    return Body(paragraphs=kept, author=author)


def extract_body(
    tree: HtmlElement, url: str, *, title: str | None, title_element: HtmlElement | None, portal: Portal | None
) -> Body:
    """Clean body paragraphs of the page. Mutates `tree`: call it after reading metadata."""
    _prepare(tree, portal)
    region = article_region(tree, title_element)
    _drop_link_lists(region)
    _expose_article_parts(region)
    body = tree.find("body")
    if body is not None and region is not body and body in region.iterancestors():
        # Move the region up first, then drop the rest: removing an ancestor of the region while
        # it still holds it leaks that subtree's memory in lxml (about 100 KB a page).
        body.append(region)
        for child in list(body):
            if child is not region:
                body.remove(child)
    return clean_lines(_trafilatura_lines(tree, url), title=title, portal=portal)

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

from .. import dates
from ..portals import Portal
from ..textnorm import fold, squash_spaces
from . import rules

_PHONE_OR_EMAIL_RE = re.compile(r"(?:\+?84|0)\d{2,3}[ .-]?\d{3}[ .-]?\d{3,4}|[\w.+-]+@[\w-]+\.[\w.]+")
_LAYOUT_MARKERS = XPath(".//table | .//p | .//div | .//h1 | .//h2")
_TABLES = XPath("//table")

#: Lines before the first paragraph of at least this many words are header material, never body.
_FIRST_PARAGRAPH_WORDS = 12


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
        elif _LAYOUT_MARKERS(table):
            # A table holding paragraphs or other tables is page layout, not data.
            for element in table.iter("table", "tbody", "thead", "tr", "td", "th"):
                element.tag = "div"


def _trafilatura_lines(tree: HtmlElement, url: str) -> list[str]:
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        include_comments=False,
        include_tables=True,
        include_images=False,
        with_metadata=False,
    )
    if document is None or not document.text:
        return []
    return [squash_spaces(line) for line in document.text.splitlines()]


def _is_date_line(line: str) -> bool:
    """A line that is a timestamp and little else ("Thứ 6, 26.03.2021 | 14:49:57")."""
    if len(line) > 80 or dates.find_timestamp(line) is None:
        return False
    words = [w for w in re.split(r"[\s|,]+", line) if w and not any(ch.isdigit() for ch in w)]
    return len(words) <= 6


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


def extract_body(tree: HtmlElement, url: str, *, title: str | None, portal: Portal | None) -> Body:
    """Clean body paragraphs of the page. Mutates `tree`: call it after reading metadata."""
    _prepare(tree, portal)
    return clean_lines(_trafilatura_lines(tree, url), title=title, portal=portal)

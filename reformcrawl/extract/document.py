"""Parse a page once; every later step reads the same tree."""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring

from .errors import NotHtml

_XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_PARSER = HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False)


def parse_html(text: str) -> HtmlElement:
    """An lxml tree for `text`; truncated or malformed markup is recovered, not refused."""
    if "<" not in text[:65536]:
        raise NotHtml("input has no HTML markup")
    # lxml refuses str input that carries an XML encoding declaration.
    text = _XML_DECLARATION_RE.sub("", text, count=1)
    try:
        tree = document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise NotHtml(f"input cannot be parsed as HTML ({exc})") from None
    if tree is None:
        raise NotHtml("input cannot be parsed as HTML")
    return tree


def text_of(element: HtmlElement) -> str:
    """Visible text of an element, whitespace collapsed."""
    return " ".join(element.text_content().split())

"""The article body: trafilatura's text of the page, kept to the article region when both agree.

The path every page takes, and why it cannot be worse than the library it wraps:

1. The tree is prepared: portal drop rules, hotline/contact tables removed, layout tables turned
   into blocks (old portals lay the whole page out in nested tables).
2. The *article region* is found by structure: the element whose paragraphs hold the most
   non-link text, joined with the headline (`article_region`). Inside it, link lists (related
   news) are dropped and the sapo, captions and text `<div>`s are made to look like paragraphs.
3. trafilatura extracts the whole page once (`favor_precision`, no comments, tables kept).
4. Self-check: its lines that lie in the region are kept when they hold at least half of its prose
   (lines of 20+ words) -- the path `region`. Otherwise the region is not the article (a layout
   nobody here has seen) and trafilatura's own text is kept -- the path `page`, low confidence.
   With no text either way, trafilatura runs once more in its default mode.
5. The text rules (`clean_lines`) remove chrome lines, repeated paragraphs and signatures.

Choices made deliberately:
- `include_comments=False`: reader comments are never article text.
- `include_tables=True`: data tables in an article carry figures the monitor tracks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura
from lxml.etree import XPath
from lxml.html import HtmlElement

from ..core.textnorm import fold, nfc, squash_spaces
from ..portals import Portal
from . import rules

_PHONE_OR_EMAIL_RE = re.compile(r"(?:\+?84|0)\d{2,3}[ .-]?\d{3}[ .-]?\d{3,4}|[\w.+-]+@[\w-]+\.[\w.]+")
_LAYOUT_MARKERS = XPath(".//table | .//p | .//div | .//h1 | .//h2")
_TABLES = XPath("//table")
_ROWS = XPath("./tr | ./tbody/tr | ./thead/tr")
_CELLS = XPath("./td | ./th")
#: Elements that start a block of their own: a <div> holding one of them is not a paragraph.
_BLOCK_TAGS = frozenset({
    "p", "div", "table", "ul", "ol", "dl", "section", "article", "main", "aside", "header", "footer",
    "nav", "figure", "form", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "center", "details",
    "fieldset", "address",
})
_MIN_PARAGRAPH_CHARS = 25
#: A contact table holds at most this many characters per phone number or e-mail address.
_CONTACT_CHARS = 150
_MIN_LINKS_IN_LIST, _LINK_DENSITY = 3, 0.6

#: Lines before the first paragraph of at least this many words are header material, never body.
_FIRST_PARAGRAPH_WORDS = 12
#: A line printed twice is dropped the second time when it is this long (a lead printed twice)
#: or follows itself (a caption under the image and again below it); other short lines (a
#: question, a subheading) may repeat in an article.
_REPEATED_WORDS = 12
#: How many final lines may follow a labelled signature.
_SIGNATURE_WINDOW = 12


REGION, PAGE, NONE = "region", "page", "none"
#: trafilatura's lines in the region must hold at least this share of its prose.
_AGREEMENT = 0.5
#: Lines of at least this many words are prose (not menus, headlines or counters).
_PROSE_WORDS = 20
_WORD_RE = re.compile(r"\w+")


@dataclass(frozen=True)
class Body:
    paragraphs: list[str]
    author: str | None  # from a signature line at the end, if any
    path: str = NONE  # REGION, PAGE or NONE (see the module docstring)
    agreement: float = 0.0  # the share of trafilatura's prose inside the article region

    @property
    def confident(self) -> bool:
        """The structure and trafilatura agree on where the article is."""
        return self.path == REGION and bool(self.paragraphs)


def _is_contact_table(table: HtmlElement) -> bool:
    """A hotline or contact table: phones and e-mails with little else, and no table inside it
    (a layout table that holds the whole page holds the footer's phone numbers too)."""
    if table.find(".//table") is not None:
        return False
    text = table.text_content()
    contacts = len(_PHONE_OR_EMAIL_RE.findall(text))
    return contacts >= 2 and len(text.strip()) <= _CONTACT_CHARS * contacts


def _prepare(tree: HtmlElement, portal: Portal | None) -> None:
    """Remove contact tables and portal-specific chrome; turn layout tables into blocks. In place."""
    if portal is not None:
        for expression in portal.drop_xpath:
            for element in tree.xpath(expression):
                element.drop_tree()
    for table in _TABLES(tree):
        if table.getparent() is None:
            continue
        if _is_contact_table(table):
            table.drop_tree()
        elif _LAYOUT_MARKERS(table) or all(len(_CELLS(row)) <= 1 for row in _ROWS(table)):
            # A table holding paragraphs or other tables, or one cell per row (an image and its
            # caption), is page layout, not data.
            for element in table.iter("table", "tbody", "thead", "tr", "td", "th"):
                element.tag = "div"


_SUBHEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _has_blocks(element: HtmlElement) -> bool:
    return any(child.tag in _BLOCK_TAGS for child in element)


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
        if element.tag == "div" and _has_blocks(element):
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

    Inside the article a <header> holds the headline and sapo, a <figure> a caption, a text <div>
    with no blocks inside is a paragraph, and so is a heading of 20 words (many CMSes print the
    sapo so): trafilatura drops such elements as page furniture elsewhere, so here they become
    plain <div>s and <p>s.
    """
    for element in list(region.iter("p", "div", "span", "td", "dd", "em", "small")):
        if _is_caption(element):
            # trafilatura drops "caption" classes (the caption's, its box's) and a short line under
            # a picture as furniture; a picture's caption is part of the article
            # (and a box whose picture is a link counts as a link list)
            for holder in (element, *list(element.iterancestors())[:_CAPTION_BOX_DEPTH]):
                if holder is element or _CAPTION_MARKS_RE.search(f"{holder.get('class', '')} {holder.get('id', '')}"):
                    for attribute in ("class", "id"):
                        holder.attrib.pop(attribute, None)
                if holder is not element:
                    for link in [a for a in holder.iter("a") if not a.text_content().strip() and next(a.iter("img"), None) is not None]:
                        link.drop_tag()
            if element.tag != "em":
                element.tag = "p"
    for element in list(region.iter("header", "figure", "figcaption", "div", *_SUBHEADINGS)):
        if element.tag == "div":
            if not _has_blocks(element) and _own_text_length(element) >= _MIN_PARAGRAPH_CHARS:
                element.tag = "p"
        elif element.tag in _SUBHEADINGS:
            if not _has_blocks(element) and len(element.text_content().split()) >= _PROSE_WORDS:
                element.tag = "p"  # a "heading" of 20 words is a paragraph: the sapo, set large
        else:
            element.tag = "p" if element.tag == "figcaption" else "div"


_CAPTION_MARKS_RE = re.compile(r"caption|chu-?thich|image[_-]?desc|img[_-]?desc|photo[_-]?desc|desc-?img", re.I)
_CAPTION_WORDS = (2, 60)
_CAPTION_BOX_DEPTH = 3  # how far up the box holding a caption and its picture may be


def _is_caption(element: HtmlElement) -> bool:
    """A short Vietnamese text under a picture: marked as a caption in a figure-like box holding
    an image, or the text right after an element that is a picture alone. (Vietnamese portals
    count a photo's caption as article text; the English press, like the sapo, does not.)"""
    marks = f"{element.get('class', '')} {element.get('id', '')}"
    if _CAPTION_MARKS_RE.search(marks):
        beside_picture = any(next(box.iter("img"), None) is not None
                             for box in list(element.iterancestors())[:_CAPTION_BOX_DEPTH])
    else:
        before = element.getprevious()
        beside_picture = (element.tag == "p" and before is not None and next(before.iter("img"), None) is not None
                          and not before.text_content().strip())
    if not beside_picture or _has_blocks(element) or any(a.tag == "a" for a in element.iterancestors()):
        return False
    text = element.text_content()
    return _CAPTION_WORDS[0] <= len(text.split()) <= _CAPTION_WORDS[1] and _is_vietnamese(text)


def _trafilatura_lines(tree: HtmlElement, url: str, *, precision: bool) -> list[str]:
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        include_comments=False,
        include_tables=True,
        include_images=False,
        favor_precision=precision,
        # trafilatura's own second opinion (readability, justext) costs a third of its time; the
        # region self-check and the default-mode retry play that part here.
        fast=True,
        with_metadata=False,
    )
    if document is None or not document.text:
        return []
    # NFC again: character references in the page (&#769;) can bring back combining marks.
    lines = (nfc(squash_spaces(line)) for line in document.text.splitlines())
    return [line for line in lines if line]


def _lead_before(region: HtmlElement, title_element: HtmlElement | None, kept: list[str]) -> list[str]:
    """Prose paragraphs between the headline and trafilatura's first line, which it left out:
    the sapo, which Vietnamese CMSes print apart from the body (its own box, a larger font) and
    which is the article's first paragraph. Vietnamese text only: an English page's standfirst or
    deck there is, by that press's convention, not part of the article body."""
    prose = [line for line in kept if len(line.split()) >= _PROSE_WORDS]
    if title_element is None or not prose:
        return []
    first = _flat(prose[0])  # the body's first paragraph (not a label or a date line before it)
    present = {_flat(line) for line in kept}
    lead: list[str] = []
    after_title = False
    for element in region.iter():
        if element is title_element:
            after_title = True
            continue
        if not after_title or not isinstance(element.tag, str) or element.tag not in ("p", "div", "td", "span"):
            continue
        if title_element in element.iterancestors() or (element.tag != "p" and _has_blocks(element)):
            continue  # a container: its paragraphs come next
        text = squash_spaces(element.text_content())
        if first in _flat(text) or _flat(text) in first:
            return lead
        if (len(text.split()) >= _PROSE_WORDS and text.endswith((".", "!", "?", "”"))
                and not text.endswith("...")  # a list entry's cut snippet, never the sapo
                and not any(a.tag == "a" for a in element.iterancestors())
                and _own_text_length(element) > len(text) // 2
                and not (lead and _flat(text) in _flat(lead[-1])) and _flat(text) not in present
                and _is_vietnamese(text)):
            lead.append(nfc(text))
    return []  # the first line was never met: the order is not the page's, add nothing


_VIETNAMESE_LETTERS = frozenset("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")


def _is_vietnamese(text: str) -> bool:
    """Most words carry a Vietnamese letter (a tone or a vowel mark): a Vietnamese sentence."""
    words = text.lower().split()
    return bool(words) and sum(any(ch in _VIETNAMESE_LETTERS for ch in w) for w in words) >= len(words) // 3


def _flat(text: str) -> str:
    """Lowercase, every run of whitespace one space: the same text compared across markup (both
    sides come from the same page, so no further normalization is needed)."""
    return " ".join(text.lower().split())


def _in_region(lines: list[str], region_text: str) -> tuple[list[str], float]:
    """The lines that lie in the region, and the share of trafilatura's prose they hold.

    A line lies in the region when it is part of the region's text (`region_text` is folded, one
    space between words); a table row, which trafilatura writes with "|" between cells, when
    every cell is.
    """
    kept, prose, kept_prose = [], 0, 0
    for line in lines:
        words = _WORD_RE.findall(line)
        if not words:
            continue
        if "|" in line:
            cells = [_flat(cell) for cell in line.split("|")]
            inside = all(cell in region_text for cell in cells if cell)
        else:
            inside = _flat(line) in region_text
        if inside:
            kept.append(line)
        if len(line.split()) >= _PROSE_WORDS:
            prose += len(words)
            kept_prose += len(words) if inside else 0
    return kept, (kept_prose / prose if prose else (1.0 if kept else 0.0))


_HEADLINE_REACH = 8  # lines: what comes before a headline this early is the page's header


def _from_the_headline(lines: list[str], title_key: str | None) -> list[str]:
    """The lines from the headline on, when it is printed among the first lines and only short
    lines (a site name, a breadcrumb, a section label) come before it."""
    if title_key is None:
        return lines
    for index, line in enumerate(lines[:_HEADLINE_REACH]):
        if fold(line) == title_key:
            if all(len(before.split()) < _PROSE_WORDS for before in lines[:index]):
                return lines[index:]
            break
    return lines


def _is_labelled_byline(line: str, portal_bylines: tuple[re.Pattern[str], ...]) -> bool:
    """A signature with a label ("Tin, ảnh: ...", "... (nbtv.vn)"): safe to cut after."""
    return any(p.search(line) for p in (*portal_bylines, *rules.BYLINES))


def _without_pull_quotes(lines: list[str]) -> list[str]:
    """Drop a line that repeats a sentence of another, longer line (a pull quote set large in a
    long-form article, quotation marks added): the text is already there."""
    keys = [fold(line) for line in lines]
    kept = []
    for index, line in enumerate(lines):
        core = keys[index].strip(" “”\"'‘’«»-–—").removesuffix("...").rstrip("…")
        if len(core.split()) >= _REPEATED_WORDS and any(
                j != index and len(other) > len(core) and core in other for j, other in enumerate(keys)):
            continue
        kept.append(line)
    return kept


def clean_lines(lines: list[str], *, title: str | None, portal: Portal | None) -> Body:
    """Apply the text rules to trafilatura's lines; pure, so it is tested on plain lists."""
    portal_chrome = portal.boilerplate if portal else ()
    portal_bylines = portal.byline if portal else ()
    title_key = fold(title) if title else None

    split: list[str] = []
    for line in lines:
        if line:
            split.extend(rules.split_glued(line))
    split = _from_the_headline(split, title_key)

    kept: list[str] = []
    seen: set[str] = set()
    started = False
    for line in split:
        if rules.is_chrome(line, portal_chrome):
            continue
        if started and rules.is_tail_marker(line):
            break
        key = fold(line)
        repeated = key in seen and (len(line.split()) >= _REPEATED_WORDS or (kept and fold(kept[-1]) == key))
        if key == title_key or repeated:
            continue
        if rules.is_date_line(line) and rules.byline_author(line, portal_bylines) is None:
            continue  # a date line ("Thứ tư, 19/07/2023 | Lượt xem: 557") is never article text
        if not started:
            if len(line.split()) < _FIRST_PARAGRAPH_WORDS and not line.endswith((".", "…", "!", "?", ":")):
                # breadcrumbs, category labels, sidebar titles before the article starts
                continue
            started = True
        seen.add(key)
        kept.append(line)

    kept = _without_pull_quotes(kept)
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
        if rules.is_date_line(last):
            kept.pop()
            continue
        break
    return Body(paragraphs=kept, author=author)


def extract_body(
    tree: HtmlElement, url: str, *, title: str | None, title_element: HtmlElement | None, portal: Portal | None
) -> Body:
    """Clean body paragraphs of the page. Mutates `tree`: call it after reading metadata."""
    _prepare(tree, portal)
    region: HtmlElement | None = article_region(tree, title_element)
    region_text = ""
    if region is not None and region.tag not in ("html", "body"):
        _drop_link_lists(region)
        _expose_article_parts(region)
        region_text = _flat(region.text_content())
    lines = _trafilatura_lines(tree, url, precision=True)
    path, agreement = PAGE, 0.0
    if region_text:
        kept, agreement = _in_region(lines, region_text)
        if kept and agreement >= _AGREEMENT:
            # The sapo may sit outside the region, between the headline and it (a long-form cover).
            outside = title_element is not None and region not in title_element.iterancestors()
            lines, path = _lead_before(tree if outside else region, title_element, kept) + kept, REGION
    if path == PAGE and lines:
        # The sapo may sit apart from the body in any layout (a long-form cover): look for it
        # between the headline and the first line kept, over the whole page.
        lines = _lead_before(tree, title_element, lines) + lines
    body = clean_lines(lines, title=title, portal=portal)
    if not body.paragraphs:
        # Precision mode found nothing worth keeping: the library's default mode, once.
        path = PAGE
        body = clean_lines(_trafilatura_lines(tree, url, precision=False), title=title, portal=portal)
    return Body(body.paragraphs, body.author, path if body.paragraphs else NONE, agreement)

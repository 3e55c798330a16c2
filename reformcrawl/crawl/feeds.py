"""Sitemaps, robots.txt and RSS/Atom feeds: the URLs a portal lists about itself.

Pure parsing, no fetching. Inputs come from the network, so they are treated as hostile:

- gzip bodies (magic `1f 8b`) are inflated with a cap (`MAX_DECOMPRESSED_BYTES`, 50 MB); larger
  documents are refused with ValueError rather than filling memory;
- XML is parsed with entity resolution, DTD loading and network access off, so an external entity
  (`<!ENTITY x SYSTEM "file:///etc/passwd">`) is never read and an entity-built value is dropped;
- malformed XML gives what libxml2 can recover; input with nothing recoverable, or a document of
  the wrong kind (an HTML error page), raises ValueError saying what was wrong.

Dates: sitemap `<lastmod>` and Atom dates are W3C/ISO 8601; RSS `<pubDate>` is RFC 822. A date
without a zone is Vietnam time, like every time shown on the portals; a few Vietnamese feeds write
`03/02/2023 05:02` (day first), which is accepted too. Unreadable dates become None.
"""

from __future__ import annotations

import email.utils
import html
import re
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import urljoin

from lxml import etree

from ..config import VIETNAM_TZ

__all__ = [
    "MAX_DECOMPRESSED_BYTES",
    "FeedItem",
    "Sitemap",
    "parse_feed",
    "parse_sitemap",
    "sitemaps_from_robots",
]

#: Largest sitemap or feed accepted, after gzip decompression.
MAX_DECOMPRESSED_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Sitemap:
    """A `<urlset>` (`urls`: (loc, lastmod) pairs) or a `<sitemapindex>` (`children`: sitemap URLs)."""

    urls: tuple[tuple[str, datetime | None], ...] = ()
    children: tuple[str, ...] = ()


@dataclass(frozen=True)
class FeedItem:
    link: str
    title: str
    published: datetime | None


# -- robots.txt ----------------------------------------------------------------------------

_ROBOTS_SITEMAP_RE = re.compile(r"^\s*sitemap\s*:\s*(\S+)", re.IGNORECASE | re.MULTILINE)


def sitemaps_from_robots(robots_txt: str, base_url: str) -> list[str]:
    """Sitemap URLs named by `Sitemap:` lines (any case), relative ones resolved against `base_url`.

    Order kept, duplicates and non-http(s) values dropped.
    """
    found: list[str] = []
    for match in _ROBOTS_SITEMAP_RE.finditer(robots_txt.lstrip("\ufeff")):
        url = urljoin(base_url, match.group(1))
        if url.startswith(("http://", "https://")) and url not in found:
            found.append(url)
    return found


# -- bytes to XML --------------------------------------------------------------------------


def _inflate(data: bytes, what: str) -> bytes:
    """`data`, gunzipped when it is gzip; refuses documents over MAX_DECOMPRESSED_BYTES."""
    limit = MAX_DECOMPRESSED_BYTES
    if data[:2] != b"\x1f\x8b":
        if len(data) > limit:
            raise ValueError(f"{what} is {len(data) / 2**20:.0f} MB, over the {limit // 2**20} MB limit")
        return data
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise ValueError(f"{what} is gzip-compressed but corrupt ({exc})") from None
    if len(out) > limit:
        raise ValueError(f"{what} is over the {limit // 2**20} MB limit once decompressed; refused")
    if not out and not inflater.eof:
        raise ValueError(f"{what} is gzip-compressed but corrupt or truncated (nothing decompressed)")
    return out


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        recover=True,
        remove_comments=True,
        remove_pis=True,
    )


def _xml_root(data: bytes, what: str) -> etree._Element:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    data = data.lstrip()
    if not data:
        raise ValueError(f"{what} is empty")
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"{what} is not readable XML: {exc}") from None
    if root is None:
        raise ValueError(f"{what} is not XML: nothing could be recovered from {data[:40]!r}")
    return root


def _complete(entries: list[etree._Element], data: bytes, root: etree._Element, name: str) -> list[etree._Element]:
    """`entries`, less a last one cut off when the input is truncated (its closing tag never came).

    Only truncated input (no closing root tag at the end) is trimmed: elsewhere an unclosed
    entry is a sloppy writer, and libxml2's recovery of it is kept.
    """
    if re.search(rb"</(?:[\w.-]+:)?" + _local(root).encode() + rb"\s*>\s*$", data):
        return entries
    closed = len(re.findall(rb"</(?:[\w.-]+:)?" + name.encode() + rb"\s*>", data))
    return entries[:closed] if closed < len(entries) else entries


def _local(element: etree._Element) -> str:
    tag = element.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    return [child for child in element if _local(child) == name]


def _text(element: etree._Element | None) -> str:
    """Stripped text of an element; "" when any part of it came from an entity reference."""
    if element is None:
        return ""
    if any(isinstance(node, etree._Entity) for node in element.iter()):
        return ""
    return " ".join("".join(element.itertext()).split())


def _first_text(element: etree._Element, *names: str) -> str:
    for name in names:
        for child in _children(element, name):
            text = _text(child)
            if text:
                return text
    return ""


# -- dates ---------------------------------------------------------------------------------

_DMY_RE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\D+?(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?")


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=VIETNAM_TZ)


def _iso_date(text: str) -> datetime | None:
    """W3C datetime / ISO 8601 (`2023`, `2023-07`, `2023-07-19`, `2023-07-19T15:20:00+07:00`, `...Z`)."""
    text = text.strip()
    if re.fullmatch(r"\d{4}", text):
        text += "-01-01"
    elif re.fullmatch(r"\d{4}-\d{2}", text):
        text += "-01"
    try:
        return _aware(datetime.fromisoformat(text))
    except ValueError:
        return None


def _rfc822_date(text: str) -> datetime | None:
    parsed = email.utils.parsedate_tz(text.strip())
    if parsed is None:
        return None
    *fields, offset = parsed
    try:
        naive = datetime(*fields[:6])
    except (ValueError, TypeError):
        return None
    if offset is None:
        return naive.replace(tzinfo=VIETNAM_TZ)
    return naive.replace(tzinfo=timezone(timedelta(seconds=offset)))


def _dmy_date(text: str) -> datetime | None:
    match = _DMY_RE.search(text)
    if not match:
        return None
    day, month, year, hour, minute, second = (int(g) if g else 0 for g in match.groups())
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=VIETNAM_TZ)
    except ValueError:
        return None


def _any_date(text: str) -> datetime | None:
    if not text:
        return None
    return _rfc822_date(text) or _iso_date(text) or _dmy_date(text)


# -- sitemaps ------------------------------------------------------------------------------


def parse_sitemap(data: bytes) -> Sitemap:
    """A sitemap (`<urlset>`), a sitemap index (`<sitemapindex>`) or a plain-text list of URLs.

    Raises ValueError for empty, oversized, corrupt or non-sitemap input (see the module docstring).
    """
    data = _inflate(data, "sitemap")
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped and not stripped.startswith(b"<"):
        return _text_sitemap(stripped)
    root = _xml_root(data, "sitemap")
    kind = _local(root)
    if kind == "urlset":
        urls: dict[str, datetime | None] = {}
        for entry in _complete(list(root.iter("{*}url")), data, root, "url"):
            loc = _first_text(entry, "loc")
            if not loc.startswith(("http://", "https://")) or loc in urls:
                continue
            lastmod = _first_text(entry, "lastmod")
            if not lastmod:  # Google News sitemaps date each URL in <news:publication_date>
                for news in _children(entry, "news"):
                    lastmod = _first_text(news, "publication_date")
            urls[loc] = _iso_date(lastmod) if lastmod else None
        return Sitemap(urls=tuple(urls.items()))
    if kind == "sitemapindex":
        children: list[str] = []
        for entry in _complete(list(root.iter("{*}sitemap")), data, root, "sitemap"):
            loc = _first_text(entry, "loc")
            if loc.startswith(("http://", "https://")) and loc not in children:
                children.append(loc)
        return Sitemap(children=tuple(children))
    raise ValueError(f"not a sitemap: the root element is <{kind or root.tag}>, not <urlset> or <sitemapindex>")


def _text_sitemap(data: bytes) -> Sitemap:
    lines = [line.strip() for line in data.decode("utf-8", errors="replace").splitlines() if line.strip()]
    if not all(line.startswith(("http://", "https://")) for line in lines):
        raise ValueError("not a sitemap: neither XML nor a plain list of http(s) URLs")
    return Sitemap(urls=tuple((url, None) for url in dict.fromkeys(lines)))


# -- feeds ---------------------------------------------------------------------------------

_TAG_RE = re.compile(r"<[^>]+>")


def _clean_title(text: str) -> str:
    if "<" in text:
        text = _TAG_RE.sub(" ", text)
    if "&" in text:  # titles escaped twice (&amp;#7871;) are common
        text = html.unescape(text)
    return " ".join(text.split())


def parse_feed(data: bytes, base_url: str | None = None) -> list[FeedItem]:
    """Items of an RSS 2.0 (or RSS 1.0) or Atom feed, in feed order, one per link.

    Relative links are resolved against `base_url`; without it, items with relative links are
    dropped. Raises ValueError for empty, oversized, corrupt or non-feed input.
    """
    data = _inflate(data, "feed")
    root = _xml_root(data, "feed")
    kind = _local(root)
    if kind in ("rss", "RDF"):
        name, reader = "item", _rss_item
    elif kind == "feed":
        name, reader = "entry", _atom_entry
    else:
        raise ValueError(f"not a feed: the root element is <{kind or root.tag}>, not <rss> or <feed>")
    items: list[FeedItem] = []
    seen: set[str] = set()
    for entry in _complete(list(root.iter("{*}" + name)), data, root, name):
        link, title, published = reader(entry)
        if base_url and link:
            link = urljoin(base_url, link)
        if not link.startswith(("http://", "https://")) or link in seen:
            continue
        seen.add(link)
        items.append(FeedItem(link=link, title=_clean_title(title), published=published))
    return items


def _rss_item(item: etree._Element) -> tuple[str, str, datetime | None]:
    link = _first_text(item, "link")
    if not link:  # an atom:link inside RSS; rel="self" names the feed, not the item
        for child in _children(item, "link"):
            if child.get("rel", "alternate") == "alternate" and child.get("href"):
                link = child.get("href", "").strip()
                break
    if not link:
        for guid in _children(item, "guid"):
            if guid.get("isPermaLink", "true").lower() != "false":
                link = _text(guid)
    published = _any_date(_first_text(item, "pubDate")) or _iso_date(_first_text(item, "date"))
    return link, _first_text(item, "title"), published


def _atom_entry(entry: etree._Element) -> tuple[str, str, datetime | None]:
    link = ""
    for child in _children(entry, "link"):
        if child.get("rel", "alternate") == "alternate" and child.get("href"):
            link = child.get("href", "").strip()
            break
    if not link:
        identifier = _first_text(entry, "id")
        link = identifier if identifier.startswith(("http://", "https://")) else ""
    published = None
    for name in ("published", "issued", "updated", "modified"):
        published = _iso_date(_first_text(entry, name))
        if published:
            break
    return link, _first_text(entry, "title"), published

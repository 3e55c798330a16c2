"""Find article links and the next listing page on a portal page, without knowing its markup.

`discover(page_url, html, site)` sorts every link of a page into articles (each with its canonical
URL and the URL to fetch it from on the crawled site), the next listing page (a fetch URL), links that leave the site (`offsite`) and on-site links that are neither
(`ignored`: menus, categories, tags, login, search, files, feeds). Nothing here fetches anything.

Articles are found by URL shape first, then by anchor text and page structure; per-portal hints
(`Portal.article_hints`, `Portal.listing_hints`) help but are never required:

1. Never articles: the page itself, the site root, tag/topic, search, login/registration, feed and
   sitemap URLs, print/share/AMP variants, downloads (`is_file_url`), pagination links.
2. Articles by URL alone (`is_article_url`): a portal article hint; a date folder followed by a slug
   (`/section/202307/<slug>-81c6907/`, `/2023/07/19/<slug>`); a slug of 3+ words ending in an id
   (`<slug>-8293410`, `<slug>-41234.html`, `.htm`, `.aspx`, hex ids); an id before the slug;
   a numeric id parameter (`?id=`, `?ItemID=`, `?newsid=`, ...) outside category pages; Liferay
   friendly URLs (`/-/<slug>`, `/-/asset_publisher/<x>/content/<slug>`, `/w/<slug>`); a slug of
   8+ words below a section or with a page extension.
3. A listing hint that matches a URL without any id (no id parameter, no numeric or hex id, no
   date folder) makes it a listing, unless an article hint matches too. Hints never remove a URL
   that carries an article id.
4. Possible articles (a slug of 4+ words below a section or with a page extension, a short slug with
   an id, a numeric file name) are articles when some link to them reads as a headline (5+ words,
   or inside `<h1>`..`<h6>`), not every link to them sits in a menu (`<nav>`, `<header>`,
   `<footer>`, class or id with menu/nav/breadcrumb/footer), and no other link on the page lies
   below them (a path that is the parent of other links is a section).

Of a listing page's articles, `PageLinks.own` names the listing's own (its article list, found by
structure in `crawl.focus`), and `PageLinks.followed(scope)` the ones a crawl follows under the
portal's `follow` scope.

The next page is a link on the same listing (same host and path once the page marker is removed,
no conflicting query parameter) found by `rel="next"`, by a label meaning "next" ("Trang sau",
"Tiếp", "»", "Next", ... in the text, `title`, `aria-label` or an image's `alt`), or by a number
equal to the current page + 1. Links numbered current + 1 win, then `rel="next"`, then labels
(the lowest page among them). The current page number comes from the URL (`page_number`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import NamedTuple
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit

from lxml import etree
from lxml.html import HTMLParser
from w3lib.url import safe_url_string

from ..portals import FOLLOW_SITE
from .focus import own_articles
from .urls import Site, names_a_file, split_origin

__all__ = ["ArticleLink", "PageLinks", "discover", "is_article_url", "page_number"]


class ArticleLink(NamedTuple):
    """An article a page links to: the URL it is stored under, and where to fetch it on this site."""

    canonical: str
    fetch: str


@dataclass(frozen=True)
class PageLinks:
    """What one page links to: articles (canonical and fetch URL, once each), next pages (fetch URLs)."""

    articles: tuple[ArticleLink, ...] = ()
    next_pages: tuple[str, ...] = ()
    offsite: int = 0
    ignored: int = 0
    article_titles: dict[str, str] = field(default_factory=dict, hash=False)  # by canonical URL
    #: canonical URLs of the listing's own articles (`crawl.focus`); None: the page shows no main list
    own: frozenset[str] | None = None

    @property
    def canonical_articles(self) -> tuple[str, ...]:
        return tuple(link.canonical for link in self.articles)

    @property
    def listed(self) -> tuple[ArticleLink, ...]:
        """The listing's own articles; every article link when no main list was found."""
        if self.own is None:
            return self.articles
        return tuple(link for link in self.articles if link.canonical in self.own)

    def followed(self, scope: str) -> tuple[ArticleLink, ...]:
        """The article links a crawl follows under a portal's `follow` scope (`portals.FOLLOW_SCOPES`)."""
        return self.articles if scope == FOLLOW_SITE else self.listed


# -- pagination markers --------------------------------------------------------------------

#: Query parameters holding a page number (case-insensitive); Liferay's `<namespace>_cur` too.
PAGE_PARAMS = frozenset(
    {"page", "p", "trang", "pageindex", "page_index", "pagenumber", "pageno", "pagenum", "pg", "paged",
     "cur", "_cur", "currentpage", "curpage"}
)
_PATH_PAGE_RE = re.compile(r"/(?:trang|page|p|pg)[-_/]?(\d{1,5})(?:\.(?:html?|aspx?|php))?/?$", re.IGNORECASE)
_EXT_RE = re.compile(r"\.(?:html?|shtml|aspx?|php|jsp|cfm)$")


def _is_page_param(name: str) -> bool:
    key = name.lower()
    return key in PAGE_PARAMS or key.endswith("_cur")


def _page_marker(path: str, query: str) -> tuple[int | None, str]:
    """(page number named by the URL or None, path with the page marker removed)."""
    number = None
    for name, value in parse_qsl(query, keep_blank_values=True):
        if _is_page_param(name) and value.strip().isdigit():
            number = int(value)
            break
    match = _PATH_PAGE_RE.search(path)
    if match:
        path = path[: match.start()] + "/"
        if number is None:
            number = int(match.group(1))
    return number, path


def page_number(url: str) -> int:
    """The listing page a URL shows: `?page=N`, `?p=N`, `?trang=N`, `?pageindex=N`, `?_cur=N` and
    Liferay `?<ns>_cur=N`, `/trang-N/`, `/trang-N.html`, `/page/N/`, `/p/N`; 1 when it says nothing."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return 1
    number, _ = _page_marker(parts.path, parts.query)
    return 1 if number is None else number


_ListingKey = tuple[str, str, dict[str, str]]


def _listing_key(canonical_url: str) -> _ListingKey:
    """Host, path and content-selecting query of a listing, whatever page of it a URL shows."""
    parts = urlsplit(canonical_url)
    _, path = _page_marker(parts.path, parts.query)
    path = unquote(path).lower().rstrip("/")
    head, _, last = path.rpartition("/")
    last = _EXT_RE.sub("", last)
    path = head if last in ("index", "default") else f"{head}/{last}"
    query = {
        name.lower(): value
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        # Liferay names its portlet state p_p_*/p_r_p_* and namespaces portlet parameters with "_".
        if not _is_page_param(name) and not name.startswith(("p_p_", "p_r_p_", "_"))
    }
    return parts.netloc, path.rstrip("/"), query


def _same_listing(a: _ListingKey, b: _ListingKey) -> bool:
    return a[0] == b[0] and a[1] == b[1] and all(a[2][k] == b[2][k] for k in a[2].keys() & b[2].keys())


# -- article URL shapes --------------------------------------------------------------------

_NO, _MAYBE, _ARTICLE = 0, 1, 2

_TAG_SEGMENTS = {"tag", "tags", "chu-de", "chude", "tu-khoa", "tukhoa", "keyword", "keywords", "hashtag", "topic", "topics"}
_SEARCH_SEGMENTS = {"tim-kiem", "timkiem", "search", "ket-qua-tim-kiem", "search-results", "searchresults"}
_ACCOUNT_SEGMENTS = {
    "dang-nhap", "dangnhap", "dang-ky", "dangky", "dang-xuat", "dangxuat", "login", "logout", "signin",
    "sign-in", "signup", "sign-up", "register", "user", "users", "account", "tai-khoan", "taikhoan",
    "quen-mat-khau", "profile", "auth", "sso",
}
_FEED_SEGMENTS = {"rss", "feed", "feeds", "atom", "sitemap", "sitemaps"}
_VARIANT_SEGMENTS = {"print", "in-bai", "inbai", "print-view", "printview", "printer", "share", "amp"}
_FILE_FOLDERS = {"documents", "files", "uploads", "upload", "static", "assets", "wp-content", "attachments",
                 "publishingimages", "download", "downloads"}
_HOME_STEMS = {"index", "default", "home", "trang-chu", "trangchu", "homepage"}
_EXCLUDED_SEGMENTS = _TAG_SEGMENTS | _SEARCH_SEGMENTS | _ACCOUNT_SEGMENTS | _FEED_SEGMENTS | _VARIANT_SEGMENTS

_SEARCH_PARAMS = {"q", "s", "keyword", "keywords", "tukhoa", "tu-khoa", "search", "searchtext", "searchkeyword", "txtsearch"}
_VARIANT_PARAMS = {"print", "printable", "printview", "printmode", "share", "amp"}
_MODE_PARAMS = {"view", "layout", "mode", "format", "output", "type", "template"}
_MODE_VALUES = {"print", "rss", "atom", "xml", "amp"}
_ID_PARAMS = {"id", "itemid", "newsid", "news_id", "articleid", "article_id", "postid", "post_id", "tinid",
              "idtin", "nid", "contentid", "content_id"}
_CATEGORY_WORDS = ("categor", "chuyen-muc", "chuyenmuc", "danh-muc", "danhmuc", "danh-sach", "danhsach",
                   "listnews", "/list", "/cat/", "/cat.")
_LIFERAY_NON_ARTICLES = {"categories", "category", "tags", "tag", "search", "document_library"}

_SLUG_RE = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$")
_SLUG_ID_RE = re.compile(r"^(?P<slug>[a-z0-9]+(?:[-_][a-z0-9]+)*)[-_](?P<id>\d+|[0-9a-f]{5,12})$")
_ID_SLUG_RE = re.compile(r"^\d{3,}[-_](?P<slug>[a-z0-9]+(?:[-_][a-z0-9]+){2,})$")
_YYYYMM_RE = re.compile(r"^(?:19|20)\d\d(?:0[1-9]|1[0-2])$")
_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
_MONTH_RE = re.compile(r"^(?:0?[1-9]|1[0-2])$")
_WORD_SPLIT_RE = re.compile(r"[-_]+")


def _words(slug: str) -> int:
    return len(_WORD_SPLIT_RE.split(slug)) if slug else 0


def _has_letter_and_digit(token: str) -> bool:
    return any(c.isdigit() for c in token) and any(c.isalpha() for c in token)


@dataclass(frozen=True)
class _Shape:
    verdict: int
    has_id: bool = False


def _id_query(query_keys: dict[str, str]) -> bool:
    return any(k in _ID_PARAMS and v.isdigit() for k, v in query_keys.items())


def _shape(path: str, query: str, site: Site) -> _Shape:
    """URL-only judgement of a site URL: not an article, possibly one, or surely one."""
    lower = unquote(path).lower()
    segments = [s for s in lower.split("/") if s]
    stems = [_EXT_RE.sub("", s) for s in segments]
    params = {}
    for name, value in parse_qsl(query, keep_blank_values=True):
        key = name.lower()
        params[key[4:] if key.startswith("amp;") else key] = value.strip()
    id_query = _id_query(params)

    # 1. Never articles.
    if not segments and not id_query:
        return _Shape(_NO)
    if len(stems) == 1 and stems[0] in _HOME_STEMS and not id_query:
        return _Shape(_NO)
    if any(s in _EXCLUDED_SEGMENTS for s in stems) or "sitemap" in lower:
        return _Shape(_NO)
    if segments and segments[0] in _FILE_FOLDERS:
        return _Shape(_NO)
    if "-" in segments[:-1] and segments[segments.index("-") + 1] in _LIFERAY_NON_ARTICLES:
        return _Shape(_NO)
    if lower.endswith((".rss", ".xml", ".atom", ".rdf")) or names_a_file(path, query):
        return _Shape(_NO)
    if any(k in _SEARCH_PARAMS or k in _VARIANT_PARAMS for k in params):
        return _Shape(_NO)
    if any(k in _MODE_PARAMS and v.lower() in _MODE_VALUES for k, v in params.items()):
        return _Shape(_NO)
    if "login" in query.lower():
        return _Shape(_NO)
    number, _ = _page_marker(path, query)
    if number is not None:
        return _Shape(_NO)

    # 2. Shapes that carry an article id.
    last = stems[-1] if stems else ""
    has_ext = bool(segments) and segments[-1] != last
    depth = len(segments)
    shape = _MAYBE if _possible_article(last, depth, has_ext) else _NO
    has_id = False
    if id_query and not any(w in lower for w in _CATEGORY_WORDS):
        shape, has_id = _ARTICLE, True
    elif _dated_slug(stems):
        shape, has_id = _ARTICLE, True
    elif (liferay := _liferay(segments)) is not None:
        shape, has_id = liferay, liferay == _ARTICLE
    elif (match := _SLUG_ID_RE.match(last)) is not None:
        ident, words = match["id"], _words(match["slug"])
        if ident.isdigit():
            year_like = _YEAR_RE.match(ident) is not None and words < 5
            strong = len(ident) >= 3 and words >= 3 and not year_like
        else:
            strong = _has_letter_and_digit(ident) and words >= 3
        has_id = strong
        if strong:
            shape = _ARTICLE
        elif ident.isdigit() or _has_letter_and_digit(ident):
            shape = max(shape, _MAYBE)
    elif _ID_SLUG_RE.match(last) or (depth >= 2 and stems[-2].isdigit() and len(stems[-2]) >= 4 and _SLUG_RE.match(last)):
        shape, has_id = _ARTICLE, True
    elif last.isdigit() and len(last) >= 4 and depth >= 2:
        shape = _MAYBE
    if shape == _MAYBE and _SLUG_RE.match(last) and _words(last) >= 8 and (depth >= 2 or has_ext):
        shape = _ARTICLE

    # 3. Portal hints.
    portal = site.portal
    target = path + (f"?{query}" if query else "")
    if any(h.search(target) for h in portal.article_hints):
        return _Shape(_ARTICLE, True)
    if not has_id and any(h.search(target) for h in portal.listing_hints):
        return _Shape(_NO)
    return _Shape(shape, has_id)


def _possible_article(last: str, depth: int, has_ext: bool) -> bool:
    if not _SLUG_RE.match(last):
        return False
    words = _words(last)
    return words >= 4 if (depth >= 2 or has_ext) else words >= 7


def _dated_slug(stems: list[str]) -> bool:
    """A date folder (`202307`, `2023/07`, `2023/07/19`) followed by a slug or id."""
    for i, stem in enumerate(stems[:-1]):
        if _YYYYMM_RE.match(stem) or (
            _YEAR_RE.match(stem) and i + 2 < len(stems) and _MONTH_RE.match(stems[i + 1])
        ):
            rest = stems[-1]
            return rest != stem and (_SLUG_RE.match(rest) is not None or rest.isdigit())
    return False


def _liferay(segments: list[str]) -> int | None:
    """Liferay friendly URLs: `/-/<slug>`, `/-/asset_publisher/<x>/content/<slug>`, `/w/<slug>`."""
    if "asset_publisher" in segments:
        i = segments.index("asset_publisher")
        rest = segments[i + 1 :]
        return _ARTICLE if "content" in rest[:-1] else _NO
    for marker in ("-", "w"):
        if marker in segments[:-1]:
            rest = segments[segments.index(marker) + 1 :]
            if rest[0] in _LIFERAY_NON_ARTICLES:
                return _NO
            if _SLUG_RE.match(_EXT_RE.sub("", rest[-1])):
                return _ARTICLE
            return _NO if marker == "-" else None
    return None


def is_article_url(url: str, site: Site) -> bool:
    """Whether `url` (absolute, on the site) has an article's shape, judging by the URL alone.

    `discover` also accepts some URLs this rejects, when their anchor text reads as a headline.
    """
    if not site.owns(url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return _shape(parts.path, parts.query, site).verdict == _ARTICLE


# -- labels --------------------------------------------------------------------------------

_NEXT_ARROWS = set("»›>→❯⟩⇢▸▶►⏵")
_PREV_ARROWS = set("«‹<←❮⟨⇠◂◀◄⏴")
_NEXT_WORDS = {
    "trang sau", "trang tiếp", "trang tiếp theo", "trang kế", "trang kế tiếp", "tiếp", "tiếp theo",
    "kế tiếp", "sau", "next", "next page",
}
_OTHER_WORDS = {
    "trang trước", "trước", "trang đầu", "đầu", "đầu tiên", "trang đầu tiên", "trang cuối", "cuối",
    "cuối cùng", "trang cuối cùng", "last", "last page", "first", "first page", "prev", "previous",
    "previous page",
}
_STRIP = " .:|[](){}"


def _label_kind(raw: str | None) -> str | int | None:
    """'next', 'other' (previous, first, last) or a page number a pager label stands for."""
    if not raw:
        return None
    label = " ".join(unicodedata.normalize("NFC", raw).casefold().split()).strip(_STRIP)
    if not label:
        return None
    chars = set(label) - {" "}
    if chars <= _NEXT_ARROWS:
        return "next"
    if chars <= _PREV_ARROWS:
        return "other"
    core = label.strip("".join(_NEXT_ARROWS | _PREV_ARROWS) + _STRIP)
    if core in _NEXT_WORDS:
        return "next"
    if core in _OTHER_WORDS:
        return "other"
    if core.isdigit() and core == label:
        return int(core)
    return None


# -- page parsing --------------------------------------------------------------------------

_PARSER = HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False)
_XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_HREF_JUNK_RE = re.compile(r"[\t\n\r]")
_SCHEME_RE = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_DOT_SEGMENT_RE = re.compile(r"/\.\.?(?:/|$|\?)")
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_NAV_TAGS = {"nav", "header", "footer"}
_NAV_WORDS = ("menu", "nav", "breadcrumb", "footer")


def _root(html: str | bytes | etree._Element | etree._ElementTree) -> etree._Element | None:
    if isinstance(html, etree._ElementTree):
        return html.getroot()
    if isinstance(html, etree._Element):
        return html
    if isinstance(html, bytes):
        data = html[3:] if html.startswith(b"\xef\xbb\xbf") else html
        try:
            html = data.decode("utf-8")
        except UnicodeDecodeError:
            # Not UTF-8: let lxml read the page's own charset declaration.
            return _parse(data)
    elif not isinstance(html, str):
        raise TypeError(f"discover() needs HTML as str, bytes or an lxml tree, not {type(html).__name__}")
    return _parse(_XML_DECLARATION_RE.sub("", html, count=1))


def _parse(markup: str | bytes) -> etree._Element | None:
    if not markup.strip():
        return None
    try:
        return etree.fromstring(markup, _PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


def _text(element: etree._Element) -> str:
    """Visible text of a link, whitespace (and &nbsp;) collapsed."""
    return " ".join("".join(element.itertext()).split())


def _alt_text(element: etree._Element) -> str:
    """What an image-only link says: title, aria-label or an <area>'s alt, else an image's alt/title."""
    for name in ("title", "aria-label", "alt"):
        value = element.get(name)
        if value and value.strip():
            return " ".join(value.split())
    for img in element.iter("img"):
        for name in ("alt", "title"):
            value = img.get(name)
            if value and value.strip():
                return " ".join(value.split())
    return ""


def _context(element: etree._Element) -> tuple[bool, bool]:
    """(inside a heading, inside a menu/header/footer)."""
    heading = nav = False
    for ancestor in element.iterancestors():
        tag = ancestor.tag
        if not isinstance(tag, str):
            continue
        if tag in _HEADINGS:
            heading = True
        elif tag in _NAV_TAGS:
            nav = True
        else:
            marks = f"{ancestor.get('class', '')} {ancestor.get('id', '')}".lower()
            if any(word in marks for word in _NAV_WORDS):
                nav = True
    return heading, nav


@dataclass
class _Link:
    """Every <a>/<area> element pointing at one absolute URL, and whether one says rel=next."""

    elements: list[etree._Element] = field(default_factory=list)
    rel_next: bool = False


class _Resolver:
    """Absolute http(s) URLs of hrefs, fragment removed; None for scripts, mail, anchors, junk."""

    def __init__(self, base: str) -> None:
        self.base = base
        parts = urlsplit(base)
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.cache: dict[str, str | None] = {}

    def __call__(self, href: str | None) -> str | None:
        if href is None:
            return None
        try:
            return self.cache[href]
        except KeyError:
            url = self.cache[href] = self._resolve(href)
            return url

    def _resolve(self, href: str) -> str | None:
        href = _HREF_JUNK_RE.sub("", href).strip()
        if not href or href.startswith("#"):
            return None
        href = href.split("#", 1)[0]
        if href.startswith("/") and not href.startswith("//") and not _DOT_SEGMENT_RE.search(href):
            return self.origin + href  # the common case, without urljoin's cost
        scheme = _SCHEME_RE.match(href)
        if scheme and scheme.group(1).lower() not in ("http", "https"):
            return None  # mailto:, tel:, javascript:, data:, zalo:, ...
        try:
            url = urljoin(self.base, href)
        except ValueError:
            return None
        return url if url.startswith(("http://", "https://")) else None


def discover(page_url: str, html: str | bytes | etree._Element | etree._ElementTree, site: Site) -> PageLinks:
    """Articles, next listing page(s) and link counts of one page (see the module docstring).

    `page_url` is the URL the page was fetched from (on the site's origin when crawling a mirror).
    """
    root = _root(html)
    if root is None:
        return PageLinks()
    base = page_url
    for element in root.iter("base"):
        if element.get("href"):
            base = urljoin(page_url, element.get("href").strip())
            break

    links: dict[str, _Link] = {}
    order: list[tuple[str, etree._Element]] = []  # every on-site <a>/<area>, in document order
    offsite = 0
    owned_hosts: dict[str, bool] = {}
    resolve = _Resolver(base)
    for element in root.iter("a", "area", "link"):
        url = resolve(element.get("href"))
        if url is None:
            continue
        netloc = url.split("/", 3)[2]
        owned = owned_hosts.get(netloc)
        if owned is None:
            owned = owned_hosts[netloc] = site.owns(url)
        if element.tag == "link":
            rel = (element.get("rel") or "").lower().split()
            if "next" in rel and owned:
                links.setdefault(url, _Link()).rel_next = True
            continue
        if not owned:
            offsite += 1
            continue
        link = links.get(url)
        if link is None:
            link = links[url] = _Link()
        link.elements.append(element)
        if "next" in (element.get("rel") or "").lower().split():
            link.rel_next = True
        order.append((url, element))

    return _classify(page_url, links, order, offsite, site)


def _classify(
    page_url: str, links: dict[str, _Link], order: list[tuple[str, etree._Element]], offsite: int, site: Site
) -> PageLinks:
    page_canonical = site.canonical(page_url) if split_origin(page_url) else None
    page_key = _listing_key(page_canonical) if page_canonical else None
    current = page_number(page_url)
    page_marked = _page_marker(*urlsplit(page_url)[2:4])[0] is not None

    canonical: dict[str, str] = {}
    for url in links:
        try:
            canonical[url] = site.canonical(url)
        except ValueError:
            continue
    # Directory paths that hold other links: a page that is the parent of other links is a section.
    parents: set[tuple[str, str]] = set()
    for canon in canonical.values():
        netloc, path = _netloc_and_path(canon)
        pieces = [p for p in path.split("/") if p]
        for i in range(1, len(pieces)):
            parents.add((netloc, "/" + "/".join(pieces[:i])))

    articles: dict[str, str] = {}  # canonical -> best title
    article_urls: set[str] = set()
    article_elements: dict[str, list[etree._Element]] = {}  # canonical -> its <a>/<area> elements
    pager_elements: set[int] = set()  # id() of the <a> elements that are pager links
    pager_links: list[etree._Element] = []
    candidates: list[tuple[int, int, str]] = []  # (tier, page, fetch URL)
    for url, link in links.items():
        canon = canonical.get(url)
        if canon is None or canon == page_canonical:
            continue
        parts = urlsplit(url)
        shape = _shape(parts.path, parts.query, site)
        if (
            (shape.verdict != _ARTICLE or link.rel_next)
            and page_key is not None
            and _netloc_and_path(canon)[1].startswith(page_key[1])  # a cheap test first
            and _same_listing(_listing_key(canon), page_key)
        ):
            labelled = [(element, _pager_kinds(element)) for element in link.elements]
            kinds = [kind for _, element_kinds in labelled for kind in element_kinds]
            marker = _page_marker(parts.path, parts.query)[0]
            # A pager link: rel=next, a page marker, or a pager label. A plain menu link back to
            # the listing ("Chính trị") is none of these, and counts as ignored.
            if link.rel_next or kinds or marker is not None:
                whole = link.rel_next or marker is not None
                pager_links.extend(e for e, element_kinds in labelled if whole or element_kinds)
                pager_elements.update(id(e) for e, element_kinds in labelled if whole or element_kinds)
                # Judge each <a> on its own: "Trang sau" and "Cuối" may both lead to the last page,
                # and the "last" label of one must not veto the "next" label of the other.
                per_element = [_next_candidate(url, link.rel_next, element_kinds, marker, current, page_marked)
                               for _, element_kinds in labelled] or [
                    _next_candidate(url, link.rel_next, kinds, marker, current, page_marked)]
                candidate = next((c for c in per_element if c is not None), None)
                if candidate is not None:
                    candidates.append(candidate)
                continue
        if not link.elements:
            continue  # a <link rel="next"> to another listing
        if shape.verdict == _ARTICLE or (
            shape.verdict == _MAYBE and _reads_as_article(canon, link, parents)
        ):
            article_urls.add(url)
            article_elements.setdefault(canon, []).extend(link.elements)
            title = _best_title(link)
            if canon not in articles or len(title) > len(articles[canon]):
                articles[canon] = title

    ignored = sum(1 for url, element in order if url not in article_urls and id(element) not in pager_elements)
    return PageLinks(
        articles=tuple(ArticleLink(canon, site.fetch_url(canon)) for canon in articles),
        next_pages=_pick_next(candidates, site),
        offsite=offsite,
        ignored=ignored,
        article_titles={url: title for url, title in articles.items() if title},
        own=own_articles(article_elements, pager_links, page_key[1] if page_key else None),
    )


def _best_title(link: _Link) -> str:
    """The longest visible anchor text, else the longest title/alt; NFC (old pages send NFD)."""
    best = max((_text(e) for e in link.elements), key=len, default="")
    if not best:
        best = max((_alt_text(e) for e in link.elements), key=len, default="")
    return unicodedata.normalize("NFC", best)


def _netloc_and_path(canonical_url: str) -> tuple[str, str]:
    """Host and lowercased, unquoted path of a canonical URL (string slicing, no urlsplit)."""
    pieces = canonical_url.split("/", 3)
    path = "/" + pieces[3].split("?", 1)[0] if len(pieces) > 3 else "/"
    return pieces[2], unquote(path).lower()


def _word_count(text: str) -> int:
    """Words of a link text; a dash or a bullet between words is none ("Nông - Lâm - Ngư nghiệp": 4)."""
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))


def _reads_as_article(canonical_url: str, link: _Link, parents: set[tuple[str, str]]) -> bool:
    netloc, path = _netloc_and_path(canonical_url)
    path = path.rstrip("/")
    if (netloc, _EXT_RE.sub("", path)) in parents or (netloc, path) in parents:
        return False
    headline = False
    all_nav = True
    for element in link.elements:
        heading, nav = _context(element)
        all_nav = all_nav and nav
        words = _word_count(_text(element)) or _word_count(_alt_text(element))
        headline = headline or heading or words >= 5
    return headline and not all_nav


def _pager_kinds(element: etree._Element) -> list[str | int]:
    """What a link's labels say: 'next', 'other' (previous, first, last) or page numbers."""
    kinds = [_label_kind(_text(element)), _label_kind(element.get("title")), _label_kind(element.get("aria-label"))]
    kinds.extend(_label_kind(img.get("alt")) for img in element.iter("img"))
    marks = f"{element.get('class', '')} {element.get('id', '')}".lower()
    if "next" in marks and "prev" not in marks:
        kinds.append("next")
    return [k for k in kinds if k is not None]


def _next_candidate(
    url: str, rel_next: bool, kinds: list[str | int], marker: int | None, current: int, page_marked: bool
) -> tuple[int, int, str] | None:
    """(tier, page, url) when a pager link leads to the page after the current one.

    `marker` is the page the link's URL names; `page_marked` says the current URL names its page,
    so that a link naming none is the listing's first page.
    """
    if "other" in kinds:
        return None
    numbers = [k for k in kinds if isinstance(k, int)]
    target = marker
    if target is None and numbers:
        target = numbers[0]
    elif target is None and page_marked:
        target = 1
    says_next = rel_next or "next" in kinds
    if target is not None and target == current + 1 and (numbers or says_next):
        return (0, target, url)
    if says_next:
        if target is not None and target <= current:
            return None  # a "next" that points back (the last page wrapping to the first)
        return (1 if rel_next else 2, target if target is not None else current + 1, url)
    return None


def _pick_next(candidates: list[tuple[int, int, str]], site: Site) -> tuple[str, ...]:
    if not candidates:
        return ()
    best_tier = min(tier for tier, _, _ in candidates)
    tier = [c for c in candidates if c[0] == best_tier]
    lowest = min(page for _, page, _ in tier)
    chosen = []
    for _, page, url in tier:
        if page == lowest:
            fetch = url if site.is_onsite(url) or site.origin is None else site.fetch_url(site.canonical(url))
            fetch = safe_url_string(fetch)
            if fetch not in chosen:
                chosen.append(fetch)
    return tuple(chosen)

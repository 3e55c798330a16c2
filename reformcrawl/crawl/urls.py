"""URL identity for the crawl: where a page is fetched from, and the canonical URL it is stored under.

A portal can be crawled from another origin than its real host: an offline mirror at
`http://127.0.0.1:8123/` (a different port every run) or a new host after a move, given as
`--base-url`. Stored articles are keyed by their *canonical* URL, which always sits on the portal's
real host (`https://baohagiang.vn/...`), whatever origin served the page. So an article fetched from
a mirror today and from the live site tomorrow is one row, not two, and a mirror on a new port still
recognizes everything already stored. `Site.fetch_url` goes the other way: from a canonical URL to
the address to request on the origin being crawled.

Canonical form (`Site.canonical`):

- scheme and host lowercased; default ports, user info and the fragment dropped;
- a URL on the crawl origin, on the portal's host or on a listed `www.` alias of it moves to
  `<portal.scheme>://<portal.host>`; a URL on another alias host (a department's subdomain such as
  `sonoivu.angiang.gov.vn`, which has its own paths) keeps that host, with the portal's scheme;
  any other URL keeps its host (and a non-default port);
- tracking parameters removed (`TRACKING_PARAMS`, `TRACKING_PREFIXES`); on Liferay friendly URLs
  (`/-/` in the path) also the navigation-state parameters (`LIFERAY_STATE_PARAMS`, `p_p_*` and
  namespaced `_..._redirect`), which only say where the "back" link goes;
- remaining query parameters sorted; percent-encoding normalized; non-ASCII encoded as UTF-8;
  `.`/`..` segments resolved; an empty query (`?`) dropped;
- the path keeps its case and its trailing slash: some CMS (SharePoint, ASP.NET) are case-sensitive,
  and `/x/` and `/x` may be different resources.

Tracking parameters: only names that never select content on a news CMS are removed. `from` is
kept (some listing APIs use it as a result offset); `print` and `page` are kept (they change the
response). `ref`, `refer`, `referer`, `referrer`, `fromurl` and `share` only say where a reader
came from or which share button they used; `zarsrc` and `zalo_*` are Zalo's share markers.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from urllib.parse import SplitResult, unquote, urlsplit

from w3lib.url import canonicalize_url

from ..portals import Portal

__all__ = [
    "FILE_EXTENSIONS",
    "TRACKING_PARAMS",
    "TRACKING_PREFIXES",
    "Site",
    "is_file_url",
    "names_a_file",
    "split_origin",
    "strip_tracking",
]

#: Query parameter names (case-insensitive) removed from canonical URLs.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
        "igshid", "_ga", "_gl", "_hsenc", "_hsmi", "mc_cid", "mc_eid", "mkt_tok",
        "zarsrc", "ref", "refer", "referer", "referrer", "fromurl", "share",
    }
)
#: Query parameter name prefixes (case-insensitive) removed from canonical URLs.
TRACKING_PREFIXES = ("utm_", "zalo_")
#: Removed on Liferay friendly URLs only (paths containing `/-/`), with `p_p_*` and `_..._redirect`.
LIFERAY_STATE_PARAMS = frozenset({"redirect", "inheritredirect", "backurl"})

#: Extensions (lowercase, with the dot) of downloads that are never pages to crawl.
FILE_EXTENSIONS = frozenset(
    {
        ".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ods", ".csv", ".ppt", ".pptx",
        ".odp", ".zip", ".rar", ".7z", ".gz", ".tgz", ".tar", ".bz2", ".xz",
        ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".bmp", ".tif", ".tiff", ".ico", ".heic",
        ".mp3", ".wav", ".ogg", ".m4a", ".wma", ".flac", ".aac",
        ".mp4", ".avi", ".mov", ".wmv", ".flv", ".mkv", ".webm", ".m4v", ".3gp", ".mpg", ".mpeg",
        ".apk", ".ipa", ".exe", ".msi", ".dmg", ".iso", ".bin", ".swf", ".css", ".js", ".json",
        ".woff", ".woff2", ".ttf", ".eot",
    }
)

_DEFAULT_PORTS = {"http": 80, "https": 443}
_PLAIN_PATH_RE = re.compile(r"^/[A-Za-z0-9\-._~/]*$")
_DOT_SEGMENT_RE = re.compile(r"/\.\.?(?:/|$)")


def _split(url: str) -> tuple[tuple[str, str, int], SplitResult] | None:
    try:
        parts = urlsplit(url.strip())
        scheme = parts.scheme.lower()
        if scheme not in _DEFAULT_PORTS:
            return None
        host = parts.hostname
        port = parts.port
    except ValueError:  # a bad port or a broken IPv6 literal
        return None
    if not host:
        return None
    return (scheme, host.rstrip("."), port if port is not None else _DEFAULT_PORTS[scheme]), parts


def split_origin(url: str) -> tuple[str, str, int] | None:
    """(scheme, host, port) of an absolute http(s) URL, the port defaulted; None otherwise."""
    split = _split(url)
    return split[0] if split else None


def _netloc(scheme: str, host: str, port: int) -> str:
    netloc = f"[{host}]" if ":" in host else host  # IPv6 literals keep their brackets
    return netloc if port == _DEFAULT_PORTS[scheme] else f"{netloc}:{port}"


def _is_tracking(name: str) -> bool:
    key = unquote(name).lower()
    if key.startswith("amp;"):  # an HTML-escaped "&amp;" that reached the URL
        key = key[4:]
    return key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES)


def _is_liferay_state(name: str) -> bool:
    key = unquote(name).lower()
    return (
        key in LIFERAY_STATE_PARAMS
        or key.startswith(("p_p_", "p_l_"))
        or (key.startswith("_") and key.endswith("_redirect"))
    )


def strip_tracking(query: str, *, liferay: bool = False) -> str:
    """`query` without tracking parameters (and Liferay navigation state when `liferay`), order kept."""
    if not query:
        return ""
    kept = []
    for pair in query.split("&"):
        if not pair:
            continue
        name = pair.split("=", 1)[0]
        if name.lower().startswith("amp;"):
            pair = pair[4:]
            name = name[4:]
        if _is_tracking(name) or (liferay and _is_liferay_state(name)):
            continue
        kept.append(pair)
    return "&".join(kept)


def is_file_url(url: str) -> bool:
    """True for links to downloads (documents, archives, images, media, programs).

    Looks at the path's extension and at query values naming a file (`download.aspx?file=a.pdf`).
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return names_a_file(parts.path, parts.query)


def names_a_file(path: str, query: str = "") -> bool:
    """`is_file_url` for a URL already split into path and query."""
    if posixpath.splitext(unquote(path).rstrip("/"))[1].lower() in FILE_EXTENSIONS:
        return True
    for pair in query.split("&") if query else ():
        value = unquote(pair.partition("=")[2]).split("?")[0].split("#")[0]
        if posixpath.splitext(value)[1].lower() in FILE_EXTENSIONS:
            return True
    return False


@dataclass(frozen=True)
class Site:
    """A portal as crawled from one origin.

    `origin` is `scheme://host[:port]` of a mirror or moved host (any path in it is ignored);
    None means the portal's own hosts.
    """

    portal: Portal
    origin: str | None = None
    _origin_key: tuple[str, str, int] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.origin is None:
            return
        key = split_origin(self.origin)
        if key is None:
            raise ValueError(f"origin {self.origin!r} must look like http://host[:port]/")
        object.__setattr__(self, "origin", f"{key[0]}://{_netloc(*key)}")
        object.__setattr__(self, "_origin_key", key)

    # -- which URLs belong here ------------------------------------------------------------

    def portal_host(self, host: str | None) -> str | None:
        """The host a URL on `host` is stored under, if `host` is one of the portal's; else None.

        Only listed hosts count. A listed `www.` alias of a listed host folds into that host;
        other aliases keep their own name.
        """
        if not host:
            return None
        host = host.lower().rstrip(".")
        if not self.portal.owns_host(host):
            return None
        if host.startswith("www.") and self.portal.owns_host(host[4:]):
            return host[4:]
        return host

    def is_onsite(self, url: str) -> bool:
        """On the crawl origin (exact scheme, host and port) or, with no origin, on a portal host."""
        key = split_origin(url)
        if key is None:
            return False
        if self._origin_key is not None:
            return key == self._origin_key
        return self.portal.owns_host(key[1])

    def owns(self, url: str) -> bool:
        """`is_onsite`, or on one of the portal's own hosts even while an origin stands in for them.

        Saved pages served by a mirror still carry absolute links to the real host; those links
        are the portal's, and `fetch_url` sends them to the origin.
        """
        key = split_origin(url)
        if key is None:
            return False
        if self._origin_key is not None and key == self._origin_key:
            return True
        return self.portal_host(key[1]) is not None

    # -- canonical and fetch URLs ----------------------------------------------------------

    def canonical(self, url: str) -> str:
        """The URL an article is stored under (see the module docstring). Needs an absolute URL."""
        split = _split(url)
        if split is None:
            raise ValueError(f"cannot canonicalize {url!r}: not an absolute http(s) URL")
        key, parts = split
        scheme, host, port = key
        if self._origin_key is not None and key == self._origin_key:
            scheme, netloc = self.portal.scheme, self.portal.host
        elif (stored := self.portal_host(host)) is not None:
            scheme, netloc = self.portal.scheme, stored
        else:
            netloc = _netloc(scheme, host, port)
        path = parts.path or "/"
        query = strip_tracking(parts.query, liferay="/-/" in path)
        if not query and _PLAIN_PATH_RE.match(path) and not _DOT_SEGMENT_RE.search(path):
            return f"{scheme}://{netloc}{path}"  # nothing for canonicalize_url to change
        return canonicalize_url(f"{scheme}://{netloc}{path}" + (f"?{query}" if query else ""))

    def fetch_url(self, canonical_url: str) -> str:
        """Where to fetch `canonical_url` on this site: the same path and query on the origin when set.

        URLs that are not the portal's are returned unchanged.
        """
        if self._origin_key is None:
            return canonical_url
        split = _split(canonical_url)
        if split is None or self.portal_host(split[0][1]) is None:
            return canonical_url
        parts = split[1]
        return f"{self.origin}{parts.path or '/'}" + (f"?{parts.query}" if parts.query else "")

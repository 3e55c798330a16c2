"""Portal definitions, loaded from `portals.toml` (and an optional override file).

A `Portal` is plain data: where the portal lives and the hints that help the generic link,
pagination and cleanup rules. Everything portal-specific is read from here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import tomllib

from . import config
from .inputs import read_text_file


class PortalConfigError(ValueError):
    """A portal definition file is unreadable or has a bad field."""


#: `follow`: which article links of a listing page a crawl follows. "listing": the listing's own
#: (its article list, and its section's links outside menus and side boxes); "site": every
#: article link on the page, side boxes and other sections included.
FOLLOW_LISTING = "listing"
FOLLOW_SITE = "site"
FOLLOW_SCOPES = (FOLLOW_LISTING, FOLLOW_SITE)


@dataclass(frozen=True)
class Portal:
    name: str
    title: str
    host: str
    province: str | None = None
    aliases: tuple[str, ...] = ()
    scheme: str = "https"
    entry_pages: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    article_hints: tuple[re.Pattern[str], ...] = ()
    listing_hints: tuple[re.Pattern[str], ...] = ()
    boilerplate: tuple[re.Pattern[str], ...] = ()
    byline: tuple[re.Pattern[str], ...] = ()
    drop_xpath: tuple[str, ...] = ()
    follow: str = FOLLOW_LISTING
    hosts: frozenset[str] = field(default=frozenset(), compare=False)

    @property
    def base_url(self) -> str:
        return f"{self.scheme}://{self.host}/"

    def owns_host(self, host: str | None) -> bool:
        return bool(host) and host.lower().rstrip(".") in self.hosts

    def entry_urls(self, base_url: str | None = None) -> list[str]:
        """Absolute entry URLs, on `base_url` (a mirror or a moved host) when given.

        Entry pages on an alias host keep their host unless a base URL replaces the origin.
        """
        origin = _origin(base_url) if base_url else self.base_url
        urls = []
        for entry in self.entry_pages:
            if base_url and "://" in entry:
                entry = _path_and_query(entry)
            urls.append(urljoin(origin, entry))
        return urls


def _origin(url: str) -> str:
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        raise PortalConfigError(f"base URL {url!r} must look like http://host[:port]/")
    return f"{parts.scheme}://{parts.netloc}/"


def _path_and_query(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


_LIST_FIELDS = ("aliases", "entry_pages", "feeds", "sitemaps", "drop_xpath")
_URL_FIELDS = ("entry_pages", "feeds", "sitemaps")  # paths, or absolute http(s) URLs
_REGEX_FIELDS = ("article_hints", "listing_hints", "boilerplate", "byline")
_TEXT_FIELDS = ("title", "province")
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
_KNOWN_FIELDS = {"host", "scheme", "follow", *_TEXT_FIELDS, *_LIST_FIELDS, *_REGEX_FIELDS}


def _host_problem(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return f"must be a host name like \"nbtv.vn\", not {value!r}"
    if "/" in value or ":" in value or any(ch.isspace() for ch in value):
        return f"must be a bare host name like \"nbtv.vn\" (no scheme, port or path), not {value!r}"
    return None


def _url_problem(value: str) -> str | None:
    """An entry page, feed or sitemap: a path on the portal, or an absolute http(s) URL."""
    parts = urlsplit(value)
    if parts.scheme and (parts.scheme not in ("http", "https") or not parts.netloc):
        return f"{value!r} must be a path or an http(s) URL"
    return None


def _xpath_problem(expression: str) -> str | None:
    from lxml import etree

    try:
        etree.XPath(expression)
    except etree.XPathSyntaxError as exc:
        return f"{expression!r} is not a valid XPath expression ({exc})"
    return None


#: What each item of a list field must be, beyond a string.
_ITEM_CHECKS: dict[str, Callable[[str], str | None]] = {
    "drop_xpath": _xpath_problem, **{field: _url_problem for field in _URL_FIELDS},
}


def _build(name: str, table: dict[str, Any], source: str) -> Portal:
    """One portal from its table; a bad field raises `PortalConfigError` naming the file, the
    portal and the key, so a broken override fails where it is loaded, not deep in a crawl."""

    def bad(key: str, problem: str) -> PortalConfigError:
        return PortalConfigError(f"{source}: portal {name!r}: {key!r} {problem}")

    if not _NAME_RE.match(name):  # it names a spider, a command-line argument, a summary row
        raise PortalConfigError(f"{source}: portal name {name!r} must be ASCII letters, digits, '_' or '-'")
    unknown = set(table) - _KNOWN_FIELDS
    if unknown:
        raise PortalConfigError(f"{source}: portal {name!r} has unknown key(s) {sorted(unknown)}")
    if "host" not in table:
        raise PortalConfigError(f"{source}: portal {name!r} needs a 'host'")
    if problem := _host_problem(table["host"]):
        raise bad("host", problem)
    for key in _TEXT_FIELDS:
        if key in table and not isinstance(table[key], str):
            raise bad(key, f"must be a string, not {table[key]!r}")
    kwargs: dict[str, Any] = {
        "name": name, "title": table.get("title", name), "host": table["host"].lower(), "province": table.get("province"),
    }
    if "scheme" in table:
        if table["scheme"] not in ("http", "https"):
            raise bad("scheme", f"must be http or https, not {table['scheme']!r}")
        kwargs["scheme"] = table["scheme"]
    if "follow" in table:
        if table["follow"] not in FOLLOW_SCOPES:
            raise bad("follow", f"must be one of {', '.join(FOLLOW_SCOPES)}, not {table['follow']!r}")
        kwargs["follow"] = table["follow"]
    for key in (*_LIST_FIELDS, *_REGEX_FIELDS):
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad(key, f"must be a list of strings, not {value!r}")
        if key in _REGEX_FIELDS:
            try:
                kwargs[key] = tuple(re.compile(v, re.IGNORECASE) for v in value)
            except re.error as exc:
                raise bad(key, f"has a bad regex: {exc}") from None
            continue
        check = _ITEM_CHECKS.get(key)
        for item in value if check else ():
            if problem := check(item):
                raise bad(key, problem)
        kwargs[key] = tuple(value)
    for pattern in kwargs["byline"]:
        if "author" not in pattern.groupindex:
            raise bad("byline", "regex needs an (?P<author>...) group")
    hosts = {kwargs["host"], *(a.lower() for a in kwargs["aliases"])}
    return Portal(hosts=frozenset(hosts), **kwargs)


def _read_toml(text: str, source: str) -> dict[str, Any]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PortalConfigError(f"{source}: {exc}") from exc
    for name, table in data.items():
        if not isinstance(table, dict):
            raise PortalConfigError(f"{source}: {name!r} must be a table of portal fields")
    return data


def load_portals(override: Path | None = None) -> dict[str, Portal]:
    """The bundled definitions, with tables from `override` replacing fields or adding portals."""
    bundled = resources.files("reformcrawl").joinpath("portals.toml").read_text(encoding="utf-8")
    tables = _read_toml(bundled, "portals.toml")
    sources = dict.fromkeys(tables, "portals.toml")
    if override is not None:
        try:
            text = read_text_file(override)
        except UnicodeDecodeError:
            raise PortalConfigError(f"{override}: portal file is not UTF-8 text") from None
        except OSError as exc:
            raise PortalConfigError(f"{override}: cannot read portal file: {exc.strerror or exc}") from None
        for name, table in _read_toml(text, str(override)).items():
            tables[name] = {**tables.get(name, {}), **table}
            sources[name] = str(override)  # a field it got wrong is the override's to fix
    return {name: _build(name, table, sources[name]) for name, table in tables.items()}


@lru_cache(maxsize=1)
def _portals() -> dict[str, Portal]:
    return load_portals(config.portals_override_file())


def all_portals() -> dict[str, Portal]:
    """Portal name -> definition, in file order."""
    return dict(_portals())


def get_portal(name: str) -> Portal:
    portals = _portals()
    try:
        return portals[name]
    except KeyError:
        raise PortalConfigError(f"unknown portal {name!r}; known: {', '.join(portals)}") from None


def portal_for_url(url: str) -> Portal | None:
    """The portal whose host or alias serves `url`, if any."""
    host = urlsplit(url).hostname
    for portal in _portals().values():
        if portal.owns_host(host):
            return portal
    return None

"""The offline mirror over real HTTP on 127.0.0.1: one port per portal, like separate hosts.

It answers conditional requests (ETag / Last-Modified -> 304), gzip-encodes when asked, logs every
request (tests and benchmarks count them), and lets tests add routes that misbehave on purpose.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from ..portals import all_portals
from .corpus import CorpusArticle
from .site import ORIGIN, MirrorSite, Resource, State, build_site

#: A test route: gets the request handler and writes a whole response itself (`send_plain`, or
#: `send_response` and raw bytes), or hands the request back to the mirror (`serve_resource`),
#: after a delay for instance. Every response is logged (`send_response` calls `log_request`).
Route = Callable[["_Handler"], None]


@dataclass(frozen=True)
class LoggedRequest:
    portal: str
    method: str
    path: str
    status: int
    conditional: bool
    #: the request headers as the server received them (User-Agent, If-None-Match...)
    headers: Mapping[str, str] = field(default_factory=dict, compare=False)
    #: `time.monotonic()` when the response started
    at: float = field(default=0.0, compare=False)


class _Handler(BaseHTTPRequestHandler):
    server: _PortalServer
    protocol_version = "HTTP/1.1"
    server_version = "reformcrawl-mirror"
    # Headers and body go out in two writes: with Nagle's algorithm on, the body waits for the
    # client's delayed ACK of the headers (~40 ms per response on a keep-alive connection).
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - silence stderr logging
        return

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def do_GET(self) -> None:
        self._serve(head=False)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        """Record this request in the mirror's log (`send_response` calls it: every route is logged)."""
        status = int(code) if isinstance(code, int) else 0
        headers = dict(self.headers.items()) if getattr(self, "headers", None) is not None else {}
        conditional = bool(headers.get("If-None-Match") or headers.get("If-Modified-Since"))
        self.server.mirror.log(LoggedRequest(
            self.server.portal, getattr(self, "command", None) or "", getattr(self, "path", ""), status,
            conditional, headers=headers, at=time.monotonic(),
        ))

    def send_plain(self, status: int, body: bytes = b"", content_type: str = "text/plain; charset=utf-8",
                   headers: Iterable[tuple[str, str]] = ()) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _serve(self, *, head: bool) -> None:
        route = self.server.mirror.route(self.server.portal, self.path)
        if route is not None:
            route(self)  # a test route writes its own response
            return
        self.serve_resource()

    def serve_resource(self) -> None:
        """Answer from the mirror's pages, as if no route were set."""
        mirror = self.server.mirror
        origin = mirror.origin(self.server.portal)
        if self.path == "/robots.txt":
            self.send_plain(200, mirror.site(self.server.portal).robots_txt(origin).encode())
            return
        resource = mirror.site(self.server.portal).pages.get(self.path)
        if resource is None:
            self.send_plain(404, "Không tìm thấy trang".encode())
            return
        if self._not_modified(resource):
            self.send_plain(304, headers=self._validators(resource))
            return
        body = resource.body
        if b"{{origin}}" in body:
            body = body.replace(ORIGIN.encode(), origin.rstrip("/").encode())
        headers = list(self._validators(resource))
        if "gzip" in (self.headers.get("Accept-Encoding") or ""):
            body = mirror.gzipped(body)
            headers.append(("Content-Encoding", "gzip"))
        self.send_plain(200, body, resource.content_type, headers)

    @staticmethod
    def _validators(resource: Resource) -> list[tuple[str, str]]:
        return [("ETag", resource.etag), ("Last-Modified", format_datetime(resource.last_modified.astimezone(timezone.utc), usegmt=True))]

    def _not_modified(self, resource: Resource) -> bool:
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            return resource.etag in [tag.strip() for tag in if_none_match.split(",")]
        if_modified_since = self.headers.get("If-Modified-Since")
        if if_modified_since:
            try:
                since = parsedate_to_datetime(if_modified_since)
            except (TypeError, ValueError):
                return False
            return resource.last_modified.replace(microsecond=0) <= since
        return False


class _PortalServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, mirror: MirrorServer, portal: str, host: str) -> None:
        super().__init__((host, 0), _Handler)
        self.mirror, self.portal = mirror, portal


class MirrorServer:
    """Serves the mirror of `portals` (default: all) in a state, until `stop()`.

    >>> with MirrorServer() as mirror:          # doctest: +SKIP
    ...     mirror.origin("nbtv")               # 'http://127.0.0.1:41234/'
    ...     mirror.set_state("after")
    """

    def __init__(
        self,
        portals: Iterable[str] | None = None,
        *,
        state: State = "before",
        articles: Sequence[CorpusArticle] | None = None,
        host: str = "127.0.0.1",
        most_read_elsewhere: int = 0,
    ) -> None:
        self.portals = tuple(portals or all_portals())
        self.host = host
        self._articles = articles
        self._most_read_elsewhere = most_read_elsewhere  # see `build_site`
        self._state: State = state
        self._switched_at: datetime | None = None
        self._sites: dict[tuple[str, State], MirrorSite] = {}
        self._servers: dict[str, _PortalServer] = {}
        self._routes: dict[tuple[str, str], Route] = {}
        self._lock = threading.Lock()
        self._gzip_cache: dict[bytes, bytes] = {}
        self.requests: list[LoggedRequest] = []

    # -- life cycle ----------------------------------------------------------------------------

    def start(self) -> MirrorServer:
        for portal in self.portals:
            self.site(portal)  # render up front: the first request should not wait for it
            server = _PortalServer(self, portal, self.host)
            threading.Thread(target=server.serve_forever, name=f"mirror-{portal}", daemon=True).start()
            self._servers[portal] = server
        return self

    def stop(self) -> None:
        for server in self._servers.values():
            server.shutdown()
            server.server_close()
        self._servers.clear()

    def __enter__(self) -> MirrorServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- state ---------------------------------------------------------------------------------

    @property
    def state(self) -> State:
        return self._state

    def set_state(self, state: State) -> None:
        with self._lock:
            if state == "after" and self._switched_at is None:
                # Sitemaps and Last-Modified carry whole seconds: wait for the next one, so that the
                # edit is later than every fetch before the switch and not later than any after it.
                now = datetime.now(timezone.utc)
                edge = now.replace(microsecond=0) + timedelta(seconds=1)
                time.sleep((edge - now).total_seconds())
                self._switched_at = edge
            self._state = state
        for portal in self.portals:
            self.site(portal)

    def site(self, portal: str) -> MirrorSite:
        key = (portal, self._state)
        with self._lock:
            site = self._sites.get(key)
        if site is None:
            site = build_site(portal, self._state, articles=self._articles, switched_at=self._switched_at,
                              most_read_elsewhere=self._most_read_elsewhere)
            with self._lock:
                self._sites[key] = site
        return site

    def origin(self, portal: str) -> str:
        host, port = self._servers[portal].server_address[:2]
        return f"http://{host}:{port}/"

    def is_article_path(self, portal: str, path: str) -> bool:
        return path in self.site(portal).article_paths

    def origins(self) -> dict[str, str]:
        return {portal: self.origin(portal) for portal in self._servers}

    # -- logging and test hooks ----------------------------------------------------------------

    def log(self, entry: LoggedRequest) -> None:
        with self._lock:
            self.requests.append(entry)

    def take_requests(self) -> list[LoggedRequest]:
        with self._lock:
            taken, self.requests = self.requests, []
        return taken

    def add_route(self, portal: str, path: str, route: Route) -> None:
        self._routes[(portal, path)] = route

    def clear_routes(self) -> None:
        """Back to the plain mirror: every test route removed."""
        self._routes.clear()

    def route(self, portal: str, path: str) -> Route | None:
        return self._routes.get((portal, path))

    def gzipped(self, body: bytes) -> bytes:
        cached = self._gzip_cache.get(body)
        if cached is None:
            cached = self._gzip_cache[body] = gzip.compress(body, compresslevel=5, mtime=0)
        return cached

"""Real alert receivers on loopback: a JSON webhook and an SMTP server, for delivery tests."""

from __future__ import annotations

import json
import socketserver
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class Webhook:
    """Collects POSTed JSON bodies; `status` is what it answers (set 500 to refuse)."""

    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        self.status = 200
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                if owner.status == 200:
                    owner.received.append(json.loads(body))
                self.send_response(owner.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"json://127.0.0.1:{self.server.server_address[1]}/hook"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class SmtpSink:
    """A minimal SMTP server that keeps every message it is given (no auth, no TLS)."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        owner = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                def reply(line: str) -> None:
                    self.wfile.write((line + "\r\n").encode())

                reply("220 localhost ESMTP reformcrawl-test")
                data: list[str] | None = None
                for raw in self.rfile:
                    line = raw.decode("utf-8", "replace").rstrip("\r\n")
                    if data is not None:
                        if line == ".":
                            owner.messages.append("\n".join(data))
                            data = None
                            reply("250 OK")
                        else:
                            data.append(line)
                        continue
                    verb = line[:4].upper()
                    if verb == "EHLO":
                        reply("250-localhost")
                        reply("250 8BITMIME")
                    elif verb == "DATA":
                        data = []
                        reply("354 end with .")
                    elif verb == "QUIT":
                        reply("221 bye")
                        return
                    else:
                        reply("250 OK")

        class Server(socketserver.ThreadingTCPServer):
            allow_reuse_address = True
            daemon_threads = True

        self.server = Server(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        port = self.server.server_address[1]
        return f"mailto://127.0.0.1:{port}?from=reformcrawl@example.com&to=team@example.com&mode=insecure"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

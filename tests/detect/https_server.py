"""A loopback HTTPS server for tests: http.server + ssl in a thread, a trustme certificate, routes by Host.

``routes[(host, path)] = (status, headers, body)``; anything else is 404. A header set to None is left
out (``{"Content-Length": None}``: the body ends when the connection closes). Every request is recorded
(method, host, path, headers) so tests can check what a client sent (no credentials, no cookies).
"""
from __future__ import annotations

import http.server
import ssl
import threading
from dataclasses import dataclass, field


@dataclass
class Request:
    method: str
    host: str
    path: str
    headers: dict[str, str]


@dataclass
class HttpsServer:
    cert_file: str
    key_file: str
    routes: dict[tuple[str, str], tuple[int, dict[str, str], bytes]] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    port: int = 0

    def __post_init__(self) -> None:
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                host = (self.headers.get("Host") or "").rsplit(":", 1)[0].lower()
                owner.requests.append(Request("GET", host, self.path, dict(self.headers.items())))
                status, headers, body = owner.routes.get((host, self.path), (404, {}, b"not found"))
                self.send_response(status)
                for key, value in headers.items():
                    if value is not None:  # None: leave the header out (e.g. no Content-Length)
                        self.send_header(key, value)
                if "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(self.cert_file, self.key_file)
        self._httpd.socket = ctx.wrap_socket(self._httpd.socket, server_side=True)
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="test-https", daemon=True)

    def start(self) -> "HttpsServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)

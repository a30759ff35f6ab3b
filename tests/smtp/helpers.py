"""Shared by the SMTP engine tests: credentials, certificates, settings for a server, raw servers."""
from __future__ import annotations

import base64
import contextlib
import socket
import ssl
import threading
from typing import Callable

from swyxon_desktop.settings import AuthMechanism, MailSettings, TlsMode

USER, PASSWORD = "alice", "S3cret-pw!ü"
SENDER, RECIPIENT = "SwyxWare@firma.de", "admin@example.com"


def password_forms(user: str = USER, password: str = PASSWORD) -> dict[str, str]:
    """Every form the password could leak in: plain, base64 (LOGIN), base64 of PLAIN's NUL-joined triple."""
    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    pw = password.encode("utf-8")
    return {
        "plain": password,
        "base64": b64(pw),
        "base64-unpadded": b64(pw).rstrip("="),
        "plain-triple": b64(b"\0" + user.encode() + b"\0" + pw),
        "plain-triple-authzid": b64(user.encode() + b"\0" + user.encode() + b"\0" + pw),
    }


def assert_no_password(*texts: object) -> None:
    for text in texts:
        for name, form in password_forms().items():
            assert form not in str(text), f"password ({name}) leaked: {str(text)[:200]!r}"


def settings_for(peer, *, tls: str = "starttls", **changes) -> MailSettings:
    """Settings pointing at a LocalServer / RawServer (127.0.0.1) with the given security."""
    base = dict(server="127.0.0.1", port=peer.port, sender=SENDER, timeout_s=5.0,
                ca_file=str(peer.ca_file) if getattr(peer, "ca_file", None) else "")
    if tls == "none":
        base.update(use_ssl=False)
    elif tls == "starttls":
        base.update(use_ssl=True, tls_mode=TlsMode.STARTTLS)
    else:
        base.update(use_ssl=True, tls_mode=TlsMode.IMPLICIT)
    base.update(changes)
    if "mechanism" in base and isinstance(base["mechanism"], str):
        base["mechanism"] = AuthMechanism(base["mechanism"])
    return MailSettings(**base)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RawServer:
    """A scripted TCP server on 127.0.0.1: ``script(conn, server)`` runs in a thread per connection.

    For faulty servers aiosmtpd cannot be made to be (silent, garbage, dropping, dripping). Connections
    are closed on ``stop()``, so no script outlives its test.
    """

    def __init__(self, script: Callable[[socket.socket, "RawServer"], None],
                 tls: ssl.SSLContext | None = None):
        self.script = script
        self.tls = tls
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.ca_file = None
        self.connections: list[socket.socket] = []
        self.lines: list[str] = []  # every line clients sent (read by the scripts' readline)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> "RawServer":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            if self.tls is not None:
                try:
                    conn = self.tls.wrap_socket(conn, server_side=True)
                except (OSError, ssl.SSLError):
                    conn.close()
                    continue
            self.connections.append(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        # stop() may close the connection before this thread first touches it: that is the end, not an error
        with contextlib.suppress(OSError, ValueError):
            conn.settimeout(20)
            self.script(conn, self)

    def readline(self, conn: socket.socket) -> str:
        data = b""
        while not data.endswith(b"\n"):
            chunk = conn.recv(1)
            if not chunk:
                break
            data += chunk
        line = data.decode("utf-8", "replace").rstrip("\r\n")
        self.lines.append(line)
        return line

    def wait_closed(self, conn: socket.socket) -> None:
        """Block until the client closes (or stop())."""
        with contextlib.suppress(OSError):
            while conn.recv(1024):
                pass

    def stop(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
        self.listener.close()
        for conn in self.connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            conn.close()
        self._thread.join(5)


def ehlo_reply(*extensions: str) -> bytes:
    lines = ["localhost"] + list(extensions)
    return "".join(f"250{'-' if i < len(lines) - 1 else ' '}{text}\r\n" for i, text in enumerate(lines)).encode()

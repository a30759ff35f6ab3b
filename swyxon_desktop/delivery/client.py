"""The IMAP connection of a delivery confirmation: stdlib ``imaplib`` with the socket handled here.

Why imaplib: it is in the standard library (no new dependency on test-mail's machine), parses what this
needs (tagged/untagged responses, literals) and leaves the socket to a subclass — which is what the
engine needs for the same guarantees as the SMTP side: every blocking call bounded by the per-operation
timeout and the overall deadline, cancel from another thread (the :class:`~swyxon_desktop.smtp.session.
CancelToken` closes the socket), the same trust sequence (tlsinfo.py: verified, else a pinned fingerprint
on a second connection, else the certificate fetched for the user to inspect) and a redacted transcript.
``imapclient`` and ``aioimaplib`` were considered: the first wraps imaplib itself (and hides the socket),
the second needs an event loop; neither adds what this needs. IDLE (RFC 2177; imaplib has it only from
Python 3.14) is implemented here with a ``select`` on the socket, so a wait window never times out the
buffered reader.

Redaction: ``LOGIN`` is recorded as ``LOGIN [redacted: user "u", password]``, every ``AUTHENTICATE``
payload as a label; the :class:`~swyxon_desktop.smtp.transcript.Redactor` knows the password in its
plain and base64 forms and scrubs every line the server sends. Message literals (the fetched header) are
recorded as a byte count only.
"""
from __future__ import annotations

import base64
import contextlib
import imaplib
import re
import select
import socket
import ssl
import time
from dataclasses import dataclass, field
from typing import Callable

from swyxon_desktop.failures import Category, Failure, FailureError
from swyxon_desktop.checks.run import abort_socket
from swyxon_desktop.smtp.session import Run, _getaddrinfo
from swyxon_desktop.smtp.tlsinfo import TlsInfo, make_context, make_pin_context, sha256_fingerprint
from swyxon_desktop.smtp.transcript import Transcript

_MAXLINE = 64 * 1024


class ImapWire(imaplib.IMAP4):
    """imaplib.IMAP4 on a socket this module connected (and, for implicit TLS, wrapped)."""

    def __init__(self, sock: socket.socket, host: str, port: int, transcript: Transcript,
                 arm: Callable[[], float]):
        self._given = sock
        self._transcript = transcript
        self._arm = arm
        self._label_next: str | None = None
        self._label_all = False
        super().__init__(host, port)

    # -- the socket ---------------------------------------------------------------------------------
    def _create_socket(self, timeout: float | None = None) -> socket.socket:  # noqa: ARG002
        return self._given

    def send(self, data: bytes) -> None:
        if self._label_next is not None:
            self._transcript.label(self._label_next)
            self._label_next = None
        elif self._label_all:
            if b" AUTHENTICATE " in data[:40] and data.count(b" ") <= 2:
                self._transcript.client(data.decode("ascii", "replace").rstrip("\r\n"))  # "tag AUTHENTICATE PLAIN"
            elif data.strip():
                self._transcript.label("[AUTHENTICATE payload redacted]")
        else:
            for line in data.decode("utf-8", "replace").split("\r\n"):
                if line:
                    self._transcript.client(line)
        self.sock.settimeout(self._arm())
        self.sock.sendall(data)

    def readline(self) -> bytes:
        self.sock.settimeout(self._arm())
        line = self.file.readline(_MAXLINE + 1)
        if not line:
            self._transcript.note("connection closed by the server")
            raise imaplib.IMAP4.abort("socket error: EOF")
        if len(line) > _MAXLINE:
            raise imaplib.IMAP4.error("line too long")
        text = line.decode("utf-8", "replace").rstrip("\r\n")
        self._transcript.server(text)
        return line

    def read(self, size: int) -> bytes:
        self.sock.settimeout(self._arm())
        data = self.file.read(size)
        self._transcript.note(f"[{len(data)} bytes of message data]")
        return data

    def shutdown(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.file.close()
        abort_socket(self.sock)

    # -- commands with secrets -----------------------------------------------------------------------
    def login(self, user: str, password: str):
        self._label_next = f'LOGIN [redacted: user "{user}", password]'
        try:
            return super().login(user, password)
        finally:
            self._label_next = None

    def authenticate_plain(self, user: str, password: str):
        """AUTHENTICATE PLAIN (RFC 4616) when the server disables LOGIN; payloads recorded as labels."""
        payload = ("\0" + user + "\0" + password).encode("utf-8")
        self._label_all = True
        try:
            return super().authenticate("PLAIN", lambda _challenge: payload)
        finally:
            self._label_all = False


@dataclass
class Mailbox:
    """Where to log in: from the profile's IMAP fields."""

    server: str
    host: str  # ASCII (IDNA) form
    port: int
    security: str  # "implicit" | "starttls"
    username: str
    ca_file: str = ""
    pin: str = ""  # normalised hex SHA-256 or ""


@dataclass
class ImapSession:
    run: Run
    box: Mailbox
    trust: str = "verify"  # "verify" | "pin" | "inspect"
    first_verify_error: str = ""
    wire: ImapWire | None = None
    tls: TlsInfo | None = None
    step: str = "resolve"  # what the session is doing: resolve, connect, tls, greeting, login, select, wait …
    capabilities: tuple[str, ...] = field(default_factory=tuple)
    sock: socket.socket | None = None  # the latest socket of the connection (closed by close(), wire or not)

    # -- connection ----------------------------------------------------------------------------------
    def _connect(self) -> socket.socket:
        run = self.run
        self.step = "resolve"
        infos = _getaddrinfo(run, self.box.host, self.box.port)
        self.step = "connect"
        last: BaseException | None = None
        for family, type_, proto, _, address in infos:
            sock = socket.socket(family, type_, proto)
            run.token.attach(sock)
            try:
                sock.settimeout(run.arm())
                sock.connect(address)
            except BaseException as exc:
                run.token.detach(sock)
                sock.close()
                last = exc
                run.check_cancel()
                if isinstance(exc, TimeoutError):
                    break
                continue
            run.transcript.note(f"IMAP: connected to {address[0]} port {address[1]}")
            return sock
        assert last is not None
        raise last

    def _context(self) -> ssl.SSLContext:
        if self.trust in ("pin", "inspect"):
            return make_pin_context()
        try:
            return make_context(self.box.ca_file)
        except (OSError, ssl.SSLError) as exc:
            from swyxon_desktop.smtp import errors as smtp_errors

            raise FailureError(Failure(
                Category.INVALID_SETTINGS, smtp_errors.MSG_CA_FILE, hint=smtp_errors.HINT_CA_FILE,
                message_args=(self.box.ca_file, getattr(exc, "strerror", None) or str(exc)))) from None

    def _wrap(self, raw: socket.socket) -> ssl.SSLSocket:
        """The TLS handshake on ``raw`` with the session's trust; checks a pin before anything is sent."""
        run = self.run
        self.step = "tls"
        ctx = self._context()
        run.token.detach(raw)
        tls_sock = ctx.wrap_socket(raw, server_hostname=self.box.host, do_handshake_on_connect=False)
        self.sock = tls_sock
        run.token.attach(tls_sock)
        tls_sock.settimeout(run.arm())
        tls_sock.do_handshake()
        info = TlsInfo.from_socket(tls_sock, verified=self.trust == "verify")
        info.verify_error = self.first_verify_error
        self.tls = info
        if self.trust == "pin":
            if sha256_fingerprint(info.der) != self.box.pin:
                from swyxon_desktop.delivery import errors

                raise FailureError(errors.pin_mismatch(info))
            info.trusted_by_pin = True
        how = {"verify": "verified", "pin": "trusted by its pinned fingerprint",
               "inspect": "NOT trusted (inspection only)"}[self.trust]
        run.transcript.note(f"IMAP: TLS established: {info.summary()}; certificate {how}; SHA-256 {info.sha256}")
        return tls_sock

    def open(self, *, until_tls: bool = False) -> None:
        """Connect, TLS (implicit or STARTTLS), greeting; with ``until_tls`` stop after the handshake."""
        run = self.run
        sock = self.sock = self._connect()
        if self.box.security == "implicit":
            sock = self._wrap(sock)
            if until_tls:
                return
        self.step = "greeting"
        try:
            self.wire = ImapWire(sock, self.box.host, self.box.port, run.transcript, run.arm)
        except BaseException:
            run.token.detach(sock)
            abort_socket(sock)
            raise
        if self.box.security == "starttls":
            self.step = "tls"
            if "STARTTLS" not in self.wire.capabilities:
                from swyxon_desktop.delivery import errors

                raise FailureError(errors.no_starttls(self.box.port))
            typ, data = self.wire._simple_command("STARTTLS")
            if typ != "OK":
                from swyxon_desktop.delivery import errors

                raise FailureError(errors.no_starttls(self.box.port))
            tls_sock = self._wrap(self.wire.sock)
            self.wire.sock = tls_sock
            self.wire.file = tls_sock.makefile("rb")
            self.wire._tls_established = True
            if until_tls:
                return
            self.step = "greeting"
            self.wire._get_capabilities()
        self.capabilities = tuple(self.wire.capabilities)

    def login(self, password: str) -> str:
        """LOGIN, or AUTHENTICATE PLAIN when the server disables LOGIN; returns the method used."""
        assert self.wire is not None
        self.step = "login"
        user = self.box.username
        caps = self.wire.capabilities
        # LOGIN's quoted strings are 7-bit: a non-ASCII user name or password goes as AUTHENTICATE PLAIN
        # (UTF-8, RFC 4616), as it does when the server disables LOGIN.
        if "LOGINDISABLED" in caps or not (user + password).isascii():
            if "AUTH=PLAIN" not in caps:
                from swyxon_desktop.delivery import errors

                raise FailureError(errors.no_login_method(caps))
            self.wire.authenticate_plain(user, password)
            method = "AUTHENTICATE PLAIN"
        else:
            self.wire.login(user, password)
            method = "LOGIN"
        with contextlib.suppress(imaplib.IMAP4.error):
            # Capabilities may change after login (RFC 3501 §6.2.3); ask once more if not sent along.
            typ, data = self.wire.capability()
            if typ == "OK" and data and data[-1]:
                self.wire.capabilities = tuple(data[-1].decode("ascii", "replace").upper().split())
        self.capabilities = tuple(self.wire.capabilities)
        return method

    def close(self) -> None:
        wire = self.wire
        if wire is not None:
            self.run.token.detach(wire.sock)
            wire.shutdown()
        sock = self.sock
        if sock is not None and (wire is None or sock is not wire.sock):  # no wire yet, or its TLS failed
            self.run.token.detach(sock)
            abort_socket(sock)

    def logout(self) -> None:
        wire = self.wire
        if wire is None:
            return
        self.step = "logout"
        with contextlib.suppress(Exception):
            wire.logout()
        self.close()

    # -- mailbox work ---------------------------------------------------------------------------------
    def special_use_junk(self) -> str | None:
        """The mailbox the server marks ``\\Junk`` (RFC 6154), or None."""
        assert self.wire is not None
        self.step = "list"
        args = ('(SPECIAL-USE)', '""', '"*"') if "SPECIAL-USE" in self.capabilities else ('""', '"*"')
        typ, data = self.wire._simple_command("LIST", *args)
        if typ != "OK":
            return None
        for item in self.wire.untagged_responses.pop("LIST", []):
            name = _list_junk(item)
            if name:
                return name
        return None

    def select(self, folder: str, *, readonly: bool) -> bool:
        """SELECT/EXAMINE a folder; False when it does not exist (NO)."""
        assert self.wire is not None
        self.step = "select"
        typ, _ = self.wire.select(_quote(folder), readonly=readonly)
        return typ == "OK"

    def search(self, message_id: str) -> list[bytes]:
        assert self.wire is not None
        self.step = "search"
        typ, data = self.wire.uid("SEARCH", "HEADER", "Message-ID", _quote(message_id))
        if typ != "OK" or not data or not data[0]:
            return []
        return data[0].split()

    def fetch_header(self, uid: bytes) -> bytes:
        assert self.wire is not None
        self.step = "fetch"
        typ, data = self.wire.uid("FETCH", uid.decode("ascii"), "(BODY.PEEK[HEADER])")
        if typ != "OK":
            return b""
        for item in data:
            if isinstance(item, tuple) and len(item) == 2:
                return item[1]
        return b""

    def delete(self, uid: bytes) -> bool:
        assert self.wire is not None
        self.step = "delete"
        typ, _ = self.wire.uid("STORE", uid.decode("ascii"), "+FLAGS.SILENT", r"(\Deleted)")
        if typ != "OK":
            return False
        if "UIDPLUS" in self.capabilities:
            typ, _ = self.wire.uid("EXPUNGE", uid.decode("ascii"))
        else:
            typ, _ = self.wire.expunge()
        return typ == "OK"

    def idle(self, window_s: float) -> bool | None:
        """IDLE on the selected folder for up to ``window_s``; True when the server announced a change,
        False when it did not, None when it refused IDLE.

        Waits with ``select`` on the socket (a timed-out buffered reader cannot be read again). Cancel
        closes the socket: the wait wakes at once and the read that follows reports it."""
        wire = self.wire
        assert wire is not None
        self.step = "wait"
        run = self.run
        tag = wire._new_tag()
        wire.send(tag + b" IDLE\r\n")
        while True:
            line = wire.readline()
            if line.startswith(b"+"):
                break
            if line.startswith(tag):
                wire.tagged_commands.pop(tag, None)
                return None  # refused: the caller polls instead
        changed = False
        end = time.monotonic() + window_s
        sock = wire.sock
        while not changed:
            run.check_cancel()
            left = min(end - time.monotonic(), run.remaining())
            if left <= 0:
                break
            pending = isinstance(sock, ssl.SSLSocket) and sock.pending() > 0
            if not pending:
                readable, _, _ = select.select([sock], [], [], left)
                run.check_cancel()
                if not readable:
                    break
            line = wire.readline()
            if re.match(rb"\* \d+ (EXISTS|RECENT)", line):
                changed = True
            elif line.startswith(b"* BYE"):
                raise imaplib.IMAP4.abort("server said BYE during IDLE")
        wire.send(b"DONE\r\n")
        while True:
            line = wire.readline()
            if line.startswith(tag):
                wire.tagged_commands.pop(tag, None)
                break
        return changed


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


_LIST_RE = re.compile(rb'\((?P<flags>[^)]*)\) (?P<sep>"[^"]*"|NIL) (?P<name>.*)$')


def _list_junk(item: object) -> str | None:
    if isinstance(item, tuple):  # the name as a literal: (b'(\\Junk) "/" {4}', b'Junk')
        head, name = item[0], item[1]
        m = _LIST_RE.match(head)
        if m and b"\\junk" in m.group("flags").lower():
            return _decode_mailbox(name)
        return None
    if not isinstance(item, bytes):
        return None
    m = _LIST_RE.match(item)
    if not m or b"\\junk" not in m.group("flags").lower():
        return None
    name = m.group("name").strip()
    if name.startswith(b'"') and name.endswith(b'"'):
        name = name[1:-1].replace(b'\\"', b'"').replace(b"\\\\", b"\\")
    return _decode_mailbox(name)


def _decode_mailbox(name: bytes) -> str:
    """Mailbox names as the server lists them (modified UTF-7 stays as is: SELECT takes it back)."""
    return name.decode("ascii", "replace")


def encode_mailbox(name: str) -> str:
    """A folder name in IMAP's modified UTF-7 (RFC 3501 §5.1.3): "Unerwünscht" -> "Unerw&APw-nscht"."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            data = "".join(run).encode("utf-16-be")
            out.append("&" + base64.b64encode(data).decode("ascii").rstrip("=").replace("/", ",") + "-")
            run.clear()

    for ch in name:
        if 0x20 <= ord(ch) <= 0x7E:
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            run.append(ch)
    flush()
    return "".join(out)


def decode_mailbox(name: str) -> str:
    """The readable form of a modified UTF-7 folder name."""
    def repl(m: re.Match) -> str:
        body = m.group(1)
        if not body:
            return "&"
        data = body.replace(",", "/")
        data += "=" * (-len(data) % 4)
        try:
            return base64.b64decode(data).decode("utf-16-be")
        except ValueError:
            return m.group(0)

    return re.sub(r"&([A-Za-z0-9+,]*)-", repl, name)

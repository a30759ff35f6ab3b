"""The embedded SMTP server (aiosmtpd) that emulates a customer's server policy. Qt-free.

:class:`LocalServer` runs in a background thread with its own asyncio loop. It reports what happens as
:class:`ServerEvent` values to an optional callback (called in the server thread: the GUI turns them into
Qt signals, the CLI prints JSON lines) and keeps :attr:`LocalServer.sessions` (one
:class:`SessionRecord` per connection, commands redacted) and :attr:`LocalServer.received`
(:class:`ReceivedMessage` with the envelope and the raw bytes, also written as ``.eml`` files).

Passwords are never recorded: AUTH lines keep only the mechanism, challenge responses are never read
by the command loop, and the authenticator keeps only the user name. A client that sends its AUTH
continuation anyway (after a 538 refusal, say) gets ``500 5.5.2 Error: command not recognized`` — the
unknown "command" is never echoed. On top of that every event, session record and aiosmtpd log record
passes through a redactor that knows each policy password in every form that could travel
(:func:`server_redactor`), and aiosmtpd's ``mail.log`` records that carry raw client lines are dropped.

Memory stays bounded: :attr:`LocalServer.sessions`, :attr:`LocalServer.events` and
:attr:`LocalServer.received` keep the most recent :data:`KEEP_RECENT` entries (the ``.eml`` files stay on
disk); a message larger than :data:`MAX_MESSAGE_SIZE` (advertised as SIZE) is refused with 552.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import email.parser
import email.policy
import errno
import gc
import hmac
import itertools
import logging
import os
import re
import secrets
import socket
import ssl
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Callable, Mapping, NamedTuple

from aiosmtpd.smtp import MISSING, SMTP, AuthResult, LoginPassword, Session

from swyxon_desktop import APP_DISPLAY_NAME
from swyxon_desktop.failures import Category, Failure, FailureError
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP, translate
from swyxon_desktop.smtp.transcript import Redactor
from swyxon_desktop.checks.stages import AUTH, DATA, EHLO, GREETING, MAIL_FROM, RCPT_TO, TLS
from swyxon_desktop.settings import Security
from swyxon_desktop.testserver.policy import ServerPolicy, stage_word, tls_word

log = logging.getLogger(__name__)

MSG_PORT_IN_USE = QT_TRANSLATE_NOOP(
    "Failure", "Port {1} on {0} is already in use, so the test server cannot listen there.")
HINT_PORT_IN_USE = QT_TRANSLATE_NOOP(
    "Failure", "Choose another port, or stop the program that uses this one (port 0 picks a free port).")
MSG_PORT_DENIED = QT_TRANSLATE_NOOP("Failure", "This user may not listen on port {1} on {0}.")
HINT_PORT_DENIED = QT_TRANSLATE_NOOP(
    "Failure", "Ports below 1024 need administrator rights; use a port such as 2525, 2587 or 2465.")
MSG_BAD_ADDRESS = QT_TRANSLATE_NOOP("Failure", "The address {0} does not belong to this computer.")
HINT_BAD_ADDRESS = QT_TRANSLATE_NOOP(
    "Failure", "Listen on 127.0.0.1 (this computer only), or give one of this computer's own addresses.")
MSG_LISTEN_FAILED = QT_TRANSLATE_NOOP("Failure", "The test server cannot listen on {0} port {1}: {2}")
MSG_CERT_FAILED = QT_TRANSLATE_NOOP("Failure", "The server certificate cannot be loaded: {2}")
HINT_CERT_FAILED = QT_TRANSLATE_NOOP(
    "Failure", "Check the certificate and key files (PEM), or leave them empty to use the local test CA.")
MSG_START_TIMEOUT = QT_TRANSLATE_NOOP("Failure", "The test server did not start in time.")
MSG_MAILBOX_FAILED = QT_TRANSLATE_NOOP("Failure", "The mailbox folder {2} cannot be used: {3}")
HINT_MAILBOX_FAILED = QT_TRANSLATE_NOOP("Failure", "Choose a folder you may write to.")

IDENT = f"ESMTP {APP_DISPLAY_NAME} test server"
CRAM_MD5 = "CRAM-MD5"
KEEP_RECENT = 1000  # sessions, events and received messages kept in memory (each)
MAX_MESSAGE_SIZE = 32 * 1024 * 1024  # bytes after DATA; advertised in EHLO as SIZE
UNRECOGNISED_REPLY = "500 5.5.2 Error: command not recognized"
_ECHOED_COMMAND = re.compile(r'^500 Error: command ".*" not recognized$', re.DOTALL)


# ---------------------------------------------------------------------------------------------------
# Secrets: never in a record, an event or a log line


def server_redactor(users: Mapping[str, str]) -> Redactor:
    """A Redactor for every password of the policy: the engine's forms (plain, base64 of the PLAIN and
    LOGIN payloads, with and without padding, upper-cased) plus the plain password upper-cased (aiosmtpd
    upper-cases an unknown command word before echoing it)."""
    redactor = Redactor()
    for user, password in users.items():
        redactor.add_password(password, user)
        redactor.add(password.upper())
    return redactor


TRIM_EVERY = 200  # connections closed between two returns of free memory to the system (TLS only)
TRIM_IDLE_S = 0.5  # … and this long after the last connection closed
_malloc_trim: list[Any] = []  # the C function once looked up (False where there is none)


def _return_free_memory() -> None:
    """Give the heap's free pages back to the system (glibc's ``malloc_trim``; elsewhere nothing).

    TLS connections allocate and free large buffers (asyncio's 256 KB read buffer, OpenSSL's records);
    glibc keeps what was freed for reuse, so a burst of concurrent TLS clients would leave the server at
    its high-water mark for good (docs/PERFORMANCE.md). One call costs ~10 ms on a 150 MB heap; the
    server makes it every ``TRIM_EVERY`` connections and once when it has become idle (after a full
    garbage collection there: nobody waits then).
    """
    if not _malloc_trim:
        call: Any = False
        if sys.platform.startswith("linux"):
            try:
                import ctypes

                call = ctypes.CDLL("libc.so.6").malloc_trim  # glibc only (musl has none)
            except (OSError, AttributeError):
                pass
        _malloc_trim.append(call)
    if _malloc_trim[0]:
        _malloc_trim[0](0)


def _append_recent(items: list, item: Any) -> None:
    items.append(item)
    if len(items) > KEEP_RECENT:
        del items[:len(items) - KEEP_RECENT]


def _redact_value(redact: Redactor, value: Any) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [_redact_value(redact, v) for v in value]
    if isinstance(value, dict):
        return {k: _redact_value(redact, v) for k, v in value.items()}
    return value


class _MailLogFilter(logging.Filter):
    """On aiosmtpd's "mail.log" logger: drops the records that carry raw client lines (a password sent out
    of turn would be one) and redacts the running servers' passwords from every other record."""

    CLIENT_LINES = frozenset({"_handle_client readline: %r", "%r >> %r", "%r unrecognised: %s",
                              "%r can't decode base64: %s", "DATA readline: %s"})

    def __init__(self) -> None:
        super().__init__()
        self.redactors: list[Redactor] = []
        self.lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg in self.CLIENT_LINES:
            return False
        with self.lock:
            redactors = list(self.redactors)
        if redactors:
            try:
                text = record.getMessage()
            except Exception:  # noqa: BLE001 - a malformed record: keep nothing of it
                return False
            for redact in redactors:
                text = redact(text) or ""
            record.msg, record.args = text, ()
        return True

    def attach(self, redactor: Redactor) -> None:
        with self.lock:
            self.redactors.append(redactor)
        logger = logging.getLogger("mail.log")
        if self not in logger.filters:
            logger.addFilter(self)

    def detach(self, redactor: Redactor) -> None:
        with self.lock:
            if redactor in self.redactors:
                self.redactors.remove(redactor)


_MAIL_LOG_FILTER = _MailLogFilter()


class ServerError(FailureError):
    """The server could not start (port in use, no permission, bad certificate, …). ``text()`` translates."""

    def __init__(self, message: str, host: str, port: int, *more: str, category: Category = Category.INVALID_SETTINGS,
                 hint: str | None = None, stage: str = "listen"):
        self.source = message
        self.format_args = (host, port, *more)
        super().__init__(Failure(category=category, message=message, stage=stage, hint=hint,
                                 message_args=self.format_args))

    def text(self, lang: str | None = None) -> str:
        """The message (translated, context "Failure") with its placeholders filled."""
        return translate("Failure", self.source, lang).format(*self.format_args)


# ---------------------------------------------------------------------------------------------------
# What the server reports


@dataclass
class SessionRecord:
    """One client connection. ``commands`` are redacted (AUTH keeps only its mechanism)."""

    id: int
    peer: str
    started: dt.datetime
    tls: bool = False  # encrypted now (implicit TLS, or after STARTTLS)
    starttls: bool = False
    helo: str | None = None
    auth_mechanism: str | None = None  # the mechanism the client asked for in AUTH (last one)
    auth_mechanisms: list[str] = field(default_factory=list)  # every AUTH attempt, in order
    auth_user: str | None = None
    authenticated: bool = False
    commands: list[str] = field(default_factory=list)
    replies: list[str] = field(default_factory=list)
    transcript: list[tuple[str, str]] = field(default_factory=list)  # ("C"|"S", line), redacted
    messages: list[str] = field(default_factory=list)  # ids of received messages
    closed: bool = False


@dataclass
class ReceivedMessage:
    id: str
    session_id: int
    peer: str
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes  # the message exactly as received after DATA
    path: Path | None  # the .eml file (trace headers + raw)
    received_at: dt.datetime
    auth_user: str | None
    tls: bool

    @cached_property
    def message(self) -> email.message.EmailMessage:
        """The parsed message (parsed once: the log, the window's list and its view all read it)."""
        return email.parser.BytesParser(policy=email.policy.default).parsebytes(self.raw)

    @property
    def subject(self) -> str:
        return str(self.message.get("Subject", ""))


class ServerEvent(NamedTuple):
    """``kind``: listening, stopped, connect, command, reply, received, refused, auth, closed, warning."""

    kind: str
    session_id: int | None
    text: str  # one line for a log (redacted)
    data: dict  # JSON-friendly details

    def to_dict(self) -> dict:
        return {"event": self.kind, "session": self.session_id, **self.data}


class _AuthUser(NamedTuple):
    login: bytes  # what aiosmtpd copies into session.login_data; no password


# The stage of the client's command being answered (aiosmtpd's verb; "greeting" before any).
_REFUSE_STAGES = {"greeting": GREETING, "EHLO": EHLO, "HELO": EHLO, "STARTTLS": TLS, "AUTH": AUTH,
                  "MAIL": MAIL_FROM, "RCPT": RCPT_TO, "DATA": DATA}


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _split_reply(line: str) -> tuple[int | None, str | None, str]:
    parts = line.split(" ", 2)
    code = int(parts[0][:3]) if parts and parts[0][:3].isdigit() else None
    enhanced = None
    if len(parts) > 1 and parts[1].count(".") == 2 and all(p.isdigit() for p in parts[1].split(".")):
        enhanced = parts[1]
    text = line[4:] if code is not None else line
    return code, enhanced, text


# ---------------------------------------------------------------------------------------------------
# The SMTP protocol (one instance per connection) and the policy handler (one per server)


class _Session(Session):
    """aiosmtpd logs a deprecation warning each time it sets login_data itself; keep the log quiet."""

    @property
    def login_data(self) -> Any:
        return self._login_data

    @login_data.setter
    def login_data(self, value: Any) -> None:
        self._login_data = value


class _PolicySMTP(SMTP):
    def __init__(self, handler: "_PolicyHandler", **kwargs: Any):
        super().__init__(handler, **kwargs)
        self._handler = handler
        self._record: SessionRecord | None = None
        self._stage = "greeting"
        # Record every command (redacted) on its way in, and know the stage of each reply.
        for name, method in list(self._smtp_methods.items()):
            self._smtp_methods[name] = self._recording(name, method)

    def _recording(self, name: str, method: Callable):
        async def wrapper(arg: str | None) -> None:
            self._stage = name
            if name == "AUTH" and arg:
                mech = arg.split()[0].upper()
                line = f"AUTH {mech}" + (" ****" if len(arg.split()) > 1 else "")
            else:
                line = name if arg is None else f"{name} {arg}"
            self._handler.on_command(self, line)
            await method(arg)
        return wrapper

    def _create_session(self) -> Session:
        return _Session(self.loop)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        after_starttls = self._original_transport is not None
        super().connection_made(transport)
        if self._record is None:
            self._record = self._handler.on_connect(self, transport)
        elif after_starttls:
            self._record.tls = True
            self._record.starttls = True

    def connection_lost(self, error: Exception | None) -> None:
        try:
            super().connection_lost(error)
        finally:
            # Let go of the connection's TLS objects now (asyncio's SSLProtocol with its 256 KB read
            # buffer, the SSLObject in the session's extras): this protocol object sits in reference
            # cycles (its tasks) that only the cyclic GC frees, so these would otherwise live, and
            # fragment the heap, until it runs (docs/PERFORMANCE.md, "The local test server's memory").
            self._tls_protocol = None
            self._original_transport = None
            if self.session is not None:
                self.session.ssl = None
            self._handler.on_close(self)

    async def _handle_client(self) -> None:
        self._stage = "greeting"
        await self._handler._delay(GREETING)
        fault = self._handler.policy.reject_at(GREETING)
        if fault is not None:
            await self.push(fault.reply())
            if self.transport is not None:
                self.transport.close()
            return
        await super()._handle_client()

    async def push(self, status: Any) -> None:
        # aiosmtpd echoes an unknown command word — which is a password when a client sends its AUTH
        # continuation after a refusal. Never echo it.
        if isinstance(status, str) and _ECHOED_COMMAND.match(status):
            status = UNRECOGNISED_REPLY
        await super().push(status)
        line = status.decode("utf-8", "replace") if isinstance(status, bytes) else str(status)
        self._handler.on_reply(self, line)


class _PolicyHandler:
    """aiosmtpd hooks that apply a ServerPolicy; reports to the LocalServer."""

    def __init__(self, server: "LocalServer"):
        self.server = server
        self.policy: ServerPolicy = server.policy
        self._ids = itertools.count(1)

    # -- bookkeeping (called by _PolicySMTP) ----------------------------------------------------------

    def on_connect(self, proto: _PolicySMTP, transport: asyncio.BaseTransport) -> SessionRecord:
        peer = transport.get_extra_info("peername")
        peer_text = f"{peer[0]}:{peer[1]}" if isinstance(peer, tuple) and len(peer) >= 2 else str(peer)
        record = SessionRecord(id=next(self._ids), peer=peer_text, started=_utcnow(),
                               tls=transport.get_extra_info("sslcontext") is not None)
        self.server._add_session(record, proto)
        self.server._emit("connect", record.id, f"connect from {peer_text}" + (" (TLS)" if record.tls else ""),
                          {"peer": peer_text, "tls": record.tls})
        return record

    def on_close(self, proto: _PolicySMTP) -> None:
        record = proto._record
        if record is None or record.closed:
            return
        record.closed = True
        self.server._remove_session(proto)
        self.server._emit("closed", record.id, "connection closed", {})

    def _record_line(self, proto: _PolicySMTP, direction: str, line: str) -> SessionRecord | None:
        record = proto._record
        if record is not None:
            line = self.server._redact(line) or ""
            (record.commands if direction == "C" else record.replies).append(line)
            record.transcript.append((direction, line))
            self.server._emit("command" if direction == "C" else "reply", record.id, f"{direction}: {line}",
                              {"line": line})
        return record

    def on_command(self, proto: _PolicySMTP, line: str) -> None:
        self._record_line(proto, "C", line)

    def on_reply(self, proto: _PolicySMTP, line: str) -> None:
        record = self._record_line(proto, "S", line)
        if record is None:
            return
        code, enhanced, text = _split_reply(line)
        stage = _REFUSE_STAGES.get(proto._stage)
        if code is not None and code >= 400 and stage is not None:
            envelope = proto.envelope
            word = stage_word(stage)
            self.server._emit("refused", record.id, f"refused at {word}: {line}", {
                "stage": word, "code": code, "enhanced_status": enhanced, "text": text, "peer": record.peer,
                "mail_from": getattr(envelope, "mail_from", None),
                "rcpt_tos": list(getattr(envelope, "rcpt_tos", []) or []),
                "auth_user": record.auth_user,
            })

    # -- aiosmtpd hooks --------------------------------------------------------------------------------

    async def _delay(self, stage: str) -> None:
        seconds = self.policy.delay_at(stage)
        if seconds:
            await asyncio.sleep(seconds)

    async def handle_EHLO(self, server: _PolicySMTP, session, envelope, hostname: str, responses: list[str]):
        await self._delay(EHLO)
        session.host_name = hostname
        if server._record is not None:
            server._record.helo = hostname
        if not self.policy.auth_enabled:
            responses = [r for r in responses if not r.startswith("250-AUTH")]
        return responses

    async def handle_HELO(self, server: _PolicySMTP, session, envelope, hostname: str):
        await self._delay(EHLO)
        session.host_name = hostname
        if server._record is not None:
            server._record.helo = hostname
        return f"250 {server.hostname}"

    async def handle_AUTH(self, server: _PolicySMTP, session, envelope, args: list[str]):
        mech = args[0].upper() if args else ""
        if server._record is not None and mech:
            server._record.auth_mechanism = mech
            server._record.auth_mechanisms.append(mech)
        await self._delay(AUTH)
        if not self.policy.auth_enabled:
            return "503 5.5.1 Error: authentication not enabled"
        fault = self.policy.reject_at(AUTH)
        if fault is not None:
            return fault.reply()
        return MISSING

    def authenticate(self, server: _PolicySMTP, session, envelope, mechanism: str, auth_data: Any) -> AuthResult:
        """LOGIN and PLAIN (aiosmtpd decodes them) end here."""
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        user = auth_data.login.decode("utf-8", "replace")
        expected = self.policy.users.get(user)
        ok = expected is not None and hmac.compare_digest(expected.encode("utf-8"), bytes(auth_data.password))
        return self._auth_result(server, mechanism, user, ok)

    def _auth_result(self, server: _PolicySMTP, mechanism: str, user: str, ok: bool) -> AuthResult:
        record = server._record
        if record is not None:
            record.auth_user = user
            record.authenticated = ok
            self.server._emit("auth", record.id, f"AUTH {mechanism} as {user}: {'accepted' if ok else 'rejected'}",
                              {"mechanism": mechanism, "user": user, "success": ok})
        if not ok:
            return AuthResult(success=False, handled=False)
        return AuthResult(success=True, auth_data=_AuthUser(user.encode("utf-8")))

    async def auth_CRAM__MD5(self, server: _PolicySMTP, args: list[str]) -> AuthResult:  # noqa: N802
        """RFC 2195: the server sends a unique challenge; the client answers "user hex(HMAC-MD5(pw, ch))"."""
        if len(args) > 1:
            await server.push("501 5.5.2 CRAM-MD5 does not take an initial response")
            return AuthResult(success=False, handled=True)
        challenge = f"<{secrets.randbits(63)}.{int(time.time())}@{server.hostname}>"
        response = await server.challenge_auth(challenge)
        if response is MISSING:
            return AuthResult(success=False, handled=True)  # challenge_auth already replied (501)
        user_b, sep, digest_b = bytes(response).strip().rpartition(b" ")
        if not sep or not user_b:
            await server.push("501 5.5.2 Malformed CRAM-MD5 response")
            return AuthResult(success=False, handled=True)
        user = user_b.decode("utf-8", "replace")
        password = self.policy.users.get(user)
        ok = False
        if password is not None:
            expected = hmac.new(password.encode("utf-8"), challenge.encode("ascii"), "md5").hexdigest()
            ok = hmac.compare_digest(expected.encode("ascii"), digest_b.strip().lower())
        return self._auth_result(server, CRAM_MD5, user, ok)

    async def handle_MAIL(self, server: _PolicySMTP, session, envelope, address: str, mail_options: list[str]):
        await self._delay(MAIL_FROM)
        fault = self.policy.reject_at(MAIL_FROM)
        if fault is not None:
            return fault.reply()
        if not self.policy.accepts_sender(address):
            domain = address.rpartition("@")[2] or address
            return (f"550 5.7.1 <{address}>: Sender address rejected: the domain {domain} is not managed by "
                    "this server")
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 Sender OK"

    async def handle_RCPT(self, server: _PolicySMTP, session, envelope, address: str, rcpt_options: list[str]):
        await self._delay(RCPT_TO)
        if self.policy.auth_enabled and not session.authenticated:
            return "530 5.7.0 Authentication required"
        fault = self.policy.reject_at(RCPT_TO)
        if fault is not None:
            return fault.reply()
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 Recipient OK"

    async def handle_DATA(self, server: _PolicySMTP, session, envelope):
        await self._delay(DATA)
        fault = self.policy.reject_at(DATA)
        if fault is not None:
            return fault.reply()
        record = server._record
        message = self.server._store_message(record, envelope)
        return f"250 2.0.0 OK: queued as {message.id}"


# ---------------------------------------------------------------------------------------------------
# The server


class LocalServer:
    """An SMTP server that behaves like ``policy``; ``start()`` returns once it listens.

    ``on_event(ServerEvent)`` is called in the server thread (keep it quick; never touch widgets there).
    """

    def __init__(self, policy: ServerPolicy | None = None, *,
                 on_event: Callable[[ServerEvent], None] | None = None):
        self.policy = policy or ServerPolicy()
        self.on_event = on_event
        self.host = self.policy.host
        self.port = self.policy.port
        self.ca_file: Path | None = self.policy.ca_file
        self.cert_file: Path | None = None
        self.sha256: str | None = None
        self.ca_replaced = False  # the stored local CA lacked the loopback-only constraint and was replaced
        self.mailbox: Path = self.policy.mailbox or self.default_mailbox()
        # The most recent KEEP_RECENT of each (the .eml files stay on disk). Lists trimmed in place rather
        # than deques: other threads iterate them, and a deque raises when it changes during iteration.
        self.sessions: list[SessionRecord] = []
        self.received: list[ReceivedMessage] = []
        self.events: list[ServerEvent] = []
        self._redact = server_redactor(self.policy.users)
        self._active: dict[int, _PolicySMTP] = {}
        self._closed_count = 0
        self._trim_pending = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._aserver: asyncio.AbstractServer | None = None
        self._changed = threading.Condition()
        self._counter = itertools.count(1)
        self._running = False

    @staticmethod
    def default_mailbox() -> Path:
        from swyxon_desktop.paths import data_dir

        return data_dir() / "mailbox"

    # -- life cycle ------------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    @property
    def address(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    def _tls_context(self) -> ssl.SSLContext | None:
        if self.policy.tls is Security.PLAIN:
            return None
        policy = self.policy
        if policy.cert_file:
            cert_file, key_file = policy.cert_file, policy.key_file
            from swyxon_desktop.smtp.tlsinfo import sha256_fingerprint
            from swyxon_desktop.testserver.certs import der_of_pem

            try:
                self.sha256 = sha256_fingerprint(der_of_pem(cert_file))
            except (OSError, ValueError) as exc:
                raise ServerError(MSG_CERT_FAILED, self.host, self.port, str(exc), category=Category.TLS_FAILED,
                                  hint=HINT_CERT_FAILED) from exc
        else:
            from swyxon_desktop.testserver.certs import ensure_local_ca

            local = ensure_local_ca()
            cert_file, key_file = local.cert_file, local.key_file
            self.ca_file = local.ca_file
            self.sha256 = local.sha256
            self.ca_replaced = local.ca_replaced
        self.cert_file = cert_file
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        try:
            context.load_cert_chain(str(cert_file), str(key_file) if key_file else None)
        except (OSError, ssl.SSLError) as exc:
            raise ServerError(MSG_CERT_FAILED, self.host, self.port, str(exc), category=Category.TLS_FAILED,
                              hint=HINT_CERT_FAILED) from exc
        return context

    def _make_handler(self) -> _PolicyHandler:
        """The aiosmtpd handler (a replica of a customer's server brings its own: replica.py)."""
        return _PolicyHandler(self)

    def _protocol_factory(self, handler: _PolicyHandler, tls: ssl.SSLContext | None) -> Callable[[], _PolicySMTP]:
        policy = self.policy
        # With AUTH off every mechanism stays known, so AUTH gets "503 not enabled" from handle_AUTH (and the
        # EHLO reply drops its AUTH line); with AUTH on only the policy's mechanisms exist.
        excluded = [m for m in ("LOGIN", "PLAIN", CRAM_MD5) if policy.auth_enabled and m not in policy.auth_mechanisms]

        def factory() -> _PolicySMTP:
            return _PolicySMTP(
                handler,
                hostname=policy.hostname,
                data_size_limit=MAX_MESSAGE_SIZE,
                ident=IDENT,
                decode_data=False,
                enable_SMTPUTF8=True,
                tls_context=tls if policy.tls is Security.STARTTLS else None,
                require_starttls=False,
                auth_required=False,  # relaying is refused at RCPT instead (530), as submission servers do
                auth_require_tls=policy.tls is Security.STARTTLS and policy.auth_enabled,
                auth_exclude_mechanism=excluded,
                authenticator=handler.authenticate,
            )
        return factory

    def start(self, timeout: float = 15.0) -> "LocalServer":
        """Listen; returns once connections are accepted. Raises ServerError (port in use, …)."""
        if self._running:
            return self
        try:
            self.mailbox.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ServerError(MSG_MAILBOX_FAILED, self.host, self.port, str(self.mailbox),
                              exc.strerror or str(exc), hint=HINT_MAILBOX_FAILED, stage="mailbox") from exc
        tls = self._tls_context()
        handler = self._make_handler()
        factory = self._protocol_factory(handler, tls)
        ready = threading.Event()
        outcome: dict[str, Any] = {}

        def run() -> None:
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            self._loop = loop
            try:
                try:
                    aserver = loop.run_until_complete(loop.create_server(
                        factory, host=self.policy.host, port=self.policy.port,
                        ssl=tls if self.policy.tls is Security.IMPLICIT else None))
                except (OSError, socket.gaierror) as exc:
                    outcome["error"] = exc
                    return
                self._aserver = aserver
                sockname = aserver.sockets[0].getsockname()
                outcome["port"] = sockname[1]
                ready.set()
                loop.run_forever()
            finally:
                try:
                    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
                    for task in pending:
                        task.cancel()
                    if pending:
                        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
                    loop.run_until_complete(loop.shutdown_asyncgens())
                finally:
                    loop.close()
                    self._loop = None
                    ready.set()

        self._thread = threading.Thread(target=run, name="swyxon-testserver", daemon=True)
        self._thread.start()
        if not ready.wait(timeout):
            raise ServerError(MSG_START_TIMEOUT, self.host, self.port, category=Category.TIMEOUT)
        if "error" in outcome:
            self._thread.join(timeout)
            self._thread = None
            raise self._listen_error(outcome["error"])
        self.port = outcome["port"]
        self._running = True
        _MAIL_LOG_FILTER.attach(self._redact)
        for text in self.policy.warning_texts("en"):
            self._emit("warning", None, text, {"text": text})
        self._emit("listening", None, f"listening on {self.address} ({tls_word(self.policy.tls)})", self.info())
        return self

    def _listen_error(self, exc: Exception) -> ServerError:
        host, port = self.host, self.policy.port
        if isinstance(exc, socket.gaierror) or getattr(exc, "errno", None) == errno.EADDRNOTAVAIL:
            return ServerError(MSG_BAD_ADDRESS, host, port, hint=HINT_BAD_ADDRESS)
        if getattr(exc, "errno", None) == errno.EADDRINUSE:
            return ServerError(MSG_PORT_IN_USE, host, port, hint=HINT_PORT_IN_USE)
        if getattr(exc, "errno", None) == errno.EACCES:
            return ServerError(MSG_PORT_DENIED, host, port, hint=HINT_PORT_DENIED)
        return ServerError(MSG_LISTEN_FAILED, host, port, getattr(exc, "strerror", None) or str(exc))

    async def _shutdown(self) -> None:
        if self._aserver is not None:
            self._aserver.close()
        for proto in list(self._active.values()):
            task = getattr(proto, "_handler_coroutine", None)
            if proto.transport is not None:
                proto.transport.close()
            if task is not None and not task.done():
                task.cancel()
        if self._aserver is not None:
            await self._aserver.wait_closed()
        # let connection_lost callbacks run
        for _ in range(3):
            await asyncio.sleep(0)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop listening and close every open connection. Safe to call twice or from any thread but its own."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            self._running = False
            return
        was_running = self._running
        self._running = False
        try:
            asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(timeout)
        except Exception:  # noqa: BLE001 - stopping must not fail; the loop is stopped below anyway
            log.debug("test server shutdown", exc_info=True)
        try:
            loop.call_soon_threadsafe(loop.stop)
        except RuntimeError:
            pass  # already closed
        thread.join(timeout)
        self._thread = None
        self._aserver = None
        _MAIL_LOG_FILTER.detach(self._redact)
        if was_running:
            self._emit("stopped", None, "stopped", {})

    def __enter__(self) -> "LocalServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def info(self) -> dict:
        """What a client needs: the --json first line."""
        return {"listening": self.address, "host": self.host, "port": self.port, "tls": tls_word(self.policy.tls),
                "ca_file": str(self.ca_file) if self.ca_file else None, "sha256": self.sha256,
                "mailbox": str(self.mailbox), "auth_mechanisms": list(self.policy.auth_mechanisms)
                if self.policy.auth_enabled else [], "users": sorted(self.policy.users),
                "sender_domains": list(self.policy.sender_domains),
                "faults": [f.spec() for f in self.policy.faults], "ca_replaced": self.ca_replaced}

    # -- records (server thread) -------------------------------------------------------------------------

    def _emit(self, kind: str, session_id: int | None, text: str, data: dict) -> None:
        event = ServerEvent(kind, session_id, self._redact(text) or "", _redact_value(self._redact, data))
        with self._changed:
            _append_recent(self.events, event)
            self._changed.notify_all()
        if self.on_event is not None:
            try:
                self.on_event(event)
            except Exception:  # noqa: BLE001 - a broken listener must not break the server
                log.exception("test server event listener failed")

    def _add_session(self, record: SessionRecord, proto: _PolicySMTP) -> None:
        with self._changed:
            _append_recent(self.sessions, record)
            self._active[record.id] = proto
            self._changed.notify_all()

    def _remove_session(self, proto: _PolicySMTP) -> None:
        with self._changed:
            if proto._record is not None:
                self._active.pop(proto._record.id, None)
            idle = not self._active
            self._closed_count += 1
            self._changed.notify_all()
        if self.policy.tls is Security.PLAIN:
            return
        if idle:
            if not self._trim_pending and self._loop is not None:
                self._trim_pending = True
                self._loop.call_later(TRIM_IDLE_S, self._trim_when_idle)
        elif self._closed_count % TRIM_EVERY == 0:
            _return_free_memory()

    def _trim_when_idle(self) -> None:
        self._trim_pending = False
        if not self._active:
            gc.collect()  # the closed connections' protocol objects sit in reference cycles (their tasks)
            _return_free_memory()

    def _store_message(self, record: SessionRecord | None, envelope) -> ReceivedMessage:
        now = _utcnow()
        msg_id = f"{now:%Y%m%d-%H%M%S}-{next(self._counter):04d}-{uuid.uuid4().hex[:8]}"
        raw = bytes(envelope.original_content or envelope.content or b"")
        peer = record.peer if record else ""
        tls = bool(record and record.tls)
        protocol = "ESMTP" + ("S" if tls else "") + ("A" if record and record.authenticated else "")  # RFC 3848
        trace = (f"Return-Path: <{envelope.mail_from}>\r\n"
                 f"Received: from {record.helo if record and record.helo else 'unknown'} ({peer})\r\n"
                 f"\tby {self.policy.hostname} ({APP_DISPLAY_NAME} test server) with {protocol}"
                 f" id {msg_id}\r\n\tfor <{', '.join(envelope.rcpt_tos)}>; {now:%a, %d %b %Y %H:%M:%S +0000}\r\n")
        path: Path | None = self.mailbox / f"{msg_id}.eml"
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(trace.encode("utf-8", "replace"))
                fh.write(raw)
        except OSError:
            log.exception("cannot write %s", path)
            path = None
        message = ReceivedMessage(
            id=msg_id, session_id=record.id if record else 0, peer=peer, mail_from=envelope.mail_from or "",
            rcpt_tos=list(envelope.rcpt_tos), raw=raw, path=path, received_at=now,
            auth_user=record.auth_user if record and record.authenticated else None, tls=tls)
        with self._changed:
            _append_recent(self.received, message)
            if record is not None:
                record.messages.append(msg_id)
            self._changed.notify_all()
        self._emit("received", message.session_id, f"received {msg_id} from <{message.mail_from}> for "
                   + ", ".join(f"<{r}>" for r in message.rcpt_tos), {
                       "id": msg_id, "mail_from": message.mail_from, "rcpt_tos": message.rcpt_tos,
                       "size": len(raw), "path": str(path) if path else None, "subject": message.subject,
                       "auth_user": message.auth_user, "tls": tls, "peer": peer})
        return message

    # -- waiting (for tests and scripts) -------------------------------------------------------------------

    def wait_until(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        """Block until ``predicate()`` is true (checked whenever the server records something)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not predicate():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError("the test server did not reach the expected state in time")
                self._changed.wait(remaining)

    def wait_for_messages(self, count: int = 1, timeout: float = 10.0) -> list[ReceivedMessage]:
        self.wait_until(lambda: len(self.received) >= count, timeout)
        return list(self.received)

    def wait_for_sessions_closed(self, count: int = 1, timeout: float = 10.0) -> list[SessionRecord]:
        self.wait_until(lambda: sum(1 for s in self.sessions if s.closed) >= count, timeout)
        return list(self.sessions)

"""The connection machinery shared by ``send_test_mail`` and ``probe``.

The run machinery (cancel token, deadline, background calls, stage events) is ``checks/run.py``.

* :class:`Run` — one run's clock, per-operation timeout, overall deadline (every blocking call, down
  to each recv, gets at most the time that is left, so a server that drips a reply a byte at a time
  still ends at the deadline), stage events and the redacted transcript.
* :class:`Wire` — ``smtplib.SMTP`` with the socket handled here: replies are read by its own bounded
  line reader (see limits.py) and escaped as they enter (``transcript.printable``); every line sent
  and received is recorded (redacted), timeouts stay timeouts (smtplib turns them into
  "disconnected"), AUTH payloads are recorded as labels and encoded as UTF-8, the message body is
  recorded abbreviated.
* :class:`Session` — the stages resolve, connect, TLS, greeting, EHLO, STARTTLS, AUTH, QUIT on one
  connection; :func:`establish` adds the trust sequence (verify, then pin, else fetch the certificate
  for the user to inspect — see tlsinfo.py).
"""
from __future__ import annotations

import base64
import contextlib
import dataclasses
import smtplib
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Iterator

from swyxon_desktop.checks.run import BackgroundCall, CancelToken, Deadline, StageEvent, Status
from swyxon_desktop.failures import Category, Failure, FailureError
from swyxon_desktop.settings import MSG_CA_FILE_NOT_REGULAR, MailSettings, Security, ascii_hostname
from swyxon_desktop.smtp import errors, limits
from swyxon_desktop.smtp.auth import Authenticator, choose_mechanism, offered_mechanisms
from swyxon_desktop.smtp.tlsinfo import (NotARegularFile, TlsInfo, make_context, make_pin_context,
                                         normalise_fingerprint, sha256_fingerprint, shared_cache)
from swyxon_desktop.smtp.transcript import Redactor, Transcript, TranscriptLine, _b64, printable



def _text(line: "bytes | bytearray") -> str:
    """A line from the server as text: UTF-8 (invalid octets replaced), line end removed, escaped."""
    return printable(bytes(line).decode("utf-8", errors="replace").rstrip("\r\n"))


class Run:
    """The clock, limits, events and transcript of one run (or of one probe row)."""

    def __init__(self, *, timeout_s: float, deadline_s: float, cancel: CancelToken | None = None,
                 on_event: Callable[[StageEvent], None] | None = None,
                 on_line: Callable[[TranscriptLine], None] | None = None,
                 redactor: Redactor | None = None, ctx: errors.Context | None = None):
        self.clock = Deadline(deadline_s)
        self.started = self.clock.started
        self.timeout_s = timeout_s
        self.deadline_s = deadline_s
        self._parent = cancel or CancelToken()
        self.token = self._parent.child()
        self.on_event = on_event
        self.redactor = redactor or Redactor()
        self.transcript = Transcript(self.redactor, on_line, self.started)
        self.events: list[StageEvent] = []
        self.ctx = ctx or errors.Context(timeout_s=timeout_s)
        self.quiet = False  # a helper connection (certificate inspection) emits no stage events

    def finish(self) -> None:
        """The run is over: the caller's token forgets it."""
        self._parent.forget(self.token)

    def elapsed_ms(self) -> float:
        return self.clock.elapsed_ms()

    def remaining(self) -> float:
        return self.clock.remaining()

    def op_timeout(self) -> float:
        return max(0.001, min(self.timeout_s, self.remaining()))

    def arm(self) -> float:
        """The timeout for the next blocking call; TimeoutError when the deadline has passed."""
        if self.remaining() <= 0:
            raise TimeoutError("overall deadline reached")
        return self.op_timeout()

    def emit(self, stage: str, status: Status, elapsed_ms: float, detail: "str | tuple" = "", *,
             category: str = "") -> None:
        """``detail``: plain text (data), or ``(template, *args)`` — a translatable text (errors.DETAIL_*);
        ``category``: a failed stage's failure category."""
        if self.quiet:
            return
        # Details are built here from engine values; server text in them is scrubbed where it is put in.
        template, args = "", ()
        if isinstance(detail, tuple):
            template, args = detail[0], tuple(detail[1:])
            detail = template.format(*args)
        event = StageEvent(stage, status, elapsed_ms, detail, self.elapsed_ms(), template, args, category)
        self.events.append(event)
        if self.on_event is not None:
            self.on_event(event)

    def check_cancel(self) -> None:
        if self.token.cancelled:
            raise _Cancelled()

    def failure_for(self, stage: str, exc: BaseException) -> Failure:
        """The failure an exception means at ``stage`` — cancel and deadline first, secrets removed."""
        if self.token.cancelled and self.token.reason == "deadline":
            failure = errors.deadline(stage, self.deadline_s)
        elif self.token.cancelled:
            failure = errors.cancelled(stage)
        elif isinstance(exc, FailureError):
            failure = exc.failure
        elif isinstance(exc, limits.OverLimit):
            failure = exc.failure(stage)
        elif isinstance(exc, TimeoutError) and self.remaining() <= 0.05:
            failure = errors.deadline(stage, self.deadline_s)
        else:
            failure = errors.exception_failure(stage, exc, self.ctx)
        if isinstance(exc, limits.SlowReply) and failure.category is Category.TIMEOUT:
            failure = dataclasses.replace(failure, hint=limits.HINT_SLOW_REPLY)
        return self.scrub(failure)

    def scrub(self, failure: Failure) -> Failure:
        # The server's text by the server rule (a short form in it withholds the line); the message's
        # values (host, addresses, reasons) by the rule for this program's own text (long forms only).
        r = self.redactor
        return dataclasses.replace(
            failure, server_text=r.server(failure.server_text),
            message_args=tuple(r.client(a) if isinstance(a, str) else a for a in failure.message_args))

    @contextlib.contextmanager
    def stage(self, name: str, detail: "str | tuple" = "", sock_owner: "Wire | None" = None) -> Iterator["_Stage"]:
        """Run one stage: events, the per-operation timeout on the socket, failures mapped."""
        t0 = time.monotonic()
        handle = _Stage(detail)
        try:
            self.check_cancel()
            self.emit(name, Status.STARTED, 0.0, detail)
            if sock_owner is not None and sock_owner.sock is not None:
                sock_owner.sock.settimeout(self.op_timeout())
            yield handle
        except Exception as exc:  # noqa: BLE001 - every failure maps to a category
            failure = self.failure_for(name, exc)
            status = Status.CANCELLED if failure.category is Category.CANCELLED else Status.FAILED
            self.emit(name, status, (time.monotonic() - t0) * 1000, failure.category.value,
                      category=failure.category.value)
            raise FailureError(failure) from None
        self.emit(name, Status.OK, (time.monotonic() - t0) * 1000, handle.detail)


class _Cancelled(Exception):
    pass


@dataclass
class _Stage:
    detail: "str | tuple" = ""  # plain text, or (template, *args) for a translatable detail


class Wire(smtplib.SMTP):
    """smtplib.SMTP whose socket the Session opens; records every line (see the module docstring)."""

    def __init__(self, transcript: Transcript, arm: Callable[[], float],
                 stopped: Callable[[], str] = lambda: ""):
        self._transcript = transcript
        self._arm = arm  # the time left for the next blocking call (raises TimeoutError when none)
        # Why this program closed the run's sockets ("cancelled", "superseded"), "" while it has not:
        # a connection that ends then is not "closed by the server".
        self._stopped = stopped
        self._label_next: str | None = None
        self._body_next = False
        self._rbuf = bytearray()  # read ahead of the current line (never a whole reply: see getreply)
        super().__init__(local_hostname="localhost")  # no connection, no getfqdn() (slow DNS)

    def putcmd(self, cmd: str, args: str = "") -> None:
        super().putcmd(cmd.upper(), args)

    def send(self, s: str | bytes) -> None:  # type: ignore[override]
        data = s.encode(self.command_encoding) if isinstance(s, str) else s
        if self._label_next is not None:
            self._transcript.label(self._label_next)
            self._label_next = None
        elif self._body_next:
            self._transcript.body(data)
            self._body_next = False
        else:
            self._transcript.client_bytes(data)
        if self.sock is None:
            raise smtplib.SMTPServerDisconnected("not connected")
        self.sock.settimeout(self._arm())
        try:
            self.sock.sendall(data)
        except TimeoutError:
            raise
        except OSError as exc:
            self.close()
            raise smtplib.SMTPServerDisconnected(f"connection lost while sending: {exc}") from exc

    def _note_stopped(self) -> bool:
        why = self._stopped()
        if why:
            self._transcript.note(f"{why}: connection closed by this program")
        return bool(why)

    def _readline(self, in_reply: bool) -> tuple[bytes, bool]:
        """(one line with its LF, True) — or (what came before the server closed, False).

        Each recv gets at most the time left to the run's deadline (``_arm``), so a server that drips a
        byte at a time still ends there; a line longer than ``limits.MAX_LINE`` ends the reading at once.
        Time running out with part of a reply received is :class:`~.limits.SlowReply` (``in_reply``:
        earlier lines of this reply arrived).
        """
        buf = self._rbuf
        while True:
            end = buf.find(b"\n")
            if end >= 0:
                if end + 1 > limits.MAX_LINE:
                    raise limits.OverLimit(limits.LINE, _text(buf[:200]))
                line = bytes(buf[:end + 1])
                del buf[:end + 1]
                return line, True
            if len(buf) >= limits.MAX_LINE:
                raise limits.OverLimit(limits.LINE, _text(buf[:200]))
            try:
                self.sock.settimeout(self._arm())  # type: ignore[union-attr]
                chunk = self.sock.recv(4096)  # type: ignore[union-attr]
            except TimeoutError as exc:
                if buf or in_reply:
                    raise limits.SlowReply(bytes(buf)) from exc
                raise
            if not chunk:
                line = bytes(buf)
                buf.clear()
                return line, False
            buf += chunk

    def discard_buffered(self) -> None:
        """Forget what was read ahead (at the switch to TLS: nothing sent in the clear may count after it)."""
        self._rbuf.clear()
        self.file = None

    def getreply(self) -> tuple[int, bytes]:
        """One reply, bounded (``limits``); each line is escaped (``printable``) as it enters."""
        resp: list[bytes] = []
        first = ""
        if self.sock is None:
            raise smtplib.SMTPServerDisconnected("not connected")
        while True:
            if len(resp) >= limits.MAX_REPLY_LINES:
                self.close()
                self._transcript.note(f"reply cut off after {limits.MAX_REPLY_LINES} lines; connection closed")
                raise limits.OverLimit(limits.LINES, first)
            try:
                line, complete = self._readline(bool(resp))
            except limits.SlowReply as exc:
                if exc.partial:
                    self._transcript.server(_text(exc.partial))
                    self._transcript.note("the line above is unfinished (no line end when the time ran out)")
                raise
            except (TimeoutError, ssl.SSLError):
                raise
            except limits.OverLimit as exc:
                self._transcript.server(exc.first + " […]")
                self._transcript.note(f"line longer than {limits.MAX_LINE} octets; connection closed")
                self.close()
                raise
            except OSError as exc:
                self.close()
                self._note_stopped()
                raise smtplib.SMTPServerDisconnected(f"connection lost: {exc}") from exc
            text = _text(line)
            if not complete:
                self.close()
                if line:
                    self._transcript.server(text)
                    self._transcript.note("the line above is unfinished (no line end)")
                if self._note_stopped():
                    raise smtplib.SMTPServerDisconnected("closed by this program")
                self._transcript.note("connection closed by the server")
                raise smtplib.SMTPServerDisconnected("connection closed by the server")
            self._transcript.server(text)
            first = first or text
            resp.append(text[4:].strip(" \t").encode("utf-8"))
            try:
                code = int(line[:3])
            except ValueError:
                resp[-1] = text.strip().encode("utf-8")
                code = -1
                break
            if line[3:4] not in (b"-", b" ", b"\r", b"\n", b""):
                code = -1  # "250x": not an SMTP reply line
                resp[-1] = text.strip().encode("utf-8")
                break
            if line[3:4] != b"-":
                break
        return code, b"\n".join(resp)

    def ehlo(self, name: str = "") -> tuple[int, bytes]:
        # smtplib parses the answer as Latin-1; it is UTF-8 here (escaped by getreply): parse it so,
        # or a UTF-8 continuation octet would come back as a C1 control character.
        code, msg = super().ehlo(name)
        self.esmtp_features = {k: v.encode("latin-1").decode("utf-8", "replace")
                               for k, v in self.esmtp_features.items()}
        return code, msg

    def auth(self, mechanism: str, authobject: Authenticator, *,  # type: ignore[override]
             initial_response_ok: bool = True) -> tuple[int, bytes]:
        """smtplib's AUTH exchange, with payloads recorded as labels and encoded as UTF-8."""
        mechanism = mechanism.upper()
        initial = authobject() if initial_response_ok else None
        if initial is not None:
            self._label_next = f"AUTH {mechanism} {authobject.last_label}"
            code, resp = self.docmd("AUTH", mechanism + " " + _b64(initial.encode("utf-8")))
        else:
            code, resp = self.docmd("AUTH", mechanism)
        rounds = 0
        while code == 334:
            rounds += 1
            if rounds > 5:
                raise smtplib.SMTPResponseException(-1, b"endless AUTH challenges")
            try:
                challenge = base64.b64decode(resp, validate=True) if resp.strip() else b""
            except ValueError:
                raise smtplib.SMTPResponseException(-1, b"AUTH challenge is not base64") from None
            payload = _b64(authobject(challenge).encode("utf-8"))
            self._label_next = authobject.last_label
            self.send(payload + "\r\n")  # not docmd(): putcmd() upper-cases its first word
            code, resp = self.getreply()
        if code == 235:  # only 235 is success; 503 (bad sequence) is mapped by errors.reply_failure
            return code, resp
        raise smtplib.SMTPAuthenticationError(code, resp)

    def data(self, msg: bytes) -> tuple[int, bytes]:  # type: ignore[override]
        """DATA with the content recorded abbreviated; the final reply is returned, not judged."""
        self.putcmd("data")
        code, repl = self.getreply()
        if code != 354:
            raise smtplib.SMTPDataError(code, repl)
        body = msg.replace(b"\r\n", b"\n").replace(b"\r", b"\n").replace(b"\n", b"\r\n")
        if body.startswith(b"."):
            body = b"." + body
        body = body.replace(b"\r\n.", b"\r\n..")
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
        self._body_next = True
        self.send(body + b".\r\n")
        return self.getreply()


@dataclass(frozen=True)
class Target:
    """Where to connect and how, derived from a settings value."""

    server: str  # as entered (may be an international name)
    host: str  # its ASCII form (IDNA), used for DNS, SNI and the certificate's host-name check
    port: int
    security: Security
    ca_file: str = ""
    pin: str = ""  # normalised hex SHA-256 or ""
    # Addresses already resolved for ``host`` (detect's own DNS server): connect to them, verify for ``host``.
    addresses: tuple[str, ...] = ()

    @classmethod
    def from_settings(cls, settings: MailSettings, *, port: int | None = None,
                      security: Security | None = None) -> "Target":
        return cls(server=settings.server.strip(), host=ascii_hostname(settings.server),
                   port=settings.port if port is None else port,
                   security=settings.security if security is None else security,
                   ca_file=settings.ca_file, pin=normalise_fingerprint(settings.pinned_sha256))


@dataclass
class Session:
    """One connection through the stages; the caller decides which stages to run."""

    run: Run
    target: Target
    trust: str = "verify"  # "verify" | "pin" | "inspect" (see tlsinfo.py)
    first_verify_error: str = ""  # why verification failed on the first connection (pin / inspect)
    wire: Wire = field(init=False)
    tls: TlsInfo | None = None
    greeting: str = ""
    features_before_tls: dict[str, str] | None = None  # the EHLO answer on the unencrypted connection
    features: dict[str, str] | None = None  # the latest EHLO answer (behind TLS when there is TLS)
    ehlo_count: int = 0
    _resume: tuple | None = field(default=None, init=False, repr=False)  # (cache, ctx, host, peer) in a bulk run

    def __post_init__(self) -> None:
        token = self.run.token
        self.wire = Wire(self.run.transcript, self.run.arm,
                         lambda: (token.reason or "") if token.cancelled and token.reason != "deadline" else "")
        self.run.ctx.host = self.target.server
        self.run.ctx.port = self.target.port
        self.run.ctx.security = self.target.security.value

    # -- the stages --------------------------------------------------------------------------------
    def resolve(self) -> list[tuple]:
        run = self.run
        with run.stage(errors.RESOLVE, self.target.host) as st:
            infos = ([info for a in self.target.addresses for info in _getaddrinfo(run, a, self.target.port)]
                     if self.target.addresses else _getaddrinfo(run, self.target.host, self.target.port))
            st.detail = ", ".join(dict.fromkeys(info[4][0] for info in infos))
        return infos

    def connect(self, infos: list[tuple]) -> None:
        run = self.run
        with run.stage(errors.CONNECT, (errors.DETAIL_PORT, self.target.port)) as st:
            last: BaseException | None = None
            for family, type_, proto, _, address in infos:
                sock = socket.socket(family, type_, proto)
                run.token.attach(sock)
                try:
                    sock.settimeout(run.op_timeout())
                    sock.connect(address)
                except BaseException as exc:
                    run.token.detach(sock)
                    sock.close()
                    last = exc
                    if isinstance(exc, TimeoutError) or run.token.cancelled:
                        break
                    continue
                self.wire.sock = sock
                self.wire._host = self.target.host
                self.wire.local_hostname = _ehlo_name(sock)
                st.detail = (errors.DETAIL_ADDRESS_PORT, address[0], address[1])
                self.run.transcript.note(f"connected to {address[0]} port {address[1]}")
                return
            assert last is not None
            raise last

    def handshake(self) -> None:
        """Implicit TLS: the handshake is the first thing on the connection."""
        with self.run.stage(errors.TLS, "SSL/TLS") as st:
            self._handshake(st)

    def _handshake(self, st: "_Stage") -> None:
        """TLS on the open connection with the session's trust mode (see tlsinfo.py)."""
        run, target = self.run, self.target
        raw = self.wire.sock
        assert raw is not None
        try:
            ctx = (make_pin_context() if self.trust in ("pin", "inspect")
                   else make_context(target.ca_file, wait_s=run.op_timeout()))
        except TimeoutError:
            raise
        except NotARegularFile:  # the settings' own message (as when saving): translated in its context
            raise FailureError(Failure(Category.INVALID_SETTINGS, MSG_CA_FILE_NOT_REGULAR, stage=errors.TLS,
                                       hint=errors.HINT_CA_FILE, message_args=(target.ca_file,),
                                       context="Validation")) from None
        except (OSError, ssl.SSLError) as exc:
            raise FailureError(Failure(
                Category.INVALID_SETTINGS, errors.MSG_CA_FILE, stage=errors.TLS, hint=errors.HINT_CA_FILE,
                message_args=(target.ca_file, getattr(exc, "strerror", None) or str(exc)))) from None
        run.token.detach(raw)
        # Inside a bulk run, a verified session with this host name, address and context is offered again
        # (tlsinfo.ContextCache.session_for: resumption, verification unchanged); pin/inspect never.
        cache = shared_cache() if self.trust == "verify" else None
        offered = None
        if cache is not None:
            with contextlib.suppress(OSError):
                self._resume = (cache, ctx, target.host, raw.getpeername())
                offered = cache.session_for(*self._resume[1:])
        tls_sock = ctx.wrap_socket(raw, server_hostname=target.host, do_handshake_on_connect=False,
                                   session=offered)
        self.wire.sock = tls_sock
        self.wire.discard_buffered()
        run.token.attach(tls_sock)
        tls_sock.settimeout(run.op_timeout())
        tls_sock.do_handshake()
        info = TlsInfo.from_socket(tls_sock, verified=self.trust == "verify")
        if self.trust == "pin":
            info.verify_error = self.first_verify_error
            if sha256_fingerprint(info.der) != target.pin:
                raise FailureError(_certificate_failure(
                    errors.MSG_PIN_MISMATCH, errors.HINT_PIN_MISMATCH, info, self.first_verify_error,
                    (info.sha256,)))
            info.trusted_by_pin = True
        elif self.trust == "inspect":
            info.verify_error = self.first_verify_error
        self.tls = info
        how = {"verify": "verified", "pin": "trusted by its pinned fingerprint",
               "inspect": "NOT trusted (inspection only)"}[self.trust]
        st.detail = ({"verify": errors.DETAIL_CERT_VERIFIED, "pin": errors.DETAIL_CERT_PINNED,
                      "inspect": errors.DETAIL_CERT_INSPECTED}[self.trust], info.summary())
        resumed = "; session resumed" if tls_sock.session_reused else ""
        run.transcript.note(f"TLS established: {info.summary()}; certificate {how}; SHA-256 {info.sha256}{resumed}")

    def read_greeting(self) -> None:
        with self.run.stage(errors.GREETING, sock_owner=self.wire) as st:
            code, msg = self.wire.getreply()
            if code != 220:
                raise smtplib.SMTPResponseException(code, msg)
            self.greeting = self.run.redactor.server(f"{code} {msg.decode('utf-8', 'replace')}") or ""
            self.run.ctx.greeting = self.greeting
            st.detail = self.greeting[:120]

    def ehlo(self) -> dict[str, str]:
        self.ehlo_count += 1
        detail = (errors.DETAIL_AFTER_TLS,) if self.ehlo_count > 1 else ""
        with self.run.stage(errors.EHLO, detail, sock_owner=self.wire) as st:
            code, msg = self.wire.ehlo()
            if code == -1:
                raise smtplib.SMTPResponseException(code, msg)
            if code != 250:
                code, msg = self.wire.helo()
                if code != 250:
                    raise smtplib.SMTPResponseException(code, msg)
            st.detail = (self.run.redactor.server(" ".join(k.upper() for k in self.wire.esmtp_features))
                         or (errors.DETAIL_NO_EXTENSIONS,))
        self.features = dict(self.wire.esmtp_features)
        if self.tls is None:
            self.features_before_tls = self.features
        return self.features

    def starttls(self) -> None:
        """STARTTLS command and handshake, then EHLO again (RFC 3207: forget what was learnt before)."""
        with self.run.stage(errors.TLS, "STARTTLS", sock_owner=self.wire) as st:
            if not self.wire.has_extn("starttls"):
                raise FailureError(Failure(Category.STARTTLS_UNAVAILABLE, errors.MSG_NO_STARTTLS,
                                           stage=errors.TLS, message_args=(self.target.port,)))
            code, msg = self.wire.docmd("STARTTLS")
            if code != 220:
                raise FailureError(errors.reply_failure(errors.TLS, code, msg, self.run.ctx))
            self._handshake(st)
        self.wire.helo_resp = self.wire.ehlo_resp = None
        self.wire.esmtp_features = {}
        self.wire.does_esmtp = False
        self.ehlo()

    def authenticate(self, configured: str, username: str, password: str) -> str:
        """One AUTH exchange with the configured mechanism (or Automatic's choice); returns the mechanism."""
        run = self.run
        shown = (errors.DETAIL_AUTOMATIC,) if configured.upper() == "AUTO" else configured
        with run.stage(errors.AUTH, shown, sock_owner=self.wire) as st:
            offered = offered_mechanisms(self.wire.esmtp_features)
            if not offered and self.tls is None and self.wire.has_extn("starttls"):
                raise FailureError(Failure(Category.AUTH_UNAVAILABLE, errors.MSG_NO_AUTH, stage=errors.AUTH,
                                           hint=errors.HINT_AUTH_AFTER_TLS, details={"offered": []}))
            try:
                mechanism = choose_mechanism(configured, offered)
            except FailureError as exc:  # a provider's own reason (only OAuth2 offered) where it knows one
                from swyxon_desktop.provider_hints import refine_offered

                raise FailureError(refine_offered(exc.failure, offered, host=run.ctx.host, greeting=run.ctx.greeting,
                                                  sender=run.ctx.sender)) from None
            authenticator = Authenticator(mechanism, username, password, run.redactor)
            code, _ = self.wire.auth(mechanism, authenticator,
                                     initial_response_ok=authenticator.initial_response_ok)
            st.detail = (errors.DETAIL_AUTH_OK, mechanism, username, code)
        return mechanism

    def quit(self, *, reset: bool = False) -> None:
        """QUIT politely; a failure here never fails the run (the work is done).

        ``reset``: RSET first (the check without sending ends an accepted envelope so)."""
        try:
            self._keep_session()  # before QUIT closes the socket
            with self.run.stage(errors.QUIT, "RSET" if reset else "", sock_owner=self.wire):
                if reset:
                    self.wire.rset()
                self.wire.quit()
        except FailureError:
            pass
        finally:
            self.close()

    def _keep_session(self) -> None:
        """In a bulk run, after the handshake verified (``self.tls`` is set only then): its session (with
        the ticket the server sent after the handshake) for the next check of the same server."""
        sock = self.wire.sock
        if self._resume is not None and self.tls is not None and isinstance(sock, ssl.SSLSocket):
            cache, ctx, host, peer = self._resume
            with contextlib.suppress(Exception):
                cache.remember_session(ctx, host, peer, sock.session)

    def close(self) -> None:
        sock = self.wire.sock
        if sock is not None:
            self.run.token.detach(sock)
            self._keep_session()
        with contextlib.suppress(Exception):
            self.wire.close()

    # -- composite -----------------------------------------------------------------------------------
    def open(self, *, starttls: str) -> None:
        """resolve → connect → [TLS] → greeting → EHLO → [STARTTLS → EHLO].

        ``starttls``: "require" (STARTTLS security: not offered = starttls_unavailable), "optional"
        (probe: use it when offered), "never" (plain SMTP: no attempt).
        """
        infos = self.resolve()
        self.connect(infos)
        if self.target.security is Security.IMPLICIT:
            self.handshake()
        self.read_greeting()
        features = self.ehlo()
        if self.target.security is Security.IMPLICIT or starttls == "never":
            return
        if "starttls" not in features and starttls == "optional":
            return
        self.starttls()  # required and not offered: starttls_unavailable, never a plaintext fallback


def _certificate_failure(message: str, hint: str, info: TlsInfo, verify_error: str, args: tuple) -> Failure:
    cert = info.certificate
    return Failure(Category.CERTIFICATE_INVALID, message, stage=errors.TLS, hint=hint, message_args=args,
                   details={"certificate": cert.to_dict() if cert else None, "sha256": info.sha256,
                            "verify_error": verify_error})


def establish(run: Run, target: Target, *, starttls: str, continue_untrusted: bool = False,
              sessions: list[Session] | None = None) -> Session:
    """Open a session with the trust sequence of tlsinfo.py; returns it ready after EHLO (and TLS).

    A certificate that fails verification: with a pin, a second connection accepts it only if its
    SHA-256 equals the pin. Without a pin, a helper connection fetches it (nothing is sent after the
    handshake) so the failure carries its details; ``continue_untrusted`` (probe only, never with
    credentials) continues that connection through EHLO to learn the capabilities behind TLS, and
    returns it with ``session.tls.trusted`` False. ``sessions`` (optional) collects every connection
    made, for what a failed one learnt (greeting, capabilities).
    """
    made = sessions if sessions is not None else []
    session = Session(run, target)
    made.append(session)
    try:
        session.open(starttls=starttls)
        return session
    except FailureError as exc:
        session.close()
        failure = exc.failure
        if failure.category is not Category.CERTIFICATE_INVALID or "verify_code" not in failure.details:
            raise
    verify_error = failure.details.get("verify_error", "")
    if target.pin:
        run.transcript.note("certificate not verified; second connection to compare it with the pinned fingerprint")
        second = Session(run, target, trust="pin", first_verify_error=verify_error)
        made.append(second)
        try:
            second.open(starttls=starttls)
        except FailureError:
            second.close()
            raise
        return second
    run.transcript.note("certificate not verified; fetching it for inspection (nothing is sent over it)")
    inspect = Session(run, target, trust="inspect", first_verify_error=verify_error)
    made.append(inspect)
    run.quiet = not continue_untrusted
    try:
        if continue_untrusted:
            inspect.open(starttls=starttls)
            return inspect
        _open_until_tls(inspect, starttls)
    except FailureError:
        pass  # the original failure stands; the details are a bonus
    finally:
        run.quiet = False
        if not continue_untrusted or inspect.tls is None:
            inspect.close()
    if inspect.tls is not None:
        failure = dataclasses.replace(failure, details={
            **failure.details, "certificate": inspect.tls.certificate.to_dict() if inspect.tls.certificate else None,
            "sha256": inspect.tls.sha256})
    raise FailureError(failure)


def _open_until_tls(session: Session, starttls: str) -> None:
    session.connect(session.resolve())
    if session.target.security is Security.IMPLICIT:
        session.handshake()
        return
    session.read_greeting()
    if "starttls" in session.ehlo():
        with session.run.stage(errors.TLS, "STARTTLS", sock_owner=session.wire) as st:
            code, _ = session.wire.docmd("STARTTLS")
            if code == 220:
                session._handshake(st)


def _ehlo_name(sock: socket.socket) -> str:
    """The EHLO argument: this computer's FQDN when it has one, else its address literal (RFC 5321)."""
    name = socket.gethostname()
    if "." in name and name.isascii() and not name.endswith(".local"):
        return name
    try:
        address = sock.getsockname()[0]
    except OSError:
        return "localhost"
    return f"[IPv6:{address}]" if ":" in address else f"[{address}]"


class NameCache:
    """Names resolved once for many checks (``check --all``): a lookup per (host, port) while it is in
    use — concurrent checks of one name share the lookup in flight; a failed lookup (no such name) is
    shared too, a timed-out one is not (the next check asks again)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._calls: dict[tuple[str, int], BackgroundCall] = {}

    def lookup(self, host: str, port: int) -> BackgroundCall:
        with self._lock:
            call = self._calls.get((host, port))
            if call is None:
                call = self._calls[(host, port)] = BackgroundCall(
                    lambda: socket.getaddrinfo(host, port, type=socket.SOCK_STREAM), name="smtp-resolve")
            return call

    def forget(self, host: str, port: int, call: BackgroundCall) -> None:
        with self._lock:
            if self._calls.get((host, port)) is call:
                del self._calls[(host, port)]


_names: NameCache | None = None
_names_users = 0
_names_lock = threading.Lock()


@contextlib.contextmanager
def shared_names() -> Iterator[NameCache]:
    """While inside (reference-counted): every run's name resolution goes through one :class:`NameCache`."""
    global _names, _names_users
    with _names_lock:
        if _names is None:
            _names = NameCache()
        _names_users += 1
        cache = _names
    try:
        yield cache
    finally:
        with _names_lock:
            _names_users -= 1
            if _names_users == 0:
                _names = None


def _getaddrinfo(run: Run, host: str, port: int) -> list[tuple]:
    """getaddrinfo that honours cancel and timeouts: IP literals at once, names in a helper thread."""
    try:
        return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST)
    except socket.gaierror:
        pass
    cache = _names
    if cache is not None:
        call = cache.lookup(host, port)
        limit = time.monotonic() + run.op_timeout()
        try:
            return call.wait(run, lambda: time.monotonic() >= limit, "name resolution timed out")  # type: ignore[return-value]
        except TimeoutError:
            cache.forget(host, port, call)
            raise
    lookup = BackgroundCall(lambda: socket.getaddrinfo(host, port, type=socket.SOCK_STREAM), name="smtp-resolve")
    limit = time.monotonic() + run.op_timeout()
    return lookup.wait(run, lambda: time.monotonic() >= limit, "name resolution timed out")  # type: ignore[return-value]


__all__ = ["CancelToken", "Run", "Session", "StageEvent", "Target", "establish"]

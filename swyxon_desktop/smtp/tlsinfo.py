"""TLS contexts and what the engine learns about a server's certificate.

Trust, in this order (``make_context`` / the engine's TLS stage):

1. **Verified**: ``ssl.create_default_context()`` — the system's CAs plus the profile's CA file
   (``load_verify_locations``), hostname checked against the server name (IDN in its ASCII form).
2. **Pinned**: only when (1) fails *and* the profile stores a SHA-256 fingerprint, the engine opens a
   second connection with :func:`make_pin_context` (no CA check) and accepts the server only if the DER
   SHA-256 of the certificate it presents equals the pin — checked right after the handshake, before a
   single further byte is sent. A mismatch is ``certificate_invalid``. The pin was stored by an explicit
   act of the user who saw the fingerprint; nothing is ever trusted silently.
3. Otherwise ``certificate_invalid``; the engine fetches the certificate once more (without sending
   anything after the handshake) so the user can see its details and decide.

Certificate details are parsed with ``cryptography`` lazily (it costs ~50 ms to import; the fast path
of a successful ``test-mail`` never needs it).
"""
from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import ssl
import stat
import sys
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cached_property
from typing import Any, Iterator


def make_context(ca_file: str = "", wait_s: float | None = None) -> ssl.SSLContext:
    """The verifying context: exactly what ``ssl.create_default_context()`` trusts + the profile's CA file.

    No shortcut around the default trust store (e.g. only the hashed CA directory): a CA appended to the
    system bundle, or named by SSL_CERT_FILE / SSL_CERT_DIR, is trusted here exactly as by OpenSSL,
    swaks and every other client on this computer. Parsing the system bundle costs ~20-35 ms; a caller
    that knows TLS is coming can start that work early with :func:`prepare_context`; ``wait_s`` bounds
    the wait for it (TimeoutError after that — the run's deadline holds even if that thread hangs).
    """
    shared = _shared
    if shared is not None:
        return shared.get(ca_file)
    with _prepared_lock:
        entry = _prepared.pop(ca_file, None)
    if entry is not None:
        thread, box = entry
        thread.join(wait_s)
        if thread.is_alive():
            raise TimeoutError("the TLS context was not ready in time")
        if "ctx" in box:
            return box["ctx"]
        # it failed there (e.g. an unreadable CA file): build it here, which raises the real error
    return _build_context(ca_file)


def shared_cache() -> "ContextCache | None":
    """The run's :class:`ContextCache` while inside :func:`shared_contexts` (else None)."""
    return _shared


def prepare_context(ca_file: str = "") -> None:
    """Start building ``make_context(ca_file)`` in a helper thread; the next ``make_context(ca_file)`` takes it.

    OpenSSL parses the CA bundle without holding the GIL, so on a second core this runs beside loading
    the engine, the keychain lookup and connecting. The context is handed out once, to the next call
    with the same CA file, so it never outlives a change of the trust store. The thread is not a daemon:
    a process that ends early (e.g. a refused connection) waits for it instead of tearing OpenSSL down
    under it.
    """
    box: dict[str, ssl.SSLContext] = {}

    def work() -> None:
        try:
            box["ctx"] = _build_context(ca_file)
        except Exception:  # noqa: BLE001 - make_context builds it again in the run and reports it there
            pass

    thread = threading.Thread(target=work, name="tls-context")
    with _prepared_lock:
        if ca_file not in _prepared:
            thread.start()  # before it is visible: make_context joins only started threads
            _prepared[ca_file] = (thread, box)


def _build_context(ca_file: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    if ca_file:
        data = read_ca_file(ca_file)
        # PEM as text (explanations between the certificates are skipped); anything else as DER.
        ctx.load_verify_locations(cadata=data.decode("ascii", "ignore") if b"-----BEGIN" in data else data)
    return ctx


MAX_CA_FILE = 16 * 1024 * 1024  # the largest system bundles are ~250 KB


class NotARegularFile(OSError):
    """The CA file is a folder, a pipe (FIFO), a device or a socket."""


def read_ca_file(path: str) -> bytes:
    """The bytes of a CA file, without ever blocking.

    An ordinary open() of a FIFO waits for a writer (forever): the file is opened non-blocking and
    checked on its open descriptor (no race with a file replaced in between) before a byte is read.
    Raises OSError (:class:`NotARegularFile` for anything but a regular file).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotARegularFile(errno.EINVAL, "not a regular file", path)
        if info.st_size > MAX_CA_FILE:
            raise OSError(errno.EFBIG, "too large for a CA file", path)
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_CA_FILE:
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
        raise OSError(errno.EFBIG, "too large for a CA file", path)
    finally:
        os.close(fd)


_prepared: dict[str, tuple[threading.Thread, dict[str, ssl.SSLContext]]] = {}
_prepared_lock = threading.Lock()


class ContextCache:
    """Verifying contexts shared by many checks (``check --all``, the overview): one per trust set.

    A new default context parses the system CA bundle (~20-35 ms); a thousand checks would parse it a
    thousand times. The key is the trust set itself — the profile's CA file and what it and the system
    trust store are on disk now (path, size, mtime, inode of the CA file, of the default bundle and of
    the hashed directory; ``SSL_CERT_FILE``/``SSL_CERT_DIR``) — so a changed file builds a new context.
    The contexts are exactly :func:`_build_context`'s: verification is the same, only built once.
    An ``SSLContext`` may be used by many threads at once.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._contexts: dict[tuple, ssl.SSLContext] = {}
        self._sessions: dict[tuple, ssl.SSLSession] = {}

    # -- TLS session resumption (RFC 8446 2.2 / RFC 5077 tickets) -----------------------------------------
    # Many profiles often name the same server: after one verified handshake, the next connection to the
    # same (host name, address, port) through the same context offers the server's ticket and skips the
    # certificate exchange — on both sides. Verification is not weakened: a session is kept only from a
    # handshake this context *verified* (chain and host name; never from a pinned or inspected one, which
    # use other contexts), it is offered only for the host name it was verified for, OpenSSL refuses it
    # for any other context, and the server decides whether to resume (else: a full, verified handshake).
    # The peer's certificate stays in the session: TlsInfo, the fingerprint and the pin check see it as
    # before. Kept only while the cache lives (one bulk run).

    def session_for(self, ctx: ssl.SSLContext, host: str, peer: Any) -> ssl.SSLSession | None:
        with self._lock:
            return self._sessions.get((id(ctx), host, peer))

    def remember_session(self, ctx: ssl.SSLContext, host: str, peer: Any, session: ssl.SSLSession | None) -> None:
        if session is None or not session.has_ticket:
            return
        with self._lock:
            if any(c is ctx for c in self._contexts.values()):  # a verifying context of this cache only
                self._sessions[(id(ctx), host, peer)] = session

    @staticmethod
    def _key(ca_file: str) -> tuple:
        paths = ssl.get_default_verify_paths()

        def stat(path: str | None) -> tuple:
            if not path:
                return ()
            try:
                st = os.stat(path)
            except OSError:
                return (path,)
            return (path, st.st_size, st.st_mtime_ns, st.st_ino)

        return (ca_file, stat(ca_file), stat(paths.cafile), stat(paths.capath),
                os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))

    def get(self, ca_file: str) -> ssl.SSLContext:
        key = self._key(ca_file)
        with self._lock:  # held while building: concurrent checks of one trust set build it once
            ctx = self._contexts.get(key)
            if ctx is None:
                ctx = self._contexts[key] = _build_context(ca_file)  # an unreadable CA file raises here
            return ctx


_shared: ContextCache | None = None
_shared_users = 0


@contextlib.contextmanager
def shared_contexts() -> Iterator[ContextCache]:
    """While inside (reference-counted, any thread): :func:`make_context` takes its contexts from one
    :class:`ContextCache`. Outside, every run builds its own context as before."""
    global _shared, _shared_users
    with _prepared_lock:
        if _shared is None:
            _shared = ContextCache()
        _shared_users += 1
        cache = _shared
    try:
        yield cache
    finally:
        with _prepared_lock:
            _shared_users -= 1
            if _shared_users == 0:
                _shared = None


def make_pin_context() -> ssl.SSLContext:
    """A context for the pinned-certificate check only (see the module docstring, step 2).

    It does not verify the chain; the caller MUST compare :func:`sha256_fingerprint` of the peer's DER
    certificate with the pin before sending anything over the connection. The client protocol's secure
    defaults (TLS 1.2+, the default ciphers) as in ``create_default_context()``, but no CA bundle: nothing
    here would use it, and parsing it costs ~30 ms per connection (every untrusted row of a probe).
    ``SSLKEYLOGFILE`` is honoured as there (packet captures of a support case).
    """
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    keylog = os.environ.get("SSLKEYLOGFILE")
    if keylog and not sys.flags.ignore_environment:
        ctx.keylog_filename = keylog
    return ctx


def sha256_fingerprint(der: bytes) -> str:
    """Lower-case hex SHA-256 of the DER certificate (what ``settings.pinned_sha256`` stores)."""
    return hashlib.sha256(der).hexdigest()


def normalise_fingerprint(value: str) -> str:
    return value.replace(":", "").replace(" ", "").lower()


def pretty_fingerprint(hex_value: str) -> str:
    """AB:CD:… — the form people compare by eye."""
    h = normalise_fingerprint(hex_value).upper()
    return ":".join(h[i:i + 2] for i in range(0, len(h), 2))


@dataclass(frozen=True)
class CertificateInfo:
    subject: str
    issuer: str
    sans: tuple[str, ...]
    not_before: str  # ISO 8601, UTC
    not_after: str
    sha256: str  # lower-case hex of the DER
    serial: str
    self_signed: bool
    expired: bool
    not_yet_valid: bool

    @classmethod
    def from_der(cls, der: bytes) -> "CertificateInfo":
        from cryptography import x509

        cert = x509.load_der_x509_certificate(der)
        try:
            ext = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName)
            sans = tuple([f"DNS:{n}" for n in ext.value.get_values_for_type(x509.DNSName)]
                         + [f"IP:{ip}" for ip in ext.value.get_values_for_type(x509.IPAddress)])
        except x509.ExtensionNotFound:
            sans = ()
        before = cert.not_valid_before_utc
        after = cert.not_valid_after_utc
        now = datetime.now(timezone.utc)
        from swyxon_desktop.smtp.transcript import printable  # a certificate's names are the server's text

        return cls(
            subject=printable(cert.subject.rfc4514_string()),
            issuer=printable(cert.issuer.rfc4514_string()),
            sans=tuple(printable(name) for name in sans),
            not_before=before.isoformat(),
            not_after=after.isoformat(),
            sha256=sha256_fingerprint(der),
            serial=format(cert.serial_number, "x"),
            self_signed=cert.issuer == cert.subject,
            expired=now > after,
            not_yet_valid=now < before,
        )

    def to_dict(self) -> dict:
        return {"subject": self.subject, "issuer": self.issuer, "sans": list(self.sans),
                "not_before": self.not_before, "not_after": self.not_after, "sha256": self.sha256,
                "sha256_pretty": pretty_fingerprint(self.sha256), "serial": self.serial,
                "self_signed": self.self_signed, "expired": self.expired, "not_yet_valid": self.not_yet_valid}


@dataclass
class TlsInfo:
    """The negotiated TLS session and the server's certificate, with how it was trusted."""

    version: str | None
    cipher: str | None
    bits: int | None
    der: bytes = field(repr=False, default=b"")
    verified: bool = False  # the chain and host name verified against the CAs
    trusted_by_pin: bool = False  # not verified, but equal to the profile's pinned fingerprint
    verify_error: str = ""  # why verification failed (OpenSSL's reason), "" when verified

    @property
    def sha256(self) -> str:
        return sha256_fingerprint(self.der) if self.der else ""

    @property
    def trusted(self) -> bool:
        return self.verified or self.trusted_by_pin

    @cached_property
    def certificate(self) -> CertificateInfo | None:
        """Parsed details (imports cryptography on first use)."""
        if not self.der:
            return None
        try:
            return CertificateInfo.from_der(self.der)
        except Exception:  # noqa: BLE001 - a certificate we cannot parse still has a fingerprint
            return None

    @classmethod
    def from_socket(cls, sock: ssl.SSLSocket, *, verified: bool) -> "TlsInfo":
        cipher = sock.cipher() or (None, None, None)
        return cls(version=sock.version(), cipher=cipher[0], bits=cipher[2],
                   der=sock.getpeercert(binary_form=True) or b"", verified=verified)

    def summary(self) -> str:
        return f"{self.version} {self.cipher}" if self.version else ""

    def to_dict(self, details: bool = True) -> dict:
        data: dict[str, Any] = {
            "version": self.version, "cipher": self.cipher, "bits": self.bits, "sha256": self.sha256,
            "verified": self.verified, "trusted_by_pin": self.trusted_by_pin, "verify_error": self.verify_error or None}
        if details:
            cert = self.certificate
            data["certificate"] = cert.to_dict() if cert else None
        return data

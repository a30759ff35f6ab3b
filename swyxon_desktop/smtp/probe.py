"""Check server: what the server offers, on the configured port and on 25, 465 and 587 — never credentials.

Every port is tried both ways at once — SSL/TLS from the first byte and plain SMTP with STARTTLS when
offered — each attempt in its own thread under the timeout. As soon as one way gets a greeting on a
port, the other way on that port is stopped (``skipped``): a plain connection to an implicit-TLS port
would otherwise wait for a greeting until the timeout. A certificate that does not verify is still
examined (its details, and the capabilities behind TLS), but the row says it is not trusted.

The result names a :class:`Recommendation` — e.g. "Port 587 with STARTTLS and PLAIN works." — whose
``apply(settings)`` returns the settings with exactly the changes it names (the GUI fills the form
with them, unsaved).
"""
from __future__ import annotations

import dataclasses
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from swyxon_desktop.checks.run import CancelToken, StageEvent, Status
from swyxon_desktop.failures import Category, Failure, FailureError
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP, translate
from swyxon_desktop.settings import AuthMechanism, MailSettings, Security, TlsMode
from swyxon_desktop.smtp import errors
from swyxon_desktop.smtp.auth import choose_mechanism, offered_mechanisms, preferred
from swyxon_desktop.smtp.session import Run, Session, Target, establish
from swyxon_desktop.smtp.tlsinfo import TlsInfo
from swyxon_desktop.smtp.transcript import TranscriptLine

PROBE_PORTS = (25, 465, 587)
SUPERSEDED = "superseded"

MSG_REC_AUTH = QT_TRANSLATE_NOOP("Smtp", "Port {} with {} and {} works.")
MSG_REC = QT_TRANSLATE_NOOP("Smtp", "Port {} with {} works.")
MSG_REC_KEEP_AUTH = QT_TRANSLATE_NOOP("Smtp", "The configured settings work: port {} with {} and {}.")
MSG_REC_KEEP = QT_TRANSLATE_NOOP("Smtp", "The configured settings work: port {} with {}.")
MSG_REC_TRUST = QT_TRANSLATE_NOOP(
    "Smtp", "Port {} with {} works once you trust the server's certificate (SHA-256 {}).")
MSG_NO_REC = QT_TRANSLATE_NOOP(
    "Smtp", "No port offers an encrypted connection with a usable authentication method.")
MSG_EXPECTS_TLS = QT_TRANSLATE_NOOP(
    "Failure", "Port {} expects SSL/TLS from the first byte; without it the server sends no greeting.")
MSG_EXPECTS_PLAIN = QT_TRANSLATE_NOOP("Failure", "Port {} answers in plain SMTP, not with TLS.")
MSG_CHECK_CANCELLED = QT_TRANSLATE_NOOP("Failure", "The check was cancelled; nothing is concluded from it.")
MSG_SKIPPED = QT_TRANSLATE_NOOP("Smtp", "Not needed: the port answered the other way.")
MSG_PLAIN_ONLY = QT_TRANSLATE_NOOP("Smtp", "Answers, but offers no STARTTLS (unencrypted only).")

SECURITY_LABELS = {Security.PLAIN: "SMTP", Security.STARTTLS: "STARTTLS", Security.IMPLICIT: "SSL/TLS"}

# Capabilities worth showing (EHLO keywords, lower-case as smtplib stores them).
CAPABILITIES = ("starttls", "auth", "size", "smtputf8", "8bitmime", "pipelining", "enhancedstatuscodes",
                "chunking", "dsn")


def capabilities(features: dict[str, str] | None) -> dict[str, Any] | None:
    """The interesting EHLO capabilities: {"STARTTLS": True, "AUTH": ["PLAIN", …], "SIZE": 35882577, …}."""
    if features is None:
        return None
    out: dict[str, Any] = {}
    for key in CAPABILITIES:
        if key not in features:
            continue
        value = features[key].strip()
        if key == "auth":
            out["AUTH"] = offered_mechanisms(features)
        elif key == "size":
            out["SIZE"] = int(value) if value.isdigit() else (value or True)
        else:
            out[key.upper()] = True
    return out


@dataclass
class PortCheck:
    """One attempt of the matrix: a port, tried with implicit TLS or with plain SMTP (+ STARTTLS)."""

    port: int
    attempt: Security  # IMPLICIT or STARTTLS (STARTTLS = plain SMTP, upgraded when offered)
    configured: bool = False
    status: Status = Status.FAILED  # OK (an SMTP server answered), FAILED, SKIPPED, CANCELLED (the user stopped it)
    greeting: str | None = None
    features_before_tls: dict[str, str] | None = None
    features: dict[str, str] | None = None  # the last EHLO: behind TLS when there is TLS
    tls: TlsInfo | None = None
    failure: Failure | None = None
    elapsed_ms: float = 0.0
    events: list[StageEvent] = field(default_factory=list)
    transcript: list[TranscriptLine] = field(default_factory=list)

    @property
    def security(self) -> Security:
        """What was actually achieved: implicit TLS, STARTTLS, or plain (no TLS)."""
        if self.tls is None:
            return self.attempt if self.attempt is Security.IMPLICIT else Security.PLAIN
        return self.attempt

    @property
    def starttls_offered(self) -> bool | None:
        if self.features_before_tls is None:
            return None
        return "starttls" in self.features_before_tls

    @property
    def auth_mechanisms(self) -> list[str]:
        return offered_mechanisms(self.features or {})

    @property
    def trusted(self) -> bool:
        return self.tls is not None and self.tls.trusted

    def to_dict(self, lang: str | None = None) -> dict:
        return {
            "port": self.port, "attempt": self.attempt.value, "security": self.security.value,
            "configured": self.configured, "status": str(self.status), "greeting": self.greeting,
            "starttls_offered": self.starttls_offered,
            "capabilities_before_tls": capabilities(self.features_before_tls),
            "capabilities": capabilities(self.features),
            "auth_mechanisms": self.auth_mechanisms,
            "tls": self.tls.to_dict() if self.tls else None,
            "failure": self.failure.to_dict(lang) if self.failure else None,
            "note": (translate("Smtp", MSG_SKIPPED, lang) if self.status == Status.SKIPPED else
                     translate("Smtp", MSG_PLAIN_ONLY, lang) if self.status == Status.OK and self.tls is None
                     and self.attempt is Security.STARTTLS else None),
            "elapsed_ms": round(self.elapsed_ms, 1),
        }


@dataclass(frozen=True)
class Recommendation:
    """Settings that work, as a change set. ``apply(settings)`` -> the settings with these changes."""

    port: int
    security: Security
    mechanism: str | None  # what authentication would use (None: authentication is off)
    changes: dict[str, Any]  # MailSettings field -> new value; empty: the configured settings work
    needs_trust: bool = False  # works once the certificate (``sha256``) is trusted explicitly
    sha256: str = ""
    provider: Any = None  # providers.Provider recognised for the server (None: none)

    @property
    def documented(self) -> bool:
        """The provider's table entry documents this port and security."""
        return self.provider is not None and self.provider.documents(self.port, self.security.value) is not None

    def apply(self, settings: MailSettings) -> MailSettings:
        return settings.replace(**self.changes)

    def text(self, lang: str | None = None) -> str:
        text = self._text(lang)
        if self.provider is not None:  # the providers table's word on it (providers.py)
            from swyxon_desktop.providers import documented_text

            text += " " + documented_text(self.provider, self.port, self.security.value, lang)
        return text

    def _text(self, lang: str | None = None) -> str:
        sec = SECURITY_LABELS[self.security]
        if self.needs_trust:
            return translate("Smtp", MSG_REC_TRUST, lang).format(self.port, sec, self.sha256)
        if self.mechanism:
            msg = MSG_REC_AUTH if self.changes else MSG_REC_KEEP_AUTH
            return translate("Smtp", msg, lang).format(self.port, sec, self.mechanism)
        return translate("Smtp", MSG_REC if self.changes else MSG_REC_KEEP, lang).format(self.port, sec)

    def to_dict(self, lang: str | None = None) -> dict:
        changes = {k: (v.value if hasattr(v, "value") else v) for k, v in self.changes.items()}
        return {"port": self.port, "security": self.security.value, "mechanism": self.mechanism,
                "changes": changes, "needs_trust": self.needs_trust, "sha256": self.sha256 or None,
                "provider": self.provider.id if self.provider else None, "documented": self.documented,
                "text": self.text(lang)}


@dataclass
class ProbeResult:
    ok: bool  # the configured port and security work (TLS trusted, authentication method offered)
    configured: PortCheck | None
    matrix: list[PortCheck]
    recommendation: Recommendation | None
    failure: Failure | None  # why the configured way does not work (None when ok)
    elapsed_s: float
    cancelled: bool = False  # the user cancelled: rows that finished are real, nothing is concluded
    provider: Any = None  # providers.Recognition: the provider, recognised by server name, greeting or sender
    advice: list = field(default_factory=list)  # providers.Advice for these settings (warnings first)

    def recommendation_text(self, lang: str | None = None) -> str:
        return self.recommendation.text(lang) if self.recommendation else translate("Smtp", MSG_NO_REC, lang)

    def to_dict(self, lang: str | None = None) -> dict:
        f = self.failure
        return {
            "ok": self.ok,
            "category": f.category.value if f else None,
            "stage": f.stage if f else None,
            "smtp_code": f.smtp_code if f else None,
            "message": f.message_text(lang) if f else None,
            "hint": f.hint_text(lang) if f else None,
            "elapsed_s": round(self.elapsed_s, 3),
            "cancelled": self.cancelled,
            "configured": self.configured.to_dict(lang) if self.configured else None,
            "matrix": [row.to_dict(lang) for row in self.matrix],
            "recommendation": self.recommendation.to_dict(lang) if self.recommendation else None,
            "recommendation_text": self.recommendation_text(lang),
            "provider": self.provider.to_dict(lang) if self.provider else None,
            "advice": [a.to_dict(lang) for a in self.advice],
            "transcript": [str(line) for line in self.configured.transcript] if self.configured else [],
        }


# ---------------------------------------------------------------------------------------------------


def _usable_mechanism(settings: MailSettings, offered: list[str]) -> str | None:
    if not settings.use_auth:
        return None
    if settings.mechanism is AuthMechanism.AUTO:
        return preferred(offered)
    return settings.mechanism.value if settings.mechanism.value in offered else None


def _works(settings: MailSettings, row: PortCheck) -> bool:
    """Encrypted, and (with authentication) a method the settings — or Automatic — can use."""
    return row.status == Status.OK and row.tls is not None and (
        not settings.use_auth
        or _usable_mechanism(settings.replace(mechanism=AuthMechanism.AUTO), row.auth_mechanisms) is not None)


_ORDER = {(587, Security.STARTTLS): 0, (465, Security.IMPLICIT): 1, (25, Security.STARTTLS): 3}


def recommend(settings: MailSettings, rows: list[PortCheck], provider: Any = None) -> Recommendation | None:
    """The best working row as a change set (the configured one when it works; then what ``provider``,
    a providers.Provider, documents)."""
    usable = [r for r in rows if _works(settings, r)]
    if not usable:
        return None
    trusted = [r for r in usable if r.trusted]
    pool = trusted or usable

    def key(r: PortCheck) -> tuple:
        documented = provider is not None and provider.documents(r.port, r.attempt.value) is not None
        return (not r.configured, not documented, _ORDER.get((r.port, r.attempt), 2), r.port)

    best = min(pool, key=key)
    changes: dict[str, Any] = {}
    if best.port != settings.port:
        changes["port"] = best.port
    if not settings.use_ssl:
        changes["use_ssl"] = True
    auto = Security.IMPLICIT if best.port == 465 else Security.STARTTLS
    if not (settings.tls_mode is TlsMode.AUTO and auto is best.attempt) \
            and settings.tls_mode is not TlsMode(best.attempt.value):
        changes["tls_mode"] = TlsMode.AUTO if auto is best.attempt else TlsMode(best.attempt.value)
    mechanism = _usable_mechanism(settings, best.auth_mechanisms)
    if settings.use_auth and mechanism is None:
        changes["mechanism"] = AuthMechanism.AUTO
        mechanism = _usable_mechanism(settings.replace(mechanism=AuthMechanism.AUTO), best.auth_mechanisms)
    return Recommendation(port=best.port, security=best.attempt, mechanism=mechanism, changes=changes,
                          needs_trust=not best.trusted, sha256=best.tls.sha256 if best.tls else "",
                          provider=provider)


class _PortRace:
    """Per port: the first attempt that gets a greeting stops the other one."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tokens: dict[tuple[int, Security], CancelToken] = {}
        self._greeted: set[int] = set()

    def add(self, port: int, attempt: Security, token: CancelToken) -> None:
        self._tokens[(port, attempt)] = token

    def greeted(self, port: int, attempt: Security) -> None:
        with self._lock:
            if port in self._greeted:
                return
            self._greeted.add(port)
        other = Security.STARTTLS if attempt is Security.IMPLICIT else Security.IMPLICIT
        token = self._tokens.get((port, other))
        if token is not None:
            token.cancel(SUPERSEDED)


def _check(run: Run, target: Target, row: PortCheck, race: _PortRace) -> None:
    sessions: list[Session] = []
    try:
        session = establish(run, target, starttls="optional", continue_untrusted=True, sessions=sessions)
        row.status = Status.OK
        session.quit()
    except FailureError as exc:
        row.failure = exc.failure
        if run.token.reason == SUPERSEDED:
            row.status = Status.SKIPPED
            if row.configured:  # say what the configured way would have met, without waiting for it
                row.failure = (
                    Failure(Category.PROTOCOL_ERROR, MSG_EXPECTS_TLS, stage=errors.GREETING,
                            hint=errors.HINT_GREETING_TIMEOUT, message_args=(row.port,))
                    if row.attempt is Security.STARTTLS else
                    Failure(Category.TLS_FAILED, MSG_EXPECTS_PLAIN, stage=errors.TLS,
                            hint=errors.HINT_TLS_ON_PLAIN_PORT, message_args=(row.port,)))
    finally:
        for s in sessions:
            s.close()
        run.finish()
    if row.status == Status.FAILED and run.token.cancelled and run.token.reason == "cancelled":
        row.status = Status.CANCELLED  # the user stopped it: no conclusion about this port
    learnt = [s for s in sessions if s.greeting] or sessions
    if learnt:
        last = learnt[-1]
        row.greeting = last.greeting or None
        row.features_before_tls = last.features_before_tls
        row.features = last.features
        row.tls = last.tls
        if row.tls is None:
            row.tls = next((s.tls for s in reversed(sessions) if s.tls is not None), None)
    row.events = list(run.events)
    row.transcript = list(run.transcript.lines)
    row.elapsed_ms = run.elapsed_ms()


def probe(settings: MailSettings, *, ports: tuple[int, ...] = PROBE_PORTS,
          on_event: Callable[[StageEvent], None] | None = None,
          on_row: Callable[[PortCheck], None] | None = None,
          cancel: CancelToken | None = None, timeout_s: float | None = None,
          addresses: tuple[str, ...] = ()) -> ProbeResult:
    """Check the server named in ``settings`` (blocking; call it from a worker thread).

    ``on_event``: stage events of the configured port's attempt. ``on_row``: each matrix row when it
    is done — called from the row's own thread (several run at once). Each attempt is limited to
    ``timeout_s`` (default ``settings.timeout_s``) in total; ``cancel`` stops all of them.
    ``addresses``: IP addresses already resolved for the server (detect.py's DNS); the certificate is
    still verified for the server's name.
    """
    started = time.monotonic()
    timeout_s = float(timeout_s or settings.timeout_s)
    parent = cancel or CancelToken()
    failure = errors.invalid_connection(settings)
    if failure:
        return ProbeResult(False, None, [], None, failure, time.monotonic() - started)
    configured_attempt = Security.IMPLICIT if settings.security is Security.IMPLICIT else Security.STARTTLS
    race = _PortRace()
    rows: list[PortCheck] = []
    jobs: list[tuple[Run, Target, PortCheck]] = []
    for port in dict.fromkeys((settings.port, *ports)):
        for attempt in (Security.IMPLICIT, Security.STARTTLS):
            configured = port == settings.port and attempt is configured_attempt
            row = PortCheck(port=port, attempt=attempt, configured=configured)
            forward = on_event if configured else None

            def listener(event: StageEvent, port=port, attempt=attempt, forward=forward) -> None:
                if (event.stage, event.status) == (errors.GREETING, Status.OK):
                    race.greeted(port, attempt)
                if forward is not None:
                    forward(event)

            run = Run(timeout_s=timeout_s, deadline_s=timeout_s, cancel=parent, on_event=listener)
            race.add(port, attempt, run.token)
            rows.append(row)
            target = Target.from_settings(settings, port=port, security=attempt)
            if addresses:
                target = dataclasses.replace(target, addresses=tuple(addresses))
            jobs.append((run, target, row))

    def work(run: Run, target: Target, row: PortCheck) -> None:
        _check(run, target, row, race)
        if on_row is not None:
            on_row(row)

    threads = [threading.Thread(target=work, args=job, name=f"probe-{job[2].port}-{job[2].attempt.value}",
                                daemon=True) for job in jobs]
    for t in threads:
        t.start()
    limit = time.monotonic() + timeout_s + 5  # each attempt ends by its deadline; this is a safety net
    for t in threads:
        t.join(max(0.0, limit - time.monotonic()))
    if any(t.is_alive() for t in threads):
        parent.cancel("deadline")
        for t in threads:
            t.join(1.0)

    configured_row = next(r for r in rows if r.configured)
    # The provider by server name, the name in a greeting, or the sender's domain (providers.py).
    from swyxon_desktop import providers
    from swyxon_desktop.provider_hints import recognised

    greeting = next((r.greeting for r in [configured_row, *rows] if r.greeting), "")
    known = recognised(settings.server, greeting or "", settings.sender)
    extra = {"provider": known, "advice": providers.advice(settings, known)}
    if parent.cancelled and parent.reason == "cancelled":
        # Only that it was cancelled: no verdict on the configured way, no recommendation from half a matrix.
        return ProbeResult(ok=False, configured=configured_row, matrix=rows, recommendation=None,
                           failure=Failure(Category.CANCELLED, MSG_CHECK_CANCELLED),
                           elapsed_s=time.monotonic() - started, cancelled=True, **extra)
    failure = configured_row.failure
    ok = configured_row.status == Status.OK and failure is None
    # No TLS at all first: a row without TLS is never "trusted" either, but no certificate was presented.
    if ok and settings.security is not Security.PLAIN and configured_row.tls is None:
        ok = False
        failure = Failure(Category.STARTTLS_UNAVAILABLE, errors.MSG_NO_STARTTLS, stage=errors.TLS,
                          message_args=(settings.port,))
    if ok and settings.security is not Security.PLAIN and not configured_row.trusted:
        ok = False
        failure = Failure(Category.CERTIFICATE_INVALID, errors.MSG_CERT, stage=errors.TLS,
                          message_args=(configured_row.tls.verify_error,))
    if ok and settings.use_auth and settings.security is Security.PLAIN and not settings.allow_insecure_auth:
        # What a test mail would meet at its AUTH stage (the probe itself never sends credentials).
        ok = False
        failure = Failure(Category.INSECURE_AUTH_REFUSED, errors.MSG_INSECURE_PROBE, stage=errors.AUTH)
    if ok and settings.use_auth:
        offered = (offered_mechanisms(configured_row.features_before_tls or {})
                   if settings.security is Security.PLAIN else configured_row.auth_mechanisms)
        try:  # the same choice, and the same failure, as a test mail's AUTH stage
            choose_mechanism(settings.mechanism.value, offered)
        except FailureError as exc:
            from swyxon_desktop.provider_hints import refine_offered

            ok, failure = False, refine_offered(exc.failure, offered, host=settings.server,
                                                greeting=configured_row.greeting or "", sender=settings.sender)
    rec = recommend(settings, rows, known.provider if known else None)
    return ProbeResult(ok=ok, configured=configured_row, matrix=rows, recommendation=rec,
                       failure=failure, elapsed_s=time.monotonic() - started, **extra)

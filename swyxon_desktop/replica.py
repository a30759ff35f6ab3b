"""A local replica of a customer's mail server, built from a diagnostics report (diagnostics.py). Qt-free.

    from swyxon_desktop import replica
    from swyxon_desktop.checks import record as diagnostics

    plan = replica.plan_from_record(diagnostics.load_record("report.json"))   # ReportError when unusable
    server = replica.make_server(plan, host="127.0.0.1", port=0).start()
    settings, password = replica.profile_settings(plan, server)               # a profile pointing at it

What the replica imitates (:class:`ReplicaPlan`): the greeting text (host name and words), the EHLO
lines the customer's client saw before and after TLS (so the same STARTTLS offer and AUTH mechanisms),
the TLS mode, a certificate with the customer's subject, issuer name, SANs and validity (self-signed when
the customer's was; signed by a throw-away CA otherwise — trusted by the replica profile exactly as far
as the customer's was trusted, see :func:`certificate_mode`), and the reply the customer got at the stage
where the run failed: the same code, enhanced status and text at the greeting, AUTH, MAIL FROM (for the
customer's sender domain only, so another sender shows what would fix it), RCPT TO (for that recipient)
or DATA; a timeout is imitated by a delay longer than the profile's timeout.

The replica never asks for the customer's password: it accepts any credentials (LOGIN, PLAIN, CRAM-MD5)
unless the report failed at AUTH, in which case every attempt gets the customer's answer. The profile it
gives (:func:`profile_settings`) is the customer's, pointed at the replica, with a generated password.

Reply texts come from a checked record only (no control characters, lines of at most 512 characters), and
each is sent as its own reply line with the code in front, so a report cannot inject SMTP lines.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import ipaddress
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from swyxon_desktop.i18n import QT_TRANSLATE_NOOP, translate
from swyxon_desktop.checks.record import WHY_VALUE, ReportError, _field
from swyxon_desktop.checks.stages import AUTH, DATA, EHLO, GREETING, MAIL_FROM, RCPT_TO
from swyxon_desktop.settings import MailSettings, Security, TlsMode

CONTEXT = "Report"
MECHANISMS = ("LOGIN", "PLAIN", "CRAM-MD5")
# The stages where the replica can answer as the customer's server did (the test server's, the client's names).
_STAGES = (GREETING, EHLO, AUTH, MAIL_FROM, RCPT_TO, DATA)

NOTE_BEFORE_SMTP = QT_TRANSLATE_NOOP(
    "Report", "The customer's run failed before a server answered ({}); the replica answers, so that part "
    "is not reproduced.")
NOTE_REPLY_NOT_REPRODUCED = QT_TRANSLATE_NOOP(
    "Report", "The reply at stage {} is not reproduced (the replica can only answer differently at the "
    "greeting, AUTH, MAIL FROM, RCPT TO and DATA).")
NOTE_MULTILINE_GREETING = QT_TRANSLATE_NOOP("Report", "Only the last line of the multi-line greeting is reproduced.")
NOTE_NO_OBSERVATION = QT_TRANSLATE_NOOP(
    "Report", "The report has no greeting or EHLO lines; the replica answers with the test server's own.")
NOTE_CERT_PINNED = QT_TRANSLATE_NOOP(
    "Report", "The customer's certificate was trusted; the replica's imitation is trusted by its fingerprint "
    "in the replica profile.")
NOTE_ALLOWED_ONCE = QT_TRANSLATE_NOOP(
    "Report", "The customer allowed unencrypted authentication for that run only; allow it for the run here "
    "too (test-mail --allow-insecure-auth, or the checkbox in Send test mail).")
NOTE_LOCAL_CERT = QT_TRANSLATE_NOOP(
    "Report", "The report has no certificate details; the replica uses the local test CA's certificate.")

MSG_CERT_NAME = QT_TRANSLATE_NOOP("Report", "The certificate name \"{}\" in the report cannot be imitated.")


@dataclass(frozen=True)
class ReplicaPlan:
    """What the replica does, derived from a checked record (plain data)."""

    profile: str
    settings: MailSettings  # the customer's, as in the report
    tls: Security  # what the replica speaks: plain, STARTTLS or implicit TLS
    hostname: str
    ident: str
    greeting_reject: tuple[str, ...] | None = None  # reply lines ("554 5.3.2 …") at the greeting, then close
    ehlo_before: tuple[str, ...] | None = None  # EHLO lines without the code ("localhost", "SIZE …", …)
    ehlo_after: tuple[str, ...] | None = None
    auth_mechanisms: tuple[str, ...] = ()  # what the replica can actually run (offered as recorded)
    auth_before_tls: bool = False
    replies: dict[str, tuple[str, ...]] = field(default_factory=dict)  # stage (checks/stages) -> reply lines
    reject_sender_domain: str | None = None
    reject_recipient: str | None = None
    delays: dict[str, float] = field(default_factory=dict)  # stage -> seconds
    certificate: dict | None = None  # the checked certificate of the report
    cert_mode: str = "local"  # see certificate_mode()
    notes: tuple[tuple, ...] = ()  # (English source, *args) of what is not reproduced

    def note_texts(self, lang: str | None = None) -> list[str]:
        return [translate(CONTEXT, note[0], lang).format(*note[1:]) for note in self.notes]

    def to_dict(self) -> dict:
        """As ``serve --from-report --json`` prints it: the test server's words (``"tls": "none"``, ``mail``)."""
        from swyxon_desktop.testserver.policy import stage_word, tls_word

        return {"profile": self.profile, "tls": tls_word(self.tls), "greeting": f"{self.hostname} {self.ident}".strip(),
                "greeting_reject": list(self.greeting_reject) if self.greeting_reject else None,
                "ehlo_before_tls": list(self.ehlo_before) if self.ehlo_before is not None else None,
                "ehlo_after_tls": list(self.ehlo_after) if self.ehlo_after is not None else None,
                "auth_mechanisms": list(self.auth_mechanisms),
                "replies": {stage_word(k): list(v) for k, v in self.replies.items()},
                "reject_sender_domain": self.reject_sender_domain, "reject_recipient": self.reject_recipient,
                "delays": {stage_word(k): v for k, v in self.delays.items()}, "certificate": self.cert_mode,
                "notes": self.note_texts("en")}


def _reply_lines(code: int, enhanced: str | None, text: str | None) -> tuple[str, ...]:
    """The reply as separate lines, each with its code: "550-…", "550 …" (never a line of the report's own)."""
    lines = (text or enhanced or "").split("\n")
    if text and enhanced and not text.startswith(enhanced):
        lines[0] = f"{enhanced} {lines[0]}"
    lines = [line.strip() for line in lines] or [""]
    return tuple(f"{code}{'-' if i < len(lines) - 1 else ' '}{line}".rstrip() for i, line in enumerate(lines))


def certificate_mode(tls: dict | None) -> str:
    """How the replica's certificate is made and trusted, so the client meets what the customer's met:

    * ``local`` — no certificate details: the local test CA's certificate, its CA in the profile;
    * ``pinned`` — the customer's was trusted: an imitation, trusted by its fingerprint in the profile;
    * ``self_signed`` — the customer's was self-signed: so is the imitation (not trusted);
    * ``ca_in_profile`` — it failed on its name or its validity: signed by a throw-away CA the profile
      trusts, so the same check fails (host name, expiry);
    * ``untrusted_ca`` — any other failure (unknown issuer): signed by a throw-away CA nobody trusts.
    """
    cert = (tls or {}).get("certificate")
    if not cert:
        return "local"
    if tls.get("verified") or tls.get("trusted_by_pin"):
        return "pinned"
    why = (tls.get("verify_error") or "").lower()
    if any(word in why for word in ("hostname mismatch", "ip address mismatch", "expired", "not yet valid")):
        # the chain was trusted (a self-signed one by the profile's CA file): the name or date failed
        return "ca_in_profile"
    if cert.get("self_signed"):
        return "self_signed"
    return "untrusted_ca"


def _tls_mode(settings: MailSettings, seen: dict, failure: dict | None) -> Security:
    security = settings.security
    if seen.get("tls"):
        return Security.IMPLICIT if security is Security.IMPLICIT else Security.STARTTLS
    if security is Security.IMPLICIT:
        if failure and failure["stage"] == "tls" and failure["category"].value == "tls_failed":
            return Security.PLAIN  # the customer's port spoke plain SMTP
        return Security.IMPLICIT
    offered = seen.get("starttls_offered")
    if security is Security.STARTTLS:
        return Security.PLAIN if offered is False else Security.STARTTLS
    return Security.STARTTLS if offered else Security.PLAIN


def plan_from_record(record: dict) -> ReplicaPlan:
    """A replica plan from a record checked by ``diagnostics.load_record``/``check_record``."""
    settings: MailSettings = record["settings"]
    seen = record["observed"]
    failure = record["failure"]
    notes: list[tuple] = []
    tls = _tls_mode(settings, seen, failure)
    hostname, ident = "localhost", ""
    greeting = seen.get("greeting")
    greeting_reject = None
    if greeting:
        if len(greeting) > 1:
            notes.append((NOTE_MULTILINE_GREETING,))
        words = greeting[-1].split(" ", 1)
        hostname = words[0] or "localhost"
        ident = words[1] if len(words) > 1 else ""
    elif seen.get("ehlo_before_tls") is None and seen.get("ehlo_after_tls") is None:
        notes.append((NOTE_NO_OBSERVATION,))
    ehlo_before = tuple(seen["ehlo_before_tls"]) if seen.get("ehlo_before_tls") else None
    ehlo_after = tuple(seen["ehlo_after_tls"]) if seen.get("ehlo_after_tls") else None
    if tls is Security.IMPLICIT and ehlo_after is None:
        ehlo_after, ehlo_before = ehlo_before, None
    offered = seen.get("auth_mechanisms") or []
    auth = tuple(m for m in MECHANISMS if m in offered)
    auth_before_tls = bool(ehlo_before) and any(line.upper().startswith(("AUTH ", "AUTH="))
                                                for line in (ehlo_before or ())[1:])
    replies: dict[str, tuple[str, ...]] = {}
    delays: dict[str, float] = {}
    reject_sender = reject_rcpt = None
    if failure is not None:
        stage, code, category = failure["stage"], failure["smtp_code"], failure["category"].value
        target = stage if stage in _STAGES else None
        if category == "timeout" and target is not None:
            delays[target] = min(600.0, float(settings.timeout_s) + 5.0)
        elif code is not None and 400 <= code <= 599:
            lines = _reply_lines(code, failure["enhanced_status"], failure["server_text"])
            if target == GREETING:
                greeting_reject = lines
            elif target in (AUTH, MAIL_FROM, RCPT_TO, DATA):
                replies[target] = lines
                if target == MAIL_FROM:
                    reject_sender = settings.sender.rpartition("@")[2].lower() or None
                elif target == RCPT_TO:
                    reject_rcpt = (failure.get("recipient") or "").lower() or None
            else:
                notes.append((NOTE_REPLY_NOT_REPRODUCED, stage))
        elif category in ("dns_failed", "connect_refused"):
            notes.append((NOTE_BEFORE_SMTP, category))
    if record.get("allowed_insecure_once") and settings.insecure_auth and not settings.allow_insecure_auth:
        notes.append((NOTE_ALLOWED_ONCE,))
    cert = (seen.get("tls") or {}).get("certificate")
    mode = certificate_mode(seen.get("tls")) if tls is not Security.PLAIN else "local"
    if tls is not Security.PLAIN:
        notes.append((NOTE_CERT_PINNED,) if mode == "pinned" else (NOTE_LOCAL_CERT,) if mode == "local" else ())
    return ReplicaPlan(
        profile=record.get("profile") or "", settings=settings, tls=tls, hostname=hostname, ident=ident,
        greeting_reject=greeting_reject, ehlo_before=ehlo_before, ehlo_after=ehlo_after, auth_mechanisms=auth,
        auth_before_tls=auth_before_tls, replies=replies, reject_sender_domain=reject_sender,
        reject_recipient=reject_rcpt, delays=delays, certificate=cert, cert_mode=mode,
        notes=tuple(n for n in notes if n))


def load_plan(path: str | Path) -> ReplicaPlan:
    """``plan_from_record(load_record(path))``; ReportError when the report cannot be used."""
    from swyxon_desktop.checks import record as diagnostics

    return plan_from_record(diagnostics.load_record(path))


# ---------------------------------------------------------------------------------------------------
# The imitated certificate (cryptography, as testserver/certs.py)


@dataclass(frozen=True)
class ReplicaCertificate:
    cert_file: Path
    key_file: Path
    ca_file: Path | None  # what the replica profile trusts (ca_in_profile), else None
    sha256: str


def make_certificate(plan: ReplicaPlan, directory: Path) -> ReplicaCertificate:
    """Write the imitation of the report's certificate (see :func:`certificate_mode`). Raises ReportError
    when a name in the report cannot be used in a certificate."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.serialization import Encoding

    from swyxon_desktop import store
    from swyxon_desktop.smtp.tlsinfo import sha256_fingerprint
    from swyxon_desktop.testserver.certs import _cert_pem, _key_pem, _new_key

    cert = plan.certificate or {}
    try:
        subject = x509.Name.from_rfc4514_string(cert["subject"])
        issuer = x509.Name.from_rfc4514_string(cert["issuer"])
    except (ValueError, KeyError, TypeError):
        raise ReportError(MSG_CERT_NAME, str(cert.get("subject", ""))[:80]) from None
    sans: list[Any] = []
    for san in cert.get("sans", []):
        kind, _, value = san.partition(":")
        try:
            sans.append(x509.DNSName(value) if kind == "DNS" else x509.IPAddress(ipaddress.ip_address(value)))
        except ValueError:
            raise ReportError(MSG_CERT_NAME, value[:80]) from None
    not_before, not_after = cert["not_before"], cert["not_after"]
    if not not_before < not_after:
        raise _field("observed.tls.certificate.not_after", WHY_VALUE, "")
    key = _new_key()
    self_signed = bool(cert.get("self_signed"))
    signer_key = key
    ca_cert = None
    now = dt.datetime.now(dt.timezone.utc)
    if not self_signed:
        signer_key = _new_key()
        permitted = [x509.DNSName(s.value) for s in sans if isinstance(s, x509.DNSName)] + [
            x509.IPAddress(ipaddress.ip_network(s.value)) for s in sans if isinstance(s, x509.IPAddress)]
        ski = x509.SubjectKeyIdentifier.from_public_key(signer_key.public_key())
        builder = (x509.CertificateBuilder().subject_name(issuer).issuer_name(issuer)
                   .public_key(signer_key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(min(not_before, now) - dt.timedelta(days=1))
                   .not_valid_after(max(not_after, now) + dt.timedelta(days=1))
                   .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
                   .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False,
                                                key_encipherment=False, data_encipherment=False,
                                                key_agreement=False, key_cert_sign=True, crl_sign=True,
                                                encipher_only=False, decipher_only=False), critical=True)
                   .add_extension(ski, critical=False))
        # The throw-away CA may sign only the names of the imitated certificate: trusting it (the replica
        # profile does, for ca_in_profile) never lets it vouch for anything else.
        builder = builder.add_extension(x509.NameConstraints(
            permitted_subtrees=permitted or [x509.DNSName("replica.invalid")], excluded_subtrees=None),
            critical=True)
        try:
            ca_cert = builder.sign(signer_key, hashes.SHA256())
        except ValueError:
            raise ReportError(MSG_CERT_NAME, cert["issuer"][:80]) from None
    builder = (x509.CertificateBuilder().subject_name(subject)
               .issuer_name(subject if self_signed else issuer)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(not_before).not_valid_after(not_after)
               # a self-signed certificate is its own anchor (the replica profile may trust it as its CA file)
               .add_extension(x509.BasicConstraints(ca=self_signed, path_length=None), critical=True))
    if sans:
        builder = builder.add_extension(x509.SubjectAlternativeName(sans), critical=False)
    try:
        leaf = builder.sign(signer_key, hashes.SHA256())
    except ValueError:
        raise ReportError(MSG_CERT_NAME, cert["subject"][:80]) from None
    directory.mkdir(parents=True, exist_ok=True)
    cert_file, key_file = directory / "replica.pem", directory / "replica-key.pem"
    store.atomic_write_text(key_file, _key_pem(key), 0o600)
    store.atomic_write_text(cert_file, _cert_pem(leaf), 0o644)
    ca_file = None
    if plan.cert_mode == "ca_in_profile":
        ca_file = directory / "replica-ca.pem"
        store.atomic_write_text(ca_file, _cert_pem(ca_cert if ca_cert is not None else leaf), 0o644)
    return ReplicaCertificate(cert_file, key_file, ca_file, sha256_fingerprint(leaf.public_bytes(Encoding.DER)))


def default_dir() -> Path:
    from swyxon_desktop.paths import data_dir

    return data_dir() / "replica"


# ---------------------------------------------------------------------------------------------------
# The server


def _make_server_classes():
    """The aiosmtpd protocol and handler of a replica (built on first use: aiosmtpd loads lazily)."""
    from aiosmtpd.smtp import MISSING, AuthResult, LoginPassword

    from swyxon_desktop.testserver import server as base

    class ReplicaSMTP(base._PolicySMTP):
        async def _handle_client(self) -> None:
            plan: ReplicaPlan = self._handler.plan
            if plan.greeting_reject:
                self._stage = "greeting"
                await self._handler._delay(GREETING)
                await self.push("\r\n".join(plan.greeting_reject))
                if self.transport is not None:
                    self.transport.close()
                return
            await super()._handle_client()

    class ReplicaHandler(base._PolicyHandler):
        def __init__(self, server: Any):  # a ReplicaServer (make_server's class, with .plan)
            super().__init__(server)
            self.plan = server.plan

        async def handle_EHLO(self, server, session, envelope, hostname, responses):  # noqa: N802
            await self._delay(EHLO)
            session.host_name = hostname
            record = server._record
            if record is not None:
                record.helo = hostname
            tls = bool(record and record.tls)
            lines = self.plan.ehlo_after if tls else self.plan.ehlo_before
            if lines is None and tls and self.plan.ehlo_before:  # not seen behind TLS: as before, less STARTTLS
                lines = tuple(line for line in self.plan.ehlo_before if line.upper() != "STARTTLS")
            if not lines:
                return responses
            return [f"250-{line}" for line in lines[:-1]] + [f"250 {lines[-1]}"]

        async def handle_AUTH(self, server, session, envelope, args):  # noqa: N802
            mech = args[0].upper() if args else ""
            if server._record is not None and mech:
                server._record.auth_mechanism = mech
                server._record.auth_mechanisms.append(mech)
            await self._delay(AUTH)
            if not self.plan.auth_mechanisms:
                return "503 5.5.1 Error: authentication not enabled"
            reply = self.plan.replies.get(AUTH)
            if reply:
                return "\r\n".join(reply)
            return MISSING

        def authenticate(self, server, session, envelope, mechanism, auth_data):
            """Any user name and password: the replica never knows the customer's."""
            if not isinstance(auth_data, LoginPassword):
                return AuthResult(success=False, handled=False)
            return self._auth_result(server, mechanism, auth_data.login.decode("utf-8", "replace"), True)

        async def auth_CRAM__MD5(self, server, args):  # noqa: N802
            if len(args) > 1:
                await server.push("501 5.5.2 CRAM-MD5 does not take an initial response")
                return AuthResult(success=False, handled=True)
            response = await server.challenge_auth(f"<{secrets.randbits(63)}@{server.hostname}>")
            if response is MISSING:
                return AuthResult(success=False, handled=True)
            user_b, sep, _digest = bytes(response).strip().rpartition(b" ")
            if not sep or not user_b:
                await server.push("501 5.5.2 Malformed CRAM-MD5 response")
                return AuthResult(success=False, handled=True)
            return self._auth_result(server, "CRAM-MD5", user_b.decode("utf-8", "replace"), True)

        async def handle_MAIL(self, server, session, envelope, address, mail_options):  # noqa: N802
            await self._delay(MAIL_FROM)
            reply = self.plan.replies.get(MAIL_FROM)
            domain = address.rpartition("@")[2].lower()
            if reply and (self.plan.reject_sender_domain is None or domain == self.plan.reject_sender_domain):
                return "\r\n".join(reply)
            envelope.mail_from = address
            envelope.mail_options.extend(mail_options)
            return "250 2.1.0 Sender OK"

        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
            await self._delay(RCPT_TO)
            reply = self.plan.replies.get(RCPT_TO)
            if reply and (self.plan.reject_recipient is None or address.lower() == self.plan.reject_recipient):
                return "\r\n".join(reply)
            envelope.rcpt_tos.append(address)
            envelope.rcpt_options.extend(rcpt_options)
            return "250 2.1.5 Recipient OK"

        async def handle_DATA(self, server, session, envelope):  # noqa: N802
            await self._delay(DATA)
            reply = self.plan.replies.get(DATA)
            if reply:
                return "\r\n".join(reply)
            message = self.server._store_message(server._record, envelope)
            return f"250 2.0.0 OK: queued as {message.id}"

    return base, ReplicaSMTP, ReplicaHandler


def replica_policy(plan: ReplicaPlan, *, host: str = "127.0.0.1", port: int = 0, mailbox: Path | None = None,
                   certificate: ReplicaCertificate | None = None):
    """The ServerPolicy the replica runs with (TLS mode, delays, the replica's own account)."""
    from swyxon_desktop.testserver.policy import Fault, ServerPolicy

    user = plan.settings.username.strip() or "replica"
    if any(ch.isspace() or ord(ch) < 32 for ch in user):
        user = "replica"
    kwargs: dict[str, Any] = {}
    if certificate is not None:
        kwargs = {"cert_file": certificate.cert_file, "key_file": certificate.key_file,
                  "ca_file": certificate.ca_file}
    return ServerPolicy(
        host=host, port=port, tls=plan.tls, auth_mechanisms=plan.auth_mechanisms or MECHANISMS,
        users={user: secrets.token_urlsafe(18)} if plan.auth_mechanisms else {},
        faults=tuple(Fault(stage, delay_s=seconds) for stage, seconds in plan.delays.items()),
        mailbox=mailbox, hostname=plan.hostname, **kwargs)


def make_server(plan: ReplicaPlan, *, host: str = "127.0.0.1", port: int = 0, mailbox: Path | None = None,
                on_event=None, directory: Path | None = None):
    """A LocalServer (not started) that behaves as ``plan`` says; ``.plan`` and ``.certificate`` on it.
    The imitated certificate is written first (ReportError when the report's names cannot be used)."""
    base, smtp_class, handler_class = _make_server_classes()
    if plan.cert_mode == "pinned" and plan.certificate and f"IP:{host}" in plan.certificate.get("sans", []):
        # The customer's trusted certificate names this very address (a loopback server's): the profile can
        # trust the imitation's CA and verify it in one connection, as the customer's client did.
        plan = dataclasses.replace(plan, cert_mode="ca_in_profile",
                                   notes=tuple(n for n in plan.notes if n[0] != NOTE_CERT_PINNED))
    certificate = None
    if plan.tls is not Security.PLAIN and plan.cert_mode != "local":
        certificate = make_certificate(plan, directory or default_dir())
    policy = replica_policy(plan, host=host, port=port, mailbox=mailbox, certificate=certificate)

    class ReplicaServer(base.LocalServer):
        def _make_handler(self):
            return handler_class(self)

        def _protocol_factory(self, handler, tls):
            excluded = [m for m in MECHANISMS if m not in self.policy.auth_mechanisms]

            def factory():
                return smtp_class(
                    handler, hostname=plan.hostname, ident=plan.ident or None,
                    data_size_limit=base.MAX_MESSAGE_SIZE, decode_data=False, enable_SMTPUTF8=True,
                    tls_context=tls if self.policy.tls is Security.STARTTLS else None, require_starttls=False,
                    auth_required=False,
                    auth_require_tls=self.policy.tls is Security.STARTTLS and not plan.auth_before_tls,
                    auth_exclude_mechanism=excluded, authenticator=handler.authenticate)
            return factory

    server = ReplicaServer(policy, on_event=on_event)
    server.plan = plan
    server.certificate = certificate
    return server


def profile_settings(plan: ReplicaPlan, server: Any) -> tuple[MailSettings, str | None]:
    """The customer's settings pointed at the running replica, and the password for the keychain (the
    replica's own generated one; None without authentication)."""
    s = plan.settings
    security = s.security
    tls_mode = {Security.PLAIN: s.tls_mode, Security.STARTTLS: TlsMode.STARTTLS,
                Security.IMPLICIT: TlsMode.IMPLICIT}[security]
    ca_file, pin = "", ""
    certificate = getattr(server, "certificate", None)
    if plan.tls is not Security.PLAIN:
        if plan.cert_mode == "local" and server.ca_file:
            ca_file = str(server.ca_file)
        elif certificate is not None and certificate.ca_file is not None:
            ca_file = str(certificate.ca_file)
        elif plan.cert_mode == "pinned" and certificate is not None:
            pin = certificate.sha256
    settings = s.replace(server=server.host, port=server.port, tls_mode=tls_mode, ca_file=ca_file,
                         pinned_sha256=pin, last_recipient=s.last_recipient)
    password = next(iter(server.policy.users.values()), None) if s.use_auth else None
    if s.use_auth and password is None:
        password = secrets.token_urlsafe(18)  # the replica offers no AUTH: any password will do
    return settings, password


def replica_profile_name(plan: ReplicaPlan, lang: str | None = None) -> str:
    from swyxon_desktop.settings import MAX_PROFILE_NAME

    from swyxon_desktop.settings import validate_profile_name

    base = plan.profile.strip() if plan.profile and not validate_profile_name(plan.profile.strip()) else ""
    base = base or translate(CONTEXT, QT_TRANSLATE_NOOP("Report", "Customer"), lang)
    pattern = translate(CONTEXT, QT_TRANSLATE_NOOP("Report", "{} (replica)"), lang)
    room = MAX_PROFILE_NAME - len(pattern.format(""))
    return pattern.format(base[:room].rstrip())

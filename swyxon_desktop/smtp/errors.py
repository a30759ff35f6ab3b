"""Every way an SMTP run can fail, mapped to one :class:`~swyxon_desktop.failures.Category`.

:func:`reply_failure` maps a server reply at a stage, :func:`exception_failure` an exception. Both
return a :class:`~swyxon_desktop.failures.Failure` with the stage, the SMTP code and enhanced status where
there is one, the server's text and — where the stage says more than the category — a stage-specific
hint (the category's default hint from failures.py otherwise). Messages and hints are English source
texts in the "Failure" context (translated by ``Failure.message_text`` / ``Failure.hint_text`` in the
CLI, ``QCoreApplication.translate("Failure", …)`` in the GUI).
"""
from __future__ import annotations

import re
import smtplib
import socket
import ssl
from dataclasses import dataclass

from swyxon_desktop.failures import Category, Failure
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP
from swyxon_desktop.settings import MailSettings, validate_port, validate_server

# The stages and their titles live in checks/stages.py (importable without an engine); re-exported here.
from swyxon_desktop.checks.stages import (AUTH, CONNECT, DATA, EHLO, GREETING, KEYCHAIN,  # noqa: E402,F401
                                          MAIL_FROM, PREPARE, QUIT, RCPT_TO, RESOLVE, STAGE_TITLES, STAGES, TLS)

# -- stage details (StageEvent.template; the GUI and CLI show them translated, JSON in English) ---------
DETAIL_PORT = QT_TRANSLATE_NOOP("Smtp", "port {}")
DETAIL_ADDRESS_PORT = QT_TRANSLATE_NOOP("Smtp", "{} port {}")
DETAIL_AFTER_TLS = QT_TRANSLATE_NOOP("Smtp", "after TLS")
DETAIL_NO_EXTENSIONS = QT_TRANSLATE_NOOP("Smtp", "HELO (no extensions)")
DETAIL_CERT_VERIFIED = QT_TRANSLATE_NOOP("Smtp", "{}, certificate verified")
DETAIL_CERT_PINNED = QT_TRANSLATE_NOOP("Smtp", "{}, certificate trusted by its pinned fingerprint")
DETAIL_CERT_INSPECTED = QT_TRANSLATE_NOOP("Smtp", "{}, certificate NOT trusted (inspection only)")
DETAIL_AUTOMATIC = QT_TRANSLATE_NOOP("Smtp", "automatic")
DETAIL_AUTH_OK = QT_TRANSLATE_NOOP("Smtp", "{} as {}: {}")

# -- messages (what happened) ----------------------------------------------------------------------
MSG_DNS = QT_TRANSLATE_NOOP("Failure", "The name {} could not be resolved ({}).")
MSG_REFUSED = QT_TRANSLATE_NOOP("Failure", "{} refused the connection on port {}.")
MSG_UNREACHABLE = QT_TRANSLATE_NOOP("Failure", "{} cannot be reached on port {} ({}).")
MSG_TIMEOUT = QT_TRANSLATE_NOOP("Failure", "No answer within {} seconds (stage {}).")
MSG_DEADLINE = QT_TRANSLATE_NOOP("Failure", "The overall time limit of {} seconds was reached (stage {}).")
MSG_CANCELLED = QT_TRANSLATE_NOOP("Failure", "Cancelled (stage {}).")
MSG_REPLY = QT_TRANSLATE_NOOP("Failure", "The server answered {} (stage {}).")
MSG_CLOSED = QT_TRANSLATE_NOOP("Failure", "The server closed the connection (stage {}).")
MSG_GARBAGE = QT_TRANSLATE_NOOP("Failure", "The server's answer is not SMTP (stage {}).")
MSG_TLS = QT_TRANSLATE_NOOP("Failure", "The TLS handshake failed: {}")
MSG_TLS_CLOSED = QT_TRANSLATE_NOOP("Failure", "The TLS handshake failed: the server closed the connection.")
MSG_CERT = QT_TRANSLATE_NOOP("Failure", "The server's certificate was not accepted: {}")
MSG_PIN_MISMATCH = QT_TRANSLATE_NOOP(
    "Failure", "The certificate is not verified by a trusted CA, and its SHA-256 fingerprint {} is not the "
    "pinned one.")
MSG_NO_STARTTLS = QT_TRANSLATE_NOOP("Failure", "The server does not offer STARTTLS on port {}.")
MSG_MECH_NOT_OFFERED = QT_TRANSLATE_NOOP("Failure", "The server does not offer {}; it offers: {}.")
MSG_NO_AUTH = QT_TRANSLATE_NOOP("Failure", "The server offers no authentication on this connection.")
MSG_NO_COMMON_MECH = QT_TRANSLATE_NOOP(
    "Failure", "The server offers none of CRAM-MD5, PLAIN, LOGIN; it offers: {}.")
MSG_INSECURE = QT_TRANSLATE_NOOP(
    "Failure", "Authentication is on but the connection is not encrypted; the user name and password were not "
    "sent.")
MSG_INSECURE_PROBE = QT_TRANSLATE_NOOP(
    "Failure", "Authentication is on but the connection is not encrypted; a test mail would not send the user "
    "name and password.")
MSG_SMTPUTF8 = QT_TRANSLATE_NOOP(
    "Failure", "The address {} contains non-ASCII characters, and the server does not offer SMTPUTF8.")
MSG_CA_FILE = QT_TRANSLATE_NOOP("Failure", "The CA file {} cannot be used: {}")
MSG_INVALID = QT_TRANSLATE_NOOP("Failure", "The settings are not valid: {}")


def invalid_connection(settings: MailSettings) -> Failure | None:
    """The server name and port a connection needs, checked as the window checks them (test mail and probe):
    INVALID_SETTINGS before the network, or None."""
    for err in (validate_server(settings.server), validate_port(settings.port)):
        if err:
            return Failure(Category.INVALID_SETTINGS, MSG_INVALID, stage=PREPARE,
                           message_args=(f"{err.field}: {err.text('en')}",))
    return None

MSG_NO_PASSWORD = QT_TRANSLATE_NOOP("Failure", "No password is stored for this profile.")
MSG_PROTOCOL = QT_TRANSLATE_NOOP("Failure", "Unexpected error (stage {}): {}")
MSG_SENT = QT_TRANSLATE_NOOP("Failure", "The server accepted the test message for {}.")

# -- stage-specific hints ----------------------------------------------------------------------------
HINT_SENT = QT_TRANSLATE_NOOP(
    "Failure", "Accepted is not yet delivered: check the recipient's inbox and spam folder. If nothing "
    "arrives, the server's own logs know why (search for the Message-ID).")
HINT_GREETING_TIMEOUT = QT_TRANSLATE_NOOP(
    "Failure", "The server accepted the connection but sent no greeting. If this port expects SSL/TLS from "
    "the first byte (usually 465), choose SSL/TLS (implicit).")
HINT_TLS_ON_PLAIN_PORT = QT_TRANSLATE_NOOP(
    "Failure", "This port answers in plain SMTP, not TLS: choose STARTTLS (usually port 587 or 25), or use "
    "port 465 for SSL/TLS (implicit).")
HINT_STARTTLS_HANDSHAKE = QT_TRANSLATE_NOOP(
    "Failure", "The server and this computer agree on no TLS version or cipher. The mail administrator "
    "should enable TLS 1.2 or newer; see the reason for details.")
HINT_DATA_TIMEOUT = QT_TRANSLATE_NOOP(
    "Failure", "The server took too long to confirm the message (a slow content filter?). It may still "
    "arrive; increase the timeout if this repeats.")
HINT_AUTH_REQUIRED = QT_TRANSLATE_NOOP(
    "Failure", "The server requires SMTP authentication: turn on SMTP authentication and enter the user "
    "name and password.")
HINT_AUTH_AFTER_TLS = QT_TRANSLATE_NOOP(
    "Failure", "The server offers authentication only on an encrypted connection: turn on Use SSL.")
HINT_ENCRYPTION_REQUIRED = QT_TRANSLATE_NOOP(
    "Failure", "The server requires encryption before authentication: turn on Use SSL.")
HINT_AUTH_BAD_SEQUENCE = QT_TRANSLATE_NOOP(
    "Failure", "The server refused AUTH as out of sequence (503, e.g. 'already authenticated'), so the user "
    "name and password were not checked. The server does not follow the SMTP sequence here; ask its "
    "administrator, and see the transcript.")
HINT_AUTH_TEMPORARY = QT_TRANSLATE_NOOP(
    "Failure", "The server could not check the credentials right now (temporary failure). Try again later.")
HINT_SMTPUTF8 = QT_TRANSLATE_NOOP(
    "Failure", "Use an address without umlauts or other non-ASCII characters before the @, or a server "
    "that supports SMTPUTF8.")
HINT_CLOSED = QT_TRANSLATE_NOOP(
    "Failure", "The server closed the connection without an answer. It may limit connections from this "
    "address or reject this client; see the transcript.")
HINT_PIN_MISMATCH = QT_TRANSLATE_NOOP(
    "Failure", "The server presents a different certificate than the one you trusted. Compare its "
    "fingerprint with the mail administrator before you trust it.")
HINT_CERT_HOSTNAME = QT_TRANSLATE_NOOP(
    "Failure", "The certificate is issued for another name: enter the SMTP server exactly as named in the "
    "certificate, or trust this certificate explicitly after checking its fingerprint.")
HINT_CERT_EXPIRED = QT_TRANSLATE_NOOP(
    "Failure", "The server's certificate has expired or is not yet valid (check this computer's clock). The "
    "mail administrator must renew it; trusting it explicitly is only a stop-gap.")
HINT_CERT_UNKNOWN_CA = QT_TRANSLATE_NOOP(
    "Failure", "The certificate is not issued by a CA this computer trusts (self-signed or a private CA). "
    "Add the CA file, or trust exactly this certificate after checking its fingerprint.")
HINT_GREETING_REFUSED = QT_TRANSLATE_NOOP(
    "Failure", "The server refuses to talk to this computer. Ask the mail administrator to allow its address.")
HINT_CA_FILE = QT_TRANSLATE_NOOP("Failure", "Choose a readable PEM file with the CA certificate(s).")
HINT_NO_PASSWORD = QT_TRANSLATE_NOOP("Failure", "Enter the password and save the profile.")
HINT_NO_PASSWORD_MECH = QT_TRANSLATE_NOOP(
    "Failure", "The server offers no password method SwyxON supports (LOGIN, PLAIN, CRAM-MD5), only sign-in "
    "without a password such as OAuth2 or Kerberos (GSSAPI). The mail administrator can enable SMTP "
    "authentication with a password (basic authentication, \"SMTP AUTH\") for this account or connector, or "
    "SwyxON can send through a relay that accepts it.")
HINT_MECH_TOO_WEAK = QT_TRANSLATE_NOOP(
    "Failure", "The server considers this authentication method too weak here. Choose another method or "
    "Automatic.")

_ENHANCED = re.compile(r"^([245])\.(\d{1,3})\.(\d{1,3})\b")


def split_enhanced(text: str) -> tuple[str | None, str]:
    """('5.7.8', 'rest') from '5.7.8 rest' (RFC 3463), on the first line of a reply."""
    m = _ENHANCED.match(text)
    if not m:
        return None, text
    return m.group(0), text[m.end():].strip()


def _decode(resp: bytes | str | None) -> str:
    if resp is None:
        return ""
    if isinstance(resp, bytes):
        return resp.decode("utf-8", errors="replace")
    return resp


@dataclass
class Context:
    """What the mapping needs to know about the run for good hints."""

    host: str = ""
    port: int = 0
    security: str = "starttls"  # settings.Security value in effect
    timeout_s: float = 30.0
    use_auth: bool = False
    sender: str = ""  # the sender address (recognises a provider by its domain)
    greeting: str = ""  # the server's 220 greeting (recognises a provider behind an alias or IP address)


def reply_failure(stage: str, code: int, resp: bytes | str | None, ctx: Context) -> Failure:
    """A server reply that is not the one the stage needs."""
    text = _decode(resp)
    first = text.split("\n", 1)[0]
    enhanced, _ = split_enhanced(first)
    if code < 0:
        return Failure(Category.PROTOCOL_ERROR, MSG_GARBAGE, stage=stage, server_text=text[:500] or None,
                       message_args=(stage,))
    hint = None
    if code == 421:
        category = Category.SERVER_UNAVAILABLE
    elif stage == GREETING:
        category = Category.SERVER_UNAVAILABLE if code >= 400 else Category.PROTOCOL_ERROR
        if code == 554:
            hint = HINT_GREETING_REFUSED
    elif stage == TLS:
        category = Category.STARTTLS_UNAVAILABLE
    elif stage == AUTH:
        category = Category.AUTH_FAILED
        if code == 538:
            category, hint = Category.INSECURE_AUTH_REFUSED, HINT_ENCRYPTION_REQUIRED
        elif code in (504, 534):
            category, hint = Category.AUTH_UNAVAILABLE, (HINT_MECH_TOO_WEAK if code == 534 else None)
        elif code == 503:  # "bad sequence": e.g. already authenticated — the credentials were not checked
            category, hint = Category.PROTOCOL_ERROR, HINT_AUTH_BAD_SEQUENCE
        elif 400 <= code < 500:
            hint = HINT_AUTH_TEMPORARY
    elif stage == MAIL_FROM:
        category = Category.SENDER_REJECTED
        if code == 530 or (enhanced == "5.7.0" and not ctx.use_auth):
            hint = HINT_AUTH_REQUIRED
    elif stage == RCPT_TO:
        category = Category.RECIPIENT_REJECTED
        if code == 530:
            hint = HINT_AUTH_REQUIRED
    elif stage == DATA:
        category = Category.MESSAGE_REJECTED
    else:  # ehlo and anything unexpected
        category = Category.PROTOCOL_ERROR
    failure = Failure(category, MSG_REPLY, stage=stage, smtp_code=code, enhanced_status=enhanced,
                      server_text=text[:1000] or None, hint=hint, message_args=(code, stage))
    # A provider's own reply (Microsoft 365, Google, IONOS …) gets the hint that names its rule.
    from swyxon_desktop.provider_hints import refine

    return refine(failure, text, host=ctx.host, greeting=ctx.greeting, sender=ctx.sender)


def _cert_hint(exc: ssl.SSLCertVerificationError) -> str:
    code = getattr(exc, "verify_code", None)
    message = (getattr(exc, "verify_message", "") or "").lower()
    if code == 62 or "hostname" in message or "ip address mismatch" in message:
        return HINT_CERT_HOSTNAME
    if code in (9, 10) or "expired" in message or "not yet valid" in message:
        return HINT_CERT_EXPIRED
    return HINT_CERT_UNKNOWN_CA


def exception_failure(stage: str, exc: BaseException, ctx: Context) -> Failure:
    """Any exception raised during ``stage``."""
    if isinstance(exc, smtplib.SMTPResponseException):
        return reply_failure(stage, exc.smtp_code, exc.smtp_error, ctx)
    if isinstance(exc, socket.gaierror):
        return Failure(Category.DNS_FAILED, MSG_DNS, stage=stage, message_args=(ctx.host, exc.strerror or exc))
    if isinstance(exc, ConnectionRefusedError):
        return Failure(Category.CONNECT_REFUSED, MSG_REFUSED, stage=stage, message_args=(ctx.host, ctx.port))
    if isinstance(exc, TimeoutError):
        hint = {GREETING: HINT_GREETING_TIMEOUT if ctx.security != "implicit" else None,
                DATA: HINT_DATA_TIMEOUT}.get(stage)
        return Failure(Category.TIMEOUT, MSG_TIMEOUT, stage=stage, hint=hint,
                       message_args=(_seconds(ctx.timeout_s), stage))
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = exc.verify_message or str(exc)
        return Failure(Category.CERTIFICATE_INVALID, MSG_CERT, stage=stage, hint=_cert_hint(exc),
                       message_args=(reason,), details={"verify_code": exc.verify_code, "verify_error": reason})
    if isinstance(exc, ssl.SSLError):
        reason = getattr(exc, "reason", None) or str(exc)
        if ctx.security == "implicit" and reason in ("WRONG_VERSION_NUMBER", "UNKNOWN_PROTOCOL",
                                                     "RECORD_LAYER_FAILURE", "PACKET_LENGTH_TOO_LONG",
                                                     "HTTP_REQUEST"):
            hint = HINT_TLS_ON_PLAIN_PORT
        elif ctx.security == "implicit":
            hint = None  # the category's default: port and TLS mode probably do not match
        else:
            hint = HINT_STARTTLS_HANDSHAKE
        return Failure(Category.TLS_FAILED, MSG_TLS, stage=stage, hint=hint, message_args=(reason,))
    if isinstance(exc, (smtplib.SMTPServerDisconnected, ConnectionError, EOFError)):
        if stage == TLS:
            hint = HINT_TLS_ON_PLAIN_PORT if ctx.security == "implicit" else HINT_STARTTLS_HANDSHAKE
            return Failure(Category.TLS_FAILED, MSG_TLS_CLOSED, stage=stage, hint=hint)
        if stage == CONNECT:
            return Failure(Category.CONNECT_REFUSED, MSG_UNREACHABLE, stage=stage,
                           message_args=(ctx.host, ctx.port, _oserror_text(exc)))
        return Failure(Category.SERVER_UNAVAILABLE, MSG_CLOSED, stage=stage, hint=HINT_CLOSED, message_args=(stage,))
    if isinstance(exc, OSError) and stage in (CONNECT, RESOLVE):
        return Failure(Category.CONNECT_REFUSED, MSG_UNREACHABLE, stage=stage,
                       message_args=(ctx.host, ctx.port, _oserror_text(exc)))
    if isinstance(exc, OSError):
        return Failure(Category.SERVER_UNAVAILABLE, MSG_CLOSED, stage=stage, hint=HINT_CLOSED, message_args=(stage,))
    return Failure(Category.PROTOCOL_ERROR, MSG_PROTOCOL, stage=stage,
                   message_args=(stage, f"{type(exc).__name__}: {str(exc)[:200]}"))


def _oserror_text(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def _seconds(value: float) -> str:
    return f"{value:g}"


def cancelled(stage: str) -> Failure:
    return Failure(Category.CANCELLED, MSG_CANCELLED, stage=stage, message_args=(stage,))


def deadline(stage: str, deadline_s: float) -> Failure:
    return Failure(Category.TIMEOUT, MSG_DEADLINE, stage=stage,
                   hint=HINT_DATA_TIMEOUT if stage == DATA else None, message_args=(_seconds(deadline_s), stage))

"""How a delivery confirmation can fail, in the one failure vocabulary (failures.py).

Reused categories: dns_failed, connect_refused, timeout, tls_failed, certificate_invalid,
starttls_unavailable, auth_unavailable, server_unavailable, protocol_error, cancelled,
invalid_settings, keyring_unavailable. Added for this (failures.py): not_delivered, delivered_to_junk
(a warning: it arrived, but in the junk folder), mailbox_login_failed. Every failure's stage is
"delivery"; ``details["step"]`` says where in the IMAP dialogue it happened.
"""
from __future__ import annotations

import imaplib
import socket
import ssl

from swyxon_desktop.checks.stages import DELIVERY, STAGE_TITLES
from swyxon_desktop.failures import Category, Failure
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP
from swyxon_desktop.smtp import errors as smtp_errors
from swyxon_desktop.smtp.tlsinfo import TlsInfo

STAGE_TITLE = STAGE_TITLES[DELIVERY]

# -- stage details (StageEvent.template, context "Smtp") ----------------------------------------------
DETAIL_WAITING = QT_TRANSLATE_NOOP("Smtp", "waiting in {} ({})")
DETAIL_FOUND = QT_TRANSLATE_NOOP("Smtp", "arrived in {} after {} s")

# -- messages ----------------------------------------------------------------------------------------
MSG_DELIVERED = QT_TRANSLATE_NOOP("Failure", "The test message arrived in {} after {} s.")
MSG_JUNK = QT_TRANSLATE_NOOP("Failure", "The test message arrived, but in the junk folder {} after {} s.")
MSG_NOT_DELIVERED = QT_TRANSLATE_NOOP(
    "Failure", "The test message did not arrive in {} within {} s.")
MSG_LOGIN = QT_TRANSLATE_NOOP("Failure", "The mailbox {} refused the login of \"{}\": {}")
MSG_TIMEOUT = QT_TRANSLATE_NOOP("Failure", "The IMAP server {} did not answer within {} seconds ({}).")
MSG_CLOSED = QT_TRANSLATE_NOOP("Failure", "The IMAP server {} closed the connection ({}).")
MSG_PROTOCOL = QT_TRANSLATE_NOOP("Failure", "The IMAP server {} answered something unexpected ({}): {}")
MSG_NO_STARTTLS = QT_TRANSLATE_NOOP("Failure", "The IMAP server does not offer STARTTLS on port {}.")
MSG_NO_LOGIN_METHOD = QT_TRANSLATE_NOOP(
    "Failure", "The IMAP server disables LOGIN and offers no AUTHENTICATE PLAIN; it offers: {}.")
MSG_NO_FOLDER = QT_TRANSLATE_NOOP("Failure", "None of the folders {} exists in the mailbox.")
MSG_NO_MESSAGE_ID = QT_TRANSLATE_NOOP(
    "Failure", "The test mail was not accepted, so there is nothing to wait for.")
MSG_NOT_CONFIGURED = QT_TRANSLATE_NOOP(
    "Failure", "The profile names no mailbox to confirm delivery in (IMAP server).")
MSG_NO_PASSWORD = QT_TRANSLATE_NOOP("Failure", "No IMAP password is stored for this profile.")
MSG_INVALID = QT_TRANSLATE_NOOP("Failure", "The IMAP settings are not valid: {}")

# -- hints -------------------------------------------------------------------------------------------
HINT_DELIVERED = QT_TRANSLATE_NOOP(
    "Failure", "Delivered. The receiving side's verdicts (SPF, DKIM, DMARC) are shown with the result.")
HINT_IMAP_DNS = QT_TRANSLATE_NOOP(
    "Failure", "Check the spelling of the IMAP server and that this computer can resolve it (DNS, VPN).")
HINT_IMAP_PORT = QT_TRANSLATE_NOOP(
    "Failure", "Nothing accepts IMAP connections there. Check the IMAP port: 993 for SSL/TLS, 143 for STARTTLS.")
HINT_IMAP_TIMEOUT = QT_TRANSLATE_NOOP(
    "Failure", "A firewall may drop the connection, or the port expects the other security mode: SSL/TLS on "
    "993, STARTTLS on 143.")
HINT_IMAP_TLS = QT_TRANSLATE_NOOP(
    "Failure", "The IMAP port and its security mode probably do not match: SSL/TLS on 993, STARTTLS on 143.")
HINT_IMAP_NO_STARTTLS = QT_TRANSLATE_NOOP(
    "Failure", "Choose SSL/TLS on port 993. The mailbox password is never sent unencrypted.")
HINT_NO_FOLDER = QT_TRANSLATE_NOOP(
    "Failure", "Check the folder names in the profile (e.g. INBOX, Junk), or leave them empty for INBOX and "
    "the junk folder.")
HINT_IMAP_PASSWORD = QT_TRANSLATE_NOOP("Failure", "Enter the IMAP password and save the profile.")
HINT_PIN_MISMATCH = smtp_errors.HINT_PIN_MISMATCH


def _failure(category: Category, message: str, step: str, *args: object, hint: str | None = None,
             server_text: str | None = None, details: dict | None = None) -> Failure:
    return Failure(category, message, stage=DELIVERY, hint=hint, message_args=args, server_text=server_text,
                   details={"step": step, **(details or {})})


def no_starttls(port: int) -> Failure:
    return _failure(Category.STARTTLS_UNAVAILABLE, MSG_NO_STARTTLS, "tls", port, hint=HINT_IMAP_NO_STARTTLS)


def no_login_method(capabilities: tuple) -> Failure:
    return _failure(Category.AUTH_UNAVAILABLE, MSG_NO_LOGIN_METHOD, "login", " ".join(capabilities))


def pin_mismatch(info: TlsInfo) -> Failure:
    cert = info.certificate
    return _failure(Category.CERTIFICATE_INVALID, smtp_errors.MSG_PIN_MISMATCH, "tls", info.sha256,
                    hint=HINT_PIN_MISMATCH, details={"certificate": cert.to_dict() if cert else None,
                                                     "sha256": info.sha256})


def exception_failure(step: str, exc: BaseException, *, host: str, port: int, timeout_s: float,
                      username: str, security: str) -> Failure:
    """Any exception raised during ``step`` of the IMAP dialogue."""
    if isinstance(exc, socket.gaierror):
        return _failure(Category.DNS_FAILED, smtp_errors.MSG_DNS, step, host, exc.strerror or exc,
                        hint=HINT_IMAP_DNS)
    if isinstance(exc, ConnectionRefusedError):
        return _failure(Category.CONNECT_REFUSED, smtp_errors.MSG_REFUSED, step, host, port, hint=HINT_IMAP_PORT)
    if isinstance(exc, TimeoutError):
        return _failure(Category.TIMEOUT, MSG_TIMEOUT, step, host, f"{timeout_s:g}", step, hint=HINT_IMAP_TIMEOUT)
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = exc.verify_message or str(exc)
        return _failure(Category.CERTIFICATE_INVALID, smtp_errors.MSG_CERT, step, reason,
                        details={"verify_code": exc.verify_code, "verify_error": reason})
    if isinstance(exc, ssl.SSLError):
        reason = getattr(exc, "reason", None) or str(exc)
        return _failure(Category.TLS_FAILED, smtp_errors.MSG_TLS, step, reason, hint=HINT_IMAP_TLS)
    if isinstance(exc, imaplib.IMAP4.abort) or isinstance(exc, (ConnectionError, EOFError)):
        if step == "tls":
            return _failure(Category.TLS_FAILED, smtp_errors.MSG_TLS_CLOSED, step, hint=HINT_IMAP_TLS)
        if step == "connect":
            return _failure(Category.CONNECT_REFUSED, smtp_errors.MSG_UNREACHABLE, step, host, port, str(exc),
                            hint=HINT_IMAP_PORT)
        return _failure(Category.SERVER_UNAVAILABLE, MSG_CLOSED, step, host, step)
    if isinstance(exc, imaplib.IMAP4.error):
        text = _server_reason(str(exc))
        if step == "login":
            reason = _server_reason(text)
            return _failure(Category.MAILBOX_LOGIN_FAILED, MSG_LOGIN, step, host, username, reason,
                            server_text=reason)
        if step == "greeting":
            hint = HINT_IMAP_TLS if security == "starttls" else None
            return _failure(Category.PROTOCOL_ERROR, MSG_PROTOCOL, step, host, step, text[:200], hint=hint,
                            server_text=text[:500])
        return _failure(Category.PROTOCOL_ERROR, MSG_PROTOCOL, step, host, step, text[:200], server_text=text[:500])
    if isinstance(exc, OSError) and step in ("connect", "resolve"):
        return _failure(Category.CONNECT_REFUSED, smtp_errors.MSG_UNREACHABLE, step, host, port,
                        exc.strerror or str(exc), hint=HINT_IMAP_PORT)
    if isinstance(exc, OSError):
        return _failure(Category.SERVER_UNAVAILABLE, MSG_CLOSED, step, host, step)
    return _failure(Category.PROTOCOL_ERROR, MSG_PROTOCOL, step, host, step, f"{type(exc).__name__}: {str(exc)[:200]}")


def _server_reason(text: str) -> str:
    """imaplib puts the server's words into "b'[AUTHENTICATIONFAILED] Authentication failed.'"."""
    if text.startswith(("b'", 'b"')) and text.endswith(("'", '"')):
        text = text[2:-1]
    return text[:300]

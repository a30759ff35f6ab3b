"""The failure vocabulary shared by settings, keychain, SMTP engine, CLI and GUI (design.md).

A :class:`Failure` names one category, the stage it happened in, the SMTP reply code and enhanced status
where there is one, the server's own text and a plain-language hint. Hints are English source texts
marked for Qt's translation machinery; translate them with :func:`swyxon_desktop.i18n.translate`
(Qt-free) or ``QCoreApplication.translate("Failure", ...)`` (GUI).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from swyxon_desktop.checks.stages import STAGE_TITLES, TITLE_CONTEXT
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Failure"


class Category(str, Enum):
    INVALID_SETTINGS = "invalid_settings"
    DNS_FAILED = "dns_failed"
    CONNECT_REFUSED = "connect_refused"
    TIMEOUT = "timeout"
    TLS_FAILED = "tls_failed"
    CERTIFICATE_INVALID = "certificate_invalid"
    STARTTLS_UNAVAILABLE = "starttls_unavailable"
    AUTH_UNAVAILABLE = "auth_unavailable"
    AUTH_FAILED = "auth_failed"
    INSECURE_AUTH_REFUSED = "insecure_auth_refused"
    SENDER_REJECTED = "sender_rejected"
    RECIPIENT_REJECTED = "recipient_rejected"
    MESSAGE_REJECTED = "message_rejected"
    SERVER_UNAVAILABLE = "server_unavailable"
    PROTOCOL_ERROR = "protocol_error"
    CANCELLED = "cancelled"
    KEYRING_UNAVAILABLE = "keyring_unavailable"
    # delivery confirmation (IMAP): what the SMTP vocabulary has no word for
    NOT_DELIVERED = "not_delivered"
    DELIVERED_TO_JUNK = "delivered_to_junk"  # a warning: it arrived, in the junk folder
    MAILBOX_LOGIN_FAILED = "mailbox_login_failed"


# One-line title and the default hint of each category (English source; translated at display time).
TITLES: dict[Category, str] = {
    Category.INVALID_SETTINGS: QT_TRANSLATE_NOOP("Failure", "The settings are not valid"),
    Category.DNS_FAILED: QT_TRANSLATE_NOOP("Failure", "The server name could not be resolved"),
    Category.CONNECT_REFUSED: QT_TRANSLATE_NOOP("Failure", "The server refused the connection"),
    Category.TIMEOUT: QT_TRANSLATE_NOOP("Failure", "The server did not answer in time"),
    Category.TLS_FAILED: QT_TRANSLATE_NOOP("Failure", "The encrypted connection could not be established"),
    Category.CERTIFICATE_INVALID: QT_TRANSLATE_NOOP("Failure", "The server's certificate is not trusted"),
    Category.STARTTLS_UNAVAILABLE: QT_TRANSLATE_NOOP("Failure", "The server does not offer STARTTLS"),
    Category.AUTH_UNAVAILABLE: QT_TRANSLATE_NOOP("Failure", "The authentication method is not offered"),
    Category.AUTH_FAILED: QT_TRANSLATE_NOOP("Failure", "Authentication failed"),
    Category.INSECURE_AUTH_REFUSED: QT_TRANSLATE_NOOP("Failure", "Credentials would travel unencrypted"),
    Category.SENDER_REJECTED: QT_TRANSLATE_NOOP("Failure", "The server rejected the sender address"),
    Category.RECIPIENT_REJECTED: QT_TRANSLATE_NOOP("Failure", "The server rejected the recipient"),
    Category.MESSAGE_REJECTED: QT_TRANSLATE_NOOP("Failure", "The server rejected the message"),
    Category.SERVER_UNAVAILABLE: QT_TRANSLATE_NOOP("Failure", "The server is not available"),
    Category.PROTOCOL_ERROR: QT_TRANSLATE_NOOP("Failure", "The server answered something unexpected"),
    Category.CANCELLED: QT_TRANSLATE_NOOP("Failure", "Cancelled"),
    Category.KEYRING_UNAVAILABLE: QT_TRANSLATE_NOOP("Failure", "The keychain is not available"),
    Category.NOT_DELIVERED: QT_TRANSLATE_NOOP("Failure", "The test message did not arrive in time"),
    Category.DELIVERED_TO_JUNK: QT_TRANSLATE_NOOP("Failure", "The test message arrived in the junk folder"),
    Category.MAILBOX_LOGIN_FAILED: QT_TRANSLATE_NOOP("Failure", "The login to the mailbox failed"),
}

HINTS: dict[Category, str] = {
    Category.INVALID_SETTINGS: QT_TRANSLATE_NOOP("Failure", "Correct the marked fields and try again."),
    Category.DNS_FAILED: QT_TRANSLATE_NOOP(
        "Failure", "Check the spelling of the SMTP server and that this computer can resolve it (DNS, VPN)."),
    Category.CONNECT_REFUSED: QT_TRANSLATE_NOOP(
        "Failure", "Nothing accepts connections on this port. Check the SMTP port (usually 587 for STARTTLS, "
        "465 for SSL/TLS, 25 for server-to-server) and any firewall in between."),
    Category.TIMEOUT: QT_TRANSLATE_NOOP(
        "Failure", "A firewall may drop the connection, or the port expects a different security mode. "
        "Check the SMTP port and the TLS mode."),
    Category.TLS_FAILED: QT_TRANSLATE_NOOP(
        "Failure", "The port and the TLS mode probably do not match: use STARTTLS on port 587 or 25, "
        "SSL/TLS (implicit) on port 465."),
    Category.CERTIFICATE_INVALID: QT_TRANSLATE_NOOP(
        "Failure", "Use the server's exact DNS name, add the issuing CA file, or trust this certificate "
        "explicitly after checking its fingerprint."),
    Category.STARTTLS_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Failure", "The server offers no encryption on this port. Try port 465 with SSL/TLS, or ask the mail "
        "administrator to enable STARTTLS. The password is never sent unencrypted."),
    Category.AUTH_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Failure", "Choose one of the methods the server offers, or Automatic."),
    Category.AUTH_FAILED: QT_TRANSLATE_NOOP(
        "Failure", "Check the user name and password. Some providers require an app password or "
        "enabling SMTP access for the account."),
    Category.INSECURE_AUTH_REFUSED: QT_TRANSLATE_NOOP(
        "Failure", "Turn on Use SSL, or allow unencrypted authentication explicitly if this network is trusted."),
    Category.SENDER_REJECTED: QT_TRANSLATE_NOOP(
        "Failure", "The domain of the sender address (e.g. @firma.de in SwyxWare@firma.de) should be one "
        "the mail server manages; some servers require the address to be registered for the account."),
    Category.RECIPIENT_REJECTED: QT_TRANSLATE_NOOP(
        "Failure", "Check the recipient address. The server may refuse to relay without authentication."),
    Category.MESSAGE_REJECTED: QT_TRANSLATE_NOOP(
        "Failure", "The server refused the content after DATA (spam filter, size or policy). "
        "See the server's text for the reason."),
    Category.SERVER_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Failure", "The server is busy or shutting down (4xx). Try again later or ask the mail administrator."),
    Category.PROTOCOL_ERROR: QT_TRANSLATE_NOOP(
        "Failure", "This may not be an SMTP server, or the port expects TLS from the first byte "
        "(try SSL/TLS implicit on port 465)."),
    Category.CANCELLED: QT_TRANSLATE_NOOP("Failure", "The run was cancelled before it finished."),
    Category.KEYRING_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Failure", "Unlock or install the system keychain (Windows Credential Manager, GNOME Keyring or "
        "KWallet). Passwords are never stored in a file."),
    Category.NOT_DELIVERED: QT_TRANSLATE_NOOP(
        "Failure", "The relay accepted the message, but it has not reached the mailbox. Search the relay's "
        "log for the Message-ID (queued, bounced, deferred?), check the receiver's quarantine, and whether the "
        "right folders are searched; a slow receiver may need a longer wait."),
    Category.DELIVERED_TO_JUNK: QT_TRANSLATE_NOOP(
        "Failure", "Receivers treat mail from this sender through this relay as spam. Check the SPF, DKIM and "
        "DMARC verdicts and the spam headers: usually the relay's IP is missing from the sender domain's SPF "
        "record, or the message is not signed."),
    Category.MAILBOX_LOGIN_FAILED: QT_TRANSLATE_NOOP(
        "Failure", "Check the IMAP user name and password of the confirmation mailbox. Some providers require "
        "an app password or enabling IMAP access for the account."),
}


# Stage id -> English title (context "Smtp"): every failure can name its stage in the user's language
# without the core knowing the engines (checks/stages.py is pure data).
STAGE_CONTEXT = TITLE_CONTEXT


def stage_title(stage: str | None, lang: str | None = None) -> str:
    """The translated title of a stage id ("mail_from" -> "Sender (MAIL FROM)"); unknown ids unchanged."""
    if not stage:
        return ""
    title = STAGE_TITLES.get(stage)
    return translate(STAGE_CONTEXT, title, lang) if title else stage


@dataclass(frozen=True)
class Failure:
    category: Category
    message: str  # what happened, in plain words (English source or server text); never a secret
    stage: str | None = None
    smtp_code: int | None = None
    enhanced_status: str | None = None
    server_text: str | None = None
    hint: str | None = None  # English source; None = the category's default hint
    details: dict = field(default_factory=dict)
    message_args: tuple = ()  # values for ``{}`` placeholders in ``message`` (it stays translatable)
    context: str = CONTEXT  # the translation context of ``message`` (the keychain's own: "Keychain")

    def message_text(self, lang: str | None = None) -> str:
        """The message translated (in its context), its placeholders filled."""
        text = translate(self.context, self.message, lang)
        if not self.message_args:
            return text
        args = [self.stage_text(lang) if arg == self.stage else arg for arg in self.message_args]
        return text.format(*args)

    def stage_text(self, lang: str | None = None) -> str:
        return stage_title(self.stage, lang)

    def hint_text(self, lang: str | None = None) -> str:
        return translate(CONTEXT, self.hint or HINTS[self.category], lang)

    def title_text(self, lang: str | None = None) -> str:
        return translate(CONTEXT, TITLES[self.category], lang)

    def to_dict(self, lang: str | None = None) -> dict:
        return {
            "category": self.category.value,
            "stage": self.stage,
            "smtp_code": self.smtp_code,
            "enhanced_status": self.enhanced_status,
            "message": self.message_text(lang),
            "server_text": self.server_text,
            "hint": self.hint_text(lang),
        }


class FailureError(Exception):
    """An exception carrying a :class:`Failure`."""

    def __init__(self, failure: Failure):
        super().__init__(failure.message)
        self.failure = failure

"""Every stage a check can pass: its identifier and its display name, in one place.

Pure data (imports only ``i18n``): the failure vocabulary (``failures.stage_title``), the engines, the CLI
and the windows that only *name* stages (the overview's table) read it without loading an engine. The
plan of a run — which of these stages it passes, in which order — is ``checks/plan.py``.
"""
from __future__ import annotations

from swyxon_desktop.i18n import QT_TRANSLATE_NOOP

# Stage identifiers, in the order a run passes them ("ehlo" may come twice: before and after STARTTLS).
RESOLVE, CONNECT, GREETING, EHLO, TLS, AUTH = "resolve", "connect", "greeting", "ehlo", "tls", "auth"
MAIL_FROM, RCPT_TO, DATA, QUIT = "mail_from", "rcpt_to", "data", "quit"
STAGES = (RESOLVE, CONNECT, GREETING, EHLO, TLS, AUTH, MAIL_FROM, RCPT_TO, DATA, QUIT)  # the SMTP dialogue
PREPARE = "prepare"  # before the network: settings, addresses, the message (no stage event)
KEYCHAIN = "keychain"  # the CLI's wait for the keychain lookup (not a network stage; not in STAGES)
DELIVERY = "delivery"  # after DATA: the confirmation mailbox over IMAP (delivery/)
DNS = "dns"  # after "delivery": SPF and DMARC of the sender domain for the relay's IP (verdict.py)

#: The context of every title below: the CLI's failures, the GUI's stage lists and reports.
TITLE_CONTEXT = "Smtp"
STAGE_TITLES = {
    RESOLVE: QT_TRANSLATE_NOOP("Smtp", "Resolve the server name"),
    CONNECT: QT_TRANSLATE_NOOP("Smtp", "Connect"),
    GREETING: QT_TRANSLATE_NOOP("Smtp", "Server greeting"),
    EHLO: QT_TRANSLATE_NOOP("Smtp", "EHLO (capabilities)"),
    TLS: QT_TRANSLATE_NOOP("Smtp", "Encryption (TLS)"),
    AUTH: QT_TRANSLATE_NOOP("Smtp", "Authentication"),
    MAIL_FROM: QT_TRANSLATE_NOOP("Smtp", "Sender (MAIL FROM)"),
    RCPT_TO: QT_TRANSLATE_NOOP("Smtp", "Recipient (RCPT TO)"),
    DATA: QT_TRANSLATE_NOOP("Smtp", "Message (DATA)"),
    QUIT: QT_TRANSLATE_NOOP("Smtp", "Close (QUIT)"),
    KEYCHAIN: QT_TRANSLATE_NOOP("Smtp", "Password from the keychain"),
    DELIVERY: QT_TRANSLATE_NOOP("Smtp", "Delivery (IMAP)"),
    DNS: QT_TRANSLATE_NOOP("Smtp", "DNS check (SPF, DMARC)"),
}

#: The client's SMTP command at a stage, as the protocol spells it (not translated): what the test server,
#: the replica and their windows name when they say where a session was refused or answered.
SMTP_COMMANDS = {EHLO: "EHLO", TLS: "STARTTLS", AUTH: "AUTH", MAIL_FROM: "MAIL FROM", RCPT_TO: "RCPT TO",
                 DATA: "DATA"}

#: "prepare" has a title in the windows' reports only (context "MailReport"); the CLI names it by its id.
PREPARE_TITLE = QT_TRANSLATE_NOOP("MailReport", "Checking the settings")
PREPARE_CONTEXT = "MailReport"


def title(stage: str | None) -> tuple[str, str] | None:
    """(context, English title) of a stage for a window, or None for an id without a title."""
    if stage in STAGE_TITLES:
        return TITLE_CONTEXT, STAGE_TITLES[stage]
    if stage == PREPARE:
        return PREPARE_CONTEXT, PREPARE_TITLE
    return None

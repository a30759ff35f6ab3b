"""The engine's stage identifiers and their display names — without the engine (no smtplib, ssl, socket).

``smtp/errors.py`` re-exports everything here; windows that only *name* stages (the overview's table)
import this module instead, so opening them does not load the engine on the GUI thread.
"""
from __future__ import annotations

from swyxon_desktop import failures
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP

# Stage identifiers, in the order a run passes them ("ehlo" may come twice: before and after STARTTLS).
RESOLVE, CONNECT, GREETING, EHLO, TLS, AUTH = "resolve", "connect", "greeting", "ehlo", "tls", "auth"
MAIL_FROM, RCPT_TO, DATA, QUIT = "mail_from", "rcpt_to", "data", "quit"
PREPARE = "prepare"  # before the network: settings, addresses, the message (no stage event)
STAGES = (RESOLVE, CONNECT, GREETING, EHLO, TLS, AUTH, MAIL_FROM, RCPT_TO, DATA, QUIT)

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
}
KEYCHAIN = "keychain"  # the CLI's wait for the keychain lookup (not a network stage; not in STAGES)
STAGE_TITLES[KEYCHAIN] = QT_TRANSLATE_NOOP("Smtp", "Password from the keychain")
failures.STAGE_TITLES.update(STAGE_TITLES)  # failures name their stage in the user's language

"""`test-mail --confirm`: after the relay's 250, wait for the message in the profile's IMAP mailbox.

Imported only when ``--confirm`` is given: ``test-mail`` without it loads nothing of this (imaplib,
email parsing, the keychain library for the IMAP password).
"""
from __future__ import annotations

import argparse
import sys
from typing import Any

from swyxon_desktop.commands.common import (EXIT_FAILED, EXIT_OK, EXIT_USAGE, MSG_HINT, MSG_SMTP_CODE, MSG_TIMINGS, err,
                                            timings, tr)
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP

MSG_NOT_CONFIGURED = QT_TRANSLATE_NOOP(
    "Cli", "The profile \"{}\" names no mailbox to confirm delivery in.")
MSG_HINT_CONFIGURE = QT_TRANSLATE_NOOP(
    "Cli", "Add one with: swyxon-desktop profile set \"{}\" --imap-server HOST --imap-user USER "
    "--imap-password-stdin")
MSG_CONFIRM_TIMEOUT = QT_TRANSLATE_NOOP("Cli", "Give --confirm-timeout in seconds, from 1 to 3600.")
MSG_WAITING = QT_TRANSLATE_NOOP("Cli", "Waiting up to {} s for the message in the mailbox {} …")
MSG_DELIVERED = QT_TRANSLATE_NOOP("Cli", "Delivered: {}")
MSG_JUNK = QT_TRANSLATE_NOOP("Cli", "Delivered to junk: {}")
MSG_NOT_DELIVERED = QT_TRANSLATE_NOOP("Cli", "Not confirmed: {}")
MSG_VERDICTS = QT_TRANSLATE_NOOP("Cli", "Receiver's verdicts (Authentication-Results): {}")
MSG_RECEIVED_SPF = QT_TRANSLATE_NOOP("Cli", "Received-SPF: {}")
MSG_SPAM = QT_TRANSLATE_NOOP("Cli", "Spam filter: {}")
MSG_RELAY_IP = QT_TRANSLATE_NOOP("Cli", "The relay's outbound IP as the receiver saw it: {}")
MSG_NO_RELAY_IP = QT_TRANSLATE_NOOP(
    "Cli", "The Received chain names no address of the relay; the submission address may not be the one "
    "receivers see.")
MSG_DELETED = QT_TRANSLATE_NOOP("Cli", "The test message was deleted from the mailbox.")
MSG_TRANSCRIPT = QT_TRANSLATE_NOOP("Cli", "IMAP dialogue (passwords removed):")
MSG_SKIPPED = QT_TRANSLATE_NOOP("Cli", "Delivery not confirmed: the test mail was not accepted.")
MSG_CERT = QT_TRANSLATE_NOOP("Cli", "The IMAP server's certificate: SHA-256 {}")
MSG_TRUST = QT_TRANSLATE_NOOP(
    "Cli", "After checking it with the mailbox's administrator, trust exactly this certificate with: "
    "swyxon-desktop profile set \"{}\" --imap-pin-sha256 {}")


def check(args: argparse.Namespace, name: str, settings: Any) -> tuple[str, str] | None:
    """A usage problem of ``--confirm`` (message, hint), checked before anything is sent; else None."""
    if args.confirm_timeout is not None and not 1 <= args.confirm_timeout <= 3600:
        return tr(MSG_CONFIRM_TIMEOUT), tr(MSG_CONFIRM_TIMEOUT)
    if not settings.confirms_delivery:
        return tr(MSG_NOT_CONFIGURED, name), tr(MSG_HINT_CONFIGURE, name)
    return None


def run(args: argparse.Namespace, name: str, settings: Any, sent: Any, returned_at: float) -> Any:
    """The confirmation of an accepted test mail (a DeliveryResult)."""
    from swyxon_desktop import secrets
    from swyxon_desktop.delivery import DEFAULT_TIMEOUT_S, accepted_at, confirm_delivery

    timeout_s = args.confirm_timeout or DEFAULT_TIMEOUT_S
    if not args.json:
        err(tr(MSG_WAITING, f"{timeout_s:g}", f"{settings.imap_username} ({settings.imap_server})"))

    def password() -> str | None:  # a KeychainError is the confirmation's failure (keyring_unavailable)
        return secrets.get_password(name, secrets.IMAP)

    return confirm_delivery(settings, password, sent.message_id,
                            accepted=accepted_at(sent, returned_at), timeout_s=timeout_s,
                            delete=args.confirm_delete, op_timeout_s=args.timeout)


def exit_code(delivery: Any) -> int:
    from swyxon_desktop.failures import Category

    if delivery.ok:
        return EXIT_OK
    if delivery.failure is not None and delivery.failure.category is Category.INVALID_SETTINGS:
        return EXIT_USAGE
    return EXIT_FAILED


def merge_json(data: dict, delivery: Any) -> dict:
    """The test-mail JSON with the ``delivery`` object; its stage and dialogue join the one list each."""
    from swyxon_desktop import i18n

    if delivery is None:
        return {**data, "delivery": None}
    d = delivery.to_dict(i18n.language())
    stages, transcript = d.pop("stages"), d.pop("transcript")
    return {**data, "delivery": d, "stages": data.get("stages", []) + stages,
            "transcript": data.get("transcript", []) + transcript}


def print_text(delivery: Any, transcript: bool, name: str = "") -> None:
    if delivery is None:
        print(tr(MSG_SKIPPED))
        return
    text = delivery.message_text()
    if delivery.ok:
        print(tr(MSG_DELIVERED, text))
    elif delivery.status == "junk":
        print(tr(MSG_JUNK, text))
    else:
        print(tr(MSG_NOT_DELIVERED, delivery.failure.title_text() if delivery.failure else ""))
        print("  " + text)
    findings = delivery.findings
    if findings is not None:
        verdicts = findings.verdicts
        print("  " + tr(MSG_VERDICTS, ", ".join(f"{k}={v}" for k, v in verdicts.items()) or "—"))
        if findings.received_spf is not None:
            print("  " + tr(MSG_RECEIVED_SPF, findings.received_spf.raw[:200]))
        for header, value in findings.spam_headers:
            print("  " + tr(MSG_SPAM, f"{header}: {value[:160]}"))
        if findings.relay_ip:
            print("  " + tr(MSG_RELAY_IP, findings.relay_ip))
        else:
            print("  " + tr(MSG_NO_RELAY_IP))
    if delivery.deleted:
        print("  " + tr(MSG_DELETED))
    print("  " + tr(MSG_TIMINGS, timings(delivery.events)))
    if not delivery.ok:
        f = delivery.failure
        if f is not None and f.server_text:
            print("  " + tr(MSG_SMTP_CODE, f.server_text.replace("\n", " / ")))
        print("  " + tr(MSG_HINT, delivery.hint_text()))
        sha256 = (f.details or {}).get("sha256") if f is not None else None
        if sha256:
            from swyxon_desktop.smtp.tlsinfo import pretty_fingerprint

            print("  " + tr(MSG_CERT, pretty_fingerprint(sha256)))
            print("  " + tr(MSG_TRUST, name, sha256))
    if transcript:
        print()
        print(tr(MSG_TRANSCRIPT))
        print(delivery.transcript_text())
    sys.stdout.flush()


"""`test-mail --confirm --dns-check`: after the confirmation, the sender domain's DNS for the relay IP the
receiver named in the ``Received`` chain, and the one verdict (:mod:`swyxon_desktop.verdict`) last.

Imported only when ``--dns-check`` is given: ``test-mail`` without it loads nothing of this (nor
dnspython, pyspf).
"""
from __future__ import annotations

import argparse
import sys
from typing import Any

from swyxon_desktop.commands.common import EXIT_FAILED, EXIT_OK, tr
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP

MSG_BAD_NAMESERVER = QT_TRANSLATE_NOOP(
    "Cli", "--nameserver must be an IP address, optionally with a port (IP:PORT, [IPv6]:PORT): {}")
MSG_NAMESERVER_ALONE = QT_TRANSLATE_NOOP("Cli", "--nameserver is used by the DNS check: add --dns-check.")
MSG_HINT_EXAMPLE = QT_TRANSLATE_NOOP(
    "Cli", "Example: swyxon-desktop test-mail --to pruef@example.org --confirm --dns-check --nameserver 192.0.2.53")
MSG_DNS_SKIPPED = QT_TRANSLATE_NOOP("Cli", "DNS not checked: the test mail was not accepted.")


def check(args: argparse.Namespace) -> tuple[str, str] | None:
    """A usage problem of ``--dns-check`` / ``--nameserver`` (message, hint) before anything is sent."""
    nameserver = getattr(args, "nameserver", None)
    if nameserver and not args.dns_check:
        return tr(MSG_NAMESERVER_ALONE), tr(MSG_HINT_EXAMPLE)
    if nameserver:
        from swyxon_desktop import dnscheck

        try:
            dnscheck.parse_nameserver(nameserver)
        except ValueError:
            return tr(MSG_BAD_NAMESERVER, nameserver), tr(MSG_HINT_EXAMPLE)
    return None


def run(args: argparse.Namespace, settings: Any, sent: Any, delivery: Any) -> Any:
    """The DNS check after an accepted test mail (a DnsReport), or None when it was not accepted."""
    if not sent.ok:
        return None
    from swyxon_desktop.verdict import check_after_delivery

    return check_after_delivery(settings.sender, settings.server, delivery, nameserver=args.nameserver)


def verdict_of(sent: Any, delivery: Any, report: Any) -> Any:
    from swyxon_desktop.verdict import build_verdict

    return build_verdict(sent, delivery, report)


def merge_json(data: dict, report: Any, verdict: Any) -> dict:
    """The test-mail JSON with ``dns`` (the DNS report's dict) and ``verdict`` (text + parts)."""
    from swyxon_desktop import i18n

    lang = i18n.language()
    return {**data, "delivery": data.get("delivery"), "dns": report.to_dict(lang) if report is not None else None,
            "verdict": verdict.to_dict(lang)}


def print_text(report: Any, verdict: Any) -> None:
    """The DNS check's parts (as dns-check prints them, without its own verdict), then the one verdict."""
    from swyxon_desktop import i18n

    lang = i18n.language()
    print()
    if report is None:
        print(tr(MSG_DNS_SKIPPED))
    else:
        from swyxon_desktop.commands.dnscheck import _print_text

        _print_text(report, None, lang, verdict=False)
    print()
    print(verdict.title(lang))
    for line in verdict.lines(lang):
        print("  " + line)
    sys.stdout.flush()


def exit_code(code: int, report: Any) -> int:
    """The confirmation's exit code; 1 also when the DNS check found a problem (or could not ask)."""
    if code == EXIT_OK and report is not None and not report.ok:
        return EXIT_FAILED
    return code

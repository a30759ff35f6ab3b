"""`swyxon-desktop dns-check`: will receivers take mail from the profile's sender through this relay?

MX, A/AAAA, SPF verdict per relay IP, DMARC, PTR — the engine is :mod:`swyxon_desktop.dnscheck`
(imported, with dnspython and pyspf, only when the command runs). Exit codes: 0 all good, 1 a problem
found (or DNS could not be asked), 2 usage error / unknown profile.
"""
from __future__ import annotations

import argparse
from typing import Any

from swyxon_desktop.commands.common import (EXIT_FAILED, EXIT_OK, EXIT_USAGE, Usage, err, interrupted, load_profile,
                                            print_json, tr)
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP

MSG_HEAD = QT_TRANSLATE_NOOP("Cli", "DNS check for {} (domain {}), SMTP server {}, name server {}")
MSG_HEAD_PROFILE = QT_TRANSLATE_NOOP("Cli", "Profile \"{}\"")
MSG_VERDICT = QT_TRANSLATE_NOOP("Cli", "Verdict:")
MSG_BAD_NAMESERVER = QT_TRANSLATE_NOOP(
    "Cli", "--nameserver must be an IP address, optionally with a port (IP:PORT, [IPv6]:PORT): {}")
MSG_BAD_RELAY_IP = QT_TRANSLATE_NOOP("Cli", "--relay-ip must be an IP address: {}")
MSG_BAD_TIMEOUT = QT_TRANSLATE_NOOP("Cli", "--timeout must be between 0.1 and 60 seconds.")
MSG_HINT_DNS_OPTIONS = QT_TRANSLATE_NOOP(
    "Cli", "Example: swyxon-desktop dns-check --relay-ip 192.0.2.10 --nameserver 192.0.2.53")


def register(sub: argparse._SubParsersAction) -> None:
    d = sub.add_parser("dns-check", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "check the sender domain's DNS: MX, SMTP server addresses, SPF for the relay IP, DMARC, PTR")))
    d.add_argument("--profile", metavar="NAME", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the profile to use (default: the only one)")))
    d.add_argument("--sender", metavar="ADDR", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "check this sender address instead of the profile's (no profile needed)")))
    d.add_argument("--server", metavar="HOST", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "check this SMTP server instead of the profile's")))
    d.add_argument("--relay-ip", action="append", default=[], metavar="IP", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the relay's outbound IP as receivers see it (repeatable; default: the SMTP server's addresses, "
        "as candidates)")))
    d.add_argument("--nameserver", metavar="IP[:PORT]", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "ask this name server (default: the system's resolver)")))
    d.add_argument("--timeout", type=float, default=None, metavar="S", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "seconds per DNS query (default 3)")))
    d.add_argument("--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "print one JSON object")))
    d.set_defaults(handler=_dns_check)


def _usage(args: argparse.Namespace, message: str, hint: str) -> int:
    if args.json:
        print_json({"ok": False, "category": "invalid_settings", "message": message, "hint": hint})
    else:
        err(message)
        err(hint)
    return EXIT_USAGE


def _dns_check(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except KeyboardInterrupt:
        return interrupted(args)


def _target(args: argparse.Namespace) -> tuple[str | None, str, str]:
    """(profile name or None, sender, server) — the profile's unless --sender/--server say otherwise."""
    if args.sender and not args.profile:
        return None, args.sender, args.server or ""
    ns = argparse.Namespace(profile=args.profile, json=args.json, timeout=None)
    _, name, settings = load_profile(ns)
    return name, args.sender or settings.sender, args.server if args.server is not None else settings.server


def _run(args: argparse.Namespace) -> int:
    from swyxon_desktop import dnscheck, i18n

    timeout = dnscheck.DEFAULT_TIMEOUT if args.timeout is None else args.timeout
    if not 0.1 <= timeout <= 60:
        return _usage(args, tr(MSG_BAD_TIMEOUT), tr(MSG_HINT_DNS_OPTIONS))
    if args.nameserver:
        try:
            dnscheck.parse_nameserver(args.nameserver)
        except ValueError:
            return _usage(args, tr(MSG_BAD_NAMESERVER, args.nameserver), tr(MSG_HINT_DNS_OPTIONS))
    for ip in args.relay_ip:
        try:
            dnscheck.parse_ip(ip)
        except ValueError:
            return _usage(args, tr(MSG_BAD_RELAY_IP, ip), tr(MSG_HINT_DNS_OPTIONS))
    try:
        name, sender, server = _target(args)
    except Usage:
        return EXIT_USAGE
    report = dnscheck.check_dns(sender, server, args.relay_ip, nameserver=args.nameserver, timeout=timeout)
    lang = i18n.language()
    if report.failure is not None and report.failure.category.value == "invalid_settings":
        return _usage(args, report.failure.message_text(lang), report.failure.hint_text(lang))
    if args.json:
        print_json({**report.to_dict(lang), "profile": name})
    else:
        _print_text(report, name, lang)
    return EXIT_OK if report.ok else EXIT_FAILED


def _print_text(report: Any, name: str | None, lang: str, *, verdict: bool = True) -> None:
    from swyxon_desktop import dnscheck

    if name:
        print(tr(MSG_HEAD_PROFILE, name))
    where = report.nameserver or dnscheck.tr(dnscheck.MSG_SYSTEM_RESOLVER, lang=lang)
    print(tr(MSG_HEAD, report.sender, report.domain, report.server or "—", where))
    for part_name in dnscheck.PARTS:
        part = report.parts.get(part_name)
        if part is None:
            continue
        print(f"[{part.status_text(lang).upper()}] {part.title(lang)}")
        for line in part.lines:
            print("    " + line.text(lang))
    if report.failure is not None:
        print("  " + report.failure.message_text(lang))
        print("  " + report.failure.hint_text(lang))
    if not verdict:  # test-mail --dns-check prints the joined verdict instead
        return
    print()
    print(tr(MSG_VERDICT))
    for line in report.verdict(lang).splitlines():
        print("  " + line)

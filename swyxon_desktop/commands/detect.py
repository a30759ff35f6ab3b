"""`swyxon-desktop profile detect ADDRESS`: find the submission settings of a sender address (detect.py).

Registered by commands/profile.py as one of its actions. Prints where it looked, what it found and
what answers, and the `profile set` command that would apply the suggestion — it saves nothing.
"""
from __future__ import annotations

import argparse
import os
import shlex

from swyxon_desktop.commands.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, err, print_json, tr
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP

# Tests only: the port the autoconfig hosts are asked on (their loopback HTTPS server); default 443.
HTTPS_PORT_ENV = "SWYXON_DESKTOP_DETECT_HTTPS_PORT"

MSG_HEAD = QT_TRANSLATE_NOOP("Cli", "Detecting settings for {} (domain {})")
MSG_LOOKED = QT_TRANSLATE_NOOP("Cli", "Looked up:")
MSG_CANDIDATES = QT_TRANSLATE_NOOP("Cli", "Candidates (checked without credentials):")
MSG_CANDIDATES_UNCHECKED = QT_TRANSLATE_NOOP("Cli", "Candidates (not checked):")
MSG_ORIGIN = QT_TRANSLATE_NOOP("Cli", "from: {}")
MSG_APPLY = QT_TRANSLATE_NOOP("Cli", "Nothing was saved. To use the suggestion:")
MSG_NONE = QT_TRANSLATE_NOOP("Cli", "No candidates.")


def register(ps: argparse._SubParsersAction) -> None:
    d = ps.add_parser("detect", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "find the SMTP settings of a sender address: DNS SRV, autoconfig, the providers table; "
        "then check what answers (no credentials, nothing saved)")))
    d.add_argument("address", metavar="ADDRESS")
    d.add_argument("--json", action="store_true")
    d.add_argument("--nameserver", metavar="IP[:PORT]", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "ask this DNS server for every name (SRV, MX, the autoconfig and SMTP hosts) instead of the "
        "system's")))
    d.add_argument("--ca-file", metavar="PEM", default="", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "an extra trusted CA certificate file (PEM) for the autoconfig and SMTP servers")))
    d.add_argument("--no-check", dest="check", action="store_false", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "only look up; do not connect to the candidate SMTP servers")))
    d.add_argument("--timeout", type=float, default=8.0, metavar="S", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "seconds per look-up and per check (default 8)")))
    d.set_defaults(handler=_detect)


def _detect(args: argparse.Namespace) -> int:
    from swyxon_desktop.detect import DetectError, detect

    port = os.environ.get(HTTPS_PORT_ENV, "")
    if args.ca_file and not os.path.isfile(os.path.expanduser(args.ca_file)):
        from swyxon_desktop.detect import MSG_CA_MISSING
        from swyxon_desktop.i18n import translate

        err(translate("Detect", MSG_CA_MISSING).format(args.ca_file))
        return EXIT_USAGE
    try:
        result = detect(args.address, nameserver=args.nameserver, ca_file=os.path.expanduser(args.ca_file),
                        timeout_s=max(0.5, min(args.timeout, 120.0)), check=args.check,
                        https_port=int(port) if port.isdigit() else None)
    except DetectError as exc:
        err(exc.text())
        return EXIT_USAGE
    if args.json:
        print_json(result.to_dict())
        return EXIT_OK if result.ok else EXIT_FAILED
    print(tr(MSG_HEAD, result.address, result.domain))
    print(tr(MSG_LOOKED))
    for step in result.steps:
        print("  " + step.text())
    if result.provider is not None:
        from swyxon_desktop.i18n import translate

        print(result.provider.text())
        for rule in result.provider.provider.rules:
            print("  - " + translate("Providers", rule))
        for limit in result.provider.provider.limits:
            print("  - " + translate("Providers", limit))
    print(tr(MSG_CANDIDATES if args.check else MSG_CANDIDATES_UNCHECKED))
    if not result.candidates:
        print("  " + tr(MSG_NONE))
    for i, c in enumerate(result.candidates, 1):
        extra = [x for x in (c.tls_text(), ("AUTH " + " ".join(c.auth_mechanisms)) if c.auth_mechanisms else "") if x]
        print(f"  {i}. {c.text()}" + (f" ({'; '.join(extra)})" if extra else ""))
        print("     " + tr(MSG_ORIGIN, c.origin))
        d = c.to_dict()
        if d["note"]:
            print("     " + d["note"])
        if c.failure is not None:
            print("     " + c.failure.title_text() + ": " + c.failure.message_text())
    print(result.summary())
    best = result.best
    if best is not None:
        print(tr(MSG_APPLY))
        print("  " + _set_command(best.changes(result.address)))
    return EXIT_OK if result.ok else EXIT_FAILED


def _set_command(changes: dict) -> str:
    parts = ["swyxon-desktop", "profile", "set", "NAME", "--server", changes["server"], "--port",
             str(changes["port"]), "--sender", changes["sender"]]
    parts.append("--ssl" if changes["use_ssl"] else "--no-ssl")
    if "tls_mode" in changes:
        parts += ["--tls-mode", changes["tls_mode"].value]
    if changes.get("use_auth"):
        parts += ["--auth", "--mechanism", changes["mechanism"].value, "--username", changes["username"],
                  "--password-stdin"]
    else:
        parts.append("--no-auth")
    return " ".join(shlex.quote(p) for p in parts)

"""`swyxon-desktop test-mail` and `swyxon-desktop probe`: the SMTP engine from the command line.

Fast path: this module is imported for every command line, so it imports nothing heavy at the top;
the engine (smtplib, ssl) is imported when a command runs. Neither Qt, aiosmtpd nor email-validator is
ever imported here. Exit codes: 0 success, 1 the test or check failed, 2 usage error, invalid settings
or unknown profile.
"""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from swyxon_desktop.commands.common import (EXIT_FAILED, EXIT_OK, EXIT_USAGE, MSG_HINT, MSG_SMTP_CODE, MSG_TIMINGS,
                                            Usage, err, interrupted, load_profile, print_json, timings, tr, usage)
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP


MSG_SENT = QT_TRANSLATE_NOOP("Cli", "Test mail sent to {} (profile \"{}\") in {} s.")
MSG_FAILED = QT_TRANSLATE_NOOP("Cli", "Test mail failed (profile \"{}\"): {}")
MSG_MESSAGE_ID = QT_TRANSLATE_NOOP("Cli", "Message-ID: {}")
MSG_STAGE = QT_TRANSLATE_NOOP("Cli", "Stage: {}")
MSG_TRANSCRIPT = QT_TRANSLATE_NOOP("Cli", "Transcript (passwords removed):")
MSG_PROBE_HEAD = QT_TRANSLATE_NOOP("Cli", "Server {}, port {} ({}), profile \"{}\"")
MSG_GREETING = QT_TRANSLATE_NOOP("Cli", "Greeting: {}")
MSG_CAPS_BEFORE = QT_TRANSLATE_NOOP("Cli", "Capabilities before TLS: {}")
MSG_CAPS_AFTER = QT_TRANSLATE_NOOP("Cli", "Capabilities behind TLS: {}")
MSG_CAPS = QT_TRANSLATE_NOOP("Cli", "Capabilities: {}")
MSG_TLS = QT_TRANSLATE_NOOP("Cli", "TLS: {} {} ({} bits)")
MSG_CERT_SUBJECT = QT_TRANSLATE_NOOP("Cli", "Certificate: {}")
MSG_CERT_ISSUER = QT_TRANSLATE_NOOP("Cli", "  issued by: {}")
MSG_CERT_NAMES = QT_TRANSLATE_NOOP("Cli", "  names: {}")
MSG_CERT_VALID = QT_TRANSLATE_NOOP("Cli", "  valid: {} to {}")
MSG_CERT_SHA256 = QT_TRANSLATE_NOOP("Cli", "  SHA-256: {}")
MSG_CERT_VERIFIED = QT_TRANSLATE_NOOP("Cli", "  verified by a trusted CA")
MSG_CERT_PINNED = QT_TRANSLATE_NOOP("Cli", "  trusted by its pinned fingerprint (not verified: {})")
MSG_CERT_UNTRUSTED = QT_TRANSLATE_NOOP("Cli", "  NOT trusted: {}")
MSG_MATRIX = QT_TRANSLATE_NOOP("Cli", "Ports:")
MSG_RESULT_OK = QT_TRANSLATE_NOOP("Cli", "The configured settings reach the server.")
MSG_RESULT_FAILED = QT_TRANSLATE_NOOP("Cli", "The configured settings do not work: {}")
MSG_RECOMMENDATION = QT_TRANSLATE_NOOP("Cli", "Recommendation: {}")
MSG_CHANGES = QT_TRANSLATE_NOOP("Cli", "  to apply: swyxon-desktop profile set \"{}\" {}")
ROW_OK = QT_TRANSLATE_NOOP("Cli", "answers")
ROW_SKIPPED = QT_TRANSLATE_NOOP("Cli", "skipped (answered the other way)")
ROW_TRUSTED = QT_TRANSLATE_NOOP("Cli", "certificate trusted")
ROW_UNTRUSTED = QT_TRANSLATE_NOOP("Cli", "certificate NOT trusted")
ROW_NO_TLS = QT_TRANSLATE_NOOP("Cli", "no encryption")


def register(sub: argparse._SubParsersAction) -> None:
    t = sub.add_parser("test-mail", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "send a test mail with a profile's settings and report each stage")))
    t.add_argument("--profile", metavar="NAME", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the profile to use (default: the only one)")))
    t.add_argument("--to", required=True, metavar="ADDR", help=tr(QT_TRANSLATE_NOOP("Cli", "the recipient")))
    t.add_argument("--timeout", type=float, metavar="S", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "seconds per network operation (default: the profile's timeout)")))
    t.add_argument("--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "print one JSON object")))
    t.add_argument("--transcript", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "print the SMTP dialogue (passwords removed)")))
    t.add_argument("--allow-insecure-auth", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "for this run only: send the user name and password even though SSL is off (trusted networks only)")))
    t.add_argument("--report", type=Path, metavar="FILE", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "also write the diagnostics report (JSON, no password) to FILE")))
    _confirm_arguments(t)
    t.set_defaults(handler=_test_mail)

    p = sub.add_parser("probe", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "check the server: capabilities, TLS, certificate, ports 25/465/587 (no credentials sent)")))
    p.add_argument("--profile", metavar="NAME", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the profile to use (default: the only one)")))
    p.add_argument("--timeout", type=float, metavar="S", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "seconds per network operation (default: the profile's timeout)")))
    p.add_argument("--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "print one JSON object")))
    p.add_argument("--report", type=Path, metavar="FILE", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "also write the diagnostics report (JSON, no password) to FILE")))
    p.set_defaults(handler=_probe)


MSG_HINT_TO = QT_TRANSLATE_NOOP("Cli", "Check the address given with --to ({}).")


def _exit_code(failure: Any) -> int:
    from swyxon_desktop.failures import Category

    if failure is None:
        return EXIT_OK
    return EXIT_USAGE if failure.category is Category.INVALID_SETTINGS else EXIT_FAILED


def _print_failure(failure: Any, hint: str | None = None) -> None:
    if failure.stage:
        print("  " + tr(MSG_STAGE, failure.stage_text()))
    if failure.smtp_code or failure.server_text:
        text = (failure.server_text or "").replace("\n", " / ")
        enhanced = failure.enhanced_status if failure.enhanced_status and not text.startswith(
            failure.enhanced_status) else None
        code = " ".join(str(x) for x in (failure.smtp_code, enhanced) if x)
        print("  " + tr(MSG_SMTP_CODE, f"{code} {text}".strip()))
    print("  " + tr(MSG_HINT, hint or failure.hint_text()))


def _test_mail(args: argparse.Namespace) -> int:
    try:
        return _run_test_mail(args)
    except KeyboardInterrupt:
        return interrupted(args)


def _cli_hint(result: Any) -> str:
    """The hint for the terminal: a bad --to names the option (the window's hint speaks of marked fields)."""
    from swyxon_desktop.smtp import engine

    f = result.failure
    if f is not None and f.message in (engine.MSG_RECIPIENT_BAD, engine.MSG_RECIPIENT_CONTROL):
        return tr(MSG_HINT_TO, result.recipient)
    return result.hint_text()


def _confirm_arguments(parser: argparse.ArgumentParser) -> None:
    """--confirm, --confirm-timeout, --confirm-delete (their texts live with the confirmation)."""
    parser.add_argument("--confirm", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "then wait for the message in the profile's IMAP mailbox and report where it arrived")))
    parser.add_argument("--confirm-timeout", type=float, metavar="S", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "seconds to wait for the message after the server accepted it (default 120)")))
    parser.add_argument("--confirm-delete", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "delete the test message from the mailbox once found")))
    parser.add_argument("--dns-check", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "then check the sender domain's DNS (SPF, DMARC) for the relay IP the receiver saw, and end with "
        "one verdict")))
    parser.add_argument("--nameserver", metavar="IP[:PORT]", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the name server for --dns-check (default: the system's resolver)")))


def _run_test_mail(args: argparse.Namespace) -> int:
    from swyxon_desktop import i18n

    try:
        _, name, settings = load_profile(args)
    except Usage:
        return EXIT_USAGE
    confirm: Any = None
    if args.confirm:  # loaded only then: test-mail without --confirm imports nothing of it
        from swyxon_desktop.commands import confirm

        problem = confirm.check(args, name, settings)
        if problem:
            usage(args, *problem)
            return EXIT_USAGE
    dns_check: Any = None
    if args.dns_check or args.nameserver:  # loaded only then, like --confirm
        from swyxon_desktop.commands import verdict as dns_check

        problem = dns_check.check(args)
        if problem:
            usage(args, *problem)
            return EXIT_USAGE
    allow_insecure = bool(getattr(args, "allow_insecure_auth", False))
    from swyxon_desktop.checks.credentials import auth_refused, fetch_credentials

    # Ask the keychain first (a helper process where it can, before any thread runs): it overlaps loading
    # the engine and connecting. A keychain failure comes back as the run's failure at the AUTH stage
    # (keyring_unavailable, exit 1). No password when AUTH is off or refused (checks/credentials.py).
    password = fetch_credentials(settings, name,
                                 refused=auth_refused(settings, allow_insecure_once=allow_insecure)).password
    if settings.use_ssl:
        # Likewise parsing the system's CA bundle for the TLS context (OpenSSL, off the GIL).
        from swyxon_desktop.smtp.tlsinfo import prepare_context

        prepare_context(settings.ca_file)
    from swyxon_desktop.smtp import send_test_mail

    result = send_test_mail(settings, password, args.to, profile=name, timeout_s=args.timeout,
                            lang=i18n.language(), allow_insecure_auth=allow_insecure)
    if confirm is not None or dns_check is not None:  # its report (with the delivery part) is written at the end
        return _confirmed(args, name, settings, result, confirm, dns_check, allow_insecure)
    if args.report is not None and not _write_report(args, name, settings, send=result,
                                                     allowed_insecure_once=allow_insecure):
        return EXIT_FAILED
    if args.json:
        print_json({**result.to_dict(), "hint": _cli_hint(result), "profile": name})
    else:
        _print_sent(args, name, result)
    return _exit_code(result.failure)


def _confirmed(args: argparse.Namespace, name: str, settings: Any, result: Any, confirm: Any,
               dns_check: Any = None, allow_insecure: bool = False) -> int:
    """test-mail --confirm / --dns-check: the SMTP result, then (when accepted) the delivery confirmation,
    then the DNS check for the relay IP from the Received chain and the one verdict (commands/verdict.py)."""
    import time

    returned_at = time.monotonic()
    if not args.json:  # with --confirm no "accepted is not yet delivered: look in the inbox" — it looks itself
        _print_sent(args, name, result, hint=confirm is None)
    delivery = confirm.run(args, name, settings, result, returned_at) if confirm is not None and result.ok else None
    report = dns_check.run(args, settings, result, delivery) if dns_check is not None else None
    data = {**result.to_dict(), "hint": _cli_hint(result), "profile": name}
    if args.json:
        data = confirm.merge_json(data, delivery) if confirm is not None else data
        if dns_check is not None:
            data = dns_check.merge_json(data, report, dns_check.verdict_of(result, delivery, report))
        print_json(data)
    elif confirm is not None:
        confirm.print_text(delivery, args.transcript, name)
    if dns_check is not None and not args.json:
        dns_check.print_text(report, dns_check.verdict_of(result, delivery, report))
    if args.report is not None and not _write_report(args, name, settings, send=result, delivery=delivery,
                                                     allowed_insecure_once=allow_insecure):
        return EXIT_FAILED
    code = _exit_code(result.failure) if delivery is None else confirm.exit_code(delivery)
    return dns_check.exit_code(code, report) if dns_check is not None else code


def _print_sent(args: argparse.Namespace, name: str, result: Any, *, hint: bool = True) -> None:
    """The text report of a test mail (without --json); ``hint=False``: without the success hint."""
    if result.ok:
        print(tr(MSG_SENT, result.recipient, name, f"{result.elapsed_s:.2f}"))
        print("  " + tr(MSG_MESSAGE_ID, result.message_id))
        print("  " + tr(MSG_TIMINGS, timings(result.events)))
        if hint:
            print("  " + result.hint_text())
    else:
        f = result.failure
        print(tr(MSG_FAILED, name, f.title_text()))
        print("  " + result.message_text())
        _print_failure(f, _cli_hint(result))
    if args.transcript:
        print()
        print(tr(MSG_TRANSCRIPT))
        print(result.transcript_text())


def _write_report(args: argparse.Namespace, name: str, settings: Any, **results: Any) -> bool:
    """``--report FILE``: the diagnostics record (diagnostics.py) as JSON; False (message on stderr) when it
    cannot be written."""
    from swyxon_desktop.checks import record as diagnostics

    record = diagnostics.build_record(name, settings, **results)
    try:
        diagnostics.write_record(args.report, record)
    except OSError as exc:
        err(diagnostics.write_error_text(args.report, exc))
        return False
    return True


# -- probe ---------------------------------------------------------------------------------------------

def _caps_text(caps: dict | None) -> str:
    if not caps:
        return "—"
    parts = []
    for key, value in caps.items():
        if isinstance(value, list):
            parts.append(f"{key} {' '.join(value)}")
        elif value is True:
            parts.append(key)
        else:
            parts.append(f"{key} {value}")
    return ", ".join(parts)


def _probe(args: argparse.Namespace) -> int:
    try:
        return _run_probe(args)
    except KeyboardInterrupt:
        return interrupted(args)


def _run_probe(args: argparse.Namespace) -> int:
    try:
        _, name, settings = load_profile(args)
    except Usage:
        return EXIT_USAGE
    from swyxon_desktop.smtp.probe import SECURITY_LABELS, capabilities, probe

    shown = [] if args.json else _print_provider_advice(settings)  # before anything can fail
    result = probe(settings, timeout_s=args.timeout)
    if args.report is not None and not _write_report(args, name, settings, probe=result):
        return EXIT_FAILED
    if args.json:
        print_json({**result.to_dict(), "profile": name})
        return _exit_code(result.failure)
    if result.configured is None:  # invalid settings
        print(result.failure.message_text())
        return EXIT_USAGE
    row = result.configured
    print(tr(MSG_PROBE_HEAD, settings.server, settings.port, SECURITY_LABELS[settings.security], name))
    if row.greeting:
        print("  " + tr(MSG_GREETING, row.greeting))
    if row.tls is not None and row.features_before_tls is not None:
        print("  " + tr(MSG_CAPS_BEFORE, _caps_text(capabilities(row.features_before_tls))))
    if row.tls is not None:
        tls = row.tls
        print("  " + tr(MSG_TLS, tls.version, tls.cipher, tls.bits))
        _print_certificate(tls)
        print("  " + tr(MSG_CAPS_AFTER, _caps_text(capabilities(row.features))))
    elif row.features is not None:
        print("  " + tr(MSG_CAPS, _caps_text(capabilities(row.features))))
    print(tr(MSG_MATRIX))
    for r in result.matrix:
        print("  " + _row_text(r))
    if result.ok:
        print(tr(MSG_RESULT_OK))
    else:
        f = result.failure
        print(tr(MSG_RESULT_FAILED, f.title_text()))
        print("  " + f.message_text())
        _print_failure(f)
    if not shown and result.provider is not None:  # recognised only by the greeting
        _print_provider_advice(settings, result.provider)
    print(tr(MSG_RECOMMENDATION, result.recommendation_text()))
    rec = result.recommendation
    if rec is not None and rec.changes:
        print(tr(MSG_CHANGES, name, _profile_set_options(rec.changes)))
    return _exit_code(result.failure)


def _print_provider_advice(settings: Any, recognition: Any = None) -> list:
    """The providers table's word on these settings (providers.py), printed; returns the advice."""
    from swyxon_desktop import providers

    recognition = recognition or providers.recognise(settings.server, settings.sender)
    if recognition is None:
        return []
    advice = providers.advice(settings, recognition)
    print(recognition.text())
    for item in advice:
        print(("  ! " if item.level == "warning" else "  - ") + item.text())
    return advice or [recognition]


def _print_certificate(tls: Any) -> None:
    cert = tls.certificate
    if cert is not None:
        print("  " + tr(MSG_CERT_SUBJECT, cert.subject or "—"))
        print("  " + tr(MSG_CERT_ISSUER, cert.issuer or "—"))
        print("  " + tr(MSG_CERT_NAMES, ", ".join(cert.sans) or "—"))
        print("  " + tr(MSG_CERT_VALID, cert.not_before, cert.not_after))
    from swyxon_desktop.smtp.tlsinfo import pretty_fingerprint

    print("  " + tr(MSG_CERT_SHA256, pretty_fingerprint(tls.sha256)))
    if tls.verified:
        print("  " + tr(MSG_CERT_VERIFIED))
    elif tls.trusted_by_pin:
        print("  " + tr(MSG_CERT_PINNED, tls.verify_error))
    else:
        print("  " + tr(MSG_CERT_UNTRUSTED, tls.verify_error))


def _row_text(row: Any) -> str:
    from swyxon_desktop.smtp.probe import SECURITY_LABELS

    label = f"{row.port:>5} {SECURITY_LABELS[row.attempt]:<8}"
    if row.status == "skipped":
        return f"{label} {tr(ROW_SKIPPED)}"
    if row.status != "ok":
        return f"{label} {row.failure.title_text() if row.failure else '?'}"
    parts = [tr(ROW_OK)]
    if row.tls is None:
        parts.append(tr(ROW_NO_TLS))
    else:
        parts.append(f"{row.tls.version}, " + tr(ROW_TRUSTED if row.trusted else ROW_UNTRUSTED))
    if row.auth_mechanisms:
        parts.append("AUTH " + " ".join(row.auth_mechanisms))
    return f"{label} " + "; ".join(parts)


def _profile_set_options(changes: dict) -> str:
    options = []
    for key, value in changes.items():
        value = getattr(value, "value", value)
        if key == "port":
            options.append(f"--port {value}")
        elif key == "use_ssl":
            options.append("--ssl" if value else "--no-ssl")
        elif key == "tls_mode":
            options.append(f"--tls-mode {value}")
        elif key == "mechanism":
            options.append(f"--mechanism {value}")
    return " ".join(options)

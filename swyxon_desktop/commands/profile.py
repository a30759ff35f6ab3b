"""`swyxon-desktop profile …`: list, show, set, delete, export, import."""
from __future__ import annotations

import argparse
from pathlib import Path

from swyxon_desktop.commands.common import (EXIT_FAILED, EXIT_OK, EXIT_USAGE, err, print_json, read_password_stdin,
                                            report_invalid, report_store_problems, tr)
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP



def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("profile", help=tr(QT_TRANSLATE_NOOP("Cli", "manage the stored SMTP profiles")))
    ps = p.add_subparsers(dest="profile_command", metavar="ACTION", required=True)

    ps.add_parser("list", help=tr(QT_TRANSLATE_NOOP("Cli", "list the profiles"))).set_defaults(handler=_list)

    show = ps.add_parser("show", help=tr(QT_TRANSLATE_NOOP("Cli", "show one profile (never its password)")))
    show.add_argument("name")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)

    delete = ps.add_parser("delete", help=tr(QT_TRANSLATE_NOOP("Cli", "delete a profile and its password")))
    delete.add_argument("name")
    delete.set_defaults(handler=_delete)

    s = ps.add_parser("set", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "create or update a profile; only the options given change")))
    s.add_argument("name")
    s.add_argument("--server", metavar="HOST", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "SMTP server: a symbolic name, DNS name or IP address")))
    s.add_argument("--port", type=int, metavar="N", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "SMTP port, 1-65535 (usually 587 for STARTTLS, 465 for SSL/TLS)")))
    s.add_argument("--sender", metavar="ADDR", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "sender address, e.g. SwyxWare@firma.de (its domain should be one the server manages)")))
    s.add_argument("--ssl", dest="use_ssl", action="store_true", default=None, help=tr(QT_TRANSLATE_NOOP(
        "Cli", "encrypt the connection (Use SSL)")))
    s.add_argument("--no-ssl", dest="use_ssl", action="store_false", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "plain SMTP, no encryption")))
    s.add_argument("--tls-mode", choices=["auto", "starttls", "implicit"], help=tr(QT_TRANSLATE_NOOP(
        "Cli", "auto: SSL/TLS on port 465, STARTTLS otherwise; starttls: required, never a plaintext "
        "fallback; implicit: TLS from the first byte")))
    s.add_argument("--auth", dest="use_auth", action="store_true", default=None, help=tr(QT_TRANSLATE_NOOP(
        "Cli", "SMTP authentication on")))
    s.add_argument("--no-auth", dest="use_auth", action="store_false", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "SMTP authentication off")))
    s.add_argument("--mechanism", choices=["auto", "LOGIN", "PLAIN", "CRAM-MD5"], help=tr(QT_TRANSLATE_NOOP(
        "Cli", "authentication method; auto picks the strongest the server offers")))
    s.add_argument("--username", metavar="USER", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "user name for SMTP authentication")))
    s.add_argument("--password-stdin", action="store_true",
                   help=tr(QT_TRANSLATE_NOOP("Cli", "read the password from standard input into the keychain")))
    s.add_argument("--ca-file", metavar="PEM", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "an extra trusted CA certificate file (PEM), besides the system's; empty to remove")))
    s.add_argument("--pin-sha256", metavar="HEX", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "trust exactly the server certificate with this SHA-256 fingerprint (empty to remove)")))
    s.add_argument("--allow-insecure-auth", dest="allow_insecure_auth", action="store_true", default=None,
                   help=tr(QT_TRANSLATE_NOOP(
                       "Cli", "allow the password to travel unencrypted when SSL is off (trusted networks only)")))
    s.add_argument("--no-allow-insecure-auth", dest="allow_insecure_auth", action="store_false",
                   help=tr(QT_TRANSLATE_NOOP("Cli", "withdraw that permission")))
    s.add_argument("--timeout", type=float, metavar="S", dest="timeout_s", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "seconds to wait for each network operation (1-600, default 30)")))
    s.add_argument("--imap-server", metavar="HOST", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "IMAP server of the mailbox that confirms delivery (empty to remove the confirmation mailbox)")))
    s.add_argument("--imap-port", type=int, metavar="N", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "IMAP port (993 for SSL/TLS, 143 for STARTTLS)")))
    s.add_argument("--imap-tls", choices=["implicit", "starttls"], help=tr(QT_TRANSLATE_NOOP(
        "Cli", "IMAP security: implicit (SSL/TLS) or starttls (required); never unencrypted")))
    s.add_argument("--imap-user", metavar="USER", dest="imap_username", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "user name of the confirmation mailbox")))
    s.add_argument("--imap-password-stdin", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "read the confirmation mailbox's password from standard input into the keychain")))
    s.add_argument("--imap-folders", metavar="A,B", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "folders to search, comma-separated (empty: INBOX and the folder marked as junk)")))
    s.add_argument("--imap-pin-sha256", metavar="HEX", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "trust exactly the IMAP server certificate with this SHA-256 fingerprint (empty to remove)")))
    s.set_defaults(handler=_set)

    ex = ps.add_parser("export", help=tr(QT_TRANSLATE_NOOP("Cli", "export a profile to a JSON file (no password)")))
    ex.add_argument("name")
    ex.add_argument("file", type=Path)
    ex.set_defaults(handler=_export)

    im = ps.add_parser("import", help=tr(QT_TRANSLATE_NOOP("Cli", "import a profile from an exported JSON file")))
    im.add_argument("file", type=Path)
    im.add_argument("--name")
    im.add_argument("--overwrite", action="store_true",
                    help=tr(QT_TRANSLATE_NOOP("Cli", "replace an existing profile of the same name")))
    im.set_defaults(handler=_import)

    from swyxon_desktop.commands import detect  # profile detect ADDRESS (its engine is imported when it runs)

    detect.register(ps)


def _profiles():
    from swyxon_desktop.profiles import Profiles

    profiles = Profiles()
    report_store_problems(profiles.store.report)
    return profiles


def _list(args: argparse.Namespace) -> int:
    for name in _profiles().names():
        print(name)
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    from swyxon_desktop.store import StoreError

    profiles = _profiles()
    try:
        settings = profiles.get(args.name)
    except StoreError as exc:
        err(exc.text())
        return EXIT_USAGE
    data = settings.to_dict()
    stored = profiles.has_password(args.name) if settings.use_auth else None
    data["password_stored"] = stored
    warnings = settings_warnings(settings)
    data["imap_password_stored"] = (profiles.has_password(args.name, "imap") if settings.confirms_delivery
                                    else None)
    if args.json:
        print_json({"name": args.name, **data, "warnings": [w.text() for w in warnings]})
    else:
        print(args.name)
        for warning in warnings:
            print(f"  !! {warning.text()}")
        for key, value in data.items():
            print(f"  {key}: {value}")
    return EXIT_OK


def settings_warnings(settings):
    from swyxon_desktop.settings import warnings

    return warnings(settings)


def _warn(settings) -> None:
    """A stored profile that is valid but worth a warning (SSL off with AUTH on): said on stderr."""
    for warning in settings_warnings(settings):
        err(warning.text())


def _delete(args: argparse.Namespace) -> int:
    from swyxon_desktop.store import StoreError

    try:
        problem = _profiles().delete(args.name)
    except StoreError as exc:
        err(exc.text())
        return EXIT_USAGE
    if problem:
        err(problem.failure.title_text() + ": " + problem.failure.hint_text())
        return EXIT_FAILED
    return EXIT_OK


_FIELDS = ("server", "port", "sender", "use_ssl", "tls_mode", "use_auth", "mechanism", "username",
           "ca_file", "allow_insecure_auth", "timeout_s", "imap_server", "imap_port", "imap_tls", "imap_username",
           "imap_folders")


def _set(args: argparse.Namespace) -> int:
    from swyxon_desktop.settings import AuthMechanism, ImapTls, MailSettings, TlsMode
    from swyxon_desktop.store import InvalidSettings, StoreError

    profiles = _profiles()
    exists = args.name in profiles.store
    base = profiles.get(args.name) if exists else MailSettings()
    changes: dict[str, object] = {}
    for field in _FIELDS:
        value = getattr(args, field, None)
        if value is None:
            continue
        if field == "tls_mode":
            value = TlsMode(value)
        elif field == "mechanism":
            value = AuthMechanism(value)
        elif field == "imap_tls":
            value = ImapTls(value)
            if args.imap_port is None and not (exists and base.imap_tls is value):
                changes["imap_port"] = 993 if value is ImapTls.IMPLICIT else 143  # the mode's usual port
        elif field == "ca_file" and value:
            value = str(Path(value).expanduser().resolve())
        changes[field] = value
    if args.pin_sha256 is not None:
        from swyxon_desktop.smtp.tlsinfo import normalise_fingerprint

        changes["pinned_sha256"] = normalise_fingerprint(args.pin_sha256)
    if args.imap_pin_sha256 is not None:
        from swyxon_desktop.smtp.tlsinfo import normalise_fingerprint

        changes["imap_pinned_sha256"] = normalise_fingerprint(args.imap_pin_sha256)
    settings = base.replace(**changes)
    if args.password_stdin and args.imap_password_stdin:
        err(tr(QT_TRANSLATE_NOOP("Cli", "Give one password on standard input per call: --password-stdin or "
                                 "--imap-password-stdin.")))
        return EXIT_USAGE
    password = read_password_stdin() if args.password_stdin else None
    imap_password = read_password_stdin() if args.imap_password_stdin else None
    if (args.password_stdin and not password) or (args.imap_password_stdin and not imap_password):
        err(tr(QT_TRANSLATE_NOOP("Cli", "No password was given on standard input.")))
        return EXIT_USAGE
    try:
        result = profiles.save(args.name, settings, password, imap_password=imap_password,
                               expected_revision=profiles.store.revision(args.name))  # None: a new one
    except InvalidSettings as exc:
        report_invalid(exc.errors)
        return EXIT_USAGE
    except StoreError as exc:
        err(exc.text())
        return EXIT_USAGE
    if result.keychain_error:
        f = result.keychain_error.failure
        err(tr(QT_TRANSLATE_NOOP("Cli", "The settings were saved, but the password was not: {}")
               , f.title_text()) + " — " + f.hint_text())
        return EXIT_FAILED
    _warn(settings)
    print(tr(QT_TRANSLATE_NOOP("Cli", "Profile \"{}\" saved."), args.name))
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from swyxon_desktop.store import StoreError

    try:
        _profiles().store.export_profile(args.name, args.file)
    except StoreError as exc:
        err(exc.text())
        return EXIT_USAGE
    except OSError as exc:
        err(tr(QT_TRANSLATE_NOOP("Cli", "Cannot write {}: {}"), str(args.file), exc.strerror or str(exc)))
        return EXIT_FAILED
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from swyxon_desktop.i18n import translate
    from swyxon_desktop.store import IMPORT_NOTICES, InvalidSettings, ProfileExists, StoreError

    try:
        profiles = _profiles()
        result = profiles.import_profile(args.file, args.name, overwrite=args.overwrite)
    except InvalidSettings as exc:
        report_invalid(exc.errors)
        return EXIT_USAGE
    except ProfileExists as exc:
        err(exc.text() + " " + tr(QT_TRANSLATE_NOOP(
            "Cli", "Choose another name with --name NAME, or replace it with --overwrite.")))
        return EXIT_USAGE
    except StoreError as exc:
        err(exc.text())
        return EXIT_USAGE
    for key in result.not_taken_over:
        err(translate("Store", IMPORT_NOTICES[key]))
    if result.keychain_error:
        f = result.keychain_error.failure
        err(f.title_text() + " — " + f.hint_text())
    _warn(profiles.get(result.name))
    print(result.name)
    return EXIT_OK

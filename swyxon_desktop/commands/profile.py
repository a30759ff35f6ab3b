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
    from swyxon_desktop import fields  # every field's option: one declaration (fields.py)

    for name in fields.CLI_ORDER:
        _add_option(s, fields.BY_NAME[name])
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


def _add_option(parser: argparse.ArgumentParser, field) -> None:
    """A settings field's option (or pair of options) on ``profile set``, as ``fields.py`` declares it."""
    from swyxon_desktop import fields

    cli = field.cli
    if field.kind == fields.FLAG:
        parser.add_argument(cli.flag, dest=field.name, action="store_true", default=None, help=tr(cli.help))
        parser.add_argument(cli.off_flag, dest=field.name, action="store_false", help=tr(cli.off_help))
    elif field.kind == fields.PASSWORD:  # read from standard input; the dest is "<flag>" (password_stdin)
        parser.add_argument(cli.flag, action="store_true", help=tr(cli.help))
    elif field.kind == fields.CHOICE:
        parser.add_argument(cli.flag, dest=field.name, choices=[c.value for c in field.choices], help=tr(cli.help))
    else:
        kind = {fields.PORT: int, fields.SECONDS: float}.get(field.kind, str)
        parser.add_argument(cli.flag, dest=field.name, type=kind, metavar=cli.metavar, help=tr(cli.help))


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


def _set(args: argparse.Namespace) -> int:
    from swyxon_desktop import fields
    from swyxon_desktop.settings import IMAP_USUAL_PORTS, ImapTls, MailSettings
    from swyxon_desktop.store import InvalidSettings, StoreError

    profiles = _profiles()
    exists = args.name in profiles.store
    base = profiles.get(args.name) if exists else MailSettings()
    changes: dict[str, object] = {}
    for field in fields.FIELDS:
        value = getattr(args, field.name, None) if field.setting and field.cli else None
        if value is None:
            continue
        if field.kind == fields.CHOICE:
            value = type(field.choices[0])(value)
        elif field.kind == fields.PATH and value:
            value = str(Path(value).expanduser().resolve())
        elif field.kind == fields.PIN:
            from swyxon_desktop.smtp.tlsinfo import normalise_fingerprint

            value = normalise_fingerprint(value)
        if field.name == "imap_tls" and args.imap_port is None and not (exists and base.imap_tls is value):
            changes["imap_port"] = IMAP_USUAL_PORTS[ImapTls(value)]  # the mode's usual port
        changes[field.name] = value
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

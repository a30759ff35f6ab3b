"""The command line. Never imports Qt: fast, usable on servers and in scripts.

Without a command it starts the window (the GUI is imported only then). Subcommands live in
``swyxon_desktop/commands/``; each module has ``register(subparsers)`` and imports its heavy parts only
when it runs. Exit codes: 0 success, 1 the test or check failed, 2 usage error, invalid settings or
unknown profile.
"""
from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from swyxon_desktop import APP_NAME, __version__, i18n
from swyxon_desktop.commands.common import EXIT_INTERRUPTED, tr

_COMMAND_MODULES = ("profile", "mail", "serve", "check", "dnscheck")
# The commands each module registers: a command line naming one builds only that module's parser.
_COMMANDS = {"profile": "profile", "test-mail": "mail", "probe": "mail", "serve": "serve", "check": "check",
             "dns-check": "dnscheck"}


# argparse's own words ("usage:", "options:", the help option, its messages to the user) in the user's
# language as well: argparse looks each one up through its module-level gettext hooks, argparse._ and
# argparse.ngettext, which _argparse_in_our_language points at the catalogue everything else uses
# (context "argparse"). The texts as Python 3.10-3.13 write them; one argparse does not know stays English.
_ARGPARSE = "argparse"
ARGPARSE_TEXTS = (
    i18n.QT_TRANSLATE_NOOP("argparse", "usage: "),
    i18n.QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    i18n.QT_TRANSLATE_NOOP("argparse", "options"),
    i18n.QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    i18n.QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    i18n.QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    i18n.QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    i18n.QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    i18n.QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    i18n.QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    i18n.QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    i18n.QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    i18n.QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    i18n.QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    i18n.QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    i18n.QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    i18n.QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    i18n.QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    i18n.QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    i18n.QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    i18n.QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    i18n.QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def _argparse_in_our_language() -> None:
    argparse._ = lambda text: i18n.translate(_ARGPARSE, text)  # type: ignore[attr-defined]
    argparse.ngettext = lambda singular, plural, n: i18n.translate(  # type: ignore[attr-defined]
        _ARGPARSE, singular if n == 1 else plural)


def _command_module(argv: list[str]) -> str | None:
    """The module of the command ``argv`` names — when nothing but ``--lang``/``--self-check`` precedes it.

    Anything else in front (``--help``, an abbreviated option, an unknown command …) gives None: the
    whole parser, so help texts and error messages list every command exactly as before.
    """
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--lang":
            i += 2
        elif arg == "--self-check" or arg.startswith("--lang="):
            i += 1
        else:
            return _COMMANDS.get(arg)
    return None


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser; with ``argv`` naming a command, only that command's module is loaded and registered.

    Building every subcommand costs ~9 ms (profile's and serve's many options, their help texts); a
    ``test-mail`` run needs none of them.
    """
    _argparse_in_our_language()
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description=tr(i18n.QT_TRANSLATE_NOOP(
            "Cli", "Enter, validate, store and test the SMTP settings of SwyxON and its UC tenants. "
            "Without a command, the window opens.")))
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                        help=tr(i18n.QT_TRANSLATE_NOOP("Cli", "show the version and exit")))
    parser.add_argument("--lang", choices=i18n.SUPPORTED_LANGUAGES,
                        help=tr(i18n.QT_TRANSLATE_NOOP("Cli", "language of the window and messages")))
    parser.add_argument("--self-check", action="store_true",
                        help=tr(i18n.QT_TRANSLATE_NOOP(
                            "Cli", "check that the installation works (Qt, .ui files, translations, "
                            "keychain, config directory) and exit")))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    only = _command_module(argv) if argv is not None else None
    if not (only and _register(sub, only)):
        for name in _COMMAND_MODULES:
            _register(sub, name)
    return parser


def _register(sub: argparse._SubParsersAction, name: str) -> bool:
    """Register the commands of ``commands/<name>.py``; False when the build leaves that module out."""
    import importlib

    try:
        module = importlib.import_module(f"swyxon_desktop.commands.{name}")
    except ModuleNotFoundError as exc:
        if exc.name != f"swyxon_desktop.commands.{name}":
            raise
        return False
    module.register(sub)
    return True


def main(argv: list[str] | None = None) -> int:
    """Run the program. ``argv=None`` means "as the program" (console script, ``python -m``, the bundle):
    a command then ends the process itself (:func:`_end_process`); with an explicit ``argv`` (tests,
    other tools) it returns the exit code."""
    as_program = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    i18n.set_language(i18n.language_from_argv(argv))
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if args.self_check:
        from swyxon_desktop.gui.selfcheck import run_self_check

        return run_self_check(args.lang)
    if args.command is None:
        from swyxon_desktop.gui.app import run

        return run(argv)
    try:
        code = int(args.handler(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, not as a traceback at interpreter exit
    except KeyboardInterrupt:
        code = EXIT_INTERRUPTED
    except BrokenPipeError:
        code = _broken_pipe()
    if as_program:
        _end_process(code)
    return code


def _end_process(code: int) -> NoReturn:
    """End a command's process without the interpreter's tear-down.

    What a command wrote is flushed here (stdout, stderr, the log). What is skipped: Python's module
    clean-up (~5-10 ms per run) and waiting for helper threads whose result nobody needs any more — the
    TLS context still being built when the connection was refused (tlsinfo.prepare_context) or a
    keychain answer that came too late. Joining them would add up to ~30 ms to a failed run; leaving
    them to a normal interpreter exit would run OpenSSL's exit handler under a thread still using it.
    """
    import os

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    logging = sys.modules.get("logging")
    if logging is not None:
        logging.shutdown()
    os._exit(code)


def _broken_pipe() -> int:
    """The reader went away (``… | head``): stop quietly, as Unix tools do (128 + SIGPIPE)."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # Python's final flush must not fail again
    except (OSError, ValueError):
        pass
    return 141


if __name__ == "__main__":
    raise SystemExit(main())

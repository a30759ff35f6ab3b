"""Helpers shared by the CLI subcommands (Qt-free)."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from swyxon_desktop import i18n
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP

#: Exit codes of every command: success, the test or check failed, usage error / invalid settings /
#: unknown profile, interrupted (Ctrl+C: 128 + SIGINT).
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

# Shared by test-mail/probe (mail.py), check, the confirmation and dns-check (here so none imports another).
MSG_SMTP_CODE = QT_TRANSLATE_NOOP("Cli", "Server answer: {}")
MSG_HINT = QT_TRANSLATE_NOOP("Cli", "What to do: {}")
MSG_TIMINGS = QT_TRANSLATE_NOOP("Cli", "Stages: {}")
MSG_NO_PROFILES = QT_TRANSLATE_NOOP(
    "Cli", "There is no profile yet. Create one with: swyxon-desktop profile set NAME …")
MSG_CHOOSE_PROFILE = QT_TRANSLATE_NOOP("Cli", "There are several profiles; choose one with --profile: {}")
MSG_HINT_PROFILES = QT_TRANSLATE_NOOP("Cli", "List the profiles with: swyxon-desktop profile list")
MSG_HINT_CHOOSE = QT_TRANSLATE_NOOP("Cli", "Name the profile with --profile NAME.")
MSG_HINT_CREATE = QT_TRANSLATE_NOOP("Cli", "Create one with: swyxon-desktop profile set NAME --server HOST …")
MSG_HINT_TIMEOUT = QT_TRANSLATE_NOOP("Cli", "Give --timeout in seconds, from 1 to 600.")
MSG_INTERRUPTED = QT_TRANSLATE_NOOP("Cli", "Interrupted (Ctrl+C); nothing more was sent.")
MSG_HINT_INTERRUPTED = QT_TRANSLATE_NOOP("Cli", "Run the command again when you are ready.")


def tr(text: str, *args: Any) -> str:
    """Translate a CLI message (context "Cli") and format it."""
    return i18n.translate("Cli", text).format(*args)


def err(text: str) -> None:
    print(text, file=sys.stderr)


def report_store_problems(report: Any) -> None:
    """What went wrong reading the settings file (moved aside, unreadable profiles kept …), on stderr."""
    for problem in report.problems:
        err(problem.text())


def report_invalid(errors: Any) -> None:
    """The field errors of settings that were not saved, one per line on stderr."""
    for e in errors:
        err(f"{e.field}: {e.text()}")


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def read_password_stdin() -> str:
    """One line from standard input (no echo, no argv: a password never appears in `ps`)."""
    line = sys.stdin.readline()
    return line.rstrip("\r\n")


class Usage(Exception):
    """A usage problem whose message :func:`usage` has already printed."""


def usage(args: argparse.Namespace, message: str, hint: str) -> Usage:
    """Report a usage problem (translated texts) — one JSON object with ``--json``, else on stderr."""
    if getattr(args, "json", False):
        print_json({"ok": False, "category": "invalid_settings", "stage": None, "smtp_code": None,
                    "message": message, "hint": hint})
    else:
        err(message)
    return Usage()


def interrupted(args: argparse.Namespace) -> int:
    """Ctrl+C during a run: exit 130; with ``--json`` still one object."""
    if getattr(args, "json", False):
        print_json({"ok": False, "category": "cancelled", "stage": None, "smtp_code": None,
                    "message": tr(MSG_INTERRUPTED), "hint": tr(MSG_HINT_INTERRUPTED)})
    else:
        err(tr(MSG_INTERRUPTED))
    return EXIT_INTERRUPTED


def load_profile(args: argparse.Namespace) -> tuple[Any, str, Any]:
    """(store, profile name, settings) — or Usage with the message already printed.

    The CLI does not write the profile (e.g. to remember the recipient, as the window does): saving
    validates the whole profile, which would pull email-validator onto the fast path.
    """
    from swyxon_desktop.settings import validate_timeout
    from swyxon_desktop.store import Store, StoreError

    store = Store()
    report_store_problems(store.report)
    name = args.profile
    if name is None:
        names = store.names()
        if not names:
            raise usage(args, tr(MSG_NO_PROFILES), tr(MSG_HINT_CREATE))
        if len(names) > 1:
            raise usage(args, tr(MSG_CHOOSE_PROFILE, ", ".join(names)), tr(MSG_HINT_CHOOSE))
        name = names[0]
    try:
        settings = store.get(name)
    except StoreError as exc:
        raise usage(args, exc.text(), tr(MSG_HINT_PROFILES)) from None
    timeout_error = validate_timeout(args.timeout) if args.timeout is not None else None
    if timeout_error:
        raise usage(args, timeout_error.text(), tr(MSG_HINT_TIMEOUT))
    return store, name, settings


def timings(events: list) -> str:
    """'Verbinden 1 ms, …' — each stage by its translated title (the keychain wait by its own)."""
    from swyxon_desktop.failures import stage_title

    done = [e for e in events if e.status in ("ok", "failed", "cancelled")]
    return ", ".join(f"{stage_title(e.stage)} {duration(e.elapsed_ms)}" for e in done)


def duration(ms: float) -> str:
    """'12 ms', or seconds from one second on ('30.0 s')."""
    return f"{ms:.0f} ms" if ms < 1000 else f"{ms / 1000:.1f} s"

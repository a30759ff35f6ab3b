"""Helpers shared by the CLI subcommands (Qt-free)."""
from __future__ import annotations

import json
import sys
from typing import Any

from swyxon_desktop import i18n

#: Exit codes of every command: success, the test or check failed, usage error / invalid settings /
#: unknown profile, interrupted (Ctrl+C: 128 + SIGINT).
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


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

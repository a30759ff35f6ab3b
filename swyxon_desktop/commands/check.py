"""`swyxon-desktop check`: the check without sending, for some or all profiles at once (swyxon_desktop.checks.bulk).

Exit codes: 0 every profile passed, 1 any failed, 2 usage error (unknown profile, bad option),
130 interrupted (Ctrl+C: what is done is printed). ``--json``: one array, an object per profile with the
names ``test-mail --json`` uses. Progress goes to stderr, and only when stderr is a terminal.
"""
from __future__ import annotations

import argparse
import sys
from typing import Any

from swyxon_desktop.commands.common import (EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, MSG_HINT, MSG_SMTP_CODE,
                                            err, print_json, report_store_problems, tr)
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP

MSG_CHOOSE = QT_TRANSLATE_NOOP("Cli", "Name the profiles to check with --profile NAME (repeatable), or check "
                               "every profile with --all.")
MSG_BOTH = QT_TRANSLATE_NOOP("Cli", "Give either --profile or --all, not both.")
MSG_NONE = QT_TRANSLATE_NOOP("Cli", "There is no profile to check.")
MSG_UNKNOWN = QT_TRANSLATE_NOOP("Cli", "There is no profile named \"{}\". List them with: swyxon-desktop profile list")
MSG_JOBS = QT_TRANSLATE_NOOP("Cli", "--jobs must be a whole number from 1 to {}.")
MSG_TO = QT_TRANSLATE_NOOP("Cli", "The address given with --to ({}) is not an e-mail address.")
MSG_ROW_OK = QT_TRANSLATE_NOOP("Cli", "passed")
MSG_ROW_FAILED = QT_TRANSLATE_NOOP("Cli", "FAILED")
MSG_SUMMARY = QT_TRANSLATE_NOOP(
    "Cli", "{} profile(s) checked in {} s: {} passed, {} failed. Nothing was sent (no DATA).")
MSG_INTERRUPTED = QT_TRANSLATE_NOOP(
    "Cli", "Interrupted (Ctrl+C): {} of {} profile(s) checked; the checks in flight were stopped.")
MSG_PROGRESS = QT_TRANSLATE_NOOP("Cli", "{} of {} checked, {} failed")
MSG_CSV_FAILED = QT_TRANSLATE_NOOP("Cli", "The CSV file {} could not be written: {}")
MSG_STATE_FAILED = QT_TRANSLATE_NOOP("Cli", "The results could not be remembered in {}: {}")


def register(sub: argparse._SubParsersAction) -> None:
    from swyxon_desktop.checks.bulk import DEFAULT_JOBS

    c = sub.add_parser("check", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "check profiles without sending: connect, TLS, sign in, sender and recipient (no mail is sent)")))
    c.add_argument("--profile", action="append", default=[], metavar="NAME", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "a profile to check (repeat for several)")))
    c.add_argument("--all", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "check every profile")))
    c.add_argument("--to", metavar="ADDR", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the recipient to check (default: each profile's remembered recipient, else its sender address)")))
    c.add_argument("--jobs", type=int, default=DEFAULT_JOBS, metavar="N", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "how many checks run at once (default {})"), DEFAULT_JOBS))
    c.add_argument("--timeout", type=float, metavar="S", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "seconds per network operation (default: each profile's timeout)")))
    c.add_argument("--json", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "print one JSON array, an object per profile")))
    c.add_argument("--csv", metavar="FILE", help=tr(QT_TRANSLATE_NOOP("Cli", "also write the results as CSV")))
    c.set_defaults(handler=_check)


def _usage(message: str) -> int:
    err(message)
    return EXIT_USAGE


def _names(args: argparse.Namespace, store: Any) -> list[str] | int:
    if args.all and args.profile:
        return _usage(tr(MSG_BOTH))
    if args.all:
        names = store.names() + store.unreadable_names()
        return names if names else _usage(tr(MSG_NONE))
    if not args.profile:
        return _usage(tr(MSG_CHOOSE))
    known = set(store.names()) | set(store.unreadable_names())
    for name in args.profile:
        if name not in known:
            return _usage(tr(MSG_UNKNOWN, name))
    return list(dict.fromkeys(args.profile))


def _check(args: argparse.Namespace) -> int:
    from swyxon_desktop import i18n
    from swyxon_desktop.checks.bulk import MAX_JOBS, BulkCheck
    from swyxon_desktop.settings import validate_address, validate_timeout
    from swyxon_desktop.store import Store

    if not 1 <= args.jobs <= MAX_JOBS:
        return _usage(tr(MSG_JOBS, MAX_JOBS))
    timeout_error = validate_timeout(args.timeout) if args.timeout is not None else None
    if timeout_error:
        return _usage(timeout_error.text())
    if args.to is not None and validate_address(args.to, "recipient"):
        return _usage(tr(MSG_TO, args.to))
    store = Store()
    report_store_problems(store.report)
    names = _names(args, store)
    if isinstance(names, int):
        return names
    progress = _Progress(len(names)) if _is_tty(sys.stderr) else None

    def on_row(row: Any) -> None:
        if progress is not None:
            progress.row(row)
        if not args.json:
            _print_row(row, progress)

    from swyxon_desktop.checks.bulk import preload

    preload()  # the engine's imports once, here — not in every worker at once (import lock, GIL)
    run = BulkCheck(store, names, to=args.to, jobs=args.jobs, timeout_s=args.timeout, on_row=on_row,
                    lang=i18n.language())
    interrupted = False
    run.start()
    try:
        result = run.wait()
    except KeyboardInterrupt:
        interrupted = True
        run.cancel()
        result = run.wait()
    if progress is not None:
        progress.clear()
    done = [r for r in result.in_order(names) if not r.cancelled]
    _remember(done, store)
    if args.csv:
        from swyxon_desktop.checks.bulk import write_csv

        try:
            write_csv(done, args.csv)
        except OSError as exc:
            err(tr(MSG_CSV_FAILED, args.csv, exc.strerror or exc))
    passed = sum(1 for r in done if r.ok)
    if args.json:
        print_json([r.to_dict() for r in done])
    elif not interrupted:
        print(tr(MSG_SUMMARY, len(done), f"{result.elapsed_s:.1f}", passed, len(done) - passed))
    if interrupted:
        err(tr(MSG_INTERRUPTED, len(done), len(names)))
        return EXIT_INTERRUPTED
    return EXIT_OK if passed == len(names) else EXIT_FAILED


def _remember(rows: list, store: Any) -> None:
    from swyxon_desktop.checks import last as last_checks

    try:
        last_checks.record(rows, keep=store.names() + store.unreadable_names())
    except OSError as exc:
        err(tr(MSG_STATE_FAILED, last_checks.state_file(), exc.strerror or exc))


_print_lock = __import__("threading").Lock()


def _row_text(row: Any) -> str:
    """A row's lines for the terminal (built whole: rows arrive from several threads)."""
    if row.ok:
        return f"{tr(MSG_ROW_OK):<8} {row.profile}  ({row.elapsed_s:.2f} s)"
    f = row.failure
    lines = [f"{tr(MSG_ROW_FAILED):<8} {row.profile}: {f.title_text()}  ({row.elapsed_s:.2f} s)",
             "         " + row.message_text()]
    if f.smtp_code or f.server_text:
        text = (f.server_text or "").replace("\n", " / ")
        lines.append("         " + tr(MSG_SMTP_CODE, f"{f.smtp_code or ''} {text}".strip()))
    lines.append("         " + tr(MSG_HINT, row.hint_text()))
    return "\n".join(lines)


def _print_row(row: Any, progress: "_Progress | None") -> None:
    if row.cancelled:
        return
    text = _row_text(row)
    with _print_lock:
        if progress is not None:
            progress.clear()
        print(text, flush=True)
        if progress is not None:
            progress.show()


def _is_tty(stream: Any) -> bool:
    try:
        return bool(stream is not None and stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


class _Progress:
    """One line on stderr, rewritten in place (only on a terminal)."""

    def __init__(self, total: int):
        import threading

        self.total, self.done, self.failed = total, 0, 0
        self.lock = threading.RLock()

    def row(self, row: Any) -> None:
        with self.lock:
            self.done += 1
            self.failed += 0 if row.ok or row.cancelled else 1
            self.show()

    def show(self) -> None:
        with self.lock:
            sys.stderr.write("\r\033[K" + tr(MSG_PROGRESS, self.done, self.total, self.failed))
            sys.stderr.flush()

    def clear(self) -> None:
        with self.lock:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()

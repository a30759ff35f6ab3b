"""`swyxon-desktop serve --from-report FILE`: the local test server as a replica of a customer's server.

The options are registered on `serve` (commands/serve.py calls :func:`register_options`); the replica
itself is replica.py, the report diagnostics.py. Nothing starts when the report cannot be used (exit 2
with the reason); a profile that points at the replica is saved (its password — the replica's own,
generated — in the keychain), unless ``--no-profile``.
"""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, Callable

from swyxon_desktop.commands.common import err, tr
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP

MSG_REPLICA = QT_TRANSLATE_NOOP("Cli", "Replica of the server in the report {} (profile \"{}\").")
MSG_REPLICA_REPLY = QT_TRANSLATE_NOOP("Cli", "Answers at {}: {}")
MSG_REPLICA_NOTE = QT_TRANSLATE_NOOP("Cli", "Note: {}")
MSG_REPLICA_PROFILE = QT_TRANSLATE_NOOP("Cli", "Profile \"{}\" points at the replica; try it with: "
                                               "swyxon-desktop test-mail --profile \"{}\" --to ADDR")
MSG_PROFILE_NOT_SAVED = QT_TRANSLATE_NOOP("Cli", "The replica profile \"{}\" was not saved: {}")
MSG_PASSWORD_NOT_SAVED = QT_TRANSLATE_NOOP(
    "Cli", "The replica profile \"{}\" was saved, but its password was not: {} — {}")
MSG_CONFLICTING = QT_TRANSLATE_NOOP(
    "Cli", "--from-report takes the server's behaviour from the report; leave out {}.")


def register_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from-report", type=Path, metavar="FILE", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "start a replica of the server in a diagnostics report (report.json): its greeting, "
        "capabilities, TLS mode, certificate names and the reply where the customer's run failed")))
    p.add_argument("--profile-name", metavar="NAME", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "with --from-report: the name of the profile that points at the replica "
        "(default: the report's profile + \" (replica)\")")))
    p.add_argument("--no-profile", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "with --from-report: save no profile")))


class Prepared:
    """A replica ready to start: ``server(on_event)``, then ``started(server, emit)``."""

    def __init__(self, args: argparse.Namespace, plan: Any, server: Any):
        self.args = args
        self.plan = plan
        self._server = server
        self.policy = server.policy

    def server(self, on_event: Callable) -> Any:
        self._server.on_event = on_event
        return self._server

    def started(self, server: Any, emit: Callable[[str], None]) -> dict:
        """Save the replica profile, say what the replica does (text mode); the extra --json fields."""
        from swyxon_desktop import replica

        args, plan = self.args, self.plan
        name = None
        if not args.no_profile:
            name = self._save_profile(server)
        if not args.json:
            emit(tr(MSG_REPLICA, str(args.from_report), plan.profile or "—"))
            from swyxon_desktop.checks.stages import SMTP_COMMANDS
            if plan.greeting_reject:
                emit("  " + tr(MSG_REPLICA_REPLY, "greeting", " / ".join(plan.greeting_reject)))
            for stage, lines in plan.replies.items():
                emit("  " + tr(MSG_REPLICA_REPLY, SMTP_COMMANDS.get(stage, stage), " / ".join(lines)))
            for note in plan.note_texts():
                emit("  " + tr(MSG_REPLICA_NOTE, note))
            if name:
                emit(tr(MSG_REPLICA_PROFILE, name, name))
        return {"replica": {**plan.to_dict(), "cert_sha256": server.sha256}, "replica_profile": name,
                "report": str(args.from_report), "name_hint": replica.replica_profile_name(plan, "en")}

    def _save_profile(self, server: Any) -> str | None:
        from swyxon_desktop import replica
        from swyxon_desktop.profiles import Profiles
        from swyxon_desktop.store import ANY, StoreError

        settings, password = replica.profile_settings(self.plan, server)
        name = self.args.profile_name or replica.replica_profile_name(self.plan)
        try:
            result = Profiles().save(name, settings, password, expected_revision=ANY)
        except StoreError as exc:
            err(tr(MSG_PROFILE_NOT_SAVED, name, exc.text()))
            return None
        if result.keychain_error:
            f = result.keychain_error.failure
            err(tr(MSG_PASSWORD_NOT_SAVED, name, f.title_text(), f.hint_text()))
        return name


def prepare(args: argparse.Namespace) -> Prepared | None:
    """Read and check the report and plan the replica; None (the reason on stderr) when it cannot be used."""
    from swyxon_desktop import replica
    from swyxon_desktop.checks.record import ReportError
    from swyxon_desktop.testserver import DEFAULT_PORTS, PolicyError

    given = [option for option, value in (("--user", args.user), ("--fault", args.fault),
                                          ("--sender-domains", args.sender_domains),
                                          ("--password-stdin", args.password_stdin)) if value]
    if given:
        err(tr(MSG_CONFLICTING, ", ".join(given)))
        return None
    try:
        plan = replica.load_plan(args.from_report)
        port = DEFAULT_PORTS[plan.tls] if args.port is None else args.port
        # The imitated certificate is made here: a report whose names cannot be used starts nothing.
        server = replica.make_server(plan, host=args.host, port=port,
                                     mailbox=args.mailbox.expanduser().resolve() if args.mailbox else None)
    except ReportError as exc:
        err(exc.text())
        return None
    except PolicyError as exc:
        err(exc.text())
        return None
    if args.profile_name is not None:
        from swyxon_desktop.settings import validate_profile_name

        problem = validate_profile_name(args.profile_name)
        if problem:
            err(f"--profile-name: {problem.text()}")
            return None
    return Prepared(args, plan, server)

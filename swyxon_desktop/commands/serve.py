"""`swyxon-desktop serve …`: run the local test server that emulates a customer's mail server."""
from __future__ import annotations

import argparse
import json
import os
import sys
import threading
from pathlib import Path

from swyxon_desktop.commands.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, err, read_password_stdin, tr
from swyxon_desktop import i18n
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP


FAULT_HELP = QT_TRANSLATE_NOOP(
    "Cli", "Faults (repeat --fault for several):\n"
    "  STAGE-CODE            reject at STAGE with the SMTP reply CODE (4xx temporary, 5xx permanent):\n"
    "                        greeting-421 (then close the connection), greeting-554, auth-454,\n"
    "                        mail-550, rcpt-550, rcpt-450, data-554 (after the message content), data-451\n"
    "  STAGE-CODE:TEXT       the same with the server's exact reply text (a provider's own reply), e.g.\n"
    "                        auth-535:5.7.139 Authentication unsuccessful, basic authentication is disabled\n"
    "  delay:STAGE:SECONDS   wait before the reply at STAGE, e.g. delay:greeting:5, delay:data:30\n"
    "Stages: greeting, ehlo (delay only), auth, mail, rcpt, data.\n"
    "\n"
    "Passwords: --password-stdin reads one line per --user from standard input; without it, the password\n"
    "is asked for on the terminal. Passwords are never printed or logged.\n"
    "With --json the first line is {\"listening\", \"tls\", \"ca_file\", \"sha256\", \"mailbox\", …}, then one\n"
    "line per received message (\"event\": \"received\") or refused transaction (\"event\": \"refused\").\n"
    "Stop with Ctrl+C or SIGTERM.")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "serve", help=tr(QT_TRANSLATE_NOOP(
            "Cli", "run a local SMTP test server that behaves like a customer's server")),
        description=tr(QT_TRANSLATE_NOOP(
            "Cli", "Run a local SMTP test server that emulates a customer's mail server: its TLS mode, "
            "authentication methods and accounts, the sender domains it manages and its failures. "
            "Received mail is kept as .eml files.")),
        epilog=i18n.translate("Cli", FAULT_HELP), formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--host", default="127.0.0.1", metavar="ADDR", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the address to listen on (default 127.0.0.1: this computer only; others get a warning)")))
    p.add_argument("--port", type=int, metavar="N", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the port (default 2525 without TLS, 2587 with STARTTLS, 2465 with implicit TLS; 0 = any free port)")))
    p.add_argument("--tls", choices=["none", "starttls", "implicit"], default="none", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "none, starttls (AUTH only after STARTTLS) or implicit (TLS from the first byte); "
        "the certificate comes from the local test CA")))
    p.add_argument("--auth-mechanisms", metavar="LIST", default="LOGIN,PLAIN,CRAM-MD5", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the authentication methods offered when a user is given (comma-separated; default "
        "LOGIN,PLAIN,CRAM-MD5)")))
    p.add_argument("--user", action="append", default=[], metavar="NAME", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "an account that may authenticate (repeat for several); turns AUTH on: relaying only after AUTH")))
    p.add_argument("--password-stdin", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "read the passwords from standard input, one line per --user")))
    p.add_argument("--sender-domains", metavar="LIST", default="", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the sender domains this server manages (comma-separated); other senders get 550 5.7.1. "
        "Default: any")))
    p.add_argument("--mailbox", type=Path, metavar="DIR", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the folder for received mail (.eml files); default: the app's data folder")))
    p.add_argument("--fault", action="append", default=[], metavar="FAULT", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "reproduce an incident, e.g. greeting-421, rcpt-550, data-554, delay:data:5 (see below)")))
    p.add_argument("--hostname", default="localhost", metavar="NAME", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the server's name in its greeting and EHLO reply, e.g. a customer's provider's "
        "(default localhost)")))
    p.add_argument("--json", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "machine-readable output: one JSON object per line")))
    from swyxon_desktop.commands import replay

    replay.register_options(p)
    p.set_defaults(handler=_serve)


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _passwords(args: argparse.Namespace) -> dict[str, str] | None:
    users: dict[str, str] = {}
    for name in args.user:
        if args.password_stdin:
            password = read_password_stdin()
        elif sys.stdin is not None and sys.stdin.isatty():
            import getpass

            password = getpass.getpass(tr(QT_TRANSLATE_NOOP("Cli", "Password for {}: "), name))
        else:
            err(tr(QT_TRANSLATE_NOOP("Cli", "Give the passwords with --password-stdin (one line per --user).")))
            return None
        if not password:
            err(tr(QT_TRANSLATE_NOOP("Cli", "No password was given for the user {}."), name))
            return None
        users[name] = password
    if args.password_stdin and not args.user:
        err(tr(QT_TRANSLATE_NOOP("Cli", "--password-stdin needs at least one --user.")))
        return None
    return users


def _build_policy(args: argparse.Namespace):
    from swyxon_desktop.testserver import DEFAULT_PORTS, ServerPolicy, parse_fault, parse_tls

    import dataclasses

    port = DEFAULT_PORTS[parse_tls(args.tls)] if args.port is None else args.port
    # Everything else is checked before a password is asked for.
    policy = ServerPolicy(
        host=args.host, port=port, tls=args.tls, auth_mechanisms=tuple(_split(args.auth_mechanisms)),
        sender_domains=tuple(_split(args.sender_domains)), faults=tuple(parse_fault(f) for f in args.fault),
        mailbox=args.mailbox.expanduser().resolve() if args.mailbox else None, hostname=args.hostname)
    users = _passwords(args)
    if users is None:
        return None
    return dataclasses.replace(policy, users=users)


class _Output:
    """The server's lines on stdout, written by a thread of their own: sessions never wait for a reader.

    A script that reads the first line (CA file, port) and then leaves stdout alone fills the pipe; a
    blocking write there would stop the server's event loop and with it every session. Here the lines
    wait in a bounded queue instead; when it is full they are dropped and counted (with ``--json`` a
    ``{"event": "dropped", "lines": N}`` line says so once the reader is back). A closed stdout
    (the reader went away) ends the output quietly: no BrokenPipeError, the server goes on. Lines are
    written to the file descriptor directly, so nothing is left in ``sys.stdout``'s buffer to block
    the end of the process.
    """

    LIMIT = 10000

    def __init__(self, *, json_lines: bool):
        import queue

        self._json = json_lines
        self._queue: "queue.Queue[str | None]" = queue.Queue(self.LIMIT)
        self._full = queue.Full
        self.dropped = 0
        self.closed = False
        try:
            sys.stdout.flush()
            self._fd: int | None = sys.stdout.fileno()
        except (AttributeError, OSError, ValueError):
            self._fd = None  # not a real file (tests capturing output): written through sys.stdout
        self._thread = threading.Thread(target=self._write_all, name="serve-output", daemon=True)
        self._thread.start()

    def emit(self, line: str) -> None:
        if self.closed:
            return
        try:
            self._queue.put_nowait(line)
        except self._full:
            self.dropped += 1

    def _write(self, line: str) -> None:
        data = (line + "\n").encode("utf-8", "replace")
        if self._fd is None:
            sys.stdout.write(line + "\n")
            sys.stdout.flush()
            return
        view = memoryview(data)
        while view:
            view = view[os.write(self._fd, view):]

    def _write_all(self) -> None:
        while (line := self._queue.get()) is not None:
            try:
                if self.dropped and self._json:
                    count, self.dropped = self.dropped, 0
                    self._write(json.dumps({"event": "dropped", "lines": count}))
                self._write(line)
            except (OSError, ValueError):  # EPIPE (the reader left), a closed stdout: stop writing
                self.closed = True
                return

    def close(self, timeout: float = 2.0) -> None:
        """Let the writer finish what is queued — at most ``timeout`` seconds (nobody may be reading)."""
        try:
            self._queue.put(None, timeout=timeout)
        except self._full:
            return
        self._thread.join(timeout)


def _serve(args: argparse.Namespace) -> int:
    import signal

    from swyxon_desktop.smtp.tlsinfo import pretty_fingerprint
    from swyxon_desktop.testserver import LocalServer, PolicyError, ServerError

    replica = None
    try:
        if getattr(args, "from_report", None) is not None:
            from swyxon_desktop.commands import replay

            replica = replay.prepare(args)  # None: the report cannot be used (said on stderr), nothing started
            if replica is None:
                return EXIT_USAGE
            policy = replica.policy
        else:
            policy = _build_policy(args)
    except PolicyError as exc:
        err(exc.text())
        return EXIT_USAGE
    if policy is None:
        return EXIT_USAGE
    for warning in policy.warning_texts():
        err(warning)

    output = _Output(json_lines=args.json)
    emit = output.emit

    def on_event(event) -> None:
        if args.json:
            if event.kind in ("received", "refused"):
                emit(json.dumps(event.to_dict(), ensure_ascii=False))
        elif event.kind not in ("listening", "stopped", "warning"):
            prefix = f"[{event.session_id}] " if event.session_id is not None else ""
            emit(prefix + event.text)

    server = replica.server(on_event) if replica is not None else LocalServer(policy, on_event=on_event)
    try:
        server.start()
    except ServerError as exc:
        err(exc.text() + " " + exc.failure.hint_text())
        return EXIT_FAILED

    stop = threading.Event()
    previous = {}

    def request_stop(signum, frame) -> None:  # noqa: ARG001
        stop.set()

    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM):
            previous[sig] = signal.signal(sig, request_stop)
    try:
        info = server.info()
        if replica is not None:
            info = {**info, **replica.started(server, emit)}
        if args.json:
            emit(json.dumps(info, ensure_ascii=False))
        else:
            emit(tr(QT_TRANSLATE_NOOP("Cli", "Local test server listening on {} (TLS: {})."), info["listening"],
                    info["tls"]))
            if info["ca_file"]:
                if info["ca_replaced"]:
                    emit(tr(QT_TRANSLATE_NOOP(
                        "Cli", "The local test CA was replaced by one that may sign only for localhost and "
                        "loopback addresses. Clients must trust the new CA file; a trusted fingerprint "
                        "changes once.")))
                emit(tr(QT_TRANSLATE_NOOP("Cli", "Clients trust the CA file: {}"), info["ca_file"]))
                emit(tr(QT_TRANSLATE_NOOP("Cli", "Server certificate SHA-256: {}"), pretty_fingerprint(info["sha256"])))
            if info["auth_mechanisms"]:
                emit(tr(QT_TRANSLATE_NOOP("Cli", "Authentication: {} for {}"), ", ".join(info["auth_mechanisms"]),
                        ", ".join(info["users"])))
            if info["sender_domains"]:
                emit(tr(QT_TRANSLATE_NOOP("Cli", "Sender domains: {}"), ", ".join(info["sender_domains"])))
            if info["faults"]:
                emit(tr(QT_TRANSLATE_NOOP("Cli", "Faults: {}"), ", ".join(info["faults"])))
            emit(tr(QT_TRANSLATE_NOOP("Cli", "Mailbox: {}"), info["mailbox"]))
            emit(tr(QT_TRANSLATE_NOOP("Cli", "Stop with Ctrl+C.")))
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if not args.json:
        emit(tr(QT_TRANSLATE_NOOP("Cli", "The test server has stopped.")))
    output.close()
    return EXIT_OK

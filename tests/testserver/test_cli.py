"""`swyxon-desktop serve` as a real subprocess: --json lines, SIGTERM/SIGINT, port in use, bad input."""
from __future__ import annotations

import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading

import pytest

from tests.swaks_client import SWAKS

from .helpers import PASSWORD, USER

TIMEOUT = 30


class Serve:
    """A `python -m swyxon_desktop serve …` subprocess whose stdout lines arrive in a queue."""

    def __init__(self, *args: str, stdin_text: str | None = None):
        env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", PYTHONUNBUFFERED="1")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "swyxon_desktop", "--lang", "en", "serve", *args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        if stdin_text is not None:
            self.proc.stdin.write(stdin_text)
        self.proc.stdin.close()
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self._pump_thread = threading.Thread(target=self._pump, daemon=True)
        self._pump_thread.start()

    def _pump(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line)
        self.lines.put(None)

    def line(self) -> str:
        try:
            line = self.lines.get(timeout=TIMEOUT)
        except queue.Empty:
            self.kill()
            pytest.fail("serve printed nothing in time; stderr: " + self.proc.stderr.read())
        if line is None:
            pytest.fail(f"serve ended (rc={self.proc.wait(TIMEOUT)}); stderr: {self.proc.stderr.read()}")
        self.seen.append(line)
        return line

    def json(self) -> dict:
        return json.loads(self.line())

    def stop(self, sig: int = signal.SIGTERM) -> tuple[int, str]:
        self.proc.send_signal(sig)
        try:
            rc = self.proc.wait(TIMEOUT)
        except subprocess.TimeoutExpired:
            self.kill()
            pytest.fail("serve did not stop on the signal")
        return rc, self.proc.stderr.read()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(TIMEOUT)

    def close(self) -> None:
        """Kill it if it still runs, then release its pipes (the pump ends at the end of stdout)."""
        self.kill()
        self._pump_thread.join(TIMEOUT)
        self.proc.stdout.close()
        self.proc.stderr.close()


@pytest.fixture
def run_serve():
    started: list[Serve] = []

    def _run(*args: str, stdin_text: str | None = None) -> Serve:
        s = Serve(*args, stdin_text=stdin_text)
        started.append(s)
        return s

    yield _run
    for s in started:
        s.close()


def _swaks(info: dict, *args: str) -> subprocess.CompletedProcess:
    host, port = info["listening"].rsplit(":", 1)
    return subprocess.run([SWAKS, "--server", host, "--port", port, "--to", "kunde@example.org", *args],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)


@pytest.mark.usefixtures("swaks_ready")
def test_json_first_line_then_received_and_refused_then_sigterm(run_serve, isolated_home):
    serve = run_serve("--port", "0", "--tls", "starttls", "--user", USER, "--password-stdin",
                      "--auth-mechanisms", "CRAM-MD5", "--sender-domains", "firma.de", "--json",
                      stdin_text=PASSWORD + "\n")
    info = serve.json()
    assert set(info) >= {"listening", "tls", "ca_file", "sha256", "mailbox"}
    assert info["listening"].startswith("127.0.0.1:") and info["tls"] == "starttls"
    assert info["mailbox"] == str(isolated_home / "data" / "mailbox")
    assert len(info["sha256"]) == 64 and os.path.exists(info["ca_file"])

    ok = _swaks(info, "--from", "SwyxWare@firma.de", "--tls", "--tls-verify", "--tls-ca-path", info["ca_file"],
                "-a", "CRAM-MD5", "--au", USER, "--ap", PASSWORD, "--auth-hide-password")
    assert ok.returncode == 0, ok.stdout
    received = serve.json()
    assert received["event"] == "received" and received["mail_from"] == "SwyxWare@firma.de"
    assert received["rcpt_tos"] == ["kunde@example.org"] and received["auth_user"] == USER
    assert os.path.exists(received["path"]) and received["path"].endswith(".eml")

    bad = _swaks(info, "--from", "x@fremd.de", "--tls", "--tls-verify", "--tls-ca-path", info["ca_file"],
                 "-a", "CRAM-MD5", "--au", USER, "--ap", PASSWORD, "--auth-hide-password")
    assert bad.returncode == 23
    refused = serve.json()
    assert refused["event"] == "refused" and refused["stage"] == "mail"
    assert refused["code"] == 550 and refused["enhanced_status"] == "5.7.1"

    rc, stderr = serve.stop(signal.SIGTERM)
    assert rc == 0, stderr
    assert "Traceback" not in stderr
    assert all(PASSWORD not in line for line in serve.seen) and PASSWORD not in stderr


def test_sigint_stops_cleanly_and_the_port_is_free_again(run_serve):
    serve = run_serve("--port", "0", "--json")
    info = serve.json()
    port = int(info["listening"].rsplit(":", 1)[1])
    rc, stderr = serve.stop(signal.SIGINT)
    assert rc == 0 and "Traceback" not in stderr
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))  # would raise if the server still listened


def test_human_output_shows_fingerprint_and_log(run_serve):
    serve = run_serve("--port", "0", "--tls", "implicit")
    first = serve.line()
    assert first.startswith("Local test server listening on 127.0.0.1:") and "implicit" in first
    lines = [serve.line() for _ in range(4)]
    assert any(line.startswith("Server certificate SHA-256: ") and line.count(":") == 32 for line in lines)
    rc, _ = serve.stop()
    assert rc == 0


def test_port_in_use_gets_a_clear_message(run_serve):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        serve = run_serve("--port", str(port), "--json")
        rc = serve.proc.wait(TIMEOUT)
        stderr = serve.proc.stderr.read()
    assert rc == 1
    assert f"Port {port} on 127.0.0.1 is already in use" in stderr and "Choose another port" in stderr
    assert "Traceback" not in stderr and serve.proc.stdout.read() == ""


def test_port_in_use_in_german(run_serve):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        proc = subprocess.run([sys.executable, "-m", "swyxon_desktop", "--lang", "de", "serve", "--port", str(port)],
                              capture_output=True, text=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL)
    assert proc.returncode == 1 and f"Port {port} auf 127.0.0.1 ist bereits belegt" in proc.stderr


@pytest.mark.parametrize("args, expected", [
    (["--fault", "rcpt-abc"], "is not a rejection code"),
    (["--fault", "helo-550"], "is not a stage"),
    (["--fault", "delay:data:x"], "The delay must be a number"),
    (["--fault", "greeting-550"], "At the greeting only 421 and 554"),
    (["--auth-mechanisms", "LOGIN,NTLM", "--user", "u", "--password-stdin"], "\"NTLM\" is not an authentication"),
    (["--sender-domains", "firma de"], "is not a domain name"),
    (["--password-stdin"], "--password-stdin needs at least one --user"),
    (["--user", "u", "--password-stdin"], "No password was given for the user u"),
    (["--user", "u"], "Give the passwords with --password-stdin"),
])
def test_bad_input_exits_2_with_a_message(args, expected):
    proc = subprocess.run([sys.executable, "-m", "swyxon_desktop", "--lang", "en", "serve", "--port", "0", *args],
                          input="", capture_output=True, text=True, timeout=TIMEOUT)
    assert proc.returncode == 2 and expected in proc.stderr and "Traceback" not in proc.stderr


def test_help_documents_the_fault_syntax():
    proc = subprocess.run([sys.executable, "-m", "swyxon_desktop", "--lang", "en", "serve", "--help"],
                          capture_output=True, text=True, timeout=TIMEOUT)
    assert proc.returncode == 0
    for token in ("greeting-421", "rcpt-550", "data-554", "delay:STAGE:SECONDS", "--password-stdin", "--json"):
        assert token in proc.stdout


def test_a_replaced_unconstrained_ca_is_announced_once_with_the_new_fingerprint(run_serve, isolated_home):
    import trustme

    from swyxon_desktop.testserver import certs

    old = trustme.CA()  # a CA as earlier versions made it: no name constraint
    directory = isolated_home / "data" / "testserver"
    directory.mkdir(parents=True)
    (directory / certs.CA_FILE).write_bytes(old.cert_pem.bytes())
    (directory / certs.CA_KEY_FILE).write_bytes(old.private_key_pem.bytes())
    serve = run_serve("--port", "0", "--tls", "implicit")
    lines = [serve.line() for _ in range(5)]
    assert any(line.startswith("The local test CA was replaced") for line in lines), lines
    assert any(line.startswith("Server certificate SHA-256: ") for line in lines)
    assert serve.stop()[0] == 0
    again = run_serve("--port", "0", "--tls", "implicit", "--json")
    assert again.json()["ca_replaced"] is False
    assert again.stop()[0] == 0

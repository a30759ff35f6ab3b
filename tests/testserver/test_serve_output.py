"""`serve --json` with a stdout nobody reads (as the README's scripts use it): the sessions never stall,
and a closed stdout is no traceback."""
from __future__ import annotations

import json
import os
import signal
import smtplib
import subprocess
import sys

import pytest

pytestmark = pytest.mark.network


def _first_line(fd: int) -> dict:
    data = b""
    while not data.endswith(b"\n"):
        chunk = os.read(fd, 1)
        assert chunk, "serve ended before its first line"
        data += chunk
    return json.loads(data)


def _send(port: int, n: int) -> None:
    with smtplib.SMTP("127.0.0.1", port, local_hostname="localhost", timeout=10) as s:
        s.sendmail("SwyxWare@firma.de", ["admin@example.com"], f"Subject: {n}\r\n\r\nMessage {n}\r\n")


def _refuse(port: int) -> None:
    with smtplib.SMTP("127.0.0.1", port, local_hostname="localhost", timeout=10) as s:
        s.ehlo()
        code, _ = s.mail("someone@fremd.de")
        assert code == 550


def test_nobody_reading_stdout_never_stalls_the_sessions_and_a_closed_stdout_is_quiet(tmp_path):
    env = {**os.environ, "LANGUAGE": "en", "LC_ALL": "C.UTF-8", "SWYXON_DESKTOP_HOME": str(tmp_path / "home")}
    proc = subprocess.Popen([sys.executable, "-m", "swyxon_desktop", "serve", "--port", "0", "--json",
                             "--sender-domains", "firma.de", "--mailbox", str(tmp_path / "mailbox")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        info = _first_line(proc.stdout.fileno())
        port = info["port"]
        # > 300 sessions whose event lines (~300 bytes each) overfill a 64 KiB pipe nobody reads; each
        # session must still be served at once (smtplib's 10 s timeout would fail the test otherwise).
        for n in range(320):
            _send(port, n)
        for _ in range(20):
            _refuse(port)
        assert len(list((tmp_path / "mailbox").glob("*.eml"))) == 320
        proc.stdout.close()  # the reader goes away: further lines meet a closed pipe
        for n in range(20):
            _send(port, n)
        _refuse(port)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0
    assert b"Traceback" not in err and b"BrokenPipe" not in err, err.decode()


def test_a_reader_gets_every_line_in_order_and_is_told_of_dropped_ones(tmp_path):
    """With a reader the lines all arrive (first the listening line, then one per message)."""
    env = {**os.environ, "LANGUAGE": "en", "LC_ALL": "C.UTF-8", "SWYXON_DESKTOP_HOME": str(tmp_path / "home")}
    proc = subprocess.Popen([sys.executable, "-m", "swyxon_desktop", "serve", "--port", "0", "--json",
                             "--mailbox", str(tmp_path / "mailbox")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        port = _first_line(proc.stdout.fileno())["port"]
        for n in range(5):
            _send(port, n)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    events = [json.loads(line) for line in out.decode().splitlines()]
    assert [e["event"] for e in events] == ["received"] * 5
    assert [e["subject"] for e in events] == [str(n) for n in range(5)]
    assert proc.returncode == 0 and b"Traceback" not in err

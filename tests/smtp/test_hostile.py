"""Hostile or broken servers (issue 14): the real CLI against small misbehaving servers on loopback.

Each server here is a raw socket thread that stops by itself (its own time bound) or when the client
goes. The CLI runs as a whole process with ``--timeout 3`` (so the documented whole-run limit is 13 s);
the wall clock is only a hang guard (the process is killed after the limit + 10 s, and the test then
fails), never a speed assertion. Every run must end with its category, a peak RSS under 200 MB, no
traceback and no raw control character on stdout or stderr.
"""
from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass

import pytest

from swyxon_desktop.settings import MSG_CA_FILE_NOT_REGULAR
from swyxon_desktop.smtp import errors, limits
from swyxon_desktop.smtp.engine import default_deadline
from swyxon_desktop.store import Store
from tests.smtp.helpers import RECIPIENT, settings_for

pytestmark = [pytest.mark.network,
              pytest.mark.skipif(not sys.platform.startswith("linux"),
                                 reason="os.wait4, FIFOs, ru_maxrss in KB: Linux")]

TIMEOUT = 3
LIMIT = default_deadline(TIMEOUT)  # the documented whole-run limit: 13 s
HANG_GUARD = LIMIT + 10  # process start included; only ever reached by a run that hangs
MAX_RSS_MB = 200
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # anything but TAB and LF on the terminal
NASTY = "\x1b]0;pwned\x07\x1b[2J\x1b[31mred\x00\x08\rover"  # sets the window title, clears the screen …


class Peer:
    """A one-connection-at-a-time raw SMTP peer: ``script(conn, until)`` per connection, in a thread.

    Stops by itself ``lifetime`` seconds after it started (scripts check ``until``; the listener and
    every connection are closed then) — no server outlives its test even if the client misbehaves.
    """

    def __init__(self, script, lifetime: float = HANG_GUARD + 5):
        self.script = script
        self.until = time.monotonic() + lifetime
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.port = self.listener.getsockname()[1]
        self.ca_file = None
        self.received: list[bytes] = []
        self._conns: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> "Peer":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.until = 0
        self._thread.join(5)

    def _accept(self) -> None:
        try:
            while time.monotonic() < self.until:
                try:
                    conn, _ = self.listener.accept()
                except TimeoutError:
                    continue
                conn.settimeout(1)
                self._conns.append(conn)
                threading.Thread(target=self._serve, args=(conn,), daemon=True).start()
        finally:
            self.listener.close()
            for conn in self._conns:
                try:
                    conn.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                conn.close()

    def _serve(self, conn: socket.socket) -> None:
        try:
            self.script(conn, self)
        except OSError:
            pass  # the client went away: the script is done

    def readline(self, conn: socket.socket) -> bytes:
        data = b""
        while not data.endswith(b"\n") and time.monotonic() < self.until:
            try:
                chunk = conn.recv(1)
            except TimeoutError:
                continue
            if not chunk:
                break
            data += chunk
        self.received.append(data)
        return data


@dataclass
class Ran:
    code: int
    stdout: str
    stderr: str
    max_rss_mb: float

    def json(self) -> dict:
        return json.loads(self.stdout)


# Measures the CLI's own peak RSS. A child forked from this (by then large) pytest process would count the
# parent's pages in its ru_maxrss, which Linux keeps across exec; so a small wrapper forks the CLI, takes
# its wait4 usage and writes it to the file named by the first argument.
_MEASURE = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as f:
    f.write(str(usage.ru_maxrss))
code = os.waitstatus_to_exitcode(status)
sys.exit(128 - code if code < 0 else code)
"""


def run_cli(*args: str, lang: str = "en") -> Ran:
    """The real CLI as a child process: exit code, output, and its own peak RSS (``wait4``)."""
    env = {**os.environ, "LANGUAGE": lang, "LC_ALL": "C.UTF-8"}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as rss:
        proc = subprocess.Popen([sys.executable, "-c", _MEASURE, rss.name, sys.executable, "-m", "swyxon_desktop",
                                 *args], stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env,
                                start_new_session=True)
        guard = threading.Timer(HANG_GUARD, os.killpg, (proc.pid, 9))
        guard.start()
        try:
            proc.wait()
        finally:
            guard.cancel()
        assert proc.returncode not in (-9, 128 + 9), f"the CLI still ran after {HANG_GUARD} s and was killed"
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode("utf-8"), err.read().decode("utf-8")
        max_rss_kb = int(rss.read() or 0)
    assert max_rss_kb > 0, "the CLI's peak RSS was not measured"
    # ru_maxrss: kilobytes on Linux
    return Ran(proc.returncode, stdout, stderr, max_rss_kb / 1024)


def assert_well_behaved(ran: Ran) -> None:
    assert ran.max_rss_mb < MAX_RSS_MB, f"peak RSS {ran.max_rss_mb:.0f} MB"
    assert "Traceback" not in ran.stderr and "Traceback" not in ran.stdout, ran.stderr
    for name, text in (("stdout", ran.stdout), ("stderr", ran.stderr)):
        raw = RAW_CONTROL.search(text)
        assert raw is None, f"raw control character {raw.group()!r} on {name}: {text[:300]!r}"


def save(peer, **changes) -> None:
    Store().save("Kunde", settings_for(peer, **{"tls": "none", **changes}), has_password=True)


def send_against(script, *options: str, code: int = 1, lifetime: float = HANG_GUARD + 5) -> Ran:
    """``test-mail --timeout 3`` against a Peer running ``script``; the exit code and the common checks."""
    with Peer(script, lifetime=lifetime) as peer:
        save(peer)
        ran = run_cli("test-mail", "--to", RECIPIENT, "--timeout", str(TIMEOUT), *options)
    assert ran.code == code, ran.stderr
    assert_well_behaved(ran)
    return ran


def test_cli_test_mail_is_well_behaved_against_a_polite_server_too(serve):
    """The yardstick of the checks below: a normal run passes all of them."""
    server = serve(users={})
    save(server, tls="starttls", ca_file=str(server.ca_file))
    ran = run_cli("test-mail", "--to", RECIPIENT, "--timeout", str(TIMEOUT), "--json")
    assert ran.code == 0, ran.stderr
    assert_well_behaved(ran)


# -- 1. an endless or over-long reply ------------------------------------------------------------------

def _endless_ehlo(conn: socket.socket, peer: Peer) -> None:
    conn.sendall(b"220 endless.example ESMTP\r\n")
    peer.readline(conn)
    line = b"250-" + b"X" * 400 + b"\r\n"
    chunk = line * 100
    while time.monotonic() < peer.until:
        conn.sendall(chunk)  # ends with OSError when the client hangs up


def _overlong_line(conn: socket.socket, peer: Peer) -> None:
    conn.sendall(b"220 long.example ESMTP\r\n")
    peer.readline(conn)
    conn.sendall(b"250-")
    chunk = b"A" * 65536
    while time.monotonic() < peer.until:
        conn.sendall(chunk)  # a line without end


@pytest.mark.parametrize("script,message", [(_endless_ehlo, limits.MSG_TOO_MANY_LINES),
                                            (_overlong_line, limits.MSG_LINE_TOO_LONG)],
                         ids=["endless-reply", "overlong-line"])
def test_endless_or_overlong_reply_is_a_bounded_protocol_error(script, message):
    ran = send_against(script, "--json")
    data = ran.json()
    assert (data["category"], data["stage"]) == ("protocol_error", "ehlo")
    limit = limits.MAX_REPLY_LINES if message == limits.MSG_TOO_MANY_LINES else limits.MAX_LINE
    assert data["message"] == message.format(limit, "EHLO (capabilities)")
    assert data["hint"] == limits.HINT_OVER_LIMIT and "firewall" not in data["hint"]
    assert len(ran.stdout) < 1_000_000, f"--json wrote {len(ran.stdout)} characters"
    assert len(data["transcript"]) <= limits.MAX_REPLY_LINES + 10


def test_endless_reply_text_output_and_transcript_stay_small():
    ran = send_against(_endless_ehlo, "--transcript")
    assert "The server sent a reply of more than 300 lines" in ran.stdout
    assert "endless or over-long reply" in ran.stdout
    assert f"reply cut off after {limits.MAX_REPLY_LINES} lines" in ran.stdout
    assert len(ran.stdout) < 1_000_000


# -- 2. a reply dripped one byte every 0.5 s ------------------------------------------------------------

def _drip(greeting: bytes):
    def script(conn: socket.socket, peer: Peer) -> None:
        for byte in greeting:
            if time.monotonic() >= peer.until:
                return
            conn.sendall(bytes([byte]))
            time.sleep(0.5)  # the server's behaviour under test, not a wait for the client
        peer.readline(conn)
    return script


def test_a_dripped_greeting_ends_at_the_whole_run_limit_as_a_timeout():
    greeting = b"220 " + b"x" * 60 + b" ESMTP\r\n"  # 35 s at this pace: far beyond the limit
    data = send_against(_drip(greeting), "--json", lifetime=LIMIT + 30).json()
    assert (data["category"], data["stage"]) == ("timeout", "greeting")
    assert data["message"] == errors.MSG_DEADLINE.format(f"{LIMIT:g}", "Server greeting")
    assert data["hint"] == limits.HINT_SLOW_REPLY
    # The message says the limit was reached: the run took that long, and it ended there.
    assert LIMIT - 0.5 <= data["elapsed_s"] < LIMIT + 5, data["elapsed_s"]
    # The unfinished line is in the transcript as what it is — never taken as the greeting.
    transcript = data["transcript"]
    assert any(line.startswith("S: 220 xxx") for line in transcript)
    assert "*: the line above is unfinished (no line end when the time ran out)" in transcript
    assert not any(line.startswith("C: EHLO") for line in transcript)


# -- 3. control characters from the server ----------------------------------------------------------------

def _nasty(conn: socket.socket, peer: Peer) -> None:
    conn.sendall(f"220 evil.example ESMTP {NASTY}\r\n".encode())
    peer.readline(conn)
    conn.sendall(f"250-evil.example {NASTY}\r\n250-8BITMIME\r\n250 SIZE 1000\u202e\r\n".encode())
    peer.readline(conn)
    conn.sendall(f"554 5.7.1 go away {NASTY}\u009b2J\r\n".encode())
    peer.readline(conn)


@pytest.mark.parametrize("mode", ["text", "json"])
def test_control_characters_from_the_server_never_reach_the_terminal_raw(mode):
    ran = send_against(_nasty, "--transcript" if mode == "text" else "--json")
    escaped = r"\x1b]0;pwned\x07\x1b[2J\x1b[31mred\x00\x08\rover"
    if mode == "text":
        assert f"554 5.7.1 go away {escaped}\\x9b2J" in ran.stdout  # the server's answer, escaped
        assert f"S: 220 evil.example ESMTP {escaped}" in ran.stdout  # the transcript, escaped
        assert r"S: 250 SIZE 1000\u202e" in ran.stdout  # no reversal of the text after it
    else:
        data = ran.json()
        assert (data["category"], data["stage"]) == ("sender_rejected", "mail_from")
        assert data["server_text"] == f"5.7.1 go away {escaped}\\x9b2J"
        assert f"S: 220 evil.example ESMTP {escaped}" in data["transcript"]


# -- 4. a CA file replaced by a FIFO ------------------------------------------------------------------------

def _silent_tls_peer(conn: socket.socket, peer: Peer) -> None:
    while time.monotonic() < peer.until:  # never answers the handshake; the client must not get that far
        try:
            if not conn.recv(1024):
                return
        except TimeoutError:
            continue


def test_a_ca_file_replaced_by_a_fifo_fails_at_once_instead_of_hanging(tmp_path, pki):
    ca_file = tmp_path / "ca.pem"
    ca_file.write_bytes(pki.ca_file.read_bytes())
    with Peer(_silent_tls_peer) as peer:
        save(peer, tls="implicit", ca_file=str(ca_file))
        ca_file.unlink()
        os.mkfifo(ca_file)  # nobody ever writes to it: an ordinary open() would wait for good
        ran = run_cli("test-mail", "--to", RECIPIENT, "--timeout", str(TIMEOUT), "--json")
    assert ran.code == 2, ran.stderr
    assert_well_behaved(ran)
    data = ran.json()
    assert (data["category"], data["stage"]) == ("invalid_settings", "tls")
    assert data["message"] == MSG_CA_FILE_NOT_REGULAR.format(ca_file)
    assert data["hint"] == errors.HINT_CA_FILE


@pytest.mark.parametrize("lang,text", [("en", "is not a regular file"), ("de", "keine gewöhnliche Datei")])
def test_profile_set_with_a_ca_file_that_is_no_regular_file_says_so(tmp_path, lang, text):
    fifo = tmp_path / "ca.fifo"
    os.mkfifo(fifo)
    for path in (fifo, tmp_path):  # a FIFO, a folder
        ran = run_cli("--lang", lang, "profile", "set", "Kunde", "--server", "127.0.0.1", "--sender",
                      "a@firma.de", "--ssl", "--ca-file", str(path), lang=lang)
        assert ran.code == 2
        assert text in ran.stderr and str(path) in ran.stderr
        assert "does not exist" not in ran.stderr and "existiert nicht" not in ran.stderr
        assert_well_behaved(ran)
    assert "Kunde" not in Store().names()


def test_the_missing_ca_file_message_is_unchanged(tmp_path):
    missing = tmp_path / "missing.pem"
    ran = run_cli("profile", "set", "Kunde", "--server", "127.0.0.1", "--sender", "a@firma.de", "--ssl",
                  "--ca-file", str(missing))
    assert ran.code == 2 and "does not exist" in ran.stderr


def test_a_saved_profile_still_works_when_the_ca_file_is_a_regular_file(serve):
    """The CA file is now read by this program (non-blocking) and handed to OpenSSL: it still verifies."""
    server = serve(users={}, tls="implicit")
    Store().save("Kunde", settings_for(server, tls="implicit"), has_password=True)
    ran = run_cli("test-mail", "--to", RECIPIENT, "--timeout", str(TIMEOUT), "--json")
    assert ran.code == 0, ran.stdout
    assert ran.json()["tls"]["verified"] is True



# -- 5. a server with no password method SwyxON supports (the engine, against a raw server) -------------

@pytest.mark.parametrize("mechanism", ["auto", "PLAIN"])
def test_a_server_offering_only_oauth2_and_kerberos_gets_an_administrators_hint(mechanism):
    from swyxon_desktop.smtp import send_test_mail
    from tests.smtp.helpers import PASSWORD, USER, RawServer, ehlo_reply

    def script(conn, srv):
        conn.sendall(b"220 o365.example ESMTP\r\n")
        srv.readline(conn)
        conn.sendall(ehlo_reply("AUTH XOAUTH2 GSSAPI", "8BITMIME"))
        srv.readline(conn)  # QUIT, or the client hangs up
        srv.wait_closed(conn)

    with RawServer(script) as server:
        settings = settings_for(server, tls="none", use_auth=True, username=USER, allow_insecure_auth=True,
                                mechanism=mechanism, timeout_s=2.0)
        result = send_test_mail(settings, PASSWORD, RECIPIENT)
        sent = list(server.lines)
    f = result.failure
    assert (f.category.value, f.stage) == ("auth_unavailable", "auth")
    assert f.hint == errors.HINT_NO_PASSWORD_MECH
    hint = result.hint_text("en")
    assert "no password method SwyxON supports" in hint and "OAuth2" in hint and "Kerberos" in hint
    assert "relay" in hint and "Automatic" not in hint
    assert "XOAUTH2 GSSAPI" in result.message_text("en")
    assert not [line for line in sent if line.upper().startswith("AUTH")]  # nothing was tried
    assert "Kennwortverfahren" in result.hint_text("de") and "OAuth2" in result.hint_text("de")


def test_a_method_not_offered_beside_a_supported_one_keeps_the_choose_hint():
    from swyxon_desktop.smtp.auth import choose_mechanism
    from swyxon_desktop.failures import FailureError

    with pytest.raises(FailureError) as caught:
        choose_mechanism("CRAM-MD5", ["XOAUTH2", "LOGIN"])
    assert caught.value.failure.hint is None  # the category's: choose one of the offered, or Automatic
    with pytest.raises(FailureError) as caught:
        choose_mechanism("auto", ["XOAUTH2", "OAUTHBEARER", "GSSAPI"])
    assert caught.value.failure.hint == errors.HINT_NO_PASSWORD_MECH


# -- units: escaping, bounds of one reply and of the transcript -------------------------------------------

@pytest.mark.parametrize("raw,shown", [
    ("220 ok", "220 ok"),
    ("a\x00b", r"a\x00b"), ("bell\x07", r"bell\x07"), ("\x1b[2J", r"\x1b[2J"), ("cr\rlf\n", r"cr\rlf\n"),
    ("del\x7f", r"del\x7f"), ("csi\x9b", r"csi\x9b"), ("rlo\u202eevil", r"rlo\u202eevil"),
    ("ls\u2028ps\u2029", r"ls\u2028ps\u2029"), ("tab\tstays", "tab\tstays"),
    ("Empfänger unbekannt – ß", "Empfänger unbekannt – ß"),
])
def test_printable_escapes_every_control_character_and_nothing_else(raw, shown):
    from swyxon_desktop.smtp.transcript import printable

    assert printable(raw) == shown
    assert RAW_CONTROL.search(printable(raw).replace("\t", "")) is None


def test_printable_covers_the_whole_c0_c1_range():
    from swyxon_desktop.smtp.transcript import printable

    every = "".join(chr(c) for c in [*range(0x20), *range(0x7f, 0xa0)] if c != 0x09)
    out = printable(every)
    assert out.isprintable() and out.isascii()


def test_the_transcript_keeps_its_head_and_tail_and_says_how_much_is_left_out():
    from swyxon_desktop.smtp.transcript import HEAD_LINES, TAIL_LINES, Transcript

    seen = []
    t = Transcript(on_line=seen.append)
    total = HEAD_LINES + TAIL_LINES + 5000
    for i in range(total):
        t.server(f"250-line {i}")
    lines = t.lines
    assert len(lines) == HEAD_LINES + 1 + TAIL_LINES
    assert lines[0].text == "250-line 0" and lines[HEAD_LINES - 1].text == f"250-line {HEAD_LINES - 1}"
    assert lines[HEAD_LINES].direction == "*" and "5000 line(s) left out" in lines[HEAD_LINES].text
    assert lines[-1].text == f"250-line {total - 1}" and lines[HEAD_LINES + 1].text == f"250-line {total - TAIL_LINES}"
    assert len(seen) == HEAD_LINES  # the live view gets the head; the whole bounded transcript at the end
    short = Transcript()
    short.note("only")
    assert [str(x) for x in short.lines] == ["*: only"]


def test_a_password_with_a_control_character_is_redacted_in_its_escaped_echo_too():
    from swyxon_desktop.smtp.transcript import Redactor, Transcript, printable

    password = "tab\there\x01x-long"
    t = Transcript(Redactor(password, "alice"))
    t.server(printable(f"535 5.7.8 bad password {password}"))
    assert password not in t.lines[0].text and printable(password) not in t.lines[0].text
    assert t.lines[0].text == "535 5.7.8 bad password ***"


def _wire_against(script, *, timeout_s=2.0, deadline_s=4.0):
    """A connected Wire (the engine's reader) on a raw server, with a Run's clock."""
    from swyxon_desktop.smtp.session import Run, Session, Target
    from tests.smtp.helpers import RawServer

    server = RawServer(script).__enter__()
    run = Run(timeout_s=timeout_s, deadline_s=deadline_s)
    session = Session(run, Target.from_settings(settings_for(server, tls="none")))
    session.connect(session.resolve())
    return server, run, session


def test_one_reply_is_bounded_in_lines_and_the_line_length():
    def lines(conn, srv):
        conn.sendall(b"250-x\r\n" * (limits.MAX_REPLY_LINES - 1) + b"250 last\r\n")  # exactly the limit: fine
        conn.sendall(b"250-y\r\n" * (limits.MAX_REPLY_LINES + 1) + b"250 never read\r\n")
        conn.sendall(b"250 after\r\n")
        srv.wait_closed(conn)

    server, run, session = _wire_against(lines)
    try:
        code, msg = session.wire.getreply()
        assert code == 250 and msg.count(b"\n") == limits.MAX_REPLY_LINES - 1
        with pytest.raises(limits.OverLimit) as caught:
            session.wire.getreply()
        assert caught.value.kind == limits.LINES and caught.value.first == "250-y"
        assert session.wire.sock is None  # the connection is closed: the stream is out of step
        f = caught.value.failure("ehlo")
        assert (f.category.value, f.hint, f.server_text) == ("protocol_error", limits.HINT_OVER_LIMIT, "250-y")
    finally:
        session.close()
        server.stop()

    def long_line(conn, srv):
        conn.sendall(b"250 " + b"z" * (limits.MAX_LINE - 6) + b"\r\n")  # MAX_LINE octets with CRLF: fine
        conn.sendall(b"250 " + b"z" * (limits.MAX_LINE - 5) + b"\r\n")  # one more: too long
        srv.wait_closed(conn)

    server, run, session = _wire_against(long_line)
    try:
        assert session.wire.getreply()[0] == 250
        with pytest.raises(limits.OverLimit) as caught:
            session.wire.getreply()
        assert caught.value.kind == limits.LINE
        assert run.transcript.lines[-1].text == f"line longer than {limits.MAX_LINE} octets; connection closed"
    finally:
        session.close()
        server.stop()


def test_an_unfinished_line_when_the_server_closes_is_no_reply():
    from smtplib import SMTPServerDisconnected

    def script(conn, srv):
        conn.sendall(b"220 half a greet")
        conn.close()

    server, run, session = _wire_against(script)
    try:
        with pytest.raises(SMTPServerDisconnected):
            session.wire.getreply()
        texts = [str(line) for line in run.transcript.lines]
        assert texts[-3:] == ["S: 220 half a greet", "*: the line above is unfinished (no line end)",
                              "*: connection closed by the server"]
    finally:
        session.close()
        server.stop()


def test_a_drip_within_one_reply_ends_at_the_deadline_as_a_slow_reply():
    def script(conn, srv):
        conn.sendall(b"220-first line\r\n")
        for byte in b"220 and then very slowly":
            conn.sendall(bytes([byte]))
            time.sleep(0.3)  # the server's behaviour under test

    server, run, session = _wire_against(script, timeout_s=1.0, deadline_s=1.5)
    try:
        with pytest.raises(limits.SlowReply):
            session.wire.getreply()
        assert run.remaining() <= 0.05  # it ended at the deadline, not a per-recv timeout later
        failure = run.failure_for("greeting", limits.SlowReply(b"x"))
        assert failure.message == errors.MSG_DEADLINE and failure.hint == limits.HINT_SLOW_REPLY
    finally:
        session.close()
        server.stop()


def test_a_ca_file_that_is_a_fifo_is_refused_without_opening_it_blocking(tmp_path):
    from swyxon_desktop.smtp import tlsinfo

    fifo = tmp_path / "ca.pem"
    os.mkfifo(fifo)
    tlsinfo.prepare_context(str(fifo))  # the CLI's early build in a thread: it must not hang either
    with pytest.raises(tlsinfo.NotARegularFile):
        tlsinfo.make_context(str(fifo), wait_s=5)
    with pytest.raises(tlsinfo.NotARegularFile):
        tlsinfo.read_ca_file(str(tmp_path))
    assert not [t for t in threading.enumerate() if t.name == "tls-context"]

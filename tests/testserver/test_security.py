"""Security review of the test server (issue 4): no password in any record, log or output; a CA that can
sign only for loopback names; bounded memory."""
from __future__ import annotations

import base64
import json
import logging
import socket

from swyxon_desktop.testserver import LocalServer, ServerPolicy
from .helpers import PASSWORD, USER
from .test_cli import TIMEOUT, run_serve  # noqa: F401 - the `serve` subprocess fixture


def password_forms(user: str = USER, password: str = PASSWORD) -> set[str]:
    """Every form of the password that could travel or be echoed (aiosmtpd upper-cases the command word)."""
    forms = {password, password.upper()}
    for raw in (password.encode(), b"\0" + user.encode() + b"\0" + password.encode(),
                user.encode() + b"\0" + user.encode() + b"\0" + password.encode()):
        b64 = base64.b64encode(raw).decode()
        forms |= {b64, b64.upper(), b64.rstrip("="), b64.rstrip("=").upper()}
    return forms


def leaked(text: str, user: str = USER, password: str = PASSWORD) -> list[str]:
    return sorted(f for f in password_forms(user, password) if f in text)


class RawClient:
    """A socket client that sends exactly the lines it is given and returns each reply (multi-line joined)."""

    def __init__(self, host: str, port: int):
        self.sock = socket.create_connection((host, port), timeout=10)
        self.file = self.sock.makefile("rb")

    def reply(self) -> list[str]:
        lines = []
        while True:
            line = self.file.readline().decode("utf-8", "replace").rstrip("\r\n")
            if not line:
                raise ConnectionError("the server closed the connection")
            lines.append(line)
            if len(line) < 4 or line[3] != "-":
                return lines

    def send(self, line: str) -> list[str]:
        self.sock.sendall(line.encode() + b"\r\n")
        return self.reply()

    def close(self) -> None:
        self.file.close()
        self.sock.close()


def auth_login_after_538(host: str, port: int, user: str = USER, password: str = PASSWORD) -> list[str]:
    """EHLO, AUTH LOGIN before STARTTLS (538), then the client sends its continuations anyway."""
    client = RawClient(host, port)
    replies = client.reply()
    replies += client.send("EHLO client.example")
    refused = client.send("AUTH LOGIN")
    assert refused[0].startswith("538"), refused
    replies += refused
    for secret in (user, password):
        answer = client.send(base64.b64encode(secret.encode()).decode())
        assert answer == ["500 5.5.2 Error: command not recognized"], answer
        replies += answer
    # an AUTH PLAIN initial response after the refusal, and the password in clear as a "command"
    replies += client.send("AUTH PLAIN " + base64.b64encode(f"\0{user}\0{password}".encode()).decode())
    replies += client.send(password)
    replies += client.send("QUIT")
    client.close()
    return replies


def test_continuations_after_538_are_neither_echoed_nor_recorded(caplog):
    caplog.set_level(logging.DEBUG)  # everything aiosmtpd ("mail.log") and the server log, at every level
    events = []
    policy = ServerPolicy(port=0, tls="starttls", users={USER: PASSWORD})
    with LocalServer(policy, on_event=events.append) as server:
        replies = auth_login_after_538(server.host, server.port)
        server.wait_for_sessions_closed(1)
    assert not leaked("\n".join(replies))
    assert any(e.kind == "refused" and e.data["code"] == 538 for e in server.events)
    texts = [json.dumps(e.to_dict()) + e.text for e in list(server.events) + events]
    assert not leaked("\n".join(texts))
    for session in server.sessions:
        recorded = session.commands + session.replies + [line for _, line in session.transcript]
        assert recorded and not leaked("\n".join(recorded))
    assert caplog.records and not leaked(caplog.text)


def test_an_unknown_password_is_not_echoed_either():
    """A wrong (perhaps another account's real) password is no form the redactor knows: never echo commands."""
    other = "Unbekannt-42"
    with LocalServer(ServerPolicy(port=0, tls="starttls", users={USER: PASSWORD})) as server:
        replies = auth_login_after_538(server.host, server.port, "bob", other)
        server.wait_for_sessions_closed(1)
    texts = replies + [e.text + json.dumps(e.to_dict()) for e in server.events]
    assert not leaked("\n".join(texts), "bob", other)


def test_serve_json_and_stderr_carry_no_form_of_the_password(run_serve, tmp_path):
    serve = run_serve("--port", "0", "--tls", "starttls", "--user", USER, "--password-stdin", "--json",
                      "--mailbox", str(tmp_path / "mb"), stdin_text=PASSWORD + "\n")
    info = serve.json()
    host, _, port = info["listening"].rpartition(":")
    auth_login_after_538(host, int(port))
    refused = serve.json()
    assert refused["event"] == "refused" and refused["code"] == 538
    lines = [serve.json() for _ in range(4)]  # the two 500s, the 538 to AUTH PLAIN, the 500 to the password
    assert [d["code"] for d in lines] == [500, 500, 538, 500]
    rc, stderr = serve.stop()
    assert rc == 0
    rest = iter(lambda: serve.lines.get(timeout=TIMEOUT), None)  # what was printed until the end
    stdout = "".join(serve.seen) + "".join(rest)
    assert not leaked(stdout)
    assert not leaked(stderr), stderr


def test_redactor_knows_every_form():
    from swyxon_desktop.testserver.server import server_redactor

    redact = server_redactor({USER: PASSWORD})
    for form in password_forms():
        assert form not in redact(f"500 Error: command \"{form}\" not recognized")


def test_events_and_records_pass_through_the_redactor():
    """A password that turns up in any other line (here the sender address) is masked everywhere."""
    events = []
    with LocalServer(ServerPolicy(port=0, users={USER: PASSWORD}, sender_domains=("firma.de",)),
                     on_event=events.append) as server:
        client = RawClient(server.host, server.port)
        client.reply()
        client.send("EHLO client.example")
        refused = client.send(f"MAIL FROM:<{PASSWORD}@example.org>")
        client.send("QUIT")
        client.close()
        server.wait_for_sessions_closed(1)
    assert refused[0].startswith("550 5.7.1") and PASSWORD in refused[0]  # the client sees its own input
    refusal = next(e for e in events if e.kind == "refused")
    # The engine's Redactor masks a password standing alone and withholds a line where it is glued to
    # other text (masking only the middle of a word would show where it starts and ends).
    masked_or_withheld = ("***@example.org", "[line withheld")
    assert any(m in refusal.data["text"] for m in masked_or_withheld)
    assert any(m in refusal.text for m in masked_or_withheld)
    session = server.sessions[0]
    recorded = session.commands + session.replies + [line for _, line in session.transcript]
    assert any(c.startswith("MAIL FROM:") or c.startswith("[line withheld") for c in session.commands)
    assert not leaked("\n".join(recorded + [e.text + json.dumps(e.to_dict()) for e in events]))


def test_sessions_events_and_received_keep_only_the_most_recent(monkeypatch, tmp_path):
    import smtplib

    from swyxon_desktop.testserver import server as server_module

    monkeypatch.setattr(server_module, "KEEP_RECENT", 5)
    with LocalServer(ServerPolicy(port=0, mailbox=tmp_path / "mb")) as server:
        for n in range(8):
            with smtplib.SMTP(server.host, server.port, timeout=10) as client:
                client.sendmail("a@firma.de", ["b@example.org"], f"Subject: {n}\r\n\r\nText\r\n".encode())
        server.wait_for_sessions_closed(5)
        assert len(server.sessions) == 5 and [s.id for s in server.sessions] == [4, 5, 6, 7, 8]
        assert [m.subject for m in server.received] == ["3", "4", "5", "6", "7"]
        assert len(server.events) == 5 and server.events[-1].kind in ("closed", "reply")
    assert len(list((tmp_path / "mb").glob("*.eml"))) == 8  # every message stays on disk


def test_message_size_limit_is_advertised_and_enforced():
    from swyxon_desktop.testserver.server import MAX_MESSAGE_SIZE

    assert MAX_MESSAGE_SIZE == 32 * 1024 * 1024
    with LocalServer(ServerPolicy(port=0)) as server:
        client = RawClient(server.host, server.port)
        client.reply()
        ehlo = client.send("EHLO client.example")
        assert f"250-SIZE {MAX_MESSAGE_SIZE}" in ehlo
        too_big = client.send(f"MAIL FROM:<a@firma.de> SIZE={MAX_MESSAGE_SIZE + 1}")
        assert too_big[0].startswith("552"), too_big
        assert client.send(f"MAIL FROM:<a@firma.de> SIZE={MAX_MESSAGE_SIZE}")[0].startswith("250")
        client.send("QUIT")
        client.close()

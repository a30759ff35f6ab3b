"""The password never leaves the keychain: not in any output, transcript, result, report or file.

Scanned forms (helpers.password_forms): plain, base64 (LOGIN), base64 without padding, base64 of PLAIN's
``\\0user\\0password`` and ``user\\0user\\0password``.
"""
from __future__ import annotations

import json

import pytest

from swyxon_desktop import secrets
from swyxon_desktop.smtp import send_test_mail
from swyxon_desktop.smtp.probe import probe
from tests.smtp.helpers import (PASSWORD, RECIPIENT, USER, RawServer, assert_no_password, ehlo_reply,
                                password_forms, settings_for)
from tests.smtp.test_cli import cli, save

pytestmark = pytest.mark.network


def _scan_everything(outputs: list[str], root) -> None:
    files = [p for p in root.rglob("*") if p.is_file()]
    assert files, "expected profiles, mailbox and server files to scan"
    texts = outputs + [p.read_bytes().decode("utf-8", "replace") for p in files]
    assert_no_password(*texts)
    # The user name stays visible in the transcript (what support staff need), the password never.
    assert any(USER in t for t in outputs)


def _in_process(settings, password: str) -> list[str]:
    result = send_test_mail(settings, password, RECIPIENT, profile="Kunde")
    return [json.dumps(result.to_dict(), ensure_ascii=False), json.dumps(result.to_dict("de"), ensure_ascii=False),
            result.transcript_text(), repr(result), repr(result.failure), " ".join(map(repr, result.events))]


@pytest.mark.keychain
def test_no_output_or_file_contains_the_password(serve, real_keychain, tmp_path):
    outputs: list[str] = []
    secrets.set_password("Kunde", PASSWORD)
    try:
        for mechanism in ("LOGIN", "PLAIN", "CRAM-MD5"):
            server = serve(tls="starttls")
            settings = settings_for(server, use_auth=True, username=USER, mechanism=mechanism)
            save("Kunde", settings)
            for flags in (["--json"], ["--transcript"], ["--json", "--transcript"]):
                proc = cli("test-mail", "--to", RECIPIENT, *flags)
                assert proc.returncode == 0, proc.stdout + proc.stderr
                outputs += [proc.stdout, proc.stderr]
            outputs += _in_process(settings, PASSWORD)
            proc = cli("probe", "--json")
            outputs += [proc.stdout, proc.stderr]
            assert len(server.wait_for_messages(4)) == 4
        # A failed login: the (right) password went over the wire and was refused.
        server = serve(tls="starttls", users={USER: "another-password"})
        save("Kunde", settings_for(server, use_auth=True, username=USER, mechanism="PLAIN"))
        proc = cli("test-mail", "--to", RECIPIENT, "--transcript")
        assert proc.returncode == 1 and "Authentication failed" in proc.stdout
        outputs += [proc.stdout, proc.stderr]
    finally:
        secrets.delete_password("Kunde")
    _scan_everything(outputs, tmp_path)


def test_a_server_echoing_the_credentials_is_redacted_too():
    """Defence in depth: a reply that quotes the AUTH payload (as some broken servers do) is scrubbed."""
    plain_triple = password_forms()["plain-triple"]

    def script(conn, srv):
        conn.sendall(b"220 localhost ESMTP\r\n")
        srv.readline(conn)
        conn.sendall(ehlo_reply("AUTH PLAIN"))
        line = srv.readline(conn)
        conn.sendall(f"535 5.7.8 bad credentials: {line.split()[-1]} (password {PASSWORD})\r\n".encode())
        srv.wait_closed(conn)

    with RawServer(script) as server:
        settings = settings_for(server, tls="none", use_auth=True, username=USER, allow_insecure_auth=True)
        outputs = _in_process(settings, PASSWORD)
        assert any(plain_triple in line for line in server.lines), "the server did receive the credentials"
    assert "***" in outputs[0]
    assert_no_password(*outputs)


def test_probe_never_sends_credentials_nor_mentions_them(serve, closed_ports):
    server = serve(tls="starttls")
    settings = settings_for(server, use_auth=True, username=USER)
    data = json.dumps(probe(settings, ports=closed_ports).to_dict())
    assert_no_password(data)
    assert all(s.auth_mechanisms == [] for s in server.sessions)

"""LocalServer life cycle and records: start/stop, port in use, trustme certificates, mailbox files."""
from __future__ import annotations

import smtplib
import socket
import ssl

import pytest
import trustme

from swyxon_desktop.testserver import LocalServer, ServerError, ServerPolicy
from .helpers import PASSWORD, USER, connect

MESSAGE = b"Subject: Hallo\r\n\r\nText\r\n"


def test_start_reports_the_real_port_and_stop_frees_it():
    server = LocalServer(ServerPolicy(port=0))
    server.start()
    try:
        assert server.running and server.port != 0 and server.address == f"127.0.0.1:{server.port}"
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
            assert sock.recv(100).startswith(b"220 localhost ESMTP")
    finally:
        server.stop()
    assert not server.running
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", server.port), timeout=5).close()
    server.stop()  # twice is harmless
    assert [e.kind for e in server.events][-1] == "stopped"


def test_stop_closes_open_sessions():
    with LocalServer() as server:
        client = smtplib.SMTP(server.host, server.port, timeout=10)
        client.ehlo()
    with pytest.raises((smtplib.SMTPServerDisconnected, ConnectionError, OSError)):
        client.noop()
    assert server.sessions[0].closed


def test_port_in_use_raises_a_clear_server_error():
    with LocalServer() as first:
        with pytest.raises(ServerError) as info:
            LocalServer(ServerPolicy(port=first.port)).start()
    assert f"Port {first.port} on 127.0.0.1 is already in use" in info.value.text("en")
    assert "Choose another port" in info.value.failure.hint_text("en")
    assert info.value.failure.stage == "listen"


def test_an_address_of_another_machine_is_refused_clearly():
    with pytest.raises(ServerError) as info:
        LocalServer(ServerPolicy(host="192.0.2.1")).start()  # TEST-NET-1: never this machine's
    assert "does not belong to this computer" in info.value.text("en")


def test_ipv6_loopback():
    with LocalServer(ServerPolicy(host="::1")) as server:
        assert server.address == f"[::1]:{server.port}"
        client = smtplib.SMTP("::1", server.port, timeout=10)
        client.sendmail("a@b.de", ["c@d.de"], MESSAGE)
        client.quit()
        server.wait_for_messages(1)


def test_trustme_certificate_instead_of_the_local_ca(tmp_path):
    ca = trustme.CA()
    leaf = ca.issue_cert("localhost", "127.0.0.1")
    cert_file, key_file, ca_file = tmp_path / "cert.pem", tmp_path / "key.pem", tmp_path / "ca.pem"
    leaf.private_key_pem.write_to_path(str(key_file))
    leaf.cert_chain_pems[0].write_to_path(str(cert_file))
    ca.cert_pem.write_to_path(str(ca_file))
    with LocalServer(ServerPolicy(tls="implicit", cert_file=cert_file, key_file=key_file, ca_file=ca_file)) as server:
        assert server.ca_file == ca_file
        context = ssl.create_default_context(cafile=str(ca_file))
        client = smtplib.SMTP_SSL("127.0.0.1", server.port, context=context, timeout=10)
        der = client.sock.getpeercert(binary_form=True)
        client.quit()
    import hashlib

    assert server.sha256 == hashlib.sha256(der).hexdigest()


def test_a_broken_certificate_file_is_a_server_error(tmp_path):
    bad = tmp_path / "bad.pem"
    bad.write_text("not a certificate")
    with pytest.raises(ServerError) as info:
        LocalServer(ServerPolicy(tls="starttls", cert_file=bad, key_file=bad)).start()
    assert "cannot be loaded" in info.value.text("en")


def test_mailbox_files_are_unique_and_hold_the_message(tmp_path):
    mailbox = tmp_path / "box"
    with LocalServer(ServerPolicy(mailbox=mailbox)) as server:
        client = smtplib.SMTP(server.host, server.port, timeout=10)
        for _ in range(3):
            client.sendmail("a@firma.de", ["b@example.org"], MESSAGE)
        client.quit()
        messages = server.wait_for_messages(3)
    files = sorted(mailbox.glob("*.eml"))
    assert len(files) == 3 and len({m.id for m in messages}) == 3
    for message in messages:
        data = message.path.read_bytes()
        assert message.path.parent == mailbox
        assert data.startswith(b"Return-Path: <a@firma.de>\r\nReceived: from ")
        assert data.endswith(MESSAGE)
        assert message.subject == "Hallo"


def test_mailbox_that_cannot_be_created_is_a_server_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ServerError) as info:
        LocalServer(ServerPolicy(mailbox=blocker / "box")).start()
    assert "cannot be used" in info.value.text("en")


def test_events_reach_the_listener_and_a_failing_listener_does_not_break_the_server():
    seen = []

    def listener(event):
        seen.append(event.kind)
        raise RuntimeError("listener bug")

    with LocalServer(ServerPolicy(users={USER: PASSWORD}), on_event=listener) as server:
        client = connect(server)
        client.login(USER, PASSWORD)
        client.sendmail("a@firma.de", ["b@example.org"], MESSAGE)
        client.quit()
        server.wait_for_messages(1)
        server.wait_for_sessions_closed(1)
    for kind in ("listening", "connect", "command", "reply", "auth", "received", "closed", "stopped"):
        assert kind in seen


def test_transcript_never_holds_the_password():
    with LocalServer(ServerPolicy(users={USER: PASSWORD})) as server:
        client = connect(server)
        client.login(USER, PASSWORD)  # smtplib prefers CRAM-MD5, then PLAIN with an initial response
        client.quit()
        client = connect(server)
        client.user, client.password = USER, PASSWORD
        client.auth("PLAIN", client.auth_plain, initial_response_ok=True)
        client.quit()
        server.wait_for_sessions_closed(2)
    import base64

    secret_forms = [PASSWORD, base64.b64encode(f"\0{USER}\0{PASSWORD}".encode()).decode(),
                    base64.b64encode(PASSWORD.encode()).decode()]
    everything = [e.text for e in server.events] + [str(e.data) for e in server.events]
    for session in server.sessions:
        everything += session.commands + session.replies + [line for _, line in session.transcript]
    assert "AUTH PLAIN ****" in server.sessions[1].commands
    assert not [line for line in everything for secret in secret_forms if secret in line]


def test_auth_command_when_auth_is_off_gets_503():
    with LocalServer() as server:
        client = connect(server)
        code, text = client.docmd("AUTH", "PLAIN AGEAYg==")
        client.close()
    assert code == 503 and b"authentication not enabled" in text


def test_cram_md5_rejects_an_initial_response_and_garbage():
    with LocalServer(ServerPolicy(users={USER: PASSWORD})) as server:
        client = connect(server)
        assert client.docmd("AUTH", "CRAM-MD5 Zm9v")[0] == 501
        assert client.docmd("AUTH", "CRAM-MD5")[0] == 334
        assert client.docmd("bm9zcGFjZQ==")[0] == 501  # "nospace": no "user digest"
        assert client.docmd("AUTH", "CRAM-MD5")[0] == 334
        assert client.docmd("*")[0] == 501  # the client aborts
        client.close()

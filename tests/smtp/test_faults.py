"""Faulty servers: each failure maps to its category and stage, and none hangs (short timeouts)."""
from __future__ import annotations

import time

import pytest

from swyxon_desktop.failures import HINTS, Category
from swyxon_desktop.smtp import errors, send_test_mail
from tests.smtp.helpers import (PASSWORD, RECIPIENT, USER, RawServer, assert_no_password, ehlo_reply, free_port,
                                settings_for)

pytestmark = pytest.mark.network


def _send(settings, password=None, **kw):
    started = time.monotonic()
    result = send_test_mail(settings, password, RECIPIENT, **kw)
    assert time.monotonic() - started < 10, "a faulty server must never make a run hang"
    return result


def _category(result):
    f = result.failure
    assert f is not None, "expected a failure"
    return f.category, f.stage


# -- servers that misbehave at the protocol level (raw sockets) -----------------------------------------

def test_no_greeting_is_a_timeout_at_the_greeting_with_the_implicit_tls_hint():
    with RawServer(lambda conn, srv: srv.wait_closed(conn)) as server:
        result = _send(settings_for(server, tls="starttls", timeout_s=1.0))
    assert _category(result) == (Category.TIMEOUT, "greeting")
    assert result.failure.hint == errors.HINT_GREETING_TIMEOUT
    assert "SSL/TLS (implicit)" in result.hint_text()


def test_garbage_reply_is_a_protocol_error():
    def script(conn, srv):
        conn.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n")
        srv.wait_closed(conn)

    with RawServer(script) as server:
        result = _send(settings_for(server, timeout_s=2.0))
    assert _category(result) == (Category.PROTOCOL_ERROR, "greeting")
    assert "HTTP/1.1 400" in result.failure.server_text


def test_connection_dropped_after_ehlo_is_server_unavailable():
    def script(conn, srv):
        conn.sendall(b"220 localhost ESMTP\r\n")
        srv.readline(conn)
        conn.sendall(ehlo_reply("8BITMIME"))
        conn.close()

    with RawServer(script) as server:
        result = _send(settings_for(server, tls="none", timeout_s=2.0))
    assert _category(result) == (Category.SERVER_UNAVAILABLE, "mail_from")
    assert result.failure.hint == errors.HINT_CLOSED


def test_starttls_not_offered_never_falls_back_to_plaintext():
    def script(conn, srv):
        conn.sendall(b"220 localhost ESMTP\r\n")
        while True:
            line = srv.readline(conn)
            if not line:
                return
            if line.upper().startswith("EHLO"):
                conn.sendall(ehlo_reply("AUTH PLAIN LOGIN", "8BITMIME"))
            elif line.upper() == "QUIT":
                conn.sendall(b"221 bye\r\n")
                return
            else:
                conn.sendall(b"250 ok\r\n")

    with RawServer(script) as server:
        result = _send(settings_for(server, tls="starttls", use_auth=True, username=USER), PASSWORD)
        assert _category(result) == (Category.STARTTLS_UNAVAILABLE, "tls")
        # Nothing after EHLO: no AUTH, no MAIL, certainly no password.
        assert [line.split()[0].upper() for line in server.lines if line] == ["EHLO"]
        assert_no_password(*server.lines)


def test_slow_drip_server_hits_the_overall_deadline():
    """A reply that never ends (one continuation line every 200 ms) defeats the per-operation timeout."""
    def script(conn, srv):
        while True:
            conn.sendall(b"220-still greeting\r\n")
            time.sleep(0.2)

    with RawServer(script) as server:
        started = time.monotonic()
        result = send_test_mail(settings_for(server, timeout_s=1.0), None, RECIPIENT, deadline_s=1.5)
        elapsed = time.monotonic() - started
    assert _category(result) == (Category.TIMEOUT, "greeting")
    assert result.failure.message == errors.MSG_DEADLINE
    assert elapsed < 5


def test_connection_refused():
    settings = settings_for(type("S", (), {"port": free_port()})(), tls="starttls")
    result = _send(settings)
    assert _category(result) == (Category.CONNECT_REFUSED, "connect")


def test_implicit_tls_against_a_plain_smtp_port_says_use_starttls(serve):
    server = serve(tls="starttls")
    result = _send(settings_for(server, tls="implicit"))
    assert _category(result) == (Category.TLS_FAILED, "tls")
    assert result.failure.hint == errors.HINT_TLS_ON_PLAIN_PORT


def test_starttls_against_an_implicit_tls_port_times_out_at_the_greeting(serve):
    server = serve(tls="implicit")
    result = _send(settings_for(server, tls="starttls", timeout_s=1.0))
    assert _category(result) == (Category.TIMEOUT, "greeting")
    assert result.failure.hint == errors.HINT_GREETING_TIMEOUT


# -- replies (the local test server's policy and faults) -------------------------------------------------

def test_421_at_the_greeting_is_server_unavailable(serve):
    server = serve(faults=("greeting-421",))
    result = _send(settings_for(server))
    assert _category(result) == (Category.SERVER_UNAVAILABLE, "greeting")
    assert (result.failure.smtp_code, result.failure.enhanced_status) == (421, "4.3.2")


def test_550_at_mail_from_is_sender_rejected_with_the_documented_advice(serve):
    server = serve(sender_domains=("other.example",))
    result = _send(settings_for(server, use_auth=True, username=USER), PASSWORD)
    assert _category(result) == (Category.SENDER_REJECTED, "mail_from")
    assert result.failure.smtp_code == 550
    assert "firma.de" in result.failure.hint_text("en")  # the sender domain must be one the server manages


def test_550_at_rcpt_is_recipient_rejected(serve):
    server = serve(faults=("rcpt-550",))
    result = _send(settings_for(server, use_auth=True, username=USER), PASSWORD)
    assert _category(result) == (Category.RECIPIENT_REJECTED, "rcpt_to")
    assert (result.failure.smtp_code, result.failure.enhanced_status) == (550, "5.1.1")


def test_relay_without_auth_is_recipient_rejected_naming_authentication(serve):
    server = serve()
    result = _send(settings_for(server), None)
    assert _category(result) == (Category.RECIPIENT_REJECTED, "rcpt_to")
    assert result.failure.smtp_code == 530
    assert result.failure.hint == errors.HINT_AUTH_REQUIRED


def test_554_after_data_is_message_rejected(serve):
    server = serve(faults=("data-554",))
    result = _send(settings_for(server, use_auth=True, username=USER), PASSWORD)
    assert _category(result) == (Category.MESSAGE_REJECTED, "data")
    assert result.failure.smtp_code == 554
    assert result.message_id  # the message was sent; its id helps searching the server's log
    assert "simulated fault" in result.failure.server_text


def test_slow_data_response_is_a_timeout_at_data(serve):
    server = serve(faults=("delay:data:5",))
    result = _send(settings_for(server, use_auth=True, username=USER, timeout_s=1.0), PASSWORD)
    assert _category(result) == (Category.TIMEOUT, "data")
    assert result.failure.hint == errors.HINT_DATA_TIMEOUT


def test_cleartext_auth_is_refused_at_the_auth_stage_without_sending_credentials(serve):
    # The profile (SSL off, AUTH on) is stored as the vendor's dialog allows; the refusal is at sending.
    server = serve(tls="none")
    looked_up = []

    def lookup():
        looked_up.append(True)
        return PASSWORD

    result = _send(settings_for(server, tls="none", use_auth=True, username=USER), lookup)
    assert _category(result) == (Category.INSECURE_AUTH_REFUSED, "auth")
    assert result.failure.hint_text("en") == HINTS[Category.INSECURE_AUTH_REFUSED]
    assert [(e.stage, e.status) for e in result.events if e.status != "started"][-1] == ("auth", "failed")
    assert looked_up == []  # the keychain was not even asked
    record = server.wait_for_sessions_closed(1)[0]
    assert record.helo  # the server saw EHLO …
    assert record.auth_mechanisms == [] and not any(c.startswith("AUTH") for c in record.commands)  # … no AUTH
    assert not any(line.text.startswith("AUTH") for line in result.transcript if line.direction == "C")
    assert_no_password(result.to_dict(), [str(line) for line in result.transcript], record.transcript)


def test_cleartext_auth_allowed_for_one_run(serve):
    server = serve(tls="none")
    result = _send(settings_for(server, tls="none", use_auth=True, username=USER, mechanism="PLAIN"), PASSWORD,
                   allow_insecure_auth=True)
    assert result.ok, result.to_dict()
    record = server.wait_for_sessions_closed(1)[0]
    # The password did travel (PLAIN, in clear) and the server checked it.
    assert record.auth_mechanisms == ["PLAIN"] and record.authenticated and record.auth_user == USER


def test_cleartext_auth_when_allowed_explicitly(serve):
    server = serve(tls="none")
    settings = settings_for(server, tls="none", use_auth=True, username=USER, allow_insecure_auth=True)
    result = _send(settings, PASSWORD)
    assert result.ok, result.to_dict()
    assert server.wait_for_sessions_closed(1)[0].auth_mechanisms == ["CRAM-MD5"]


def test_server_offering_auth_only_after_tls_when_plain_is_allowed(serve):
    server = serve(tls="starttls")
    settings = settings_for(server, tls="none", use_auth=True, username=USER, allow_insecure_auth=True)
    result = _send(settings, PASSWORD)
    assert _category(result) == (Category.AUTH_UNAVAILABLE, "auth")
    assert result.failure.hint == errors.HINT_AUTH_AFTER_TLS
    assert server.wait_for_sessions_closed(1)[0].auth_mechanisms == []


# -- certificates ---------------------------------------------------------------------------------------

def test_certificate_for_another_host(serve):
    server = serve(cert="other")
    result = _send(settings_for(server, use_auth=True, username=USER), PASSWORD)
    assert _category(result) == (Category.CERTIFICATE_INVALID, "tls")
    assert result.failure.hint == errors.HINT_CERT_HOSTNAME
    details = result.failure.details
    assert "mismatch" in details["verify_error"].lower()
    assert details["certificate"]["sans"] == ["DNS:mail.other.example"]
    assert details["sha256"] == server.sha256
    assert all(s.auth_mechanisms == [] for s in server.sessions)  # no credentials to an unverified server


def test_expired_certificate(serve):
    server = serve(cert="expired")
    result = _send(settings_for(server))
    assert _category(result) == (Category.CERTIFICATE_INVALID, "tls")
    assert result.failure.hint == errors.HINT_CERT_EXPIRED
    assert result.failure.details["certificate"]["expired"] is True


@pytest.mark.parametrize("tls", ["starttls", "implicit"])
def test_self_signed_refused_without_trust_then_accepted_when_pinned(serve, tls):
    server = serve(tls=tls, cert="self")
    settings = settings_for(server, tls=tls, use_auth=True, username=USER, ca_file="")
    refused = _send(settings, PASSWORD)
    assert _category(refused) == (Category.CERTIFICATE_INVALID, "tls")
    assert refused.failure.hint == errors.HINT_CERT_UNKNOWN_CA
    seen = refused.failure.details["sha256"]
    assert seen == server.sha256 and refused.failure.details["certificate"]["self_signed"] is True
    assert all(s.auth_mechanisms == [] for s in server.sessions)

    pinned = _send(settings.replace(pinned_sha256=seen), PASSWORD)
    assert pinned.ok, pinned.to_dict()
    assert pinned.tls.trusted_by_pin and not pinned.tls.verified
    assert "self-signed" in pinned.tls.verify_error or "self signed" in pinned.tls.verify_error
    assert "pinned" in pinned.transcript_text()


def test_a_different_pin_is_refused(serve):
    server = serve(cert="self")
    settings = settings_for(server, use_auth=True, username=USER, ca_file="", pinned_sha256="ab" * 32)
    result = _send(settings, PASSWORD)
    assert _category(result) == (Category.CERTIFICATE_INVALID, "tls")
    assert result.failure.hint == errors.HINT_PIN_MISMATCH
    assert all(s.auth_mechanisms == [] for s in server.sessions)


def test_unreadable_ca_file_is_invalid_settings(serve, tmp_path):
    server = serve()
    result = _send(settings_for(server, ca_file=str(tmp_path / "missing.pem")))
    assert _category(result) == (Category.INVALID_SETTINGS, "tls")


def test_503_to_auth_is_not_success():
    """A server that answers AUTH with 503 ("already authenticated") has checked nothing: protocol_error."""
    def script(conn, srv):
        conn.sendall(b"220 localhost ESMTP\r\n")
        srv.readline(conn)
        conn.sendall(ehlo_reply("AUTH PLAIN LOGIN"))
        srv.readline(conn)  # AUTH PLAIN <initial response>
        conn.sendall(b"503 5.5.1 Already authenticated\r\n")
        line = srv.readline(conn)  # a client that took 503 as success would go on with MAIL FROM
        if line.upper().startswith("MAIL"):
            conn.sendall(b"250 2.1.0 Ok\r\n")
            srv.readline(conn)
            conn.sendall(b"250 2.1.5 Ok\r\n")
            srv.readline(conn)
            conn.sendall(b"354 go\r\n")
        srv.wait_closed(conn)

    with RawServer(script) as server:
        settings = settings_for(server, tls="none", use_auth=True, username=USER, allow_insecure_auth=True,
                                mechanism="PLAIN", timeout_s=2.0)
        result = _send(settings, PASSWORD)
        sent = list(server.lines)
    assert _category(result) == (Category.PROTOCOL_ERROR, "auth")
    assert result.failure.smtp_code == 503
    assert result.failure.hint == errors.HINT_AUTH_BAD_SEQUENCE
    assert not [line for line in sent if line.upper().startswith("MAIL")]
    assert_no_password(result.to_dict(), result.transcript_text())

"""send_test_mail against the real local test server (aiosmtpd, trustme certificates)."""
from __future__ import annotations

import pytest

from swyxon_desktop.failures import Category
from swyxon_desktop.smtp import send_test_mail
from tests.smtp.helpers import PASSWORD, RECIPIENT, SENDER, USER, assert_no_password, settings_for

MECHANISMS = ["LOGIN", "PLAIN", "CRAM-MD5"]


@pytest.mark.network
@pytest.mark.parametrize("tls", ["starttls", "implicit"])
@pytest.mark.parametrize("mechanism", MECHANISMS)
def test_each_mechanism_over_each_tls_mode(serve, tls, mechanism):
    server = serve(tls=tls)
    settings = settings_for(server, tls=tls, use_auth=True, username=USER, mechanism=mechanism)
    events = []
    result = send_test_mail(settings, PASSWORD, RECIPIENT, profile="Kunde A", on_event=events.append)

    assert result.ok, result.to_dict()
    assert result.mechanism == mechanism
    # Exactly one AUTH command went over the wire, with the chosen mechanism (server-side record).
    [session] = server.wait_for_sessions_closed(1)
    assert session.auth_mechanisms == [mechanism]
    assert session.authenticated and session.auth_user == USER and session.tls
    [received] = server.wait_for_messages(1)
    assert received.mail_from == SENDER and received.rcpt_tos == [RECIPIENT]
    msg = received.message
    assert msg["Message-ID"] == result.message_id
    assert msg["From"] == SENDER and msg["To"] == RECIPIENT and msg["Date"]
    assert "Kunde A" in msg["Subject"]
    body = msg.get_content()
    assert "Kunde A" in body and "127.0.0.1" in body and str(settings.port) in body
    assert_no_password(received.raw, result.to_dict(), result.transcript_text())
    assert result.tls is not None and result.tls.verified and result.tls.version.startswith("TLSv1.")
    # Stage events: every stage started and ended ok, in the planned order.
    ok_stages = [e.stage for e in events if e.status == "ok"]
    expected = (["resolve", "connect", "tls", "greeting", "ehlo"] if tls == "implicit"
                else ["resolve", "connect", "greeting", "ehlo", "tls", "ehlo"])
    assert ok_stages == expected + ["auth", "mail_from", "rcpt_to", "data", "quit"]
    assert not [e for e in events if e.status == "failed"]
    assert result.to_dict()["smtp_code"] == 250


@pytest.mark.network
@pytest.mark.parametrize("offered,expected", [
    (("LOGIN", "PLAIN", "CRAM-MD5"), "CRAM-MD5"),
    (("LOGIN", "PLAIN"), "PLAIN"),
    (("LOGIN",), "LOGIN"),
])
def test_automatic_picks_the_strongest_offered(serve, offered, expected):
    server = serve(auth_mechanisms=offered)
    result = send_test_mail(settings_for(server, use_auth=True, username=USER), PASSWORD, RECIPIENT)
    assert result.ok, result.to_dict()
    assert result.mechanism == expected
    assert server.wait_for_sessions_closed(1)[0].auth_mechanisms == [expected]


@pytest.mark.network
def test_mechanism_not_offered_names_what_is_offered_and_sends_no_auth(serve):
    server = serve(auth_mechanisms=("LOGIN", "PLAIN"))
    result = send_test_mail(settings_for(server, use_auth=True, username=USER, mechanism="CRAM-MD5"),
                            PASSWORD, RECIPIENT)
    assert result.failure.category is Category.AUTH_UNAVAILABLE
    assert result.failure.stage == "auth"
    assert "LOGIN PLAIN" in result.message_text()
    session = server.wait_for_sessions_closed(1)[0]
    assert session.auth_mechanisms == []
    assert not any(c.upper().startswith("MAIL") for c in session.commands)


@pytest.mark.network
def test_plain_smtp_without_auth_never_tries_starttls(serve):
    server = serve(tls="starttls", users={})
    result = send_test_mail(settings_for(server, tls="none"), None, RECIPIENT)
    assert result.ok, result.to_dict()
    session = server.wait_for_sessions_closed(1)[0]
    assert not session.starttls and not any(c.upper() == "STARTTLS" for c in session.commands)
    assert result.tls is None


@pytest.mark.network
def test_wrong_password_is_auth_failed_535(serve):
    server = serve()
    result = send_test_mail(settings_for(server, use_auth=True, username=USER), "wrong-" + PASSWORD, RECIPIENT)
    f = result.failure
    assert (f.category, f.stage, f.smtp_code, f.enhanced_status) == (Category.AUTH_FAILED, "auth", 535, "5.7.8")
    assert server.wait_for_sessions_closed(1)[0].auth_mechanisms == ["CRAM-MD5"]
    assert result.to_dict()["hint"].startswith("Check the user name and password")


@pytest.mark.network
def test_non_ascii_recipient_domain_goes_out_as_idna(serve):
    server = serve(users={})
    result = send_test_mail(settings_for(server), None, "info@müller.de")
    assert result.ok, result.to_dict()
    assert server.wait_for_messages(1)[0].rcpt_tos == ["info@xn--mller-kva.de"]


@pytest.mark.network
def test_non_ascii_local_part_uses_smtputf8(serve):
    server = serve(users={})
    result = send_test_mail(settings_for(server), None, "jürgen@example.com")
    assert result.ok, result.to_dict()
    [received] = server.wait_for_messages(1)
    assert received.rcpt_tos == ["jürgen@example.com"]
    assert any("SMTPUTF8" in c for c in server.sessions[0].commands)

"""The server against Python's smtplib: every TLS mode and mechanism, the policy, the records."""
from __future__ import annotations

import smtplib

import pytest

from .helpers import PASSWORD, USER, connect

MESSAGE = b"From: a@firma.de\r\nTo: b@example.org\r\nSubject: Test\r\n\r\nHallo Welt\r\n"


@pytest.mark.parametrize("tls", ["none", "starttls", "implicit"])
@pytest.mark.parametrize("mechanism", ["LOGIN", "PLAIN", "CRAM-MD5"])
def test_every_tls_mode_and_mechanism_delivers(serve, tls, mechanism):
    server = serve(tls=tls, users={USER: PASSWORD}, sender_domains=("firma.de",))
    client = connect(server)
    assert mechanism in client.esmtp_features["auth"].split()
    client.user, client.password = USER, PASSWORD
    code, _ = client.auth(mechanism, getattr(client, "auth_" + mechanism.lower().replace("-", "_")))
    assert code == 235
    client.sendmail("a@firma.de", ["b@example.org"], MESSAGE)
    client.quit()
    [message] = server.wait_for_messages(1)
    assert message.mail_from == "a@firma.de" and message.rcpt_tos == ["b@example.org"]
    assert message.raw == MESSAGE
    assert message.tls is (tls != "none") and message.auth_user == USER
    session = server.sessions[0]
    assert session.auth_mechanism == mechanism and session.authenticated
    assert message.path is not None and message.path.read_bytes().endswith(MESSAGE)
    assert all(PASSWORD not in line for line in session.commands + session.replies)


def test_wrong_password_gets_535(serve):
    server = serve(tls="none", users={USER: PASSWORD})
    client = connect(server)
    with pytest.raises(smtplib.SMTPAuthenticationError) as info:
        client.login(USER, "wrong")
    assert info.value.smtp_code == 535 and info.value.smtp_error.startswith(b"5.7.8")
    client.close()


def test_foreign_sender_domain_gets_550_571(serve):
    server = serve(sender_domains=("firma.de",))
    client = connect(server)
    with pytest.raises(smtplib.SMTPSenderRefused) as info:
        client.sendmail("x@andere.de", ["b@example.org"], MESSAGE)
    assert info.value.smtp_code == 550
    assert info.value.smtp_error.startswith(b"5.7.1") and b"andere.de is not managed" in info.value.smtp_error
    client.close()
    assert not server.received
    refused = [e for e in server.events if e.kind == "refused"]
    assert refused and refused[0].data["stage"] == "mail" and refused[0].data["code"] == 550


def test_relaying_needs_auth(serve):
    server = serve(users={USER: PASSWORD})
    client = connect(server)
    with pytest.raises(smtplib.SMTPRecipientsRefused) as info:
        client.sendmail("a@firma.de", ["b@example.org"], MESSAGE)
    assert info.value.recipients["b@example.org"] == (530, b"5.7.0 Authentication required")
    client.close()


def test_starttls_offers_auth_only_after_tls(serve):
    server = serve(tls="starttls", users={USER: PASSWORD})
    client = connect(server, starttls=False)
    assert "starttls" in client.esmtp_features and "auth" not in client.esmtp_features
    code, text = client.docmd("AUTH", "PLAIN " + "AGFsaWNlAFMzY3JldC1wdyE=")
    assert code == 538
    client.close()

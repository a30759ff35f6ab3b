"""Unit tests: redaction, mechanism choice, reply/exception mapping, the test message."""
from __future__ import annotations

import base64
import os
import hmac
import smtplib
import socket
import ssl
from pathlib import Path

import pytest

from swyxon_desktop.failures import Category, FailureError
from swyxon_desktop.settings import AuthMechanism, MailSettings, TlsMode
from swyxon_desktop.smtp import errors, planned_stages, send_test_mail
from swyxon_desktop.smtp.auth import Authenticator, choose_mechanism, offered_mechanisms
from swyxon_desktop.smtp.engine import compose
from swyxon_desktop.smtp.transcript import Redactor, Transcript
from tests.smtp.helpers import PASSWORD, USER, assert_no_password, password_forms


def test_redactor_removes_every_form_of_the_password():
    r = Redactor(PASSWORD, USER)
    forms = password_forms()
    text = " | ".join(forms.values()) + f" user={USER}"
    scrubbed = r(text)
    assert_no_password(scrubbed)
    assert USER in scrubbed


def test_authenticator_labels_never_carry_the_secret():
    r = Redactor(PASSWORD, USER)
    plain = Authenticator("PLAIN", USER, PASSWORD, r)
    assert plain() == f"\0{USER}\0{PASSWORD}"
    login = Authenticator("LOGIN", USER, PASSWORD, r)
    assert login(b"Username:") == USER and USER in login.last_label
    assert login(b"Password:") == PASSWORD and login.last_label == "[password redacted]"
    cram = Authenticator("CRAM-MD5", USER, PASSWORD, r)
    challenge = b"<1234.5678@localhost>"
    response = cram(challenge)
    digest = hmac.new(PASSWORD.encode(), challenge, "md5").hexdigest()
    assert response == f"{USER} {digest}"
    # The CRAM-MD5 response (hex and base64) is now a secret form too.
    assert r(digest) == "***" and r(base64.b64encode(response.encode()).decode()) == "***"
    for a in (plain, login, cram):
        assert PASSWORD not in a.last_label and PASSWORD not in repr(a)


@pytest.mark.parametrize("configured,offered,expected", [
    ("auto", ["LOGIN", "PLAIN", "CRAM-MD5"], "CRAM-MD5"),
    ("auto", ["LOGIN", "PLAIN"], "PLAIN"),
    ("auto", ["XOAUTH2", "LOGIN"], "LOGIN"),
    ("LOGIN", ["LOGIN", "PLAIN", "CRAM-MD5"], "LOGIN"),
    ("CRAM-MD5", ["CRAM-MD5"], "CRAM-MD5"),
])
def test_choose_mechanism(configured, offered, expected):
    assert choose_mechanism(configured, offered) == expected


@pytest.mark.parametrize("configured,offered", [("auto", ["XOAUTH2"]), ("PLAIN", ["LOGIN"]), ("auto", [])])
def test_choose_mechanism_refuses_with_auth_unavailable(configured, offered):
    with pytest.raises(FailureError) as exc:
        choose_mechanism(configured, offered)
    assert exc.value.failure.category is Category.AUTH_UNAVAILABLE
    assert exc.value.failure.details["offered"] == offered


def test_offered_mechanisms_reads_both_ehlo_forms():
    assert offered_mechanisms({"auth": "PLAIN login CRAM-MD5"}) == ["PLAIN", "LOGIN", "CRAM-MD5"]
    assert offered_mechanisms({}) == []


CTX = errors.Context(host="mail.firma.de", port=587, security="starttls", timeout_s=5)


@pytest.mark.parametrize("stage,code,text,category,enhanced", [
    ("greeting", 421, b"4.3.2 Service not available", Category.SERVER_UNAVAILABLE, "4.3.2"),
    ("greeting", 554, b"No SMTP service here", Category.SERVER_UNAVAILABLE, None),
    ("greeting", -1, b"HTTP/1.1 400", Category.PROTOCOL_ERROR, None),
    ("tls", 454, b"4.7.0 TLS not available", Category.STARTTLS_UNAVAILABLE, "4.7.0"),
    ("auth", 535, b"5.7.8 Authentication credentials invalid", Category.AUTH_FAILED, "5.7.8"),
    ("auth", 538, b"5.7.11 Encryption required", Category.INSECURE_AUTH_REFUSED, "5.7.11"),
    ("auth", 504, b"5.5.4 Unrecognized authentication type", Category.AUTH_UNAVAILABLE, "5.5.4"),
    ("mail_from", 550, b"5.7.1 Sender rejected", Category.SENDER_REJECTED, "5.7.1"),
    ("mail_from", 553, b"5.7.1 Sender address not owned", Category.SENDER_REJECTED, "5.7.1"),
    ("mail_from", 421, b"4.4.2 closing", Category.SERVER_UNAVAILABLE, "4.4.2"),
    ("rcpt_to", 550, b"5.1.1 No such user", Category.RECIPIENT_REJECTED, "5.1.1"),
    ("rcpt_to", 530, b"5.7.0 Authentication required", Category.RECIPIENT_REJECTED, "5.7.0"),
    ("data", 554, b"5.6.0 Spam", Category.MESSAGE_REJECTED, "5.6.0"),
    ("data", 552, b"5.3.4 Message too big", Category.MESSAGE_REJECTED, "5.3.4"),
    ("ehlo", 502, b"5.5.2 Error", Category.PROTOCOL_ERROR, "5.5.2"),
])
def test_reply_mapping(stage, code, text, category, enhanced):
    f = errors.reply_failure(stage, code, text, CTX)
    assert (f.category, f.stage, f.enhanced_status) == (category, stage, enhanced)
    assert f.smtp_code == (code if code > 0 else None)
    assert f.hint_text("en") and f.message_text("en") and "{}" not in f.message_text("en")


def test_530_at_mail_from_hints_at_authentication():
    f = errors.reply_failure("mail_from", 530, b"5.7.0 Authentication required", CTX)
    assert f.hint == errors.HINT_AUTH_REQUIRED


@pytest.mark.parametrize("exc,category", [
    (socket.gaierror(socket.EAI_NONAME, "Name or service not known"), Category.DNS_FAILED),
    (ConnectionRefusedError(111, "Connection refused"), Category.CONNECT_REFUSED),
    (TimeoutError("timed out"), Category.TIMEOUT),
    (smtplib.SMTPServerDisconnected("closed"), Category.SERVER_UNAVAILABLE),
    (ssl.SSLError(1, "[SSL: WRONG_VERSION_NUMBER] wrong version number"), Category.TLS_FAILED),
    (ValueError("odd"), Category.PROTOCOL_ERROR),
])
def test_exception_mapping(exc, category):
    stage = "resolve" if category is Category.DNS_FAILED else "connect" if category is Category.CONNECT_REFUSED \
        else "greeting"
    assert errors.exception_failure(stage, exc, CTX).category is category


def test_messages_are_translated_in_german():
    f = errors.reply_failure("auth", 535, b"5.7.8 no", CTX)
    assert f.message_text("de") != f.message_text("en")
    assert f.hint_text("de") != f.hint_text("en")


def _settings(**kw):
    return MailSettings(server="mail.firma.de", port=587, sender="SwyxWare@firma.de", **kw)


def test_compose_names_profile_and_settings_never_the_password():
    settings = _settings(use_auth=True, username=USER, mechanism=AuthMechanism.PLAIN)
    raw, message_id = compose(settings, settings.sender, "a@example.com", profile="Müller GmbH", utf8=False)
    text = raw.decode("ascii")  # headers RFC 2047, body quoted-printable: pure ASCII on the wire
    assert f"Message-ID: {message_id}" in text and "Date: " in text
    assert "=?utf-8?" in text  # the non-ASCII profile name in the subject
    import email
    import email.policy

    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert "Müller GmbH" in msg["Subject"] and "Müller GmbH" in msg.get_content()
    assert "mail.firma.de" in msg.get_content() and USER in msg.get_content()
    assert_no_password(text, msg.get_content())


def test_message_ids_are_unique():
    ids = {compose(_settings(), "a@firma.de", "b@example.com", profile="p", utf8=False)[1] for _ in range(50)}
    assert len(ids) == 50


@pytest.mark.parametrize("recipient", ["a@example.com\r\nBcc: x@evil.example", "a@example.com\0", "a\n@b.de"])
def test_line_breaks_and_nul_in_a_header_value_are_refused_before_connecting(recipient):
    result = send_test_mail(_settings(), None, recipient)
    assert result.failure.category is Category.INVALID_SETTINGS
    assert result.events == [] and result.transcript == []


def test_line_break_in_the_profile_name_is_refused():
    result = send_test_mail(_settings(), None, "a@example.com", profile="x\r\nBcc: y@evil.example")
    assert result.failure.category is Category.INVALID_SETTINGS and result.events == []


@pytest.mark.parametrize("recipient", ["", "no-at-sign", "@example.com", "a@", "a b@example.com", "a@exa mple.com"])
def test_bad_recipient_is_invalid_settings(recipient):
    result = send_test_mail(_settings(), None, recipient)
    assert (result.failure.category, result.failure.stage) == (Category.INVALID_SETTINGS, "rcpt_to")


def test_auth_without_password_is_invalid_settings():
    result = send_test_mail(_settings(use_auth=True, username=USER), None, "a@example.com")
    assert result.failure.category is Category.INVALID_SETTINGS
    assert result.failure.hint == errors.HINT_NO_PASSWORD


def test_planned_stages():
    assert planned_stages(_settings(tls_mode=TlsMode.IMPLICIT)) == [
        "resolve", "connect", "tls", "greeting", "ehlo", "mail_from", "rcpt_to", "data", "quit"]
    assert planned_stages(_settings(use_auth=True)) == [
        "resolve", "connect", "greeting", "ehlo", "tls", "auth", "mail_from", "rcpt_to", "data", "quit"]
    assert "tls" not in planned_stages(_settings(use_ssl=False))


def test_transcript_abbreviates_the_body():
    t = Transcript()
    body = b"Subject: x\r\n\r\n" + b"".join(f"line {i}\r\n".encode() for i in range(20)) + b".\r\n"
    t.body(body)
    texts = [line.text for line in t.lines]
    assert texts[0] == "Subject: x" and texts[-1] == "."
    assert "line 5" in texts and "line 6" not in texts
    assert any("14 more line(s)" in x for x in texts)


def test_make_context_trusts_exactly_what_the_default_context_trusts():
    """The same CA certificates and store as ssl.create_default_context() — no shortcut that leaves a CA
    appended to the system bundle out (review, issue 3)."""
    import ssl

    from swyxon_desktop.smtp import tlsinfo

    ours, default = tlsinfo.make_context(), ssl.create_default_context()
    assert ours.get_ca_certs() == default.get_ca_certs()
    assert ours.cert_store_stats() == default.cert_store_stats()
    assert ours.verify_mode == ssl.CERT_REQUIRED and ours.check_hostname


def test_a_prepared_context_is_the_same_context_and_handed_out_once(tmp_path, pki):
    """prepare_context builds make_context(ca_file) early in a (non-daemon) thread; the next make_context
    with that CA file takes it, the one after builds a new one; a failure there is raised in the run."""
    import ssl
    import threading

    from swyxon_desktop.smtp import tlsinfo

    ca_file = str(pki.ca_file)
    tlsinfo.prepare_context(ca_file)
    helpers = [t for t in threading.enumerate() if t.name == "tls-context"]
    assert helpers and not any(t.daemon for t in helpers)
    prepared = tlsinfo.make_context(ca_file)
    again = tlsinfo.make_context(ca_file)
    assert prepared is not again
    expected = ssl.create_default_context()
    expected.load_verify_locations(cafile=ca_file)
    for ctx in (prepared, again):
        assert ctx.get_ca_certs() == expected.get_ca_certs()
        assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
    assert tlsinfo.make_context().get_ca_certs() == ssl.create_default_context().get_ca_certs()

    missing = str(tmp_path / "fehlt.pem")
    tlsinfo.prepare_context(missing)
    with pytest.raises(FileNotFoundError):
        tlsinfo.make_context(missing)


@pytest.mark.network
@pytest.mark.parametrize("where", ["bundle", "directory"])
def test_a_ca_the_default_context_trusts_is_trusted(serve, pki, tmp_path, monkeypatch, where):
    """A CA only in a cafile-style bundle (SSL_CERT_FILE) or only in a hashed capath (SSL_CERT_DIR) verifies
    exactly as it does for ssl.create_default_context(); without it, the certificate is not trusted."""
    import ssl
    import subprocess

    from tests.smtp.helpers import RECIPIENT, settings_for

    server = serve(users={})
    settings = settings_for(server, ca_file="")  # no profile CA file
    assert send_test_mail(settings, None, RECIPIENT).failure.category is Category.CERTIFICATE_INVALID

    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    if where == "bundle":
        system = ssl.get_default_verify_paths().openssl_cafile
        bundle = tmp_path / "ca-certificates.crt"  # the system bundle with a corporate CA appended
        bundle.write_bytes((Path(system).read_bytes() if os.path.exists(system) else b"") + pki.ca_file.read_bytes())
        monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
        monkeypatch.setenv("SSL_CERT_DIR", str(empty_dir))
    else:
        capath = tmp_path / "certs"
        capath.mkdir()
        subject_hash = subprocess.run(["openssl", "x509", "-hash", "-noout", "-in", str(pki.ca_file)], check=True,
                                      capture_output=True, text=True, timeout=30).stdout.strip()
        (capath / f"{subject_hash}.0").write_bytes(pki.ca_file.read_bytes())
        monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "no-bundle.crt"))
        monkeypatch.setenv("SSL_CERT_DIR", str(capath))
    # The reference: Python's default context trusts the server now …
    import smtplib

    with smtplib.SMTP("127.0.0.1", server.port, timeout=5) as reference:
        reference.starttls(context=ssl.create_default_context())
    # … and so does the engine.
    result = send_test_mail(settings, None, RECIPIENT)
    assert result.ok and result.tls.verified, result.to_dict()


@pytest.mark.parametrize("utf8", [False, True])
def test_a_long_german_subject_is_encoded_not_refused(utf8):
    """A non-ASCII subject longer than one encoded line is folded (RFC 2047), not taken for an injection."""
    import email
    import email.policy

    from swyxon_desktop.settings import MailSettings
    from swyxon_desktop.smtp.engine import compose

    profile = "Kunde Schmidt GmbH & Co. KG Niederlassung Süd"
    raw, message_id = compose(MailSettings(server="127.0.0.1", sender="SwyxWare@firma.de"), "SwyxWare@firma.de",
                              "admin@firma.de", profile=profile, utf8=utf8, lang="de")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["Subject"] == f"SwyxON Desktop Test-E-Mail (Profil „{profile}“)"
    assert msg["Message-ID"] == message_id


def test_a_line_break_in_a_header_value_is_still_refused():
    from swyxon_desktop.failures import Category, FailureError
    from swyxon_desktop.settings import MailSettings
    from swyxon_desktop.smtp.engine import compose

    with pytest.raises(FailureError) as info:
        compose(MailSettings(server="127.0.0.1", sender="SwyxWare@firma.de"), "SwyxWare@firma.de",
                "admin@firma.de\r\nBcc: victim@example.org", profile="x", utf8=False, lang="en")
    assert info.value.failure.category is Category.INVALID_SETTINGS


def test_an_international_sender_domain_goes_out_in_its_idna_2008_form():
    """straße.de is its own domain (IDNA 2008), not strasse.de (Python's IDNA 2003 codec)."""
    from swyxon_desktop.smtp.engine import _check_address

    assert _check_address("info@straße.de", "", "", "mail_from") == ("info@xn--strae-oqa.de", False)
    assert _check_address("SwyxWare@müller.de", "", "", "mail_from") == ("SwyxWare@xn--mller-kva.de", False)

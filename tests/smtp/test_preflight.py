"""The check without sending against the project's test server (and swaks): every stage up to RCPT TO,
then RSET and QUIT — the server's own session records and its mailbox prove that DATA never came."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from swyxon_desktop.failures import Category
from swyxon_desktop.smtp import errors, planned_stages, send_test_mail
from swyxon_desktop.smtp.preflight import HINT_CHECKED, check_without_sending, recipient_for
from tests.smtp.helpers import PASSWORD, RECIPIENT, SENDER, USER, assert_no_password, settings_for

pytestmark = pytest.mark.network
SWAKS = shutil.which("swaks") or "/usr/bin/swaks"


def _verbs(server, count=1):
    sessions = server.wait_for_sessions_closed(count)
    return [[c.split()[0].upper() for c in s.commands if c.strip()] for s in sessions]


def _assert_nothing_sent(server, tmp_path, count=1):
    for verbs in _verbs(server, count):
        assert "DATA" not in verbs and "BDAT" not in verbs, verbs
    assert server.received == []
    mailbox = tmp_path / "mailbox"
    assert not mailbox.exists() or list(mailbox.glob("*.eml")) == []


def test_a_working_starttls_login_profile_passes_every_stage_and_sends_no_data(serve, tmp_path):
    server = serve(tls="starttls", auth_mechanisms=("LOGIN", "PLAIN"))
    settings = settings_for(server, use_auth=True, username=USER, mechanism="LOGIN")
    result = check_without_sending(settings, PASSWORD, RECIPIENT, profile="Kunde A")
    assert result.ok, result.to_dict()
    assert result.sent is False and result.message_id is None
    assert result.smtp_code == 250 and result.mechanism == "LOGIN"
    assert result.hint_text() == HINT_CHECKED and "nothing was sent" in result.message_text()
    done = [e.stage for e in result.events if e.status == "ok"]
    assert done == ["resolve", "connect", "greeting", "ehlo", "tls", "ehlo", "auth", "mail_from", "rcpt_to",
                    "quit"]
    assert "data" not in planned_stages(settings, send=False)
    (verbs,) = _verbs(server)
    assert verbs == ["EHLO", "STARTTLS", "EHLO", "AUTH", "MAIL", "RCPT", "RSET", "QUIT"]
    _assert_nothing_sent(server, tmp_path)
    assert_no_password(result.to_dict(), result.transcript_text())
    assert result.to_dict()["sent"] is False


def test_a_test_mail_to_the_same_server_does_send_data(serve, tmp_path):
    """The counter-check: the same assertions see a DATA when there is one."""
    server = serve(tls="starttls")
    result = send_test_mail(settings_for(server, use_auth=True, username=USER), PASSWORD, RECIPIENT)
    assert result.ok and result.sent
    (verbs,) = _verbs(server)
    assert "DATA" in verbs and len(server.received) == 1


def test_wrong_password_fails_at_auth_with_535(serve, tmp_path):
    server = serve(tls="starttls")
    result = check_without_sending(settings_for(server, use_auth=True, username=USER), "wrong", RECIPIENT)
    f = result.failure
    assert (f.category, f.stage, f.smtp_code) == (Category.AUTH_FAILED, "auth", 535)
    assert result.hint_text() == f.hint_text()
    (verbs,) = _verbs(server)
    assert "MAIL" not in verbs
    _assert_nothing_sent(server, tmp_path)


def test_a_foreign_sender_domain_is_refused_at_mail_from_with_550(serve, tmp_path):
    server = serve(tls="starttls", sender_domains=("other.example",))
    result = check_without_sending(settings_for(server, use_auth=True, username=USER), PASSWORD, RECIPIENT)
    f = result.failure
    assert (f.category, f.stage, f.smtp_code) == (Category.SENDER_REJECTED, "mail_from", 550)
    assert "firma.de" in f.server_text
    _assert_nothing_sent(server, tmp_path)


def test_a_refused_relay_is_refused_at_rcpt_to(serve, tmp_path):
    server = serve(tls="starttls", faults=(__import__("swyxon_desktop.testserver", fromlist=["parse_fault"])
                                           .parse_fault("rcpt-550"),))
    result = check_without_sending(settings_for(server, use_auth=True, username=USER), PASSWORD, RECIPIENT)
    f = result.failure
    assert (f.category, f.stage, f.smtp_code) == (Category.RECIPIENT_REJECTED, "rcpt_to", 550)
    _assert_nothing_sent(server, tmp_path)


def test_relay_without_auth_is_refused_at_rcpt_to_as_the_test_mail_reports_it(serve, tmp_path):
    """No AUTH on a server that relays only after AUTH: 530 at RCPT — the same failure as a test mail."""
    server = serve(tls="starttls")
    checked = check_without_sending(settings_for(server), None, RECIPIENT)
    sent = send_test_mail(settings_for(server), None, RECIPIENT)
    assert checked.failure.stage == "rcpt_to" == sent.failure.stage
    assert (checked.failure.category, checked.failure.smtp_code, checked.failure.hint) == (
        sent.failure.category, sent.failure.smtp_code, sent.failure.hint)
    _assert_nothing_sent(server, tmp_path, 2)


def test_events_are_reported_as_they_happen(serve):
    server = serve(tls="starttls")
    seen = []
    result = check_without_sending(settings_for(server, use_auth=True, username=USER), PASSWORD, RECIPIENT,
                                   on_event=seen.append)
    assert result.ok and seen == result.events
    assert seen[-1].stage == errors.QUIT and seen[-1].detail == "RSET"


def test_the_recipient_is_to_then_the_remembered_one_then_the_sender():
    s = settings_for(type("P", (), {"port": 25})(), tls="none")
    assert recipient_for(s) == SENDER
    assert recipient_for(s.replace(last_recipient="it@firma.de")) == "it@firma.de"
    assert recipient_for(s.replace(last_recipient="it@firma.de"), "x@y.de") == "x@y.de"


def test_without_a_recipient_the_sender_is_checked_as_recipient(serve):
    server = serve(tls="starttls")
    result = check_without_sending(settings_for(server, use_auth=True, username=USER), PASSWORD)
    assert result.ok and result.recipient == SENDER
    (session,) = server.wait_for_sessions_closed(1)
    assert f"RCPT TO:<{SENDER}>" in session.commands


def test_swaks_quit_after_rcpt_sees_what_the_check_sees(serve, tmp_path):
    """swaks --quit-after RCPT, an independent client, against the same refusing server."""
    server = serve(tls="starttls", sender_domains=("other.example",))
    third = subprocess.run([SWAKS, "--server", "127.0.0.1", "--port", str(server.port), "--from", SENDER,
                            "--to", RECIPIENT, "--tls", "--auth", "PLAIN", "--auth-user", USER, "--auth-password",
                            PASSWORD, "--quit-after", "RCPT", "--timeout", "10"],
                           capture_output=True, text=True, timeout=30)
    assert third.returncode == 23, third.stdout
    code = int(re.search(r"<~\* +(\d{3}) ", third.stdout).group(1))
    ours = check_without_sending(settings_for(server, use_auth=True, username=USER), PASSWORD, RECIPIENT)
    assert (ours.failure.stage, ours.failure.smtp_code) == ("mail_from", code)
    _assert_nothing_sent(server, tmp_path, 2)


def test_a_plain_aiosmtpd_server_sees_no_data(tmp_path):
    """aiosmtpd's own Controller with a handler of this test — not the project's server — as a second view."""
    from aiosmtpd.controller import Controller

    class Recorder:
        def __init__(self):
            self.mail, self.rcpt, self.data = [], [], []

        async def handle_MAIL(self, server, session, envelope, address, options):  # noqa: N802
            self.mail.append(address)
            envelope.mail_from = address
            return "250 OK"

        async def handle_RCPT(self, server, session, envelope, address, options):  # noqa: N802
            self.rcpt.append(address)
            envelope.rcpt_tos.append(address)
            return "250 OK"

        async def handle_DATA(self, server, session, envelope):  # noqa: N802
            self.data.append(envelope.content)
            return "250 queued"

    from tests.smtp.helpers import free_port

    handler = Recorder()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        peer = type("Peer", (), {"port": port, "ca_file": None})()
        result = check_without_sending(settings_for(peer, tls="none"), None, RECIPIENT)
    finally:
        controller.stop()
    assert result.ok, result.to_dict()
    assert handler.mail == [SENDER] and handler.rcpt == [RECIPIENT] and handler.data == []

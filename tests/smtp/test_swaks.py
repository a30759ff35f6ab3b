"""swaks — an independent SMTP client — against the same local servers: a third-party view of what the
engine and the probe report."""
from __future__ import annotations

import re
import subprocess

import pytest

from swyxon_desktop.failures import Category
from swyxon_desktop.smtp import send_test_mail
from swyxon_desktop.smtp.probe import probe
from tests.swaks_client import SWAKS
from tests.smtp.helpers import PASSWORD, RECIPIENT, SENDER, USER, settings_for

pytestmark = [pytest.mark.network, pytest.mark.usefixtures("swaks_ready")]


def swaks(server, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([SWAKS, "--server", "127.0.0.1", "--port", str(server.port), "--from", SENDER,
                           "--to", RECIPIENT, "--timeout", "10", *args],
                          capture_output=True, text=True, timeout=30)


def test_swaks_and_the_engine_agree_on_a_working_starttls_login_server(serve, closed_ports):
    server = serve(tls="starttls", auth_mechanisms=("LOGIN", "PLAIN"))
    third_party = swaks(server, "--tls", "--tls-verify", "--tls-ca-path", str(server.ca_file),
                        "--auth", "LOGIN", "--auth-user", USER, "--auth-password", PASSWORD)
    assert third_party.returncode == 0, third_party.stdout + third_party.stderr
    ours = send_test_mail(settings_for(server, use_auth=True, username=USER, mechanism="LOGIN"), PASSWORD, RECIPIENT)
    assert ours.ok, ours.to_dict()
    assert [s.auth_mechanisms for s in server.wait_for_sessions_closed(2)] == [["LOGIN"], ["LOGIN"]]
    # What swaks saw behind TLS is what the probe reports.
    swaks_auth = re.search(r"<~  250[- ]AUTH (.+)", third_party.stdout).group(1).split()
    checked = probe(settings_for(server, use_auth=True, username=USER), ports=closed_ports)
    assert sorted(checked.configured.auth_mechanisms) == sorted(swaks_auth)


def test_swaks_and_the_engine_agree_on_a_rejected_sender(serve):
    server = serve(tls="starttls", sender_domains=("other.example",))
    third_party = swaks(server, "--tls", "--auth", "PLAIN", "--auth-user", USER, "--auth-password", PASSWORD)
    assert third_party.returncode == 23  # swaks: "error in MAIL transaction"
    code = int(re.search(r"<~\* +(\d{3}) ", third_party.stdout).group(1))
    ours = send_test_mail(settings_for(server, use_auth=True, username=USER), PASSWORD, RECIPIENT)
    assert (ours.failure.category, ours.failure.stage, ours.failure.smtp_code) == (
        Category.SENDER_REJECTED, "mail_from", code)


def test_swaks_and_the_engine_agree_that_starttls_is_missing(serve):
    server = serve(tls="none", users={})
    third_party = swaks(server, "--tls")
    assert third_party.returncode == 29  # swaks: "error in TLS transaction"
    ours = send_test_mail(settings_for(server, tls="starttls"), None, RECIPIENT)
    assert ours.failure.category is Category.STARTTLS_UNAVAILABLE

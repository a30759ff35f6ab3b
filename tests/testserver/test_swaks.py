"""swaks, an independent SMTP client, against the local test server: every TLS mode and mechanism, wrong
credentials, a foreign sender domain, no AUTH before STARTTLS, and each fault."""
from __future__ import annotations

import subprocess

import pytest

from swyxon_desktop.testserver import tls_word
from tests.swaks_client import SWAKS

from .helpers import PASSWORD, USER

pytestmark = pytest.mark.usefixtures("swaks_ready")

TLS_ARGS = {"none": [], "starttls": ["--tls"], "implicit": ["--tlsc"]}


def swaks(server, *args: str, sender: str = "SwyxWare@firma.de", timeout: float = 60) -> subprocess.CompletedProcess:
    tls = TLS_ARGS[tls_word(server.policy.tls)]
    trust = ["--tls-verify", "--tls-ca-path", str(server.ca_file)] if tls else []
    return subprocess.run(
        [SWAKS, "--server", server.host, "--port", str(server.port), "--from", sender, "--to", "kunde@example.org",
         "--helo", "swaks.test", *tls, *trust, *args],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout)


def auth(mechanism: str, password: str = PASSWORD) -> list[str]:
    return ["-a", mechanism, "--au", USER, "--ap", password, "--auth-hide-password"]


@pytest.mark.parametrize("tls", ["none", "starttls", "implicit"])
@pytest.mark.parametrize("mechanism", ["LOGIN", "PLAIN", "CRAM-MD5"])
def test_swaks_delivers_with_every_tls_mode_and_mechanism(serve, tls, mechanism):
    server = serve(tls=tls, users={USER: PASSWORD}, sender_domains=("firma.de",))
    result = swaks(server, *auth(mechanism))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "235 2.7.0 Authentication successful" in result.stdout
    [message] = server.wait_for_messages(1)
    assert message.mail_from == "SwyxWare@firma.de" and message.rcpt_tos == ["kunde@example.org"]
    assert message.auth_user == USER and message.tls is (tls != "none")
    assert b"This is a test mailing" in message.raw
    assert message.path is not None and message.path.suffix == ".eml" and message.path.exists()
    [session] = server.sessions
    assert session.auth_mechanism == mechanism and session.authenticated and session.helo == "swaks.test"
    assert session.starttls is (tls == "starttls")


@pytest.mark.parametrize("mechanism", ["LOGIN", "PLAIN", "CRAM-MD5"])
def test_swaks_only_offered_mechanism_is_advertised(serve, mechanism):
    server = serve(tls="none", users={USER: PASSWORD}, auth_mechanisms=(mechanism,))
    result = swaks(server, *auth(mechanism))
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"250-AUTH {mechanism}\n" in result.stdout
    other = "PLAIN" if mechanism != "PLAIN" else "LOGIN"
    refused = swaks(server, *auth(other))
    assert refused.returncode == 28


@pytest.mark.parametrize("mechanism", ["LOGIN", "PLAIN", "CRAM-MD5"])
def test_swaks_wrong_password_gets_535_578(serve, mechanism):
    server = serve(tls="starttls", users={USER: PASSWORD})
    result = swaks(server, *auth(mechanism, "falsch"))
    assert result.returncode == 28, result.stdout + result.stderr
    assert "535 5.7.8" in result.stdout
    assert not server.received
    assert server.sessions[0].auth_mechanism == mechanism and not server.sessions[0].authenticated


def test_swaks_unknown_user_gets_535(serve):
    server = serve(tls="none", users={USER: PASSWORD})
    result = swaks(server, "-a", "CRAM-MD5", "--au", "mallory", "--ap", PASSWORD)
    assert result.returncode == 28 and "535 5.7.8" in result.stdout


def test_swaks_foreign_sender_domain_gets_550_571(serve):
    server = serve(sender_domains=("firma.de", "firma.at"))
    result = swaks(server, sender="SwyxWare@andere-firma.de")
    assert result.returncode == 23, result.stdout + result.stderr
    assert "550 5.7.1" in result.stdout and "andere-firma.de is not managed by this server" in result.stdout
    accepted = swaks(server, sender="SwyxWare@FIRMA.AT")
    assert accepted.returncode == 0, accepted.stdout


def test_swaks_no_auth_before_starttls(serve):
    server = serve(tls="starttls", users={USER: PASSWORD})
    without_tls = subprocess.run(
        [SWAKS, "--server", server.host, "--port", str(server.port), "--from", "a@firma.de", "--to", "b@example.org",
         *auth("PLAIN")], stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
    assert without_tls.returncode == 28
    assert "250-STARTTLS" in without_tls.stdout
    assert "250-AUTH" not in without_tls.stdout and " -> AUTH" not in without_tls.stdout
    assert server.sessions[0].auth_mechanism is None and not server.received
    with_tls = swaks(server, *auth("PLAIN"))
    assert with_tls.returncode == 0 and "250-AUTH CRAM-MD5 LOGIN PLAIN" in with_tls.stdout


def test_swaks_relay_without_auth_gets_530(serve):
    server = serve(tls="none", users={USER: PASSWORD})
    result = swaks(server)
    assert result.returncode == 24 and "530 5.7.0 Authentication required" in result.stdout
    assert not server.received


def test_swaks_no_auth_when_no_users(serve):
    server = serve(tls="none")
    result = swaks(server, *auth("PLAIN"))
    assert result.returncode == 28  # AUTH is not advertised at all
    assert "250-AUTH" not in result.stdout
    assert swaks(server).returncode == 0


@pytest.mark.parametrize("fault, exit_code, reply", [
    ("greeting-421", 21, "421 4.3.2"),
    ("greeting-554", 21, "554 5.3.2"),
    ("mail-451", 23, "451 4.3.0"),
    ("rcpt-550", 24, "550 5.1.1"),
    ("rcpt-450", 24, "450 4.2.1"),
    ("data-554", 26, "554 5.6.0"),
    ("data-451", 26, "451 4.3.0"),
])
def test_swaks_faults(serve, fault, exit_code, reply):
    server = serve(tls="starttls", faults=(fault,))
    result = swaks(server)
    assert result.returncode == exit_code, result.stdout + result.stderr
    assert reply in result.stdout and "(simulated fault)" in result.stdout
    assert not server.received
    refused = [e for e in server.events if e.kind == "refused"]
    assert refused and refused[0].data["code"] == int(fault.split("-")[1])
    assert refused[0].data["stage"] == fault.split("-")[0]


def test_swaks_auth_fault(serve):
    server = serve(tls="none", users={USER: PASSWORD}, faults=("auth-454",))
    result = swaks(server, *auth("LOGIN"))
    assert result.returncode == 28 and "454 4.7.0 Temporary authentication failure" in result.stdout


def test_swaks_delay_before_reply_exceeds_client_timeout(serve):
    server = serve(tls="none", faults=("delay:data:30",))
    result = swaks(server, "--timeout", "1")
    assert result.returncode != 0
    assert "354 " in result.stdout and "Timeout (1 secs) waiting for server response" in result.stdout
    assert not server.received  # the reply (and the delivery) is still being held back


def test_swaks_delay_at_greeting(serve):
    server = serve(tls="none", faults=("delay:greeting:30",))
    result = swaks(server, "--timeout", "1")
    assert result.returncode == 21 and "220 " not in result.stdout
    server.wait_until(lambda: bool(server.sessions))

"""`swyxon-desktop dns-check` as a whole process against the loopback DNS server."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from swyxon_desktop.settings import MailSettings
from swyxon_desktop.store import Store
from tests.dns_server import BLACKHOLE

pytestmark = pytest.mark.network

ZONES = {
    "firma.de": {"MX": ["10 mx.firma.de."], "TXT": ["v=spf1 ip4:192.0.2.10 include:_spf.relay.example ~all"]},
    "_spf.relay.example": {"TXT": ["v=spf1 ip4:198.51.100.0/24 -all"]},
    "_dmarc.firma.de": {"TXT": ["v=DMARC1; p=reject"]},
    "mx.firma.de": {"A": ["192.0.2.25"]},
    "smtp.firma.de": {"A": ["192.0.2.10"]},
    "192.0.2.10": {"PTR": ["smtp.firma.de."]},
}


def cli(*args: str, lang: str = "en") -> subprocess.CompletedProcess:
    environment = {**os.environ, "LANGUAGE": lang, "LC_ALL": "C.UTF-8",
                   "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.run([sys.executable, "-m", "swyxon_desktop", *args], capture_output=True, text=True,
                          timeout=60, env=environment)


@pytest.fixture
def profile():
    Store().save("Firma", MailSettings(server="smtp.firma.de", port=587, sender="info@firma.de"), has_password=False)


def test_json_all_good(dns_server, profile):
    ns = dns_server(ZONES)
    proc = cli("dns-check", "--relay-ip", "192.0.2.10", "--nameserver", ns.nameserver, "--json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    data = json.loads(proc.stdout)
    assert data["ok"] is True and data["profile"] == "Firma" and data["server"] == "smtp.firma.de"
    assert data["spf"]["verdicts"] == [{"ip": "192.0.2.10", "result": "pass", "mechanism": "ip4:192.0.2.10",
                                        "explanation": "sender SPF authorized", "lookups": 0, "void_lookups": 0}]
    assert data["dmarc"]["policy"] == "reject" and data["ptr"]["ptr"][0]["fcrdns"] is True
    assert ("firma.de", "MX") in ns.queries


def test_text_softfail_exits_1_with_the_fix(dns_server, profile):
    ns = dns_server(ZONES)
    proc = cli("dns-check", "--relay-ip", "203.0.113.5", "--nameserver", ns.nameserver)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "[PROBLEM] SPF" in proc.stdout
    assert "203.0.113.5: SPF softfail" in proc.stdout and "decided by ~all" in proc.stdout
    assert "Add ip4:203.0.113.5 (or the relay's include:…) to the SPF record of firma.de." in proc.stdout


def test_text_in_german(dns_server, profile):
    ns = dns_server(ZONES)
    proc = cli("--lang", "de", "dns-check", "--relay-ip", "203.0.113.5", "--nameserver", ns.nameserver)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Urteil:" in proc.stdout and "[PROBLEM] SPF" in proc.stdout
    assert "Tragen Sie ip4:203.0.113.5" in proc.stdout


def test_sender_without_profile_and_candidates(dns_server):
    ns = dns_server(ZONES)
    proc = cli("dns-check", "--sender", "info@firma.de", "--server", "smtp.firma.de", "--nameserver", ns.nameserver,
               "--json")
    data = json.loads(proc.stdout)
    assert data["profile"] is None and data["relay_ips_source"] == "smtp_server"
    assert "may not be the address receivers see" in data["spf"]["summary"]
    assert proc.returncode == 0


def test_dead_name_server(dns_server, profile):
    ns = dns_server(ZONES, mode=BLACKHOLE)
    proc = cli("dns-check", "--nameserver", ns.nameserver, "--timeout", "0.5", "--json")
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert data["category"] == "dns_failed" and "did not answer within 0.5 s" in data["message"]
    assert ns.queries == [("firma.de", "MX")]


@pytest.mark.parametrize("args", [["--nameserver", "dns.example"], ["--relay-ip", "300.1.1.1"], ["--timeout", "0"]])
def test_usage_errors(profile, args):
    proc = cli("dns-check", *args, "--json")
    assert proc.returncode == 2
    data = json.loads(proc.stdout)
    assert data["ok"] is False and data["category"] == "invalid_settings" and data["message"]


def test_no_profile_is_a_usage_error():
    proc = cli("dns-check")
    assert proc.returncode == 2 and "There is no profile yet" in proc.stderr

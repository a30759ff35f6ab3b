"""Detect settings end to end, on loopback only: a DNS server (tests/dns_server.py) with SRV, MX and A
records, autoconfig files on a loopback HTTPS server (trustme), candidate SMTP servers (the project's
test server) that do or don't answer. Every look-up goes to the test DNS server (``nameserver=``)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from swyxon_desktop import detect
from swyxon_desktop.settings import Security, TlsMode
from swyxon_desktop.testserver import LocalServer, ServerPolicy
from tests.detect.test_parse import GOOD

pytestmark = pytest.mark.network

ADDRESS = "max@firma.test"
PATH = "/mail/config-v1.1.xml"
WELL_KNOWN = "/.well-known/autoconfig/mail/config-v1.1.xml"


@pytest.fixture
def smtp(detect_ca, tmp_path):
    """smtp(tls) -> a started test server presenting a certificate for smtp.firma.test (trustme CA)."""
    started = []

    def start(tls: str = "implicit") -> LocalServer:
        server = LocalServer(ServerPolicy(host="127.0.0.1", port=0, tls=tls, users={ADDRESS: "x"},
                                          cert_file=detect_ca / "smtp.pem", key_file=detect_ca / "smtp.key",
                                          ca_file=detect_ca / "ca.pem", mailbox=tmp_path / "mb",
                                          hostname="smtp.firma.test"))
        server.start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


def _detect(dns, https, detect_ca, address=ADDRESS, **kw):
    return detect.detect(address, nameserver=dns.nameserver, ca_file=str(detect_ca / "ca.pem"), timeout_s=3,
                         https_port=https.port, **kw)


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed once the with-block ends (nothing listens)


def test_srv_found_and_confirmed(dns_zone, https, detect_ca, smtp):
    server = smtp("implicit")
    dns = dns_zone({
        "_submissions._tcp.firma.test": [("SRV", f"0 1 {server.port} smtp.firma.test.")],
        "_submission._tcp.firma.test": [("SRV", "0 0 0 .")],  # RFC 6186: no such service
        "smtp.firma.test": [("A", "127.0.0.1")],
    })
    steps = []
    result = _detect(dns, https, detect_ca, on_step=steps.append)
    assert [(s.source, s.query, s.status) for s in result.steps][:2] == [
        ("srv", "_submissions._tcp.firma.test", "found"), ("srv", "_submission._tcp.firma.test", "none")]
    assert result.steps[1].detail == detect.MSG_SRV_NOT_OFFERED
    assert steps == result.steps  # reported as they happened
    best = result.best
    assert result.ok and (best.host, best.port, best.security, best.source, best.status) == (
        "smtp.firma.test", server.port, Security.IMPLICIT, "srv", "confirmed")
    assert best.addresses == ("127.0.0.1",) and best.tls.startswith("TLSv1.") and best.tls_trusted
    assert best.tls_text("en").endswith(", certificate verified")
    assert "PLAIN" in best.auth_mechanisms
    assert all(s.auth_mechanisms == [] for s in server.sessions)  # no credentials were sent
    # autoconfig hosts have no address in this zone: nothing asked over HTTPS
    assert [s.status for s in result.steps if s.source == "autoconfig"] == ["none", "none"] and not https.requests
    settings = result.apply(detect.MailSettings())
    assert (settings.server, settings.port, settings.tls_mode, settings.sender, settings.username) == (
        "smtp.firma.test", server.port, TlsMode.IMPLICIT, ADDRESS, ADDRESS)
    assert result.to_dict()["suggested"]["server"] == "smtp.firma.test"


def test_autoconfig_good_file(dns_zone, https, detect_ca, smtp):
    server = smtp("starttls")
    dns = dns_zone({"autoconfig.firma.test": [("A", "127.0.0.1")], "smtp.firma.test": [("A", "127.0.0.1")]})
    xml = GOOD.replace(b"<port>465</port>", f"<port>{server.port}</port>".encode()).replace(
        b"<socketType>SSL</socketType>\n      <authentication>password-cleartext",
        b"<socketType>STARTTLS</socketType>\n      <authentication>password-cleartext")
    https.routes[("autoconfig.firma.test", PATH)] = (200, {"Content-Type": "text/xml"}, xml)
    result = _detect(dns, https, detect_ca)
    auto = [s for s in result.steps if s.source == "autoconfig"]
    assert [(s.query, s.status) for s in auto] == [(f"https://autoconfig.firma.test{PATH}", "found")]
    best = result.best
    assert (best.host, best.port, best.security, best.source, best.status) == (
        "smtp.firma.test", server.port, Security.STARTTLS, "autoconfig", "confirmed")
    assert best.username == "max"  # %EMAILLOCALPART%
    assert best.origin == f"https://autoconfig.firma.test{PATH}"
    (req,) = https.requests
    assert req.host == "autoconfig.firma.test" and "max" not in req.path  # the address is not sent
    others = {c.host: c.status for c in result.candidates}
    assert others["smtp2.firma.test"] == "unresolved"  # not in this zone: never asked of another DNS


@pytest.mark.parametrize("route, status", [
    ((200, {}, b"<clientConfig><emailProvider><outgoingServer"), "invalid"),
    ((200, {}, b"<clientConfig>" + b" " * (detect.MAX_XML_BYTES + 1) + b"</clientConfig>"), "too_large"),
    ((302, {"Location": "http://autoconfig.firma.test/mail/config-v1.1.xml"}, b""), "refused"),
])
def test_bad_autoconfig_falls_through_to_the_well_known_file(dns_zone, https, detect_ca, smtp, route, status):
    server = smtp("starttls")
    dns = dns_zone({"autoconfig.firma.test": [("A", "127.0.0.1")], "firma.test": [("A", "127.0.0.1")],
                    "smtp.firma.test": [("A", "127.0.0.1")]})
    https.routes[("autoconfig.firma.test", PATH)] = route
    xml = (f"<clientConfig version='1.1'><emailProvider id='firma.test'><outgoingServer type='smtp'>"
           f"<hostname>smtp.firma.test</hostname><port>{server.port}</port><socketType>STARTTLS</socketType>"
           f"<authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username>"
           f"</outgoingServer></emailProvider></clientConfig>").encode()
    https.routes[("firma.test", WELL_KNOWN)] = (200, {}, xml)
    result = _detect(dns, https, detect_ca)
    auto = [(s.query, s.status) for s in result.steps if s.source == "autoconfig"]
    assert auto == [(f"https://autoconfig.firma.test{PATH}", status), (f"https://firma.test{WELL_KNOWN}", "found")]
    assert result.ok and result.best.source == "autoconfig" and result.best.port == server.port
    assert all(r.path in (PATH, WELL_KNOWN) for r in https.requests)  # nothing over http, no other path


def test_mx_leads_to_the_providers_table(dns_zone, https, detect_ca):
    dns = dns_zone({"firma.test": [("MX", "10 firma-test.mail.protection.outlook.com.")]})
    result = _detect(dns, https, detect_ca)
    assert ("mx", "firma.test", "found") in [(s.source, s.query, s.status) for s in result.steps]
    assert result.provider.provider.id == "microsoft365" and result.provider.via == "mx"
    found = {(c.host, c.port, c.security): c for c in result.candidates}
    office = found[("smtp.office365.com", 587, Security.STARTTLS)]
    relay = found[("firma-test.mail.protection.outlook.com", 25, Security.STARTTLS)]
    assert office.source == relay.source == "providers" and office.documented_by.startswith("Microsoft 365")
    assert not relay.use_auth and relay.note == detect.MSG_RELAY_NOTE
    # The test DNS server knows neither name: both unresolved, nothing asked of any other server.
    assert office.status == relay.status == "unresolved" and not result.ok
    data = result.to_dict("de")
    assert data["provider"]["id"] == "microsoft365" and data["provider_rules"]
    assert "durch keine Prüfung bestätigt" in data["summary"]


def test_candidate_that_does_not_answer(dns_zone, https, detect_ca, smtp):
    alive = smtp("implicit")
    dead = _closed_port()
    dns = dns_zone({
        "_submissions._tcp.firma.test": [("SRV", f"0 1 {dead} smtp.firma.test."),
                                         ("SRV", f"10 1 {alive.port} smtp.firma.test.")],
        "smtp.firma.test": [("A", "127.0.0.1")],
    })
    result = _detect(dns, https, detect_ca)
    status = {c.port: c.status for c in result.candidates}
    assert status == {alive.port: "confirmed", dead: "no_answer"}
    assert result.best.port == alive.port  # confirmed first, although the SRV record preferred the other
    failed = next(c for c in result.candidates if c.port == dead)
    assert failed.failure.category.value == "connect_refused"


def test_nothing_found(dns_zone, https, detect_ca):
    dns = dns_zone({"firma.test": [("A", "127.0.0.1")]})
    result = _detect(dns, https, detect_ca)
    assert result.candidates == [] and result.best is None and not result.ok
    assert result.summary() == "No settings found for firma.test: enter the SMTP server by hand."
    assert [s.status for s in result.steps if s.source == "providers"] == ["none"]


def test_cli_detect_json_and_text(dns_zone, https, detect_ca, smtp):
    server = smtp("implicit")
    dns = dns_zone({"_submissions._tcp.firma.test": [("SRV", f"0 1 {server.port} smtp.firma.test.")],
                    "smtp.firma.test": [("A", "127.0.0.1")]})
    env = dict(os.environ, SWYXON_DESKTOP_DETECT_HTTPS_PORT=str(https.port))
    args = ["profile", "detect", ADDRESS, "--nameserver", dns.nameserver, "--ca-file", str(detect_ca / "ca.pem"),
            "--timeout", "3"]
    base = [sys.executable, "-m", "swyxon_desktop"]
    proc = subprocess.run(base + args + ["--json"], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["ok"] and data["saved"] is False and data["suggested"]["port"] == server.port
    assert data["candidates"][0]["status"] == "confirmed" and data["candidates"][0]["source"] == "srv"
    proc = subprocess.run(base + ["--lang", "de"] + args, capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "DNS-SRV-Eintrag (RFC 6186): _submissions._tcp.firma.test — gefunden" in out
    assert f"swyxon-desktop profile set NAME --server smtp.firma.test --port {server.port}" in out
    assert "Nichts wurde gespeichert" in out
    from pathlib import Path

    assert not list(Path(os.environ["SWYXON_DESKTOP_HOME"]).rglob("profiles.json"))  # nothing saved


def test_dns_failures_are_steps_not_crashes(dns_server, https, detect_ca):
    from tests.dns_server import BLACKHOLE, SERVFAIL

    ns = dns_server({"_submissions._tcp.firma.test": SERVFAIL, "_submission._tcp.firma.test": BLACKHOLE,
                     "firma.test": {"MX": ["10 mx00.ionos.de."]}})
    result = detect.detect(ADDRESS, nameserver=ns.nameserver, ca_file=str(detect_ca / "ca.pem"), timeout_s=1,
                           https_port=https.port)
    srv = [(s.query, s.status) for s in result.steps if s.source == "srv"]
    assert srv == [("_submissions._tcp.firma.test", "failed"), ("_submission._tcp.firma.test", "failed")]
    assert all("DNS" in s.text() for s in result.steps if s.source == "srv")
    assert result.provider.provider.id == "ionos"  # the look-ups after a failure still ran
    assert {(c.host, c.port) for c in result.candidates} == {("smtp.ionos.de", 465), ("smtp.ionos.de", 587)}
    assert all(c.status == "unresolved" for c in result.candidates)
    assert all(q[0].endswith("firma.test") or q[0].endswith("ionos.de") for q in ns.queries)


def test_autoconfig_host_name_is_verified(dns_zone, https, detect_ca):
    """autoconfig.other.test resolves to the loopback HTTPS server, whose certificate does not name it."""
    https.routes[("autoconfig.other.test", PATH)] = (200, {}, GOOD)
    dns = dns_zone({"autoconfig.other.test": [("A", "127.0.0.1")]})
    result = _detect(dns, https, detect_ca, address="max@other.test")
    first = next(s for s in result.steps if s.source == "autoconfig")
    assert first.status == "failed" and "hostname" in first.detail.lower()
    assert https.requests == [] and result.candidates == []


def test_no_system_name_server_is_a_result_not_a_traceback(monkeypatch, capsys):
    """No /etc/resolv.conf (or no server in it): dnspython cannot be configured. `profile detect` without
    --nameserver says so in every DNS step and ends "nothing found" (exit 1), instead of a traceback."""
    import dns.resolver

    from swyxon_desktop import cli

    class NoConfiguration(dns.resolver.Resolver):
        def __init__(self, filename="/etc/resolv.conf", configure=True):
            if configure:
                raise dns.resolver.NoResolverConfiguration("no nameservers")
            super().__init__(filename, configure)

    monkeypatch.setattr(dns.resolver, "Resolver", NoConfiguration)
    result = detect.detect(ADDRESS, timeout_s=1, check=False)
    dns_steps = [s for s in result.steps if s.source in ("srv", "mx")]
    assert dns_steps and all(s.status == "failed" for s in dns_steps)
    assert all(detect.NO_SYSTEM_NAMESERVER in s.text() for s in dns_steps)
    assert result.candidates == [] and not result.ok
    capsys.readouterr()
    assert cli.main(["profile", "detect", ADDRESS, "--no-check", "--timeout", "1"]) == 1
    out = capsys.readouterr()
    assert detect.NO_SYSTEM_NAMESERVER in out.out and "Traceback" not in out.err

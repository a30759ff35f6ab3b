"""detect.py without a network: the autoconfig parser, address and name-server input, the suggestion."""
from __future__ import annotations

import pytest

from swyxon_desktop import detect
from swyxon_desktop.settings import AuthMechanism, MailSettings, Security, TlsMode

GOOD = b"""<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="firma.test">
    <domain>firma.test</domain>
    <incomingServer type="imap"><hostname>imap.firma.test</hostname><port>993</port>
      <socketType>SSL</socketType><authentication>password-cleartext</authentication></incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.%EMAILDOMAIN%</hostname><port>465</port><socketType>SSL</socketType>
      <authentication>password-cleartext</authentication><username>%EMAILLOCALPART%</username>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>smtp2.firma.test</hostname><port>587</port><socketType>STARTTLS</socketType>
      <authentication>password-encrypted</authentication><username>%EMAILADDRESS%</username>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>relay.firma.test</hostname><port>25</port><socketType>plain</socketType>
      <authentication>client-IP-address</authentication>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>bad host</hostname><port>99999</port><socketType>SSL</socketType>
    </outgoingServer>
  </emailProvider>
</clientConfig>"""


def test_parse_good_file():
    found = detect.parse_autoconfig(GOOD, "max@firma.test", "max", "firma.test", "https://x")
    assert [(c.host, c.port, c.security) for c in found] == [
        ("smtp.firma.test", 465, Security.IMPLICIT), ("smtp2.firma.test", 587, Security.STARTTLS),
        ("relay.firma.test", 25, Security.PLAIN)]
    first, second, relay = found
    assert first.username == "max" and first.mechanism is AuthMechanism.AUTO and first.use_auth
    assert second.username == "max@firma.test" and second.mechanism is AuthMechanism.CRAM_MD5
    assert not relay.use_auth and relay.note == detect.MSG_PLAIN_CANDIDATE
    assert all(c.source == detect.AUTOCONFIG and c.origin == "https://x" for c in found)


@pytest.mark.parametrize("data", [
    b"<clientConfig><emailProvider>",  # truncated
    b"not xml at all",
    b"<html><body>Welcome</body></html>",
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><clientConfig>&lol;</clientConfig>',
])
def test_parse_refuses_malformed_and_dtd(data):
    with pytest.raises(ValueError):
        detect.parse_autoconfig(data, "a@b.test", "a", "b.test", "u")


def test_oauth_only_is_noted():
    data = (b"<clientConfig><emailProvider><outgoingServer type='smtp'><hostname>smtp.office365.com</hostname>"
            b"<port>587</port><socketType>STARTTLS</socketType><authentication>OAuth2</authentication>"
            b"</outgoingServer></emailProvider></clientConfig>")
    (c,) = detect.parse_autoconfig(data, "a@b.test", "a", "b.test", "u")
    assert c.note == detect.MSG_OAUTH_ONLY and c.use_auth


@pytest.mark.parametrize("text, expected", [
    ("127.0.0.1", ("127.0.0.1", 53)), ("127.0.0.1:5353", ("127.0.0.1", 5353)), ("::1", ("::1", 53)),
    ("[::1]:5300", ("::1", 5300)),
])
def test_nameserver(text, expected):
    assert detect.parse_nameserver(text) == expected


@pytest.mark.parametrize("text", ["dns.google", "1.2.3.4:0", "1.2.3.4:x", "[::1]:99999", ""])
def test_bad_nameserver(text):
    with pytest.raises(detect.DetectError) as info:
        detect.parse_nameserver(text)
    assert "name server" in info.value.text("en") and "Nameserver" in info.value.text("de")


@pytest.mark.parametrize("address", ["", "max", "@firma.de", "max@", "max@fir ma.de", "max@127.0.0.1",
                                     "<max@firma.de>"])
def test_bad_address(address):
    with pytest.raises(detect.DetectError):
        detect.split_address(address)


def test_apply_fills_the_form_values_only():
    c = detect.Candidate(host="smtp.firma.test", port=465, security=Security.IMPLICIT, source=detect.SRV,
                         origin="x", username="max@firma.test", status=detect.CONFIRMED)
    result = detect.DetectResult("max@firma.test", "firma.test", [], [c], None, [])
    before = MailSettings(server="old", port=25, ca_file="/ca.pem", timeout_s=12.0, last_recipient="r@x.de")
    after = result.apply(before)
    assert (after.server, after.port, after.sender, after.use_ssl, after.tls_mode) == (
        "smtp.firma.test", 465, "max@firma.test", True, TlsMode.AUTO)
    assert after.use_auth and after.username == "max@firma.test" and after.mechanism is AuthMechanism.AUTO
    assert (after.ca_file, after.timeout_s, after.last_recipient) == ("/ca.pem", 12.0, "r@x.de")
    assert result.ok and result.to_dict()["saved"] is False
    assert result.summary("en") == "Suggested: smtp.firma.test port 465 with SSL/TLS — from: DNS SRV record (RFC 6186)."

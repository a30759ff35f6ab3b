"""The settings model and its validation rules."""
from __future__ import annotations

import string

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from swyxon_desktop.settings import (
    AuthMechanism, MailSettings, Security, TlsMode, ascii_hostname, validate, validate_address,
    validate_port, validate_profile_name, validate_server, warnings)

VALID = MailSettings(server="mail.firma.de", port=587, sender="SwyxWare@firma.de")


@pytest.mark.parametrize("server", [
    "mail", "mailserver01", "mail.firma.de", "mail.firma.de.", "smtp-1.eu.example.com", "192.168.10.5",
    "::1", "2001:db8::25", "[2001:db8::25]", "mail.müller.de", "xn--mller-kva.de", "a" * 63 + ".de",
])
def test_valid_servers(server):
    assert validate_server(server) is None


@pytest.mark.parametrize("server, fragment", [
    ("", "Enter the SMTP server"),
    ("   ", "Enter the SMTP server"),
    ("mail firma.de", "spaces"),
    ("mail..firma.de", "empty part"),
    (".firma.de", "empty part"),
    ("mail_1.firma.de", "letters, digits and hyphens"),
    ("-mail.firma.de", "letters, digits and hyphens"),
    ("mail-.firma.de", "letters, digits and hyphens"),
    ("mail!.de", "letters, digits and hyphens"),
    ("a" * 64 + ".de", "longer than 63"),
    (".".join(["abcdefghij"] * 25), "longer than 253"),
    ("999.1.1.1", "not a valid IP"),
    ("1.2.3", "not a valid IP"),
    ("2001:db8:::1", "not a valid IP"),
    ("mail\n.de", "control characters"),
])
def test_invalid_servers(server, fragment):
    err = validate_server(server)
    assert err is not None and err.field == "server"
    assert fragment in err.text("en")


def test_idn_ascii_form():
    assert ascii_hostname("mail.müller.de") == "mail.xn--mller-kva.de"
    assert ascii_hostname("mail.firma.de") == "mail.firma.de"
    assert ascii_hostname("[::1]") == "::1"


_label = st.text(alphabet=string.ascii_letters + string.digits, min_size=1, max_size=20)


@given(st.lists(_label, min_size=1, max_size=6))
def test_ldh_names_are_accepted(labels):
    name = ".".join(labels)
    if all(ch in "0123456789." for ch in name):
        return  # all-digit names are IP addresses, tested separately
    assert validate_server(name) is None


@given(st.lists(_label, min_size=1, max_size=4), st.sampled_from(" _!@#$%&*()+=,;/\\\"'<>?"), st.data())
def test_an_illegal_character_anywhere_is_rejected(labels, bad, data):
    name = ".".join(labels)
    pos = data.draw(st.integers(min_value=0, max_value=len(name)))
    broken = name[:pos] + bad + name[pos:]
    assert validate_server(broken) is not None


@given(st.ip_addresses())
def test_every_ip_address_is_accepted(ip):
    assert validate_server(str(ip)) is None


@pytest.mark.parametrize("port, ok", [(1, True), (25, True), (65535, True), (0, False), (65536, False),
                                      (-1, False), ("587", False), (True, False), (None, False)])
def test_port_range(port, ok):
    assert (validate_port(port) is None) is ok


@pytest.mark.parametrize("address", ["SwyxWare@firma.de", "a.b+c@mail.firma.de", "info@müller.de"])
def test_valid_addresses(address):
    assert validate_address(address) is None


@pytest.mark.parametrize("address", ["", "SwyxWare", "SwyxWare@", "@firma.de", "a b@firma.de",
                                     "a@@firma.de", "a@firma..de", "a@firma.de\r\nBcc: x@y.de"])
def test_invalid_addresses(address):
    err = validate_address(address)
    assert err is not None and err.field == "sender"


_local = st.text(alphabet=string.ascii_letters + string.digits + "._-+", min_size=1, max_size=30)


@hsettings(max_examples=80)
@given(_local, st.lists(_label, min_size=1, max_size=3), st.sampled_from(["de", "com", "org", "info", "eu"]))
def test_generated_addresses_follow_the_rules(local, labels, tld):
    """A dot-atom local part and LDH labels under a real TLD are valid; dots at the edges are not."""
    address = f"{local}@{'.'.join(labels)}.{tld}"
    err = validate_address(address)
    plausible = not local.startswith(".") and not local.endswith(".") and ".." not in local
    assert (err is None) is plausible, (address, err and err.text("en"))


def test_auth_requires_user_and_password():
    s = VALID.replace(use_auth=True)
    fields = {e.field for e in validate(s, has_password=False)}
    assert fields == {"username", "password"}
    assert validate(s.replace(username="u"), has_password=True) == []


def test_auth_without_ssl_is_valid_but_warned_about():
    # The vendor's dialog allows SSL off with AUTH on: it can be stored as the customer has it; the
    # refusal to send the password in clear happens when sending (tests/smtp/test_faults.py).
    s = VALID.replace(use_auth=True, username="u", use_ssl=False)
    assert validate(s) == []
    assert s.insecure_auth
    assert [w.field for w in warnings(s)] == ["allow_insecure_auth"]
    assert "unless unencrypted authentication is allowed" in warnings(s)[0].text("en")
    allowed = warnings(s.replace(allow_insecure_auth=True))
    assert len(allowed) == 1 and "travel unencrypted" in allowed[0].text("en")
    assert warnings(VALID) == [] and warnings(s.replace(use_ssl=True)) == []
    assert warnings(s)[0].text("de") != warnings(s)[0].text("en")


def test_security_by_tls_mode_and_port():
    assert VALID.security is Security.STARTTLS
    assert VALID.replace(port=465).security is Security.IMPLICIT
    assert VALID.replace(port=465, tls_mode=TlsMode.STARTTLS).security is Security.STARTTLS
    assert VALID.replace(port=587, tls_mode=TlsMode.IMPLICIT).security is Security.IMPLICIT
    assert VALID.replace(use_ssl=False, port=465).security is Security.PLAIN


def test_fingerprint_and_timeout_rules():
    assert [e.field for e in validate(VALID.replace(pinned_sha256="abc"))] == ["pinned_sha256"]
    assert validate(VALID.replace(pinned_sha256="ab" * 32)) == []
    assert [e.field for e in validate(VALID.replace(timeout_s=0))] == ["timeout_s"]


def test_round_trip_and_type_checks():
    s = VALID.replace(use_auth=True, username="u", mechanism=AuthMechanism.CRAM_MD5, tls_mode=TlsMode.IMPLICIT)
    assert MailSettings.from_dict(s.to_dict()) == s
    for bad in ({"port": "25"}, {"use_ssl": "yes"}, {"tls_mode": "tls"}, {"server": 5}, {"timeout_s": True}):
        with pytest.raises(ValueError):
            MailSettings.from_dict(bad)
    assert MailSettings.from_dict({"unknown": 1}) == MailSettings()


@pytest.mark.parametrize("name, ok", [("Plattform", True), ("Kunde Müller GmbH", True), ("", False),
                                      (" x", False), ("a\tb", False), ("x" * 81, False)])
def test_profile_names(name, ok):
    assert (validate_profile_name(name) is None) is ok


def test_german_messages():
    err = validate_server("mail firma.de")
    assert err.text("de") != err.text("en")
    assert "Leerzeichen" in err.text("de")

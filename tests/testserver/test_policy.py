"""ServerPolicy and the fault syntax (pure unit tests)."""
from __future__ import annotations

import pytest

from swyxon_desktop.checks.stages import AUTH, DATA, EHLO, GREETING, MAIL_FROM, RCPT_TO
from swyxon_desktop.settings import Security
from swyxon_desktop.testserver import Fault, PolicyError, ServerPolicy, parse_fault, stage_word


@pytest.mark.parametrize("text, stage, code, delay", [
    ("greeting-421", GREETING, 421, None),
    ("RCPT-550", RCPT_TO, 550, None),
    (" data-554 ", DATA, 554, None),
    ("auth-454", AUTH, 454, None),
    ("delay:data:5", DATA, None, 5.0),
    ("delay:ehlo:0.5", EHLO, None, 0.5),
    ("delay:greeting:0", GREETING, None, 0.0),
    ("mail_from-550", MAIL_FROM, 550, None),  # the client's name of a stage is understood too
    ("delay:rcpt_to:1", RCPT_TO, None, 1.0),
])
def test_parse_fault(text, stage, code, delay):
    fault = parse_fault(text)
    assert (fault.stage, fault.code, fault.delay_s) == (stage, code, delay)
    assert parse_fault(fault.spec()) == fault
    assert fault.spec().partition("-")[0].removeprefix("delay:").partition(":")[0] == stage_word(stage)


def test_the_server_speaks_the_clients_vocabulary_and_prints_its_own_words():
    """The stages are the client's (checks/stages.py), the TLS mode is the client's Security; what the
    CLI reads and prints keeps the test server's documented words (mail, rcpt, none)."""
    assert Fault("mail", code=550) == Fault(MAIL_FROM, code=550)
    assert Fault(MAIL_FROM, code=550).spec() == "mail-550" and str(Fault(RCPT_TO, delay_s=2)) == "delay:rcpt:2"
    assert ServerPolicy(tls="none").tls is Security.PLAIN and ServerPolicy(tls="plain").tls is Security.PLAIN
    assert ServerPolicy(tls="starttls").tls is ServerPolicy(tls=Security.STARTTLS).tls is Security.STARTTLS
    with pytest.raises(PolicyError) as info:
        ServerPolicy(tls="ssl")
    assert info.value.text("en") == "\"ssl\" is not a TLS mode; choose none, starttls or implicit."
    with pytest.raises(PolicyError) as info:
        parse_fault("starttls-550")
    assert info.value.text("en") == "\"starttls\" is not a stage; choose one of: greeting, auth, mail, rcpt, data."


@pytest.mark.parametrize("text, message", [
    ("", "is not a fault"),
    ("421", "is not a fault"),
    ("greeting", "is not a fault"),
    ("ehlo-550", "is not a stage"),
    ("rcpt-250", "is not a rejection code"),
    ("rcpt-5500", "is not a rejection code"),
    ("greeting-450", "At the greeting only 421 and 554"),
    ("delay:data", "is not a fault"),
    ("delay:quit:1", "is not a stage"),
    ("delay:data:-1", "The delay must be"),
    ("delay:data:601", "The delay must be"),
    ("delay:data:nan", "The delay must be"),
])
def test_bad_faults_are_explained(text, message):
    with pytest.raises(PolicyError) as info:
        parse_fault(text)
    assert message in info.value.text("en")


def test_reject_reply_lines():
    assert Fault("greeting", code=421).reply().startswith("421 4.3.2 ")
    assert Fault("rcpt", code=550).reply().startswith("550 5.1.1 ")
    assert Fault("data", code=554).reply().startswith("554 5.6.0 ")
    assert Fault("data", code=451).reply().startswith("451 4.3.0 ")


def test_policy_normalises_and_never_shows_passwords():
    policy = ServerPolicy(auth_mechanisms=("plain", "cram-md5", "PLAIN"), users={"u": "geheim"},
                          sender_domains=("@Firma.DE", "bücher.de"), faults=("rcpt-550", "delay:data:2"))
    assert policy.auth_mechanisms == ("PLAIN", "CRAM-MD5")
    assert policy.sender_domains == ("firma.de", "xn--bcher-kva.de")
    assert policy.reject_at(RCPT_TO) == Fault("rcpt", code=550) and policy.reject_at(DATA) is None
    assert policy.delay_at(DATA) == 2.0 and policy.delay_at(RCPT_TO) == 0
    assert "geheim" not in repr(policy)
    assert policy.auth_enabled


@pytest.mark.parametrize("address, accepted", [
    ("SwyxWare@firma.de", True), ("x@FIRMA.DE", True), ("x@bücher.de", True), ("x@sub.firma.de", False),
    ("x@andere.de", False), ("ohne-domain", False),
])
def test_accepts_sender(address, accepted):
    assert ServerPolicy(sender_domains=("firma.de", "bücher.de")).accepts_sender(address) is accepted


def test_any_sender_when_no_domains():
    assert ServerPolicy().accepts_sender("x@irgendwo.example")


@pytest.mark.parametrize("kwargs, message", [
    ({"tls": "ssl"}, "is not a TLS mode"),
    ({"port": 70000}, "The port must be"),
    ({"port": -1}, "The port must be"),
    ({"auth_mechanisms": ("NTLM",)}, "is not an authentication method"),
    ({"users": {"u": ""}}, "needs a password"),
    ({"users": {"a b": "pw"}}, "A user name must not"),
    ({"users": {"u": "pw"}, "auth_mechanisms": ()}, "at least one authentication method"),
    ({"sender_domains": ("firma..de",)}, "is not a domain name"),
    ({"host": ""}, "is not an address"),
])
def test_bad_policy(kwargs, message):
    with pytest.raises(PolicyError) as info:
        ServerPolicy(**kwargs)
    assert message in info.value.text("en")


def test_no_auth_without_users():
    assert not ServerPolicy().auth_enabled


@pytest.mark.parametrize("host, warned", [
    ("127.0.0.1", False), ("::1", False), ("localhost", False), ("127.0.0.2", False),
    ("0.0.0.0", True), ("192.168.1.10", True), ("::", True),
])
def test_non_loopback_address_is_warned_about(host, warned):
    texts = ServerPolicy(host=host).warning_texts("en")
    assert bool(texts) is warned
    if warned:
        assert host in texts[0] and "Other machines can connect" in texts[0]

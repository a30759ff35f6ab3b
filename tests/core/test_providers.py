"""The providers table: its look-ups (server name, address domain, MX) and the advice it gives."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from swyxon_desktop import providers
from swyxon_desktop.settings import AuthMechanism, MailSettings, TlsMode


@pytest.mark.parametrize("server, provider", [
    ("smtp.office365.com", "microsoft365"),
    ("SMTP.Office365.com.", "microsoft365"),
    ("contoso-com.mail.protection.outlook.com", "microsoft365"),
    ("smtp.gmail.com", "google"),
    ("smtp-relay.gmail.com", "google"),
    ("smtp.ionos.de", "ionos"),
    ("smtp.1und1.de", "ionos"),
    ("smtp.strato.de", "strato"),
    ("securesmtp.t-online.de", "telekom"),
    ("mail.gmx.net", "gmx"),
    ("smtp.web.de", "webde"),
])
def test_by_server(server, provider):
    rec = providers.by_server(server)
    assert rec is not None and rec.provider.id == provider and rec.via == "server"


@pytest.mark.parametrize("server", ["mail.firma.de", "smtp.office365.com.evil.example", "gmail.com",
                                    "web.de", "", "127.0.0.1", "notsmtp.web.de"])
def test_by_server_unknown(server):
    assert providers.by_server(server) is None


@pytest.mark.parametrize("mx, provider", [
    ("firma-de.mail.protection.outlook.com", "microsoft365"),
    ("aspmx.l.google.com.", "google"),
    ("alt1.aspmx.l.google.com", "google"),
    ("smtp.google.com", "google"),
    ("mx00.ionos.de", "ionos"),
    ("mx01.kundenserver.de", "ionos"),
    ("smtpin.rzone.de", "strato"),
    ("mx00.t-online.de", "telekom"),
    ("mx01.gmx.net", "gmx"),
    ("mx.web.de", "webde"),
    ("mx-ha03.web.de", "webde"),
])
def test_by_mx(mx, provider):
    rec = providers.by_mx(["mx.unknown.example", mx])
    assert rec is not None and rec.provider.id == provider and rec.via == "mx"
    assert rec.evidence == mx.rstrip(".").lower()


def test_by_mx_none_and_order():
    assert providers.by_mx(["mail.firma.de", "backup.firma.de"]) is None
    assert providers.by_mx([]) is None
    # The most preferred MX that is known decides.
    assert providers.by_mx(["mx00.gmx.net", "aspmx.l.google.com"]).provider.id == "gmx"


@pytest.mark.parametrize("address, provider", [
    ("max@gmail.com", "google"), ("max@web.de", "webde"), ("max@GMX.de", "gmx"), ("max@t-online.de", "telekom"),
])
def test_by_address(address, provider):
    assert providers.by_address(address).provider.id == provider


def test_recognise_prefers_server_over_address():
    rec = providers.recognise("smtp.office365.com", "max@web.de", ["mx.web.de"])
    assert rec.provider.id == "microsoft365" and rec.via == "server"
    rec = providers.recognise("mail.firma.de", "swyx@firma.de", ["firma-de.mail.protection.outlook.com"])
    assert rec.provider.id == "microsoft365" and rec.via == "mx"
    assert providers.recognise("mail.firma.de", "swyx@firma.de") is None


def test_every_entry_names_its_sources_and_submission():
    for p in providers.PROVIDERS:
        assert p.sources, p.id
        for source in p.sources:
            assert source.url.startswith("https://"), source
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", source.checked)
            dt.date.fromisoformat(source.checked)
        assert p.submission and all(s.security in ("starttls", "implicit") for s in p.submission)
        assert all(set(s.mechanisms) <= {"LOGIN", "PLAIN", "CRAM-MD5"} for s in p.submission)
        data = p.to_dict("de")
        assert data["sources"] and data["submission"][0]["host"] == p.recommended.host


def test_the_issues_facts_are_in_the_table():
    b = providers.BY_ID
    assert (b["microsoft365"].recommended.host, b["microsoft365"].recommended.port) == ("smtp.office365.com", 587)
    assert b["google"].documents(465, "implicit") and b["google"].documents(587, "starttls")
    assert any(s.host == "smtp-relay.gmail.com" for s in b["google"].submission)
    assert b["webde"].recommended.host == "smtp.web.de" and b["webde"].username == providers.USER_LOCAL_PART
    assert b["gmx"].recommended.host == "mail.gmx.net"
    assert b["telekom"].recommended.host == "securesmtp.t-online.de"
    assert b["strato"].recommended.host == "smtp.strato.de"
    for pid in ("ionos", "strato", "telekom"):
        assert b[pid].documents(465, "implicit") and b[pid].documents(587, "starttls")
    assert b["ionos"].sender == providers.SENDER_DOMAIN


MS = MailSettings(server="smtp.office365.com", port=587, sender="swyx@firma.de", use_auth=True,
                  username="swyx@firma.de")


def test_microsoft_warning_before_and_after_the_switch():
    before = providers.advice(MS, today=dt.date(2026, 12, 4))
    assert before[0].code == "ms_basic_auth" and before[0].level == "warning"
    assert "end of December 2026" in before[0].text("en") and "connector" in before[0].text("en")
    assert "Ende Dezember 2026" in before[0].text("de")
    after = providers.advice(MS, today=dt.date(2027, 1, 2))
    assert after[0].template == providers.ADV_MS_BASIC_AUTH_OFF


def test_microsoft_relay_is_not_told_about_basic_auth():
    relay = MS.replace(server="firma-de.mail.protection.outlook.com", port=25, use_auth=False)
    codes = [a.code for a in providers.advice(relay, today=dt.date(2026, 12, 4))]
    assert "ms_basic_auth" not in codes and "ms_relay" in codes and "port" not in codes


def test_port_advice_names_the_documented_ways():
    wrong = MS.replace(port=465)
    texts = [a.text("en") for a in providers.advice(wrong) if a.code == "port"]
    assert texts == ["Microsoft 365 / Exchange Online documents 587 STARTTLS for smtp.office365.com; "
                     "port 465 with SSL/TLS is not among them."]
    assert not [a for a in providers.advice(MS) if a.code == "port"]
    gmail = MailSettings(server="smtp.gmail.com", port=465, tls_mode=TlsMode.IMPLICIT, sender="a@gmail.com")
    assert not [a for a in providers.advice(gmail) if a.code == "port"]


def test_webde_username_and_sender():
    s = MailSettings(server="smtp.web.de", port=587, sender="info@firma.de", use_auth=True,
                     username="max.muster@web.de", mechanism=AuthMechanism.PLAIN)
    adv = {a.code: a for a in providers.advice(s)}
    assert "max.muster" in adv["username"].text("en") and "@" in adv["username"].text("de")
    assert adv["sender"].level == "info"
    ok = s.replace(username="max.muster", sender="max.muster@web.de")
    codes = [a.code for a in providers.advice(ok)]
    assert "username" not in codes and "sender" not in codes and "rule" in codes


def test_no_provider_no_advice():
    assert providers.advice(MailSettings(server="mail.firma.de", sender="a@firma.de", use_auth=True,
                                         username="a")) == []


def test_advice_rules_translate():
    s = MailSettings(server="mail.gmx.net", port=587, sender="a@gmx.de")
    rule = next(a for a in providers.advice(s) if a.code == "rule")
    assert rule.text("en").startswith("GMX: Access by e-mail programs")
    assert rule.text("de") != rule.text("en") and rule.text("de").startswith("GMX: ")

"""`test-mail --confirm --dns-check --nameserver 127.0.0.1:PORT` end to end: the project's test server as
the relay, a real Dovecot as the receiver's mailbox (its Received header names the relay as 192.0.2.10),
a loopback authoritative name server for firma.de. Nothing leaves loopback."""
from __future__ import annotations

import json
import re

from tests.delivery.dovecot import PASSWORD, RELAY_IP
from tests.delivery.test_cli import make_profile, run
from tests.dns_server import BLACKHOLE
from tests.smtp.helpers import PASSWORD as SMTP_PASSWORD
from tests.verdict.conftest import PASS, SOFTFAIL, zones


def test_json_junk_and_softfail(capsys, monkeypatch, relay, dovecot, imap_pki, receiver, dns_zone):
    ns = dns_zone(SOFTFAIL)
    make_profile(capsys, monkeypatch, relay, dovecot, imap_pki)
    code, out, err = run(capsys, monkeypatch, "test-mail", "--to", "verdict+junk@example.org", "--confirm",
                         "--confirm-timeout", "30", "--dns-check", "--nameserver", ns.nameserver, "--json")
    data = json.loads(out)
    assert code == 1, out + err  # delivered to junk
    assert data["ok"] is True and data["delivery"]["status"] == "junk" and data["delivery"]["relay_ip"] == RELAY_IP
    dns = data["dns"]
    assert dns["relay_ips"] == [RELAY_IP] and dns["relay_ips_source"] == "received"
    assert dns["nameserver"] == ns.nameserver and dns["spf"]["record"] == SOFTFAIL
    assert [v["result"] for v in dns["spf"]["verdicts"]] == ["softfail"]
    verdict = data["verdict"]
    assert re.fullmatch(
        r"accepted, delivered to the junk folder Junk after [0-9.]+ s; receivers see SPF softfail for 192\.0\.2\.10: "
        r"add it to the SPF record of firma\.de; with DMARC p=quarantine, receivers put it in junk unless the relay "
        r"signs it with DKIM for firma\.de", verdict["text"]), verdict["text"]
    assert verdict["level"] == "warning"
    parts = verdict["parts"]
    assert parts["relay"]["accepted"] is True and parts["delivery"]["folder"] == "Junk"
    assert parts["spf"]["ip"] == RELAY_IP and parts["spf"]["source"] == "received"
    assert parts["spf"]["receiver_result"] == "softfail" and parts["dmarc"]["outcome"] == "quarantine"
    assert any("192.0.2.10" in f and "SPF record of firma.de" in f for f in verdict["fixes"])
    assert ("firma.de", "TXT") in ns.queries  # it asked the loopback server
    for secret in (PASSWORD, SMTP_PASSWORD):
        assert secret not in out


def test_text_inbox_and_pass_ends_with_the_verdict(capsys, monkeypatch, relay, dovecot, imap_pki, receiver, dns_zone):
    ns = dns_zone(PASS)
    make_profile(capsys, monkeypatch, relay, dovecot, imap_pki)
    code, out, err = run(capsys, monkeypatch, "test-mail", "--to", "verdict@example.org", "--confirm",
                         "--confirm-timeout", "30", "--dns-check", "--nameserver", ns.nameserver)
    assert code == 0, out + err
    lines = out.rstrip("\n").splitlines()
    assert lines[-2] == "Verdict: all good", lines[-2:]
    assert re.fullmatch(r"  accepted, delivered to INBOX after [0-9.]+ s; receivers see SPF pass for 192\.0\.2\.10",
                        lines[-1]), lines[-1]
    assert "Relay outbound IP(s) from the delivered test mail's Received header: 192.0.2.10." in out
    assert "[OK] SPF" in out and "192.0.2.10: SPF pass" in out
    assert out.index("Delivered:") < out.index("[OK] SPF") < out.index("Verdict: all good")


def test_text_german(capsys, monkeypatch, relay, dovecot, imap_pki, receiver, dns_zone):
    ns = dns_zone(SOFTFAIL)
    make_profile(capsys, monkeypatch, relay, dovecot, imap_pki)
    code, out, err = run(capsys, monkeypatch, "--lang", "de", "test-mail", "--to", "verdict+junk@example.org",
                         "--confirm", "--confirm-timeout", "30", "--dns-check", "--nameserver", ns.nameserver)
    assert code == 1, out + err
    tail = out[out.index("Urteil: "):]
    assert "angenommen, im Junk-Ordner Junk nach" in tail and "SPF softfail für 192.0.2.10" in tail, tail
    assert "In den SPF-Eintrag von firma.de aufnehmen" in tail or "SPF-Eintrag von firma.de" in tail, tail
    assert "Zu ändern:" in tail


def test_dead_name_server_is_said_in_the_verdict(capsys, monkeypatch, relay, dovecot, imap_pki, receiver,
                                                 dns_server):
    ns = dns_server(zones(PASS), mode=BLACKHOLE)
    make_profile(capsys, monkeypatch, relay, dovecot, imap_pki)
    code, out, err = run(capsys, monkeypatch, "test-mail", "--to", "verdict@example.org", "--confirm",
                         "--confirm-timeout", "30", "--dns-check", "--nameserver", ns.nameserver, "--json")
    data = json.loads(out)
    assert code == 1, out + err  # delivered, but DNS could not be asked
    assert data["delivery"]["status"] == "delivered" and data["dns"]["category"] == "dns_failed"
    assert data["verdict"]["text"].endswith(f"; DNS not checked: The name server {ns.nameserver} did not answer "
                                            "within 3 s."), data["verdict"]["text"]


def test_without_confirm_the_check_falls_back_to_the_server_address(capsys, monkeypatch, relay, dovecot, imap_pki,
                                                                    receiver, dns_zone):
    ns = dns_zone(PASS)
    make_profile(capsys, monkeypatch, relay, dovecot, imap_pki)
    code, out, err = run(capsys, monkeypatch, "test-mail", "--to", "verdict@example.org", "--dns-check",
                         "--nameserver", ns.nameserver, "--json")
    data = json.loads(out)
    assert data["delivery"] is None and data["dns"]["relay_ips_source"] == "smtp_server"
    assert data["dns"]["relay_ips"] == ["127.0.0.1"]
    assert data["verdict"]["text"].startswith("accepted; SPF fail for the SMTP server's address 127.0.0.1 "
                                              "(receivers may see another)"), data["verdict"]["text"]
    assert code == 1


def test_usage_errors_send_nothing(capsys, monkeypatch, relay, dovecot, imap_pki, receiver):
    server = make_profile(capsys, monkeypatch, relay, dovecot, imap_pki)
    code, out, err = run(capsys, monkeypatch, "test-mail", "--to", "verdict@example.org", "--confirm", "--dns-check",
                         "--nameserver", "dns.firma.de")
    assert code == 2 and "--nameserver must be an IP address" in err
    code, out, err = run(capsys, monkeypatch, "test-mail", "--to", "verdict@example.org", "--nameserver",
                         "127.0.0.1", "--json")
    assert code == 2 and "add --dns-check" in json.loads(out)["message"]
    assert server.received == []

"""The joined verdict (swyxon_desktop/verdict.py): every combination of relay, delivery and DNS outcome.

Unit tests on the engines' own result classes (SendResult, DeliveryResult, DnsReport) built by hand;
the end-to-end runs against Dovecot and the loopback DNS server are in test_cli.py / test_dialog.py.
"""
from __future__ import annotations

import json

import pytest

from swyxon_desktop import dnscheck
from swyxon_desktop.delivery.engine import DeliveryResult
from swyxon_desktop.delivery.errors import MSG_NOT_DELIVERED
from swyxon_desktop.delivery.headers import AuthResults, HeaderFindings
from swyxon_desktop.dnscheck import DnsReport, Part, SpfVerdict, Text
from swyxon_desktop.failures import Category, Failure
from swyxon_desktop.smtp.engine import SendResult
from swyxon_desktop.verdict import PROBLEM, WARNING, OK, build_verdict, relay_ips_of

IP = "192.0.2.10"


def sent(ok: bool = True) -> SendResult:
    if ok:
        return SendResult(ok=True, failure=None, recipient="pruef@example.org", elapsed_s=0.4, smtp_code=250,
                          message_id="<x@firma.de>")
    return SendResult(ok=False, failure=Failure(Category.AUTH_FAILED, "535 no", stage="auth", smtp_code=535),
                      recipient="pruef@example.org", elapsed_s=0.4)


def delivery(status: str = "delivered", folder: str | None = "INBOX", relay_ip: str | None = IP,
             receiver_spf: str = "pass") -> DeliveryResult:
    findings = HeaderFindings(authentication_results=[AuthResults("mx.example.org", {"spf": receiver_spf})],
                              relay_ip=relay_ip)
    failure = None
    if status == "junk":
        failure = Failure(Category.DELIVERED_TO_JUNK, "junk", stage="delivery")
    elif status == "not_delivered":
        failure = Failure(Category.NOT_DELIVERED, MSG_NOT_DELIVERED, stage="delivery",
                          message_args=("INBOX, Junk", "120"))
        findings, folder = None, None
    elif status == "failed":
        failure = Failure(Category.MAILBOX_LOGIN_FAILED, "login", stage="delivery")
        findings, folder = None, None
    return DeliveryResult(status=status, message_id="<x@firma.de>", folder=folder, elapsed_s=4.0,
                          findings=findings, failure=failure)


def dns(result: str | None = "pass", *, ip: str = IP, source: str = "received", outcome: str | None = "pass",
        policy: str = "quarantine", failure: Failure | None = None, ptr: str = dnscheck.OK) -> DnsReport:
    report = DnsReport(sender="SwyxWare@firma.de", domain="firma.de", server="relay.firma.de",
                       nameserver="127.0.0.1:5353", relay_ips=[ip] if result else [], relay_ips_source=source,
                       failure=failure)
    if failure is not None:
        return report
    verdicts = [SpfVerdict(ip, result, "~all" if result == "softfail" else "ip4:" + ip)] if result else []
    fixes = [Text(dnscheck.FIX_SPF_ADD, ("ip4:" + ip, "firma.de"))] if result not in ("pass", None) else []
    report.parts["spf"] = Part("spf", dnscheck.OK if result == "pass" else dnscheck.PROBLEM,
                               data={"record": "v=spf1 ~all", "_verdicts": verdicts}, fixes=fixes)
    report.parts["dmarc"] = Part("dmarc", dnscheck.OK, data={"policy": policy, "outcome": outcome,
                                                             "record": f"v=DMARC1; p={policy}"})
    report.parts["ptr"] = Part("ptr", ptr)
    return report


def test_the_issue_example_in_english_and_german():
    v = build_verdict(sent(), delivery("junk", "Junk", receiver_spf="softfail"), dns("softfail", outcome="none",
                                                                                      policy="none"))
    assert v.text("en") == ("accepted, delivered to the junk folder Junk after 4 s; receivers see SPF softfail "
                            "for 192.0.2.10: add it to the SPF record of firma.de")
    assert v.level == WARNING
    de = v.text("de")
    assert de.startswith("angenommen, im Junk-Ordner Junk nach 4 s zugestellt; ") and "192.0.2.10" in de, de
    assert "SPF-Eintrag von firma.de" in de, de
    d = v.to_dict("en")
    json.dumps(d)  # plain data
    assert d["parts"]["relay"] == {"accepted": True, "smtp_code": 250, "category": None}
    assert d["parts"]["delivery"]["status"] == "junk" and d["parts"]["delivery"]["folder"] == "Junk"
    assert d["parts"]["spf"] == {"ip": IP, "result": "softfail", "mechanism": "~all", "source": "received",
                                 "receiver_result": "softfail", "record": "v=spf1 ~all"}
    assert d["fixes"] == ["Add ip4:192.0.2.10 (or the relay's include:…) to the SPF record of firma.de."]


def test_all_good():
    v = build_verdict(sent(), delivery(), dns("pass"))
    assert v.level == OK
    assert v.text("en") == "accepted, delivered to INBOX after 4 s; receivers see SPF pass for 192.0.2.10"
    assert v.fixes == [] and v.lines("en") == [v.text("en")]


def test_softfail_with_dmarc_quarantine_names_the_consequence():
    v = build_verdict(sent(), delivery("junk", "Junk", receiver_spf="softfail"), dns("softfail", outcome="quarantine"))
    assert v.text("en").endswith("; with DMARC p=quarantine, receivers put it in junk unless the relay signs it "
                                 "with DKIM for firma.de")
    assert v.level == WARNING and v.parts["dmarc"]["outcome"] == "quarantine"


def test_fail_with_dmarc_reject_is_a_problem():
    v = build_verdict(sent(), delivery(receiver_spf="fail"), dns("fail", outcome="reject", policy="reject"))
    assert v.level == PROBLEM
    assert "receivers see SPF fail for 192.0.2.10: add it to the SPF record of firma.de" in v.text("en")
    assert "with DMARC p=reject, receivers reject it" in v.text("en")
    assert v.lines("en")[1:] == ["To change:", "- Add ip4:192.0.2.10 (or the relay's include:…) to the SPF record "
                                 "of firma.de."]


@pytest.mark.parametrize("result,fix", [("none", "publish an SPF record for firma.de that allows it"),
                                        ("permerror", "repair the SPF record of firma.de"),
                                        ("temperror", "the SPF record could not be read; check again later")])
def test_each_spf_result_says_what_to_change(result, fix):
    v = build_verdict(sent(), delivery(receiver_spf=result), dns(result, outcome="none"))
    assert v.text("en").endswith(f"receivers see SPF {result} for 192.0.2.10: {fix}")
    assert v.level == (PROBLEM if result == "permerror" else WARNING)


def test_the_receiver_disagreeing_with_the_dns_check_is_said():
    v = build_verdict(sent(), delivery(receiver_spf="softfail"), dns("pass"))
    assert v.text("en").endswith("receivers see SPF pass for 192.0.2.10 (the receiver reported SPF softfail)")


def test_not_delivered_and_login_failed_and_cancelled():
    v = build_verdict(sent(), delivery("not_delivered"), dns("pass", source="smtp_server"))
    assert v.level == PROBLEM
    assert v.text("en").startswith("accepted, not delivered within 120 s; SPF pass for the SMTP server's address "
                                   "192.0.2.10 (receivers may see another)")
    v = build_verdict(sent(), delivery("failed"), None)
    assert v.text("en") == "accepted, delivery not confirmed: The login to the mailbox failed"
    assert v.level == PROBLEM and v.parts["dns"] is None
    v = build_verdict(sent(), DeliveryResult(status="cancelled", message_id="<x>",
                                             failure=Failure(Category.CANCELLED, "c")), None)
    assert v.text("en") == "accepted, the delivery confirmation was cancelled" and v.level == WARNING


def test_no_relay_ip_in_the_received_chain_falls_back_to_candidates():
    d = delivery(relay_ip=None, receiver_spf="softfail")
    assert relay_ips_of(d) == ([], "given")
    assert relay_ips_of(delivery()) == ([IP], "received")
    assert relay_ips_of(delivery(relay_ip="relay.firma.de")) == ([], "given")  # not an address: none
    assert relay_ips_of(None) == ([], "given")
    v = build_verdict(sent(), d, dns("softfail", ip="192.0.2.25", source="smtp_server", outcome="none"))
    assert v.text("en") == ("accepted, delivered to INBOX after 4 s; the Received chain named no relay IP; SPF "
                            "softfail for the SMTP server's address 192.0.2.25 (receivers may see another): add it "
                            "to the SPF record of firma.de")
    assert v.level == WARNING and v.parts["spf"]["source"] == "smtp_server"


def test_no_relay_ip_at_all():
    v = build_verdict(sent(), delivery(relay_ip=None), dns(None, source="none"))
    assert v.text("en").endswith("; the Received chain named no relay IP; SPF not checked: no relay IP is known")
    assert v.parts["spf"] is None and v.level == WARNING


def test_dns_dead_and_cancelled():
    dead = Failure(Category.DNS_FAILED, dnscheck.MSG_DNS_DEAD, stage="dns", context="DnsCheck",
                   message_args=("127.0.0.1:5353", "3"))
    v = build_verdict(sent(), delivery(), dns(failure=dead))
    assert v.text("en") == ("accepted, delivered to INBOX after 4 s; DNS not checked: The name server "
                            "127.0.0.1:5353 did not answer within 3 s.")
    assert v.parts["dns"]["category"] == "dns_failed" and v.level == WARNING
    v = build_verdict(sent(), delivery(), dns(failure=Failure(Category.CANCELLED, dnscheck.MSG_CANCELLED)))
    assert v.text("en").endswith("; the DNS check was cancelled")


def test_spf_pass_but_other_dns_problems():
    v = build_verdict(sent(), delivery(), dns("pass", ptr=dnscheck.PROBLEM))
    assert v.text("en").endswith("receivers see SPF pass for 192.0.2.10, but the DNS check found problems: "
                                 "Reverse DNS of the relay (PTR)")
    assert v.level == WARNING


def test_relay_refused_ends_the_verdict_there():
    v = build_verdict(sent(ok=False), None, dns("pass"))
    assert v.text("en").startswith("not accepted by the relay: ")
    assert v.level == PROBLEM and v.parts["delivery"] is None and v.parts["dns"] is None
    assert v.to_dict("de")["text"].startswith("nicht vom Relay angenommen: ")


def test_without_confirmation_only_dns():
    v = build_verdict(sent(), None, dns("pass", source="smtp_server"))
    assert v.text("en") == ("accepted; SPF pass for the SMTP server's address 192.0.2.10 (receivers may see "
                            "another)")


def test_seconds_in_the_verdicts_language():
    d = delivery()
    d.elapsed_s = 0.14
    v = build_verdict(sent(), d, None)
    assert v.text("en") == "accepted, delivered to INBOX after 0.1 s"
    assert v.text("de") == "angenommen, nach 0,1 s in INBOX zugestellt"
    d.elapsed_s = 42.4
    assert build_verdict(sent(), d, None).text("en") == "accepted, delivered to INBOX after 42 s"

"""The DNS check engine against the loopback authoritative server (tests/dns_server.py) — never the internet."""
from __future__ import annotations

import pytest

from swyxon_desktop import dnscheck
from swyxon_desktop.failures import Category
from tests.dns_server import BLACKHOLE, SERVFAIL

RELAY = "192.0.2.10"


def zones(spf="v=spf1 ip4:192.0.2.10 -all", dmarc="v=DMARC1; p=reject", **extra):
    z = {
        "firma.de": {"MX": ["10 mx.firma.de."], "TXT": [spf] if spf else ["some-verification=abc"]},
        "mx.firma.de": {"A": ["192.0.2.25"]},
        "smtp.firma.de": {"A": [RELAY], "AAAA": ["2001:db8::10"]},
        RELAY: {"PTR": ["smtp.firma.de."]},
    }
    if dmarc:
        z["_dmarc.firma.de"] = {"TXT": [dmarc]}
    z.update(extra)
    return z


def run(ns, ips=(RELAY,), sender="info@firma.de", server="smtp.firma.de", timeout=2.0):
    return dnscheck.check_dns(sender, server, list(ips), nameserver=ns.nameserver, timeout=timeout)


def verdict(report, ip=RELAY):
    return next(v for v in report.parts["spf"].data["_verdicts"] if v.ip == ip)


def test_all_good(dns_server):
    report = run(dns_server(zones()))
    d = report.to_dict()
    assert report.ok and d["ok"] is True and d["category"] is None
    assert d["mx"]["status"] == "ok" and d["mx"]["mx"] == [{"preference": 10, "host": "mx.firma.de"}]
    assert d["addresses"]["addresses"] == [RELAY, "2001:db8::10"]
    assert d["spf"]["record"] == "v=spf1 ip4:192.0.2.10 -all"
    assert d["spf"]["verdicts"][0]["result"] == "pass" and d["spf"]["verdicts"][0]["mechanism"] == "ip4:192.0.2.10"
    assert d["dmarc"]["policy"] == "reject" and d["dmarc"]["outcome"] == "pass"
    assert d["ptr"]["ptr"] == [{"ip": RELAY, "names": ["smtp.firma.de"], "fcrdns": True}]
    assert d["verdict"].startswith("Receivers will accept mail from info@firma.de through 192.0.2.10")
    assert d["fixes"] == []


def test_fail_by_dash_all_names_the_fix(dns_server):
    report = run(dns_server(zones()), ips=["203.0.113.5"])
    v = verdict(report, "203.0.113.5")
    assert (v.result, v.mechanism) == ("fail", "-all")
    assert not report.ok and report.parts["spf"].status == "problem"
    assert report.parts["dmarc"].data["outcome"] == "reject"
    text = report.verdict()
    assert "SPF fail for 203.0.113.5" in text and "p=reject" in text
    assert "Add ip4:203.0.113.5 (or the relay's include:…) to the SPF record of firma.de." in text


def test_softfail_by_tilde_all_and_ipv6_fix(dns_server):
    report = run(dns_server(zones(spf="v=spf1 ip4:192.0.2.10 ~all", dmarc="v=DMARC1; p=none")),
                 ips=["2001:db8::99"])
    v = verdict(report, "2001:db8::99")
    assert (v.result, v.mechanism) == ("softfail", "~all")
    assert report.parts["dmarc"].data["outcome"] == "none" and report.parts["dmarc"].status == "warning"
    assert "Add ip6:2001:db8::99" in report.verdict()


def test_pass_via_include_chain(dns_server):
    z = zones(spf="v=spf1 include:_spf.relay.example -all",
              **{"_spf.relay.example": {"TXT": ["v=spf1 include:_net2.relay.example -all"]},
                 "_net2.relay.example": {"TXT": ["v=spf1 ip4:198.51.100.0/24 -all"]},
                 "198.51.100.7": {"PTR": ["out7.relay.example."]},
                 "out7.relay.example": {"A": ["198.51.100.7"]}})
    report = run(dns_server(z), ips=["198.51.100.7"])
    v = verdict(report, "198.51.100.7")
    assert (v.result, v.mechanism, v.lookups) == ("pass", "include:_spf.relay.example", 2)
    assert report.ok


def test_include_loop_is_permerror(dns_server):
    z = zones(spf="v=spf1 include:a.loop.example -all",
              **{"a.loop.example": {"TXT": ["v=spf1 include:b.loop.example -all"]},
                 "b.loop.example": {"TXT": ["v=spf1 include:a.loop.example -all"]}})
    report = run(dns_server(z))
    v = verdict(report)
    assert v.result == "permerror" and v.mechanism is None
    assert "Repair the SPF record of firma.de" in report.verdict()


def test_more_than_ten_lookups_is_permerror(dns_server):
    extra = {f"n{i}.firma.de": {"A": ["203.0.113.1"]} for i in range(11)}
    z = zones(spf="v=spf1 " + " ".join(f"a:n{i}.firma.de" for i in range(11)) + " ip4:192.0.2.10 -all", **extra)
    report = run(dns_server(z))
    v = verdict(report)
    assert v.result == "permerror" and "lookup" in v.explanation.lower()
    assert not report.ok


def test_two_void_lookups_is_permerror(dns_server):
    z = zones(spf="v=spf1 a:gone1.firma.de a:gone2.firma.de a:gone3.firma.de ip4:192.0.2.10 -all")
    v = verdict(run(dns_server(z)))
    assert v.result == "permerror" and "void" in v.explanation.lower()


def test_no_spf_record_is_none_with_a_record_to_publish(dns_server):
    report = run(dns_server(zones(spf=None)))
    assert verdict(report).result == "none"
    assert 'Publish a TXT record at firma.de: "v=spf1 ip4:192.0.2.10 -all"' in report.verdict()


def test_two_spf_records_is_permerror(dns_server):
    z = zones()
    z["firma.de"]["TXT"] = ["v=spf1 -all", "v=spf1 ip4:192.0.2.10 -all"]
    report = run(dns_server(z))
    assert verdict(report).result == "permerror" and "Merge the SPF records" in report.verdict()


def test_dmarc_missing_and_organisational_fallback(dns_server):
    report = run(dns_server(zones(dmarc=None)))
    assert report.parts["dmarc"].status == "warning" and report.parts["dmarc"].data["record"] is None
    z = zones(dmarc="v=DMARC1; p=quarantine; sp=reject", **{
        "mail.firma.de": {"TXT": ["v=spf1 ip4:192.0.2.10 -all"]}})
    sub = run(dns_server(z), sender="alerts@mail.firma.de", ips=["203.0.113.5"])
    d = sub.parts["dmarc"].data
    assert d["location"] == "_dmarc.firma.de" and d["organisational"] is True
    assert d["policy"] == "reject" and d["outcome"] == "reject"  # sp= applies to subdomains


def test_no_records_at_all(dns_server):
    report = run(dns_server({}), server="smtp.nowhere.example", sender="x@nowhere.example")
    d = report.to_dict()
    assert d["mx"]["status"] == "problem" and d["mx"]["nxdomain"] is True
    assert d["addresses"]["status"] == "problem" and d["relay_ips"] == [RELAY]
    assert d["spf"]["verdicts"][0]["result"] == "none" and d["dmarc"]["record"] is None
    assert d["ptr"]["ptr"][0]["fcrdns"] is False
    assert not report.ok


def test_ptr_mismatch(dns_server):
    z = zones(**{RELAY: {"PTR": ["host.elsewhere.example."]}, "host.elsewhere.example": {"A": ["203.0.113.9"]}})
    report = run(dns_server(z))
    assert report.parts["ptr"].status == "problem"
    assert report.parts["ptr"].data["ptr"] == [{"ip": RELAY, "names": ["host.elsewhere.example"], "fcrdns": False}]
    assert "PTR record whose name resolves back" in report.verdict()


def test_without_relay_ip_the_server_addresses_are_candidates(dns_server):
    report = run(dns_server(zones()), ips=[])
    d = report.to_dict()
    assert d["relay_ips_source"] == "smtp_server" and d["relay_ips"] == [RELAY, "2001:db8::10"]
    assert "may not be the address receivers see" in d["spf"]["summary"]
    assert "the relay's outbound IP may differ" in d["verdict"]
    assert d["spf"]["status"] == "problem"  # the AAAA candidate is not in the record


def test_dead_name_server_is_a_fast_dns_failed(dns_server):
    ns = dns_server(zones(), mode=BLACKHOLE)
    report = run(ns, timeout=0.5)
    assert report.failure is not None and report.failure.category is Category.DNS_FAILED
    assert ns.queries == [("firma.de", "MX")]  # one query timed out; nothing else waited for it
    d = report.to_dict()
    assert d["category"] == "dns_failed" and d["ok"] is False and "mx" not in d
    assert f"The name server {ns.nameserver} did not answer within 0.5 s." in d["message"]


def test_servfail_is_temperror(dns_server):
    z = zones()
    z["firma.de"] = {"MX": ["10 mx.firma.de."], "TXT": SERVFAIL}
    report = run(dns_server(z))
    assert report.parts["spf"].status == "error" and not report.ok
    z2 = zones(spf="v=spf1 include:broken.example -all", **{"broken.example": SERVFAIL})
    v = verdict(run(dns_server(z2)))
    assert v.result == "temperror"


def test_servfail_everywhere_is_not_dns_failed(dns_server):
    report = run(dns_server(zones(), mode=SERVFAIL))
    assert report.failure is None and report.parts["mx"].status == "error"


def test_input_parsing():
    assert dnscheck.parse_nameserver("127.0.0.1:5353") == ("127.0.0.1", 5353)
    assert dnscheck.parse_nameserver("::1") == ("::1", 53)
    assert dnscheck.parse_nameserver("[::1]:5300") == ("::1", 5300)
    for bad in ("dns.example", "127.0.0.1:0", "1.2.3.4:x", "[::1", "127.0.0.1:+53", "127.0.0.1: 53"):
        with pytest.raises(ValueError):
            dnscheck.parse_nameserver(bad)
    assert dnscheck.parse_ip(" 2001:DB8::1 ") == "2001:db8::1"
    assert dnscheck.organisational_domain("a.b.firma.co.uk") == "firma.co.uk"
    assert dnscheck.organisational_domain("mail.firma.de") == "firma.de"


def test_bad_sender():
    report = dnscheck.check_dns("no-domain", "smtp.firma.de", [], nameserver="127.0.0.1:9")
    assert report.failure.category is Category.INVALID_SETTINGS
def test_german_texts(dns_server):
    report = run(dns_server(zones()), ips=["203.0.113.5"])
    text = report.verdict("de")
    assert "SPF" in text and text != report.verdict("en")




def test_without_a_name_server_the_system_resolver_is_asked_and_the_guard_stops_it():
    """No --nameserver means the system's resolver; in these tests the guard refuses to build one."""
    with pytest.raises(AssertionError, match="system's resolver"):
        dnscheck.check_dns("info@firma.de", "smtp.firma.de", [RELAY])


def test_a_long_spf_record_comes_over_tcp(dns_server):
    """An SPF record too large for a 512-byte UDP answer: truncated, the resolver asks again over TCP."""
    long = "v=spf1 " + " ".join(f"ip4:198.51.100.{i}" for i in range(1, 60)) + " ip4:192.0.2.10 -all"
    z = zones(spf=long)
    report = run(dns_server(z))
    assert report.parts["spf"].data["record"] == long
    v = verdict(report)
    assert (v.result, v.mechanism) == ("pass", "ip4:192.0.2.10")


def test_redirect_decides(dns_server):
    z = zones(spf="v=spf1 redirect=_spf.relay.example",
              **{"_spf.relay.example": {"TXT": ["v=spf1 ip4:198.51.100.0/24 -all"]}})
    report = run(dns_server(z), ips=["198.51.100.7", "203.0.113.5"])
    assert (verdict(report, "198.51.100.7").result, verdict(report, "198.51.100.7").mechanism) == (
        "pass", "ip4:198.51.100.0/24")
    assert verdict(report, "203.0.113.5").result == "fail"
    assert "SPF fail for 203.0.113.5" in report.verdict()


def test_relay_ips_from_a_confirmed_delivery_are_named_so(dns_server):
    report = dnscheck.check_dns("info@firma.de", "smtp.firma.de", [RELAY], nameserver=dns_server(zones()).nameserver,
                                relay_ips_source="received")
    d = report.to_dict()
    assert d["relay_ips_source"] == "received" and report.ok
    assert "from the delivered test mail's Received header: 192.0.2.10" in d["spf"]["summary"]

"""The loopback test DNS server answers as a real authoritative server would (it is what the DNS tests rely on)."""
from __future__ import annotations

import dns.exception
import dns.flags
import dns.message
import dns.query
import dns.rcode
import dns.resolver
import pytest

from tests.dns_server import BLACKHOLE, SERVFAIL, DnsServer

ZONES = {
    "firma.de": {"MX": ["10 mx.firma.de."], "TXT": ["v=spf1 ip4:192.0.2.10 -all"]},
    "_dmarc.firma.de": {"TXT": ["v=DMARC1; p=reject"]},
    "mx.firma.de": {"A": ["192.0.2.25"], "AAAA": ["2001:db8::25"]},
    "www.firma.de": {"CNAME": ["mx.firma.de."]},
    "_submission._tcp.firma.de": {"SRV": ["0 1 587 mail.firma.de."]},
    "192.0.2.25": {"PTR": ["mx.firma.de."]},
    "a.b.firma.de": {"A": ["192.0.2.1"]},
    "dead.firma.de": BLACKHOLE,
    "broken.firma.de": SERVFAIL,
    "long.firma.de": {"TXT": ["v=spf1 " + " ".join(f"ip4:198.51.100.{i}" for i in range(1, 60)) + " -all"]},
}


def texts(answer) -> list[str]:
    return sorted(r.to_text() for r in answer)


def test_records_of_each_type(dns_server):
    ns = dns_server(ZONES)
    res = ns.resolver()
    assert texts(res.resolve("firma.de", "MX")) == ["10 mx.firma.de."]
    assert texts(res.resolve("firma.de", "TXT")) == ['"v=spf1 ip4:192.0.2.10 -all"']
    assert texts(res.resolve("mx.firma.de", "A")) == ["192.0.2.25"]
    assert texts(res.resolve("mx.firma.de", "AAAA")) == ["2001:db8::25"]
    assert texts(res.resolve("_submission._tcp.firma.de", "SRV")) == ["0 1 587 mail.firma.de."]
    assert texts(res.resolve_address("192.0.2.25")) == ["mx.firma.de."]
    answer = res.resolve("www.firma.de", "A")
    assert texts(answer) == ["192.0.2.25"] and answer.canonical_name.to_text() == "mx.firma.de."
    assert ("firma.de", "MX") in ns.queries


def test_nxdomain_nodata_and_empty_non_terminal(dns_server):
    res = dns_server(ZONES).resolver()
    with pytest.raises(dns.resolver.NXDOMAIN):
        res.resolve("nothing.firma.de", "A")
    with pytest.raises(dns.resolver.NoAnswer):
        res.resolve("firma.de", "A")
    with pytest.raises(dns.resolver.NoAnswer):
        res.resolve("b.firma.de", "A")  # exists only as the parent of a.b.firma.de


def test_authoritative_flag_and_tcp(dns_server):
    ns = dns_server(ZONES)
    q = dns.message.make_query("firma.de", "MX")
    r = dns.query.tcp(q, ns.host, port=ns.port, timeout=2)
    assert r.flags & dns.flags.AA and r.rcode() == dns.rcode.NOERROR and r.answer


def test_large_answer_truncates_over_udp_and_comes_whole_over_tcp(dns_server):
    ns = dns_server(ZONES)
    q = dns.message.make_query("long.firma.de", "TXT", use_edns=False)
    udp = dns.query.udp(q, ns.host, port=ns.port, timeout=2)
    assert udp.flags & dns.flags.TC and not udp.answer
    value = "".join(s.decode() for s in ns.resolver().resolve("long.firma.de", "TXT")[0].strings)
    assert value.startswith("v=spf1 ip4:198.51.100.1 ") and value.endswith(" -all")


def test_servfail_name_and_servfail_mode(dns_server):
    q = dns.message.make_query("broken.firma.de", "TXT")
    ns = dns_server(ZONES)
    assert dns.query.udp(q, ns.host, port=ns.port, timeout=2).rcode() == dns.rcode.SERVFAIL
    whole = dns_server(ZONES, mode=SERVFAIL)
    q2 = dns.message.make_query("firma.de", "MX")
    assert dns.query.udp(q2, whole.host, port=whole.port, timeout=2).rcode() == dns.rcode.SERVFAIL


def test_black_hole_never_answers(dns_server):
    ns = dns_server(ZONES, mode=BLACKHOLE)
    q = dns.message.make_query("firma.de", "MX")
    with pytest.raises(dns.exception.Timeout):
        dns.query.udp(q, ns.host, port=ns.port, timeout=0.3)
    with pytest.raises(dns.exception.Timeout):
        dns.query.tcp(q, ns.host, port=ns.port, timeout=0.3)
    assert ns.queries.count(("firma.de", "MX")) == 2  # it heard both questions


def test_per_name_black_hole(dns_server):
    ns = dns_server(ZONES)
    with pytest.raises(dns.resolver.LifetimeTimeout):
        ns.resolver(timeout=0.3).resolve("dead.firma.de", "A")


def test_data_can_change_while_running_and_ipv6_loopback():
    with DnsServer({}, host="::1") as ns:
        ns.zones["new.firma.de"] = {"A": ["192.0.2.99"]}
        assert texts(ns.resolver().resolve("new.firma.de", "A")) == ["192.0.2.99"]
        assert ns.nameserver == f"[::1]:{ns.port}"


def test_only_loopback():
    with pytest.raises(ValueError):
        DnsServer({}, host="0.0.0.0")

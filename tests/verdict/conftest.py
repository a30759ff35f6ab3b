"""Fixtures: the delivery tests' Dovecot + relay + receiver (tests/delivery/conftest.py) and the DNS
tests' loopback name server with the guard against the system resolver (tests/dnscheck/conftest.py) —
imported, not copied. The receiver names the relay as 192.0.2.10 in its Received header; the zones here
say what SPF makes of that address."""
from __future__ import annotations

import pytest

from tests.delivery.conftest import dovecot, imap_pki, receiver, relay  # noqa: F401 - the fixtures
from tests.delivery.dovecot import RELAY_IP
from tests.dnscheck.conftest import no_system_resolver  # noqa: F401 - autouse: no test reaches a real resolver
from tests.dns_server import dns_server  # noqa: F401
from tests.smtp.conftest import pki, serve  # noqa: F401

DMARC = "v=DMARC1; p=quarantine; rua=mailto:dmarc@firma.de"


def zones(spf: str) -> dict:
    """firma.de with the SPF record ``spf``; the relay's address with a matching PTR."""
    return {
        "firma.de": {"MX": ["10 mx.firma.de."], "TXT": [spf]},
        "mx.firma.de": {"A": ["192.0.2.25"]},
        "_dmarc.firma.de": {"TXT": [DMARC]},
        RELAY_IP: {"PTR": ["relay.firma.de."]},
        "relay.firma.de": {"A": [RELAY_IP]},
        "127.0.0.1": {"PTR": ["localhost."]},
        "localhost": {"A": ["127.0.0.1"]},
    }


SOFTFAIL = "v=spf1 ip4:192.0.2.25 ~all"  # the relay's 192.0.2.10 is not in it
PASS = "v=spf1 ip4:192.0.2.10 ip4:192.0.2.25 -all"


@pytest.fixture
def dns_zone(dns_server):  # noqa: F811
    """``dns_zone(spf)`` -> a running loopback name server serving firma.de with that SPF record."""
    return lambda spf: dns_server(zones(spf))

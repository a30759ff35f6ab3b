"""Fixtures for detect: a trustme CA, a loopback HTTPS server for autoconfig files (tests/detect/https_server.py)."""
from __future__ import annotations

import pytest
import trustme

from tests.detect.https_server import HttpsServer

# The names the test HTTPS server presents a certificate for (served on 127.0.0.1).
HTTPS_NAMES = ("localhost", "autoconfig.firma.test", "firma.test", "autoconfig.huge.test", "autoconfig.redirect.test",
               "autoconfig.broken.test", "broken.test", "autoconfig.moved.test", "new.moved.test")


@pytest.fixture(scope="session")
def detect_ca(tmp_path_factory):
    d = tmp_path_factory.mktemp("detect-pki")
    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(d / "ca.pem"))
    leaf = ca.issue_cert(*HTTPS_NAMES)
    leaf.cert_chain_pems[0].write_to_path(str(d / "https.pem"))
    leaf.private_key_pem.write_to_path(str(d / "https.key"))
    smtp = ca.issue_cert("smtp.firma.test", "smtp2.firma.test", "localhost", "127.0.0.1")
    smtp.cert_chain_pems[0].write_to_path(str(d / "smtp.pem"))
    smtp.private_key_pem.write_to_path(str(d / "smtp.key"))
    return d


@pytest.fixture
def https(detect_ca):
    server = HttpsServer(str(detect_ca / "https.pem"), str(detect_ca / "https.key")).start()
    yield server
    server.stop()


from tests.dns_server import dns_server  # noqa: E402,F401 - the loopback DNS server fixture (branch dns)


@pytest.fixture
def dns_zone(dns_server):  # noqa: F811
    """dns_zone({name: [(TYPE, rdata), …]}) -> a started loopback DnsServer answering exactly that."""

    def make(records):
        zones: dict = {}
        for name, rrs in records.items():
            entry = zones.setdefault(name, {})
            for rdtype, value in rrs:
                entry.setdefault(rdtype, []).append(value)
        return dns_server(zones)

    return make

"""Fixtures for the DNS tests (the folder is not named `dns`: that would shadow dnspython): ``dns_server`` (a loopback authoritative server, see tests/dns_server.py)."""
from tests.dns_server import dns_server  # noqa: F401 - the fixture

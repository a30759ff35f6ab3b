"""Fixtures for the DNS tests (the folder is not named `dns`: that would shadow dnspython).

* ``dns_server`` — a loopback authoritative server, see tests/dns_server.py;
* ``no_system_resolver`` (autouse) — building a resolver from the system's configuration fails the test,
  so no test here can reach a real name server.
"""
from __future__ import annotations

import dns.resolver
import pytest

from tests.dns_server import dns_server  # noqa: F401 - the fixture


@pytest.fixture(autouse=True)
def no_system_resolver(monkeypatch):
    """A query that reached the system's resolver would be a test touching the real network: fail loudly."""
    class Refuse(dns.resolver.Resolver):
        def __init__(self, *a, configure=True, **kw):
            if configure:
                raise AssertionError("a test used the system's resolver")
            super().__init__(*a, configure=False, **kw)
    monkeypatch.setattr(dns.resolver, "Resolver", Refuse)
    monkeypatch.setattr(dns.resolver, "default_resolver", None)

"""Fixtures for the SMTP engine tests: trustme certificates and LocalServer instances that stop afterwards."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
import trustme

from swyxon_desktop.testserver import LocalServer, ServerPolicy
from tests.smtp.helpers import PASSWORD, USER


@dataclass
class Pki:
    ca_file: Path
    cert_file: Path  # localhost, 127.0.0.1, ::1 — signed by the CA
    key_file: Path
    other_host_cert: Path  # signed by the CA for mail.other.example only
    other_host_key: Path
    expired_cert: Path  # localhost/127.0.0.1, expired yesterday
    expired_key: Path
    self_signed_cert: Path  # the CA's own certificate, presented as the server's
    self_signed_key: Path


@pytest.fixture(scope="session")
def pki(tmp_path_factory) -> Pki:
    d = tmp_path_factory.mktemp("pki")
    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(d / "ca.pem"))

    def issue(name: str, *identities: str, **kwargs) -> tuple[Path, Path]:
        leaf = ca.issue_cert(*identities, **kwargs)
        leaf.cert_chain_pems[0].write_to_path(str(d / f"{name}.pem"))
        leaf.private_key_pem.write_to_path(str(d / f"{name}.key"))
        return d / f"{name}.pem", d / f"{name}.key"

    good = issue("good", "localhost", "127.0.0.1", "::1")
    other = issue("other", "mail.other.example")
    now = dt.datetime.now(dt.timezone.utc)
    expired = issue("expired", "localhost", "127.0.0.1", not_before=now - dt.timedelta(days=30),
                    not_after=now - dt.timedelta(days=1))
    ca.cert_pem.write_to_path(str(d / "self.pem"))
    ca.private_key_pem.write_to_path(str(d / "self.key"))
    return Pki(d / "ca.pem", *good, *other, *expired, d / "self.pem", d / "self.key")


@pytest.fixture
def serve(pki, tmp_path):
    """serve(tls=..., cert="good"|"other"|"expired"|"self", **policy) -> a started LocalServer with trustme certs."""
    started: list[LocalServer] = []

    def _serve(tls: str = "starttls", cert: str = "good", **policy) -> LocalServer:
        files = {"good": (pki.cert_file, pki.key_file), "other": (pki.other_host_cert, pki.other_host_key),
                 "expired": (pki.expired_cert, pki.expired_key),
                 "self": (pki.self_signed_cert, pki.self_signed_key)}[cert]
        policy.setdefault("users", {USER: PASSWORD})
        policy.setdefault("mailbox", tmp_path / "mailbox")
        server = LocalServer(ServerPolicy(host="127.0.0.1", port=0, tls=tls, cert_file=files[0], key_file=files[1],
                                          ca_file=pki.ca_file, **policy))
        server.start()
        started.append(server)
        return server

    yield _serve
    for server in started:
        server.stop()


@pytest.fixture
def closed_ports():
    """Three loopback ports that are certainly closed for the test's duration: bound, never listening
    (a connection is refused). The probe's matrix uses them instead of 25/465/587, which a developer's
    machine may well serve (a local MTA)."""
    import socket

    held = []
    for _ in range(3):
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        held.append(s)
    yield tuple(s.getsockname()[1] for s in held)
    for s in held:
        s.close()

"""Fixtures for the local test server tests: a running server per policy, and a TLS client context."""
from __future__ import annotations

import smtplib
import ssl

import pytest

from swyxon_desktop.testserver import LocalServer, ServerPolicy

USER, PASSWORD = "alice", "S3cret-pw!"


@pytest.fixture
def serve():
    """serve(**policy) -> a started LocalServer, stopped after the test."""
    started: list[LocalServer] = []

    def _serve(**policy) -> LocalServer:
        server = LocalServer(ServerPolicy(**policy))
        server.start()
        started.append(server)
        return server

    yield _serve
    for server in started:
        server.stop()


def client_context(server: LocalServer) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(server.ca_file))


def connect(server: LocalServer, *, starttls: bool | None = None) -> smtplib.SMTP:
    """smtplib client for the server's TLS mode; STARTTLS done (unless starttls=False)."""
    if server.policy.tls == "implicit":
        client = smtplib.SMTP_SSL(server.host, server.port, context=client_context(server), timeout=10)
    else:
        client = smtplib.SMTP(server.host, server.port, timeout=10)
        if server.policy.tls == "starttls" and starttls is not False:
            client.starttls(context=client_context(server))
    client.ehlo()
    return client

"""Fixtures for the local test server tests: a running server per policy, stopped afterwards."""
from __future__ import annotations

import pytest

from swyxon_desktop.testserver import LocalServer, ServerPolicy


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

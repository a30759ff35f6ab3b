"""Fixtures for the many-profile checks: the SMTP tests' trustme PKI and test servers, a store writer."""
from __future__ import annotations

import json

import pytest

from tests.smtp.conftest import closed_ports, pki, serve  # noqa: F401 - shared fixtures

from swyxon_desktop import paths


def write_profiles(entries: dict) -> None:
    """profiles.json as it would be on disk, written directly: stored profiles that no longer validate
    (or cannot be read) cannot be made through Store.save, which validates."""
    target = paths.config_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    profiles = {name: {"settings": s if isinstance(s, dict) else s.to_dict()} for name, s in entries.items()}
    target.write_text(json.dumps({"schema_version": 1, "profiles": profiles}), "utf-8")


@pytest.fixture
def black_hole():
    """A loopback port that accepts connections (the kernel's backlog) and never says a word."""
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(128)
    yield s.getsockname()[1]
    s.close()

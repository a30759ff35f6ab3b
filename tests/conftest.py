"""Shared fixtures. Tests never touch the real config, log or keychain.

* ``SWYXON_DESKTOP_HOME`` points every user directory at ``tmp_path`` (autouse).
* Unit tests get an in-memory keyring backend (autouse); tests marked ``keychain`` use the real OS
  keychain (Secret Service in CI) through the ``real_keychain`` fixture.
* Qt runs on the offscreen platform.
* With ``SWYXON_NO_SKIP=1`` (set by .ci/run) a skipped test fails the run.
"""
from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

from swyxon_desktop import i18n, secrets  # noqa: E402


class MemoryKeyring(KeyringBackend):
    """A keyring backend for unit tests: a dict. Can be switched to fail like a locked keychain."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}
        self.locked = False

    def _check(self) -> None:
        if self.locked:
            from keyring.errors import KeyringLocked

            raise KeyringLocked("the collection is locked")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.data:
            raise PasswordDeleteError("not found")
        del self.data[(service, username)]


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    home = tmp_path / "swyxon-home"
    monkeypatch.setenv("SWYXON_DESKTOP_HOME", str(home))
    monkeypatch.delenv(secrets.INSECURE_OPT_IN, raising=False)
    i18n.set_language("en")
    yield home
    i18n.set_language("en")


@pytest.fixture(autouse=True)
def memory_keyring():
    backend = MemoryKeyring()
    secrets.set_backend(backend)
    yield backend
    secrets.set_backend(None)


@pytest.fixture
def real_keychain(memory_keyring):
    """The real OS keychain (Secret Service on Linux, Credential Manager on Windows).

    In CI (SWYXON_NO_SKIP=1) its absence fails."""
    secrets.set_backend(None)
    try:
        if sys.platform == "win32":
            from keyring.backends.Windows import WinVaultKeyring as Keyring
        else:
            from keyring.backends.SecretService import Keyring

        Keyring.priority  # noqa: B018 - raises when no Secret Service is reachable
        backend = Keyring()
        backend.set_password("swyxon-desktop-test", "probe", "probe")
        backend.delete_password("swyxon-desktop-test", "probe")
    except Exception as exc:  # noqa: BLE001
        msg = f"no real Secret Service available: {type(exc).__name__}: {exc}"
        if os.environ.get("SWYXON_NO_SKIP"):
            pytest.fail(msg)
        pytest.skip(msg)
    secrets.set_backend(backend)
    yield backend
    secrets.set_backend(None)


@pytest.fixture
def swaks_ready() -> str:
    """swaks, able to do TLS and AUTH (tests/swaks_client.py). Otherwise the test is skipped with one message
    naming the Debian packages (pytest -ra lists it once for all of them); in CI tests/test_swaks_usable.py
    fails with that message and the skips fail the run (SWYXON_NO_SKIP=1)."""
    from tests import swaks_client

    problem = swaks_client.problem()
    if problem:
        pytest.skip(problem)
    return swaks_client.SWAKS


def pytest_sessionfinish(session, exitstatus):
    if not os.environ.get("SWYXON_NO_SKIP"):
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if skipped:
        reporter.write_line(f"SWYXON_NO_SKIP: {len(skipped)} test(s) skipped; skipped tests fail CI", red=True)
        session.exitstatus = 1

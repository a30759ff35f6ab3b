"""secrets.get_password's Secret Service fast path answers exactly as keyring would (review, issue 3)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from swyxon_desktop import secrets

SESSION_COLLECTION = "/org/freedesktop/secrets/collection/session"


def _get_in_fresh_process(profile: str, **env: str) -> subprocess.CompletedProcess:
    code = ("import sys; from swyxon_desktop import secrets; "
            "print(repr(secrets.get_password(sys.argv[1])))")
    return subprocess.run([sys.executable, "-c", code, profile], capture_output=True, text=True, timeout=60,
                          env={**os.environ, **env})


def _backend(**properties):
    from keyring.backends.SecretService import Keyring

    backend = Keyring()
    for key, value in properties.items():
        setattr(backend, key, value)
    return backend


@pytest.mark.keychain
def test_a_keyring_scheme_from_the_environment_is_honoured(real_keychain):
    account = secrets.account("Schema")
    default, keepass = _backend(), _backend(scheme="KeePassXC")
    default.set_password(secrets.SERVICE, account, "wrong-default-scheme")
    keepass.set_password(secrets.SERVICE, account, "right-keepassxc-scheme")
    try:
        proc = _get_in_fresh_process("Schema", KEYRING_PROPERTY_SCHEME="KeePassXC")
        plain = _get_in_fresh_process("Schema")
    finally:
        default.delete_password(secrets.SERVICE, account)
        keepass.delete_password(secrets.SERVICE, account)
    assert proc.stdout.strip() == repr("right-keepassxc-scheme"), proc.stderr
    assert plain.stdout.strip() == repr("wrong-default-scheme"), plain.stderr


@pytest.mark.keychain
def test_a_preferred_collection_from_the_environment_is_honoured(real_keychain):
    account = secrets.account("Sammlung")
    default, session = _backend(), _backend(preferred_collection=SESSION_COLLECTION)
    default.set_password(secrets.SERVICE, account, "wrong-default-collection")
    session.set_password(secrets.SERVICE, account, "right-session-collection")
    try:
        proc = _get_in_fresh_process("Sammlung", KEYRING_PROPERTY_PREFERRED_COLLECTION=SESSION_COLLECTION)
    finally:
        default.delete_password(secrets.SERVICE, account)
        session.delete_password(secrets.SERVICE, account)
    assert proc.stdout.strip() == repr("right-session-collection"), proc.stderr


@pytest.mark.keychain
def test_not_found_is_left_to_keyring(real_keychain):
    secrets.set_backend(None)  # the fast path applies only when no backend was chosen
    try:
        assert secrets._read_secret_service(secrets.SERVICE, secrets.account("gibt-es-nicht")) is secrets._UNSET
        assert secrets.get_password("gibt-es-nicht") is None  # keyring's answer
    finally:
        secrets.set_backend(real_keychain)


def test_a_keyringrc_is_found_by_the_one_check(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert not secrets._config_file_exists()
    (tmp_path / "python_keyring").mkdir()
    (tmp_path / "python_keyring" / "keyringrc.cfg").write_text("[backend]\n")
    assert secrets._config_file_exists()
    monkeypatch.setattr(secrets, "_backend", None)
    assert secrets._read_secret_service(secrets.SERVICE, "smtp:x") is secrets._UNSET

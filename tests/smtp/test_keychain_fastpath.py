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


linux_only = pytest.mark.skipif(sys.platform != "linux", reason="the helper process serves the Secret Service")


def _lookup_in_fresh_process(profile: str, *, with_thread: bool = False) -> list:
    """start_lookup in a new interpreter: [password, secretstorage loaded here?, children left over?]."""
    code = ("import os, sys, threading\n"
            "from swyxon_desktop import secrets\n"
            "if sys.argv[2] == '1':\n"
            "    stop = threading.Event(); threading.Thread(target=stop.wait, daemon=True).start()\n"
            "wait = secrets.start_lookup(sys.argv[1])\n"
            "value = wait()\n"
            "try:\n"
            "    os.waitpid(-1, os.WNOHANG); left = True\n"
            "except ChildProcessError:\n"
            "    left = False\n"
            "print(repr([value, 'secretstorage' in sys.modules, left]))\n")
    proc = subprocess.run([sys.executable, "-c", code, profile, "1" if with_thread else "0"], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return eval(proc.stdout.strip())  # noqa: S307 - our own repr of a list of str/bool


@linux_only
@pytest.mark.keychain
def test_start_lookup_reads_in_a_helper_process(real_keychain):
    """The password comes from the forked helper: the D-Bus client never loads here, no child is left."""
    real_keychain.set_password(secrets.SERVICE, secrets.account("Helfer"), "über-geheim Ä")
    try:
        value, loaded_here, children_left = _lookup_in_fresh_process("Helfer")
    finally:
        real_keychain.delete_password(secrets.SERVICE, secrets.account("Helfer"))
    assert value == "über-geheim Ä"
    assert not loaded_here, "the Secret Service was asked in this process, not in the helper"
    assert not children_left


@linux_only
@pytest.mark.keychain
def test_start_lookup_leaves_what_the_helper_cannot_answer_to_keyring(real_keychain):
    value, loaded_here, children_left = _lookup_in_fresh_process("gibt-es-nicht")
    assert value is None and not children_left
    assert loaded_here  # keyring's own lookup ran here (its SecretService backend loads secretstorage)


@linux_only
@pytest.mark.keychain
def test_start_lookup_does_not_fork_with_threads_running(real_keychain):
    """fork copies only the calling thread; with another thread alive the lookup runs in this process."""
    real_keychain.set_password(secrets.SERVICE, secrets.account("Faden"), "pw-faden")
    try:
        value, loaded_here, _ = _lookup_in_fresh_process("Faden", with_thread=True)
    finally:
        real_keychain.delete_password(secrets.SERVICE, secrets.account("Faden"))
    assert value == "pw-faden" and loaded_here

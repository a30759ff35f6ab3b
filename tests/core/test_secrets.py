"""The keychain: only place for passwords; refuses non-keychains; failures are clear and lose nothing."""
from __future__ import annotations

import json

import pytest

from swyxon_desktop import paths, secrets
from swyxon_desktop.failures import Category
from swyxon_desktop.profiles import Profiles
from swyxon_desktop.secrets import KeychainError
from swyxon_desktop.settings import MailSettings

AUTH = MailSettings(server="mail.firma.de", sender="SwyxWare@firma.de", use_auth=True, username="admin")
PASSWORD = "S3cr3t-Pässwort!"


def test_password_goes_to_the_keychain_never_to_the_file(memory_keyring):
    Profiles().save("Plattform", AUTH, PASSWORD)
    assert memory_keyring.data == {(secrets.SERVICE, "smtp:Plattform"): PASSWORD}
    assert PASSWORD not in paths.config_file().read_text(encoding="utf-8")


def test_locked_keychain_keeps_the_settings_and_reports(memory_keyring):
    memory_keyring.locked = True
    result = Profiles().save("Plattform", AUTH, PASSWORD)
    assert result.keychain_error is not None
    failure = result.keychain_error.failure
    assert failure.category is Category.KEYRING_UNAVAILABLE
    assert PASSWORD not in str(result.keychain_error) and PASSWORD not in json.dumps(failure.to_dict())
    assert Profiles().get("Plattform") == AUTH
    assert PASSWORD not in paths.config_file().read_text(encoding="utf-8")


def test_auth_without_any_password_is_invalid():
    from swyxon_desktop.store import InvalidSettings

    with pytest.raises(InvalidSettings) as info:
        Profiles().save("Plattform", AUTH)
    assert [e.field for e in info.value.errors] == ["password"]


def test_stored_password_satisfies_validation(memory_keyring):
    p = Profiles()
    p.save("Plattform", AUTH, PASSWORD)
    p.save("Plattform", AUTH.replace(port=465))  # no new password typed: the stored one counts
    assert p.password("Plattform") == PASSWORD


def test_rename_moves_and_delete_removes_the_keychain_entry(memory_keyring):
    p = Profiles()
    p.save("A", AUTH, PASSWORD)
    assert p.rename("A", "B") is None
    assert memory_keyring.data == {(secrets.SERVICE, "smtp:B"): PASSWORD}
    assert p.duplicate("B", "C") is None
    assert p.password("C") == PASSWORD
    assert p.delete("B") is None
    assert memory_keyring.data == {(secrets.SERVICE, "smtp:C"): PASSWORD}
    assert p.names() == ["C"]


@pytest.mark.parametrize("backend", ["keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"])
def test_a_non_keychain_backend_is_refused(backend, monkeypatch):
    import importlib

    module, cls = backend.rsplit(".", 1)
    secrets.set_backend(getattr(importlib.import_module(module), cls)())
    with pytest.raises(KeychainError) as info:
        secrets.set_password("x", "y")
    assert info.value.failure.category is Category.KEYRING_UNAVAILABLE


def test_a_plaintext_file_backend_is_refused_unless_opted_in(monkeypatch):
    class PlaintextKeyring:  # what keyrings.alt.file.PlaintextKeyring looks like to us
        __module__ = "keyrings.alt.file"

        def __init__(self):
            self.d = {}

        def set_password(self, s, u, p):
            self.d[(s, u)] = p

        def get_password(self, s, u):
            return self.d.get((s, u))

    secrets.set_backend(PlaintextKeyring())
    with pytest.raises(KeychainError):
        secrets.set_password("x", "y")
    monkeypatch.setenv(secrets.INSECURE_OPT_IN, "1")
    secrets.set_password("x", "y")
    assert secrets.get_password("x") == "y"


def test_backend_errors_never_echo_the_password():
    class Exploding:
        def set_password(self, s, u, p):
            raise RuntimeError(f"cannot store {p} for {u}")

    secrets.set_backend(Exploding())
    with pytest.raises(KeychainError) as info:
        secrets.set_password("x", PASSWORD)
    assert PASSWORD not in str(info.value) and PASSWORD not in str(info.value.failure.details)


@pytest.mark.keychain
def test_real_secret_service_round_trip(real_keychain):
    p = Profiles()
    p.save("Integration A", AUTH, PASSWORD)
    assert real_keychain.get_password(secrets.SERVICE, "smtp:Integration A") == PASSWORD
    p.rename("Integration A", "Integration B")
    assert real_keychain.get_password(secrets.SERVICE, "smtp:Integration A") is None
    assert secrets.get_password("Integration B") == PASSWORD
    p.delete("Integration B")
    assert secrets.get_password("Integration B") is None
    assert PASSWORD not in paths.config_file().read_text(encoding="utf-8")


@pytest.mark.keychain
def test_default_backend_is_the_real_keychain_without_discovery(real_keychain, monkeypatch):
    """secrets.backend() picks Secret Service directly (no entry-point scan) and it is a keychain."""
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    secrets.set_backend(None)
    assert secrets.backend_name() == "keyring.backends.SecretService.Keyring"


def test_a_new_profile_never_inherits_a_password_left_behind(memory_keyring):
    """A delete while the keychain was locked leaves the entry; a new profile of that name must not
    send the old customer's password to its own server."""
    p = Profiles()
    p.save("Kunde", AUTH, "customer-A-secret")
    memory_keyring.locked = True
    assert p.delete("Kunde") is not None  # reported: the entry stays behind
    memory_keyring.locked = False
    from swyxon_desktop.store import InvalidSettings

    with pytest.raises(InvalidSettings):  # auth on, no password typed: the stale entry does not count
        p.save("Kunde", AUTH.replace(server="customer-b.example"))
    p.save("Kunde", AUTH.replace(server="customer-b.example", use_auth=False))
    assert p.password("Kunde") is None


def test_importing_over_a_profile_forgets_its_password_and_any_certificate_trust(memory_keyring, tmp_path):
    p = Profiles()
    p.save("Plattform", AUTH, "platform-secret")
    export = tmp_path / "kunde.json"
    customer = AUTH.replace(server="mail.kunde.example", pinned_sha256="ab" * 32,
                            ca_file=str(tmp_path / "not-here.pem"))
    export.write_text(json.dumps({"format": "swyxon-desktop-profile", "schema_version": 1, "name": "Kunde",
                                  "settings": {**customer.to_dict(), "password": "geheim"}}))
    result = p.import_profile(export, "Plattform", overwrite=True)
    assert result.name == "Plattform"
    assert sorted(result.not_taken_over) == ["ca_file", "password", "pinned_sha256"]
    imported = p.get("Plattform")
    assert imported.server == "mail.kunde.example"
    assert imported.pinned_sha256 == "" and imported.ca_file == ""
    assert p.password("Plattform") is None  # the customer's server is never sent the platform password
    from swyxon_desktop.store import IMPORT_NOTICES, ProfileExists
    from swyxon_desktop.i18n import translate

    assert all(translate("Store", IMPORT_NOTICES[k], "de") != IMPORT_NOTICES[k] for k in result.not_taken_over)
    with pytest.raises(ProfileExists):
        p.import_profile(export, "Plattform")


def test_a_missing_ca_file_is_refused_when_saving(tmp_path):
    from swyxon_desktop.store import InvalidSettings

    with pytest.raises(InvalidSettings) as info:
        Profiles().save("P", AUTH.replace(use_auth=False, ca_file=str(tmp_path / "missing.pem")))
    assert [e.field for e in info.value.errors] == ["ca_file"]
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    Profiles().save("P", AUTH.replace(use_auth=False, ca_file=str(ca)))


def test_each_operation_writes_the_file_first_and_leaves_the_keychain_to_its_step(memory_keyring):
    """The GUI runs the keychain half in a worker thread: the file half must not touch the keychain,
    and a step reports a keychain failure instead of raising it."""
    p = Profiles()
    memory_keyring.locked = True  # any keychain call in the file half would raise
    revision, step = p.save_settings("A", AUTH, PASSWORD, expected_revision=None)
    assert Profiles().get("A") == AUTH and revision == p.store.revision("A")
    failure = step()
    assert failure is not None and failure.failure.category.value == "keyring_unavailable"
    memory_keyring.locked = False
    assert step() is None and p.password("A") == PASSWORD
    memory_keyring.locked = True
    rename = p.rename_settings("A", "B")
    duplicate = p.duplicate_settings("B", "C")
    delete = p.delete_settings("C")
    assert Profiles().names() == ["B"]
    memory_keyring.locked = False
    assert rename() is None and duplicate() is None and delete() is None
    assert p.password("B") == PASSWORD and p.password("A") is None and p.password("C") is None
    # An existing profile, nothing typed: no keychain step at all; what the caller knows is used.
    revision, step = p.save_settings("B", AUTH.replace(port=25), password_stored=True)
    assert step is None

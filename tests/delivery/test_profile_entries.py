"""The confirmation mailbox in the settings model, the store and the keychain (in-memory keyring)."""
from __future__ import annotations

import contextlib
import json

import pytest

from swyxon_desktop import secrets
from swyxon_desktop.profiles import Profiles
from swyxon_desktop.settings import ImapTls, MailSettings, imap_folder_list, validate, validate_imap
from swyxon_desktop.store import InvalidSettings, Store

BASE = MailSettings(server="mail.firma.de", sender="SwyxWare@firma.de", use_auth=True, username="swyx",
                    imap_server="imap.firma.de", imap_username="pruef@firma.de")


def entries(keyring) -> dict:
    return {user: pw for (service, user), pw in keyring.data.items() if service == secrets.SERVICE}


def test_validation():
    assert validate_imap(MailSettings()) == []  # no IMAP server: nothing to check
    fields = {e.field for e in validate_imap(BASE.replace(imap_port=70000, imap_username=" ",
                                                          imap_folders="INBOX,,Junk"), has_password=False)}
    assert fields == {"imap_port", "imap_username", "imap_password", "imap_folders"}
    assert [e.field for e in validate_imap(BASE.replace(imap_server="bad name"))] == ["imap_server"]
    assert [e.field for e in validate_imap(BASE.replace(imap_pinned_sha256="abc"))] == ["imap_pinned_sha256"]
    assert "imap_password" in {e.field for e in validate(BASE, has_imap_password=False)}
    assert imap_folder_list(" INBOX , Spam-Verdacht ") == ["INBOX", "Spam-Verdacht"]
    assert imap_folder_list("") == []


def test_old_file_loads_and_round_trips(tmp_path):
    path = tmp_path / "profiles.json"
    old = {"schema_version": 1, "profiles": {"Alt": {"settings": {
        "server": "mail.firma.de", "port": 587, "sender": "SwyxWare@firma.de", "use_ssl": True,
        "tls_mode": "auto", "use_auth": False}}}}
    path.write_text(json.dumps(old), encoding="utf-8")
    store = Store(path)
    assert store.report.problems == []
    settings = store.get("Alt")
    assert settings.imap_server == "" and settings.imap_port == 993 and settings.imap_tls is ImapTls.IMPLICIT
    assert not settings.confirms_delivery
    store.save("Neu", BASE.replace(imap_tls=ImapTls.STARTTLS, imap_port=143), has_password=True)
    assert Store(path).get("Neu").imap_tls is ImapTls.STARTTLS
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["profiles"]["Neu"]["settings"]["imap_tls"] == "starttls"
    raw["profiles"]["Kaputt"] = {"settings": {**raw["profiles"]["Neu"]["settings"], "imap_port": "143"}}
    path.write_text(json.dumps(raw), encoding="utf-8")
    damaged = Store(path)
    assert "Kaputt" not in damaged.names() and damaged.report.problems  # kept aside, never lost


def test_save_rename_duplicate_delete_keep_both_entries(memory_keyring):
    profiles = Profiles()
    result = profiles.save("A", BASE, "smtp-pw", imap_password="imap-pw")
    assert result.keychain_error is None
    assert entries(memory_keyring) == {"smtp:A": "smtp-pw", "imap:A": "imap-pw"}
    assert profiles.password("A", secrets.IMAP) == "imap-pw"
    assert profiles.rename("A", "B") is None
    assert entries(memory_keyring) == {"smtp:B": "smtp-pw", "imap:B": "imap-pw"}
    assert profiles.duplicate("B", "C") is None
    assert entries(memory_keyring) == {"smtp:B": "smtp-pw", "imap:B": "imap-pw",
                                       "smtp:C": "smtp-pw", "imap:C": "imap-pw"}
    assert profiles.delete("B") is None
    assert entries(memory_keyring) == {"smtp:C": "smtp-pw", "imap:C": "imap-pw"}
    # an existing profile keeps its stored IMAP password when none is typed
    assert profiles.save("C", BASE.replace(imap_folders="INBOX")).keychain_error is None
    assert entries(memory_keyring)["imap:C"] == "imap-pw"


def test_new_profile_never_inherits_a_left_over_imap_entry(memory_keyring):
    memory_keyring.data[(secrets.SERVICE, "imap:D")] = "left over"
    profiles = Profiles()
    with pytest.raises(InvalidSettings) as caught:
        profiles.save("D", BASE, "smtp-pw")  # IMAP server set, no IMAP password typed: refused
    assert [e.field for e in caught.value.errors] == ["imap_password"]
    profiles.save("D", BASE.replace(imap_server=""), "smtp-pw")
    assert "imap:D" not in entries(memory_keyring)  # the leftover is removed, never used


def test_keychain_failure_is_reported_settings_kept(memory_keyring):
    profiles = Profiles()
    memory_keyring.locked = True
    result = profiles.save("E", BASE, "smtp-pw", imap_password="imap-pw")
    assert result.keychain_error is not None
    assert result.keychain_error.failure.category.value == "keyring_unavailable"
    assert "E" in profiles.names()


def test_export_has_no_password_and_import_drops_the_imap_pin(tmp_path, memory_keyring):
    profiles = Profiles()
    pin = "ab" * 32
    profiles.save("F", BASE.replace(imap_pinned_sha256=pin), "smtp-pw", imap_password="imap-pw")
    target = tmp_path / "f.json"
    profiles.store.export_profile("F", target)
    text = target.read_text(encoding="utf-8")
    assert "imap-pw" not in text and "smtp-pw" not in text
    assert json.loads(text)["settings"]["imap_server"] == "imap.firma.de"
    memory_keyring.data[(secrets.SERVICE, "imap:G")] = "someone else's"
    result = profiles.import_profile(target, "G")
    assert "imap_pinned_sha256" in result.not_taken_over
    imported = profiles.get("G")
    assert imported.imap_pinned_sha256 == "" and imported.imap_server == "imap.firma.de"
    assert "imap:G" not in entries(memory_keyring)  # an imported profile is never sent an old password


@pytest.mark.keychain
def test_switching_off_removes_the_unused_password(real_keychain, capsys, monkeypatch):
    """Removing the confirmation mailbox removes its keychain entry; switching SMTP authentication off
    removes the SMTP password (a secret nothing uses any more is a stale secret) — through `profile set`,
    against the real Secret Service."""
    import io
    import sys

    from swyxon_desktop import cli

    def run(*argv: str, stdin: str = "") -> int:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        return cli.main(list(argv))

    name = "Stale entries"
    try:
        assert run("profile", "set", name, "--server", "mail.firma.de", "--sender", "SwyxWare@firma.de",
                   "--auth", "--username", "swyx", "--password-stdin", stdin="smtp-pw\n") == 0
        assert run("profile", "set", name, "--imap-server", "imap.firma.de", "--imap-user", "pruef@firma.de",
                   "--imap-password-stdin", stdin="imap-pw\n") == 0
        assert secrets.get_password(name, secrets.IMAP) == "imap-pw"
        assert run("profile", "set", name, "--port", "465") == 0  # an unrelated change keeps both
        assert secrets.get_password(name) == "smtp-pw" and secrets.get_password(name, secrets.IMAP) == "imap-pw"
        assert run("profile", "set", name, "--imap-server", "") == 0
        assert secrets.get_password(name, secrets.IMAP) is None
        assert secrets.get_password(name) == "smtp-pw"
        assert run("profile", "set", name, "--no-auth") == 0
        assert secrets.get_password(name) is None
        capsys.readouterr()
    finally:
        for kind in (secrets.SMTP, secrets.IMAP):
            with contextlib.suppress(secrets.KeychainError):
                secrets.delete_password(name, kind)

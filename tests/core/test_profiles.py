"""Profiles (store + keychain in step): the remembered recipient, written through the service."""
from __future__ import annotations

import pytest

from swyxon_desktop.profiles import Profiles
from swyxon_desktop.settings import MailSettings
from swyxon_desktop.store import StoreError


def test_remember_recipient_writes_only_that_field(memory_keyring):
    profiles = Profiles()
    profiles.save("Kunde", MailSettings(server="mail.firma.de", sender="a@firma.de", timeout_s=12.0))
    before = profiles.store.revision("Kunde")
    revision = profiles.remember_recipient("Kunde", "it@firma.de")
    assert revision and revision != before
    assert profiles.get("Kunde") == MailSettings(server="mail.firma.de", sender="a@firma.de", timeout_s=12.0,
                                                 last_recipient="it@firma.de")
    assert profiles.remember_recipient("Kunde", "it@firma.de") is None  # nothing to write
    assert profiles.remember_recipient("Unbekannt", "x@firma.de") is None
    with pytest.raises(StoreError):  # another writer saved meanwhile: a conflict, as any save
        profiles.remember_recipient("Kunde", "neu@firma.de", expected_revision=before)
    assert profiles.get("Kunde").last_recipient == "it@firma.de"

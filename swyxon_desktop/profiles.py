"""Profiles with their passwords: the store (settings) and the keychain (password) kept in step.

The one place the GUI and the CLI go through to save, rename, duplicate or delete a profile, so both
behave the same: settings are validated and saved first; the password goes to the keychain; a keychain
failure is reported but never loses the other settings and never falls back to a file.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from swyxon_desktop import secrets
from swyxon_desktop.secrets import KeychainError
from swyxon_desktop.settings import MSG_CA_FILE_MISSING, FieldError, MailSettings
from swyxon_desktop.store import ANY, InvalidSettings, Store


@dataclass
class SaveResult:
    revision: str
    keychain_error: KeychainError | None = None


@dataclass
class ImportResult:
    name: str
    not_taken_over: list[str] = field(default_factory=list)  # keys of store.IMPORT_NOTICES
    keychain_error: KeychainError | None = None


def check_files(settings: MailSettings) -> list[FieldError]:
    """The checks that need the file system (the settings model itself does no I/O)."""
    if settings.ca_file and not os.path.isfile(settings.ca_file):
        return [FieldError("ca_file", MSG_CA_FILE_MISSING, (settings.ca_file,))]
    return []


class Profiles:
    def __init__(self, store: Store | None = None):
        self.store = store or Store()

    def names(self) -> list[str]:
        return self.store.names()

    def get(self, name: str) -> MailSettings:
        return self.store.get(name)

    def password(self, name: str) -> str | None:
        """The stored password (raises KeychainError when the keychain is unavailable)."""
        return secrets.get_password(name)

    def has_password(self, name: str) -> bool | None:
        """True/False, or None when the keychain cannot say."""
        try:
            return secrets.has_password(name)
        except KeychainError:
            return None

    def save(self, name: str, settings: MailSettings, password: str | None = None, *,
             expected_revision: Any = ANY) -> SaveResult:
        """Validate and save the settings, then the password (when one was typed) to the keychain.

        A new profile never inherits a keychain entry left behind under its name (e.g. by a delete
        while the keychain was locked): without a typed password it has none."""
        errors = check_files(settings)
        if errors:
            raise InvalidSettings(errors)
        is_new = name not in self.store
        if password or not settings.use_auth:
            has_pw = True
        elif is_new:
            has_pw = False
        else:
            stored = self.has_password(name)
            has_pw = stored is not False  # unknown (keychain down): do not block saving the settings
        revision = self.store.save(name, settings, expected_revision=expected_revision, has_password=has_pw)
        result = SaveResult(revision)
        try:
            if password:
                secrets.set_password(name, password)
            elif is_new:
                secrets.delete_password(name)
        except KeychainError as exc:
            result.keychain_error = exc if (password or settings.use_auth) else None
        return result

    def import_profile(self, source: str | Path, name: str | None = None, *,
                       overwrite: bool = False) -> ImportResult:
        """Import an exported profile (never a password, never a certificate trust; see
        Store.read_export). Replacing a profile also removes its stored password: the imported
        settings — another customer's server, perhaps — must not be sent the old one."""
        exported_name, settings, not_taken_over = self.store.read_export(Path(source))
        target = name or exported_name
        self.store.save(target, settings, expected_revision=ANY if overwrite else None, has_password=True)
        result = ImportResult(target, not_taken_over)
        try:
            secrets.delete_password(target)
        except KeychainError as exc:
            result.keychain_error = exc
        return result

    def delete(self, name: str) -> KeychainError | None:
        """Delete the profile and its keychain entry. A keychain failure is returned (the profile is
        gone either way); it is not worth a word when the profile did not use authentication."""
        used_auth = self.store.get(name).use_auth
        self.store.delete(name)
        try:
            secrets.delete_password(name)
        except KeychainError as exc:
            return exc if used_auth else None
        return None

    def rename(self, old: str, new: str) -> KeychainError | None:
        """Rename the profile and move its keychain entry (failure returned, as with delete)."""
        used_auth = self.store.get(old).use_auth
        self.store.rename(old, new)
        try:
            secrets.rename(old, new)
        except KeychainError as exc:
            return exc if used_auth else None
        return None

    def duplicate(self, source: str, new: str) -> KeychainError | None:
        settings = self.store.get(source)
        self.store.save(new, settings, expected_revision=None, has_password=True)
        try:
            password = secrets.get_password(source)
            if password:
                secrets.set_password(new, password)
        except KeychainError as exc:
            return exc
        return None

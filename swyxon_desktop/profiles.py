"""Profiles with their passwords: the store (settings) and the keychain (password) kept in step.

The one place the GUI and the CLI go through to save, rename, duplicate or delete a profile, so both
behave the same: settings are validated and saved first; the password goes to the keychain; a keychain
failure is reported but never loses the other settings and never falls back to a file.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from swyxon_desktop import secrets
from swyxon_desktop.secrets import KeychainError
from swyxon_desktop.settings import MSG_CA_FILE_MISSING, MSG_CA_FILE_NOT_REGULAR, FieldError, MailSettings
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
        message = MSG_CA_FILE_NOT_REGULAR if os.path.exists(settings.ca_file) else MSG_CA_FILE_MISSING
        return [FieldError("ca_file", message, (settings.ca_file,))]
    return []


#: The keychain half of a profile operation: runs the keychain call (in a worker thread, in the GUI) and
#: returns the failure worth reporting, or None. Never raises KeychainError.
KeychainStep = Callable[[], "KeychainError | None"]


def _step(call: Callable[..., Any], *args: str, report: bool = True) -> KeychainStep:
    def step() -> KeychainError | None:
        try:
            call(*args)
        except KeychainError as exc:
            return exc if report else None
        return None

    return step


def _both(*steps: KeychainStep | None) -> KeychainStep | None:
    """One step running several (the SMTP and the IMAP entry): all run; the first failure is reported."""
    real = [s for s in steps if s is not None]
    if not real:
        return None
    if len(real) == 1:
        return real[0]

    def step() -> KeychainError | None:
        problems = [s() for s in real]
        return next((p for p in problems if p is not None), None)

    return step


class _Ask:
    def __repr__(self) -> str:
        return "ASK_KEYCHAIN"


ASK_KEYCHAIN: Any = _Ask()  # save_settings: ask the keychain whether a password is stored


class Profiles:
    """Each operation comes in two halves: ``*_settings`` writes the profiles file (fast; raises StoreError)
    and returns the :data:`KeychainStep`, which may wait for an unlock prompt — the GUI runs it in a worker
    thread. The plain methods (``save``, ``rename`` …) run both halves, for the CLI."""

    def __init__(self, store: Store | None = None):
        self.store = store or Store()

    def names(self) -> list[str]:
        return self.store.names()

    def get(self, name: str) -> MailSettings:
        return self.store.get(name)

    def password(self, name: str, kind: str = secrets.SMTP) -> str | None:
        """The stored password (raises KeychainError when the keychain is unavailable);
        ``kind="imap"``: the confirmation mailbox's."""
        return secrets.get_password(name, kind)

    def has_password(self, name: str, kind: str = secrets.SMTP) -> bool | None:
        """True/False, or None when the keychain cannot say."""
        try:
            return secrets.has_password(name, kind)
        except KeychainError:
            return None

    # -- save --------------------------------------------------------------------------------------
    def save_settings(self, name: str, settings: MailSettings, password: str | None = None, *,
                      expected_revision: Any = ANY,
                      password_stored: Any = ASK_KEYCHAIN, imap_password: str | None = None,
                      imap_password_stored: Any = ASK_KEYCHAIN) -> tuple[str, KeychainStep | None]:
        """Validate and write the settings; the step stores a typed password.

        A new profile never inherits a keychain entry left behind under its name (e.g. by a delete while
        the keychain was locked): without a typed password it has none, and the step removes the leftover.
        ``password_stored``: what the caller knows (True/False/None = unknown) instead of asking the
        keychain; unknown counts as stored, so a keychain that cannot say does not block saving.
        Switching authentication off (or removing the confirmation mailbox) removes that password from
        the keychain. The step is None when the keychain has nothing to do. ``imap_password`` /
        ``imap_password_stored``: the same for the confirmation mailbox's own keychain entry."""
        errors = check_files(settings)
        if errors:
            raise InvalidSettings(errors)
        is_new = name not in self.store
        before = None if is_new else self.store.get(name)

        def known(typed: str | None, needed: bool, stored_hint: Any, kind: str) -> bool:
            if typed or not needed:
                return True
            if is_new:
                return False
            stored = self.has_password(name, kind) if stored_hint is ASK_KEYCHAIN else stored_hint
            return stored is not False

        has_pw = known(password, settings.use_auth, password_stored, secrets.SMTP)
        has_imap = known(imap_password, settings.confirms_delivery, imap_password_stored, secrets.IMAP)
        revision = self.store.save(name, settings, expected_revision=expected_revision, has_password=has_pw,
                                   has_imap_password=has_imap)
        steps: list[KeychainStep | None] = []
        for typed, needed, kind in ((password, settings.use_auth, secrets.SMTP),
                                    (imap_password, settings.confirms_delivery, secrets.IMAP)):
            extra = () if kind == secrets.SMTP else (kind,)  # the SMTP entry's calls as they always were
            if typed:
                steps.append(_step(secrets.set_password, name, typed, *extra))
            elif is_new:
                steps.append(_step(secrets.delete_password, name, *extra, report=needed))
            elif not needed and before is not None and (
                    before.use_auth if kind == secrets.SMTP else before.confirms_delivery):
                # authentication switched off / the confirmation mailbox removed: its password is no
                # longer used by anything, so it leaves the keychain (a stale secret is one more to leak)
                steps.append(_step(secrets.delete_password, name, *extra, report=False))
        return revision, _both(*steps)

    def save(self, name: str, settings: MailSettings, password: str | None = None, *,
             expected_revision: Any = ANY, imap_password: str | None = None) -> SaveResult:
        """Validate and save the settings, then the password (when one was typed) to the keychain."""
        revision, step = self.save_settings(name, settings, password, expected_revision=expected_revision,
                                            imap_password=imap_password)
        return SaveResult(revision, step() if step else None)

    # -- import ------------------------------------------------------------------------------------
    def remember_recipient(self, name: str, recipient: str, *, expected_revision: str | None = None) -> str | None:
        """Keep ``recipient`` as the profile's remembered test-mail recipient, touching nothing else of it.

        Only that field is written (the keychain is not involved). Returns the new revision, or None when
        nothing needed writing (unknown profile, the same recipient already). ``expected_revision``: the
        revision the caller last saw (a conflict raises ``StoreError`` like any save); None = the current one.
        """
        if name not in self.store:
            return None
        stored = self.store.get(name)
        if stored.last_recipient == recipient:
            return None
        revision = expected_revision if expected_revision is not None else self.store.revision(name)
        return self.store.save(name, stored.replace(last_recipient=recipient), expected_revision=revision)

    def import_settings(self, source: str | Path, name: str | None = None, *, overwrite: bool = False,
                        exported: tuple[str, MailSettings, list[str]] | None = None
                        ) -> tuple[ImportResult, KeychainStep]:
        """Import an exported profile (never a password, never a certificate trust; see
        Store.read_export). The step removes any stored password of the target: imported settings —
        another customer's server, perhaps — must never be sent the old one.

        ``exported``: what ``Store.read_export(source)`` returned, when the caller read the file already
        (the window does, to ask about the name): the file is read once, and what the user decided about
        is exactly what is imported."""
        exported_name, settings, not_taken_over = exported or self.store.read_export(Path(source))
        target = name or exported_name
        self.store.save(target, settings, expected_revision=ANY if overwrite else None, has_password=True)
        return ImportResult(target, not_taken_over), _both(  # type: ignore[return-value]
            _step(secrets.delete_password, target), _step(secrets.delete_password, target, secrets.IMAP))

    def import_profile(self, source: str | Path, name: str | None = None, *,
                       overwrite: bool = False) -> ImportResult:
        result, step = self.import_settings(source, name, overwrite=overwrite)
        result.keychain_error = step()
        return result

    # -- delete, rename, duplicate -----------------------------------------------------------------
    def delete_settings(self, name: str) -> KeychainStep:
        """Delete the profile; the step removes its keychain entry (a failure is not worth a word when
        the profile did not use authentication)."""
        stored = self.store.get(name)
        self.store.delete(name)
        return _both(_step(secrets.delete_password, name, report=stored.use_auth),  # type: ignore[return-value]
                     _step(secrets.delete_password, name, secrets.IMAP, report=stored.confirms_delivery))

    def delete(self, name: str) -> KeychainError | None:
        return self.delete_settings(name)()

    def rename_settings(self, old: str, new: str) -> KeychainStep:
        """Rename the profile; the step moves its keychain entry (reported as with delete)."""
        stored = self.store.get(old)
        self.store.rename(old, new)
        return _both(_step(secrets.rename, old, new, report=stored.use_auth),  # type: ignore[return-value]
                     _step(secrets.rename, old, new, secrets.IMAP, report=stored.confirms_delivery))

    def rename(self, old: str, new: str) -> KeychainError | None:
        return self.rename_settings(old, new)()

    def duplicate_settings(self, source: str, new: str) -> KeychainStep:
        """Copy the profile under a new name; the step copies its password."""
        self.store.save(new, self.store.get(source), expected_revision=None, has_password=True)
        return _both(_step(secrets.copy_password, source, new),  # type: ignore[return-value]
                     _step(secrets.copy_password, source, new, secrets.IMAP))

    def duplicate(self, source: str, new: str) -> KeychainError | None:
        return self.duplicate_settings(source, new)()

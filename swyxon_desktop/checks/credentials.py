"""Where a run's password comes from — one rule for the test-mail window and the command line. Qt-free.

* SMTP authentication off, or refused (SSL off, AUTH on and unencrypted authentication allowed neither by
  the profile nor for this one run — the engine stops at AUTH before it asks for a password): **none**;
* else a password typed in the window (not saved yet): **typed**;
* else the profile's password in the system keychain: **keychain**.

:func:`resolve_credentials` asks the keychain at once (the window's worker thread): a keychain failure
(``KeychainError``, category keyring_unavailable) comes back as :attr:`Credentials.failure` — the run's
result, no engine run. :func:`fetch_credentials` starts the lookup in the background (the CLI: a
:class:`~swyxon_desktop.checks.run.PasswordFetch` the engine waits for at the AUTH stage, so the keychain
overlaps loading the engine and connecting; a failure there is the run's failure at that stage).
How a source reads in a report is the window's business (``gui/checks/test_mail_dialog.password_source_text``).

Cheap to import (no keyring, no engine): the CLI's test-mail path uses it before it loads the engine.
"""
from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Callable, NamedTuple

from swyxon_desktop.checks.run import PasswordFetch

if TYPE_CHECKING:
    from swyxon_desktop.failures import Failure
    from swyxon_desktop.settings import MailSettings


class PasswordSource(str, Enum):
    """Where the password of a run comes from. A ``str``: ``PasswordSource.TYPED == "typed"``."""

    TYPED = "typed"  # typed in the window, not saved
    KEYCHAIN = "keychain"  # the profile's entry in the system keychain
    NONE = "none"  # not used: authentication is off or refused

    __str__ = str.__str__


class Credentials(NamedTuple):
    """A run's password (None: none; a PasswordFetch: still being looked up) and where it comes from.
    ``failure``: the keychain could not be read (keyring_unavailable); the run ends with it.
    (A NamedTuple, not a dataclass: it is on the test-mail path, where a dataclass's compiled methods cost.)"""

    password: str | None | PasswordFetch
    source: PasswordSource
    failure: Failure | None = None


def auth_refused(settings: MailSettings, *, allow_insecure_once: bool = False) -> bool:
    """True when the credentials would travel unencrypted without an explicit act (the profile's opt-in or
    the one-run permission): the engine then refuses at AUTH and no password is needed."""
    return settings.insecure_auth and not (settings.allow_insecure_auth or allow_insecure_once)


def password_source(settings: MailSettings, typed: str | None, *, refused: bool = False) -> PasswordSource:
    """The rule (see the module's notes). ``typed``: the password typed in the window, or None/""."""
    if not settings.use_auth or refused:
        return PasswordSource.NONE
    return PasswordSource.TYPED if typed else PasswordSource.KEYCHAIN


def resolve_credentials(settings: MailSettings, typed: str | None, profile: str,
                        lookup: Callable[[str], str | None], *, refused: bool = False) -> Credentials:
    """The password now: ``typed``, or ``lookup(profile)`` (the keychain; blocking — call it from a worker
    thread). A ``KeychainError`` becomes :attr:`Credentials.failure`; any other exception propagates."""
    source = password_source(settings, typed, refused=refused)
    if source is PasswordSource.NONE:
        return Credentials(None, source)
    if source is PasswordSource.TYPED:
        return Credentials(typed, source)
    from swyxon_desktop.secrets import KeychainError

    try:
        return Credentials(lookup(profile), source)
    except KeychainError as exc:
        return Credentials(None, source, exc.failure)


def fetch_credentials(settings: MailSettings, profile: str,
                      start: Callable[[str], Callable[[], str | None]] | None = None, *,
                      typed: str | None = None, refused: bool = False) -> Credentials:
    """The password looked up in the background from now on: ``start(profile)`` (default
    ``secrets.start_lookup``, imported only when the keychain is asked; it may fork a helper, so call this
    before any thread runs) returns the function a :class:`PasswordFetch` waits for. ``typed``/none as in
    :func:`resolve_credentials`."""
    source = password_source(settings, typed, refused=refused)
    if source is PasswordSource.KEYCHAIN:
        if start is None:
            from swyxon_desktop.secrets import start_lookup

            start = start_lookup
        return Credentials(PasswordFetch(start(profile)), source)
    return Credentials(typed if source is PasswordSource.TYPED else None, source)

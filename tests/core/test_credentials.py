"""checks/credentials.py: where a run's password comes from (typed, keychain, none) — one rule."""
from __future__ import annotations

import pytest

from swyxon_desktop.checks.credentials import (PasswordSource, auth_refused, fetch_credentials, password_source,
                                               resolve_credentials)
from swyxon_desktop.checks.run import PasswordFetch
from swyxon_desktop.failures import Category
from swyxon_desktop.secrets import MSG_FAILED, KeychainError
from swyxon_desktop.settings import MailSettings

AUTH = MailSettings(server="mail.firma.de", sender="a@firma.de", use_auth=True, username="u", use_ssl=True)
PLAIN_AUTH = AUTH.replace(use_ssl=False)


def _never(_profile: str) -> str | None:
    raise AssertionError("the keychain must not be asked")


@pytest.mark.parametrize("settings, once, refused", [
    (AUTH, False, False), (PLAIN_AUTH, False, True), (PLAIN_AUTH, True, False),
    (PLAIN_AUTH.replace(allow_insecure_auth=True), False, False), (AUTH.replace(use_auth=False, use_ssl=False), False,
                                                                  False),
])
def test_auth_refused(settings, once, refused):
    assert auth_refused(settings, allow_insecure_once=once) is refused


def test_the_rule():
    assert password_source(AUTH, "typed") is PasswordSource.TYPED
    assert password_source(AUTH, None) is PasswordSource.KEYCHAIN
    assert password_source(AUTH, "") is PasswordSource.KEYCHAIN
    assert password_source(AUTH.replace(use_auth=False), "typed") is PasswordSource.NONE
    assert password_source(AUTH, "typed", refused=True) is PasswordSource.NONE
    assert PasswordSource.TYPED == "typed" and str(PasswordSource.NONE) == "none"


def test_resolve_typed_keychain_none():
    typed = resolve_credentials(AUTH, "geheim", "p", _never)
    assert (typed.password, typed.source, typed.failure) == ("geheim", PasswordSource.TYPED, None)
    asked = []
    stored = resolve_credentials(AUTH, None, "Kunde A", lambda name: asked.append(name) or "aus-dem-schluessel")
    assert (stored.password, stored.source, asked) == ("aus-dem-schluessel", PasswordSource.KEYCHAIN, ["Kunde A"])
    refused = resolve_credentials(PLAIN_AUTH, None, "p", _never, refused=True)
    assert (refused.password, refused.source) == (None, PasswordSource.NONE)
    off = resolve_credentials(AUTH.replace(use_auth=False), "geheim", "p", _never)
    assert (off.password, off.source) == (None, PasswordSource.NONE)


def test_a_keychain_failure_is_the_result():
    def broken(_profile: str) -> str | None:
        raise KeychainError(MSG_FAILED, "locked")

    got = resolve_credentials(AUTH, None, "p", broken)
    assert got.source is PasswordSource.KEYCHAIN and got.password is None
    assert got.failure is not None and got.failure.category is Category.KEYRING_UNAVAILABLE
    assert got.failure.stage == "keychain"


def test_other_errors_are_not_swallowed():
    def crash(_profile: str) -> str | None:
        raise RuntimeError("bug")

    with pytest.raises(RuntimeError):
        resolve_credentials(AUTH, None, "p", crash)


def test_fetch_starts_the_lookup_in_the_background():
    started = []

    def start(name: str):
        started.append(name)
        return lambda: "spaeter"

    got = fetch_credentials(AUTH, "Kunde A", start)
    assert started == ["Kunde A"] and got.source is PasswordSource.KEYCHAIN
    assert isinstance(got.password, PasswordFetch)
    assert got.password.wait(lambda: None, lambda: False, "late") == "spaeter"
    none = fetch_credentials(PLAIN_AUTH, "p", lambda _n: pytest.fail("not asked"), refused=True)
    assert (none.password, none.source) == (None, PasswordSource.NONE)
    typed = fetch_credentials(AUTH, "p", lambda _n: pytest.fail("not asked"), typed="x")
    assert (typed.password, typed.source) == ("x", PasswordSource.TYPED)

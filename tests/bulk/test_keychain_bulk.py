"""The bulk run's keychain reads against a real Secret Service (GNOME Keyring in CI): one read per
profile, one D-Bus connection for all of them, the same answers as get_password."""
from __future__ import annotations

import pytest

from swyxon_desktop import secrets
from swyxon_desktop.checks import bulk
from swyxon_desktop.store import Store
from tests.bulk.conftest import write_profiles
from tests.smtp.helpers import PASSWORD, USER, settings_for

pytestmark = [pytest.mark.keychain, pytest.mark.network]


@pytest.fixture
def fast_path(real_keychain, monkeypatch):
    """The real keychain as the program finds it itself (no backend set: the Secret Service fast path)."""
    names = [f"bulk-kc-{i}" for i in range(5)]
    for i, name in enumerate(names):
        real_keychain.set_password(secrets.SERVICE, secrets.account(name), f"{PASSWORD}-{i}")
    secrets.set_backend(None)
    for var in [v for v in __import__("os").environ if v.startswith("KEYRING_PROPERTY_")]:
        monkeypatch.delenv(var)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    yield names
    secrets.set_backend(real_keychain)
    for name in names + ["bulk-kc-missing"]:
        try:
            real_keychain.delete_password(secrets.SERVICE, secrets.account(name))
        except Exception:  # noqa: BLE001
            pass


def test_the_reader_answers_as_get_password_with_one_connection(fast_path, monkeypatch):
    import secretstorage

    opened = []
    real_init = secretstorage.dbus_init
    monkeypatch.setattr(secretstorage, "dbus_init", lambda *a, **k: opened.append(1) or real_init(*a, **k))
    reader = secrets.PasswordReader()
    try:
        got = [reader.get(name) for name in fast_path]
        connections = len(opened)
        assert reader.get("bulk-kc-missing") is None  # not found here: keyring is asked, as get_password does
    finally:
        reader.close()
    assert got == [f"{PASSWORD}-{i}" for i in range(5)]
    assert connections == 1
    assert [secrets.get_password(name) for name in fast_path] == got


def test_a_bulk_run_reads_each_password_from_the_real_keychain(fast_path, serve):
    server = serve(tls="starttls", users={USER: f"{PASSWORD}-2"})
    write_profiles({name: settings_for(server, use_auth=True, username=USER) for name in fast_path})
    rows = {r.profile: r for r in bulk.BulkCheck(Store()).run().rows}
    assert rows["bulk-kc-2"].ok, rows["bulk-kc-2"].to_dict()
    assert {rows[n].category for n in fast_path if n != "bulk-kc-2"} == {"auth_failed"}

"""The real window against the real OS keychain (Secret Service in CI): save, reload, rename, delete."""
from __future__ import annotations

import uuid

import pytest

from swyxon_desktop import secrets
from swyxon_desktop.store import Store

from .conftest import REALISTIC, fill, keychain_answered


@pytest.mark.keychain
def test_window_saves_and_reloads_a_password_in_the_real_keychain(make_window, qtbot, real_keychain, asker):
    name = f"gui-test-{uuid.uuid4().hex[:8]}"
    password = f"real-{uuid.uuid4().hex}"
    renamed = name + "-renamed"
    try:
        first = make_window()
        asker.answer("get_text", name)
        assert first.new_profile() is True
        fill(qtbot, first, REALISTIC, password=password)
        assert first.save() is True, first.message_text()
        keychain_answered(qtbot, first)
        assert secrets.get_password(name) == password
        first.close()

        second = make_window()
        assert second.select_profile(name) is True
        keychain_answered(qtbot, second)
        assert second.form.password_stored is True
        assert second.ui.passwordEdit.text() == ""
        assert "keychain" in second.ui.passwordEdit.placeholderText()
        assert Store().get(name) == REALISTIC

        assert second.rename_profile(renamed) is True
        keychain_answered(qtbot, second)
        assert secrets.get_password(name) is None
        assert secrets.get_password(renamed) == password
        assert second.delete_profile(confirm=False) is True
        keychain_answered(qtbot, second)
        assert secrets.get_password(renamed) is None
    finally:
        for leftover in (name, renamed):
            secrets.delete_password(leftover)

"""Saving through the window: round trip through a new window, conflicts, corrupted config, keychain
locked, and the log (never a password)."""
from __future__ import annotations

import os
import stat

from swyxon_desktop import logsetup, paths, secrets
from swyxon_desktop.profiles import Profiles
from swyxon_desktop.settings import AuthMechanism, TlsMode
from swyxon_desktop.store import Store

from .conftest import REALISTIC, fill, type_into, keychain_answered

PASSWORD = "Sehr-Geheim-42!"


def test_round_trip_through_a_new_window(make_window, qtbot, memory_keyring, tmp_path):
    ca = tmp_path / "firma-ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    wanted = REALISTIC.replace(port=465, tls_mode=TlsMode.IMPLICIT, ca_file=str(ca),
                               mechanism=AuthMechanism.CRAM_MD5)
    first = make_window()
    assert first.form.name == "Platform" and first.form.is_new
    fill(qtbot, first, wanted, password=PASSWORD)
    assert first.form.is_dirty and first.isWindowModified()
    assert first.save() is True
    keychain_answered(qtbot, first)
    assert not first.form.is_dirty
    assert first.ui.passwordEdit.text() == ""  # never kept in the widget
    assert memory_keyring.data[(secrets.SERVICE, "smtp:Platform")] == PASSWORD
    assert PASSWORD not in paths.config_file().read_text()
    first.close()

    second = make_window()
    ui = second.ui
    assert second.form.name == "Platform" and not second.form.is_new
    assert second.form.settings == wanted
    assert (ui.serverEdit.text(), ui.portEdit.text(), ui.senderEdit.text()) == (
        "mail.firma.de", "465", "SwyxWare@firma.de")
    assert ui.sslCheck.isChecked() and ui.authCheck.isChecked()
    assert ui.tlsModeCombo.currentData() == "implicit" and ui.mechanismCombo.currentData() == "CRAM-MD5"
    assert ui.caFileEdit.text() == str(ca) and ui.usernameEdit.text() == "swyxware"
    assert ui.passwordEdit.text() == ""
    assert second.form.password_stored is True
    assert "keychain" in ui.passwordEdit.placeholderText()
    assert not second.form.is_dirty
    # An empty password field keeps the stored password.
    type_into(qtbot, ui.usernameEdit, "swyxware2")
    assert second.save() is True
    keychain_answered(qtbot, second)
    assert memory_keyring.data[(secrets.SERVICE, "smtp:Platform")] == PASSWORD


def test_conflict_with_a_second_writer_asks_reload(make_window, qtbot, asker):
    Profiles().save("Platform", REALISTIC, "pw")
    w = make_window()
    Store().save("Platform", REALISTIC.replace(server="other.firma.de"))  # the CLI, another window
    type_into(qtbot, w.ui.portEdit, "2525")
    asker.answer("choose", "reload")
    assert w.save() is False
    (_, _title, text, keys), = asker.questions()
    assert keys == ["reload", "overwrite", "cancel"] and "another program" in text
    assert w.ui.serverEdit.text() == "other.firma.de" and w.ui.portEdit.text() == "587"
    assert not w.form.is_dirty
    assert Store().get("Platform").server == "other.firma.de"


def test_conflict_with_a_second_writer_overwrite(make_window, qtbot, asker):
    Profiles().save("Platform", REALISTIC, "pw")
    w = make_window()
    Store().save("Platform", REALISTIC.replace(server="other.firma.de"))
    type_into(qtbot, w.ui.portEdit, "2525")
    asker.answer("choose", "cancel")
    assert w.save() is False
    assert w.form.is_dirty and Store().get("Platform").server == "other.firma.de"
    asker.answer("choose", "overwrite")
    assert w.save() is True
    keychain_answered(qtbot, w)
    assert Store().get("Platform") == REALISTIC.replace(port=2525)


def test_corrupted_config_starts_and_says_so(make_window):
    config = paths.config_file()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("{ this is not json")
    w = make_window()
    assert w.isVisible()
    assert "moved aside" in w.message_text()
    moved = list(config.parent.glob("profiles.json.corrupt-*"))
    assert len(moved) == 1 and moved[0].read_text() == "{ this is not json"
    assert str(moved[0]) in w.message_text()
    assert w.form.is_new  # started with no profiles


def test_corrupted_config_is_explained_entirely_in_german(make_window, set_language):
    """The reason inside the message (a translatable phrase of its own) is German too."""
    set_language("de")
    config = paths.config_file()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("{ this is not json")
    w = make_window()
    assert "kein gültiges JSON: Zeile 1, Spalte 3" in w.message_text()
    assert "not valid JSON" not in w.message_text()


def test_keychain_locked_saves_the_other_settings(make_window, qtbot, memory_keyring):
    memory_keyring.locked = True
    w = make_window()
    fill(qtbot, w, REALISTIC, password=PASSWORD)
    assert w.save() is True
    keychain_answered(qtbot, w)
    assert Store().get("Platform") == REALISTIC
    message = w.message_text()
    assert "could not be stored in the keychain" in message and "locked" in message
    assert PASSWORD not in message
    assert w.ui.messageBar.property("level") == "warning"
    assert memory_keyring.data == {}
    assert w.form.password == PASSWORD and w.form.is_dirty  # kept for another try, not lost
    memory_keyring.locked = False
    assert w.save() is True
    keychain_answered(qtbot, w)
    assert memory_keyring.data[(secrets.SERVICE, "smtp:Platform")] == PASSWORD
    assert not w.form.is_dirty


def test_keychain_locked_at_start_is_reported(make_window, memory_keyring):
    Profiles().save("Platform", REALISTIC, PASSWORD)
    memory_keyring.locked = True
    w = make_window()
    assert "keychain is not available" in w.message_text()
    assert w.form.password_stored is None
    assert w.ui.passwordEdit.placeholderText() == "The keychain is not available"


def test_log_names_profiles_never_passwords(make_window, qtbot):
    log_file = logsetup.setup_logging()
    try:
        w = make_window()
        fill(qtbot, w, REALISTIC, password=PASSWORD)
        assert w.save() is True
        keychain_answered(qtbot, w)
        for handler in __import__("logging").getLogger("swyxon_desktop").handlers:
            handler.flush()
        text = log_file.read_text()
        assert "profile 'Platform' saved" in text
        assert PASSWORD not in text
        if os.name == "posix":
            assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
        assert log_file.parent == paths.log_dir()
    finally:
        logsetup.shutdown_logging()

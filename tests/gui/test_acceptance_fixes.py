"""Findings of the user-acceptance test of the settings window (issue 2): the port and timeout fields pass
on what is typed, a profile deleted by another program, imports through the Profiles service, the pinned
certificate, the default profile name in German, and a layout that makes room instead of clipping."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from swyxon_desktop import i18n, paths, secrets
from swyxon_desktop.profiles import Profiles
from swyxon_desktop.settings import MSG_PORT_RANGE, MSG_TIMEOUT_RANGE
from swyxon_desktop.store import IMPORT_NOTICES, Store

from .conftest import REALISTIC, fill, type_into, keychain_answered

PASSWORD = "Sehr-Geheim-42!"
PIN = "0123456789abcdef" * 4


def _key(name: str) -> tuple[str, str]:
    return (secrets.SERVICE, secrets.account(name))


# -- 1. the port (and the timeout): what is typed is what the model gets ---------------------------------
@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("typed", ["70000", "0"])
def test_an_invalid_port_stays_as_typed_shows_the_error_and_blocks_save(make_window, set_language, qtbot,
                                                                         lang, typed):
    set_language(lang)
    w = make_window()
    fill(qtbot, w, REALISTIC, password=PASSWORD)
    type_into(qtbot, w.ui.portEdit, typed)
    qtbot.keyClick(w.ui.portEdit, Qt.Key.Key_Tab)  # leaving the field changes nothing
    assert w.ui.portEdit.text() == typed
    assert w.form.settings.port == int(typed)
    expected = QCoreApplication.translate("Validation", MSG_PORT_RANGE)
    assert expected == i18n.translate("Validation", MSG_PORT_RANGE, lang)
    assert w.ui.portError.isVisible() and w.ui.portError.text() == expected
    assert w.save() is False
    assert not paths.config_file().exists()
    assert w.ui.portEdit.text() == typed  # a failed save does not "correct" it either
    assert typed not in w.ui.tlsModeHelp.text()  # the TLS help names no invalid port


def test_a_valid_port_is_saved_as_typed(make_window, qtbot):
    w = make_window()
    fill(qtbot, w, REALISTIC, password=PASSWORD)
    type_into(qtbot, w.ui.portEdit, "70000")
    assert w.ui.portError.isVisible()
    type_into(qtbot, w.ui.portEdit, "587")
    assert not w.ui.portError.isVisible() and w.form.settings.port == 587
    assert w.save() is True
    keychain_answered(qtbot, w)
    assert Store().get("Platform").port == 587


def test_the_port_field_takes_digits_only(make_window, qtbot):
    w = make_window()
    type_into(qtbot, w.ui.portEdit, "5a8-7")
    assert w.ui.portEdit.text() == "587" and w.form.settings.port == 587
    type_into(qtbot, w.ui.portEdit, "")
    assert w.form.settings.port == 0 and w.ui.portError.isVisible() and w.ui.portEdit.text() == ""


def test_the_timeout_can_be_set_and_is_validated(make_window, qtbot):
    w = make_window()
    fill(qtbot, w, REALISTIC, password=PASSWORD)
    assert w.ui.timeoutEdit.text() == "30"
    type_into(qtbot, w.ui.timeoutEdit, "900")
    assert w.ui.timeoutError.isVisible()
    assert w.ui.timeoutError.text() == QCoreApplication.translate("Validation", MSG_TIMEOUT_RANGE)
    assert w.save() is False
    type_into(qtbot, w.ui.timeoutEdit, "12,5")
    assert not w.ui.timeoutError.isVisible()
    assert w.save() is True
    keychain_answered(qtbot, w)
    assert Store().get("Platform").timeout_s == 12.5
    second = Profiles().get("Platform")
    assert second.timeout_s == 12.5


# -- 2. a profile deleted by another program while shown ---------------------------------------------------
def _shown_then_deleted(make_window, qtbot, settings=REALISTIC):
    Profiles().save("Kunde A", settings, PASSWORD)
    w = make_window()
    assert w.form.name == "Kunde A" and w.form.password_stored is (True if settings.use_auth else None)
    type_into(qtbot, w.ui.serverEdit, "mail2.firma.de")
    Profiles(Store()).delete("Kunde A")  # a second store: the CLI's `profile delete`
    assert "Kunde A" not in Store() and secrets.get_password("Kunde A") is None
    return w


def test_saving_a_profile_deleted_elsewhere_asks_for_the_password_and_saves_it_anew(make_window, qtbot, asker):
    w = _shown_then_deleted(make_window, qtbot)
    asker.answer("choose", "recreate").answer("get_password", "Neu-Geheim-7")
    assert w.save() is True
    keychain_answered(qtbot, w)
    (_, _title, text, keys), = asker.questions()
    assert keys == ["recreate", "discard", "cancel"] and "deleted" in text and "Kunde A" in text
    assert "password required" not in w.message_text().lower()
    assert Store().get("Kunde A") == REALISTIC.replace(server="mail2.firma.de")
    assert secrets.get_password("Kunde A") == "Neu-Geheim-7"
    assert not w.form.is_new and not w.form.is_dirty and w.form.password_stored is True


def test_a_typed_password_is_used_without_asking_again(make_window, qtbot, asker):
    w = _shown_then_deleted(make_window, qtbot)
    type_into(qtbot, w.ui.passwordEdit, "Getippt-1")
    asker.answer("choose", "recreate")
    assert w.save() is True
    keychain_answered(qtbot, w)
    assert asker.questions("get_password") == []
    assert secrets.get_password("Kunde A") == "Getippt-1"


def test_no_password_question_without_authentication(make_window, qtbot, asker):
    w = _shown_then_deleted(make_window, qtbot, REALISTIC.replace(use_auth=False))
    asker.answer("choose", "recreate")
    assert w.save() is True
    keychain_answered(qtbot, w)
    assert asker.questions("get_password") == []
    assert Store().get("Kunde A").server == "mail2.firma.de"


def test_cancelling_the_password_saves_nothing_and_keeps_the_edits(make_window, qtbot, asker):
    w = _shown_then_deleted(make_window, qtbot)
    asker.answer("choose", "recreate").answer("get_password", None)
    assert w.save() is False
    assert "Kunde A" not in Store()
    assert w.form.is_new and w.form.is_dirty and w.form.settings.server == "mail2.firma.de"
    assert w.ui.passwordError.isVisible()


def test_discarding_a_profile_deleted_elsewhere(make_window, qtbot, asker):
    w = _shown_then_deleted(make_window, qtbot)
    asker.answer("choose", "discard")
    assert w.save() is False
    assert "Kunde A" not in Store() and w.form.name != "Kunde A"
    assert "Kunde A" not in [w.ui.profileCombo.itemData(i) for i in range(w.ui.profileCombo.count())]
    assert "deleted" in w.message_text()


# -- 3. import through the Profiles service ----------------------------------------------------------------
def _export(tmp_path, **changes) -> str:
    Store().export_profile("Platform", tmp_path / "plain.json")
    data = json.loads((tmp_path / "plain.json").read_text())
    data["settings"].update(changes)
    path = tmp_path / "customer.json"
    path.write_text(json.dumps(data))
    return str(path)


def test_replacing_by_import_removes_the_password_and_says_so(make_window, asker, tmp_path, memory_keyring, qtbot):
    Profiles().save("Platform", REALISTIC, PASSWORD)
    export = _export(tmp_path, server="mail.customer.de", pinned_sha256=PIN, password="leaked")
    w = make_window()
    assert w.form.password_stored is True
    asker.answer("open_file", export).answer("choose", "replace")
    assert w.import_profile() is True
    keychain_answered(qtbot, w)
    assert Store().get("Platform").server == "mail.customer.de"
    assert _key("Platform") not in memory_keyring.data
    assert w.form.password_stored is False
    assert w.ui.passwordEdit.placeholderText() == "Not stored yet"
    message = w.message_text()
    for key in ("password", "pinned_sha256"):
        assert QCoreApplication.translate("Store", IMPORT_NOTICES[key]) in message
    assert "leaked" not in message
    assert w.ui.messageBar.property("level") == "warning"


def test_import_notices_in_german(make_window, set_language, asker, tmp_path, qtbot):
    set_language("de")
    Profiles().save("Platform", REALISTIC, PASSWORD)
    export = _export(tmp_path, ca_file=str(tmp_path / "missing-ca.pem"))
    w = make_window()
    asker.answer("open_file", export).answer("choose", "rename").answer("get_text", "Kunde")
    assert w.import_profile() is True
    keychain_answered(qtbot, w)
    expected = i18n.translate("Store", IMPORT_NOTICES["ca_file"], "de")
    assert expected != IMPORT_NOTICES["ca_file"] and expected in w.message_text()


def test_a_keychain_error_of_an_import_is_shown(make_window, asker, tmp_path, memory_keyring, qtbot):
    Profiles().save("Platform", REALISTIC, PASSWORD)
    export = _export(tmp_path, server="mail.customer.de")
    w = make_window()
    memory_keyring.locked = True
    asker.answer("open_file", export).answer("choose", "replace")
    assert w.import_profile() is True
    keychain_answered(qtbot, w)
    assert Store().get("Platform").server == "mail.customer.de"
    assert "could not be removed from the keychain" in w.message_text()
    assert w.ui.messageBar.property("level") == "warning"


# -- 4. the pinned certificate -----------------------------------------------------------------------------
def test_a_pinned_certificate_is_shown_and_can_be_removed(make_window, qtbot):
    Profiles().save("Platform", REALISTIC.replace(pinned_sha256=PIN), PASSWORD)
    w = make_window()
    assert w.ui.pinnedValue.isVisible() and w.ui.removePinButton.isVisible()
    pairs = [PIN.upper()[i:i + 2] for i in range(0, 64, 2)]
    assert w.ui.pinnedValue.text() == "SHA-256 " + ":".join(pairs[:16]) + "\n" + ":".join(pairs[16:])
    qtbot.mouseClick(w.ui.removePinButton, Qt.MouseButton.LeftButton)
    assert not w.ui.pinnedValue.isVisible() and not w.ui.removePinButton.isVisible()
    assert w.form.is_dirty and w.form.settings.pinned_sha256 == ""
    assert Store().get("Platform").pinned_sha256 == PIN  # not before saving
    assert w.save() is True
    keychain_answered(qtbot, w)
    assert Store().get("Platform").pinned_sha256 == ""


def test_no_pin_row_without_a_pin_and_it_appears_when_trusted(make_window):
    Profiles().save("Platform", REALISTIC, PASSWORD)
    w = make_window()
    assert not w.ui.pinnedValue.isVisible() and not w.ui.pinnedLabel.isVisible()
    w.apply_settings(w.form.settings.replace(pinned_sha256=PIN))  # what "Trust this certificate" does
    assert w.ui.pinnedLabel.isVisible() and "01:23:45" in w.ui.pinnedValue.text()


# -- 5. the default first profile in German ----------------------------------------------------------------
def test_the_first_profile_has_one_translated_name(make_window, set_language, qtbot):
    set_language("de")
    w = make_window()
    assert w.form.name == "Plattform"
    assert w.ui.profileCombo.currentText() == "Plattform (neu)"
    assert w.windowTitle().startswith("Plattform – ")
    fill(qtbot, w, REALISTIC, password=PASSWORD)
    assert w.save() is True
    keychain_answered(qtbot, w)
    assert Store().names() == ["Plattform"] and w.ui.profileCombo.currentText() == "Plattform"


# -- 6. layout: the message bar gets its room, the button row stays put -----------------------------------
def _clipped(window) -> list[str]:
    """Wrapped labels not shown whole: shorter than their text needs, or reaching past their group box."""
    from PySide6.QtWidgets import QLabel

    labels = [label for label in window.ui.named(QLabel) if label.wordWrap() and label.isVisible()]
    assert window.ui.senderHelp in labels and window.ui.messageLabel in labels
    return [label.objectName() for label in labels
            if label.height() < label.heightForWidth(label.width())
            or label.geometry().bottom() >= label.parentWidget().height()]


def test_a_long_message_does_not_clip_the_help_texts(make_window, set_language, qtbot):
    set_language("de")
    w = make_window()
    w.show_message("x", "info")
    qtbot.waitUntil(lambda: not _clipped(w), timeout=2000)
    height = w.height()
    w.show_message(QCoreApplication.translate(
        "MainWindow", "The system keychain is not available, so passwords can neither be checked nor stored. "
        "Unlock or install the keychain (Windows Credential Manager, GNOME Keyring or KWallet); the other "
        "settings can still be saved. Passwords are never stored in a file."), "warning")
    qtbot.waitUntil(lambda: w.height() > height, timeout=2000)  # the window makes room …
    qtbot.waitUntil(lambda: not _clipped(w), timeout=2000)  # … and every text is whole
    assert w.ui.saveButton.mapTo(w, w.ui.saveButton.rect().bottomLeft()).y() < w.height()


def test_the_button_row_does_not_jump_when_the_status_appears(make_window, qtbot):
    Profiles().save("Platform", REALISTIC, PASSWORD)
    w = make_window()
    qtbot.wait(0)
    before = w.ui.saveButton.mapTo(w, w.ui.saveButton.rect().topLeft())
    status_before = w.ui.statusLabel.height()
    type_into(qtbot, w.ui.usernameEdit, "other")
    assert w.ui.statusLabel.text()
    qtbot.waitUntil(lambda: w.ui.statusLabel.height() == status_before, timeout=1000)
    assert w.ui.saveButton.mapTo(w, w.ui.saveButton.rect().topLeft()) == before


# -- 7. quitting while the local test server runs ----------------------------------------------------------
def test_quitting_while_the_test_server_runs_asks(make_window, qtbot, asker):
    w = make_window()
    server_window = w.show_local_test_server()
    server_window.ui.portSpin.setValue(0)
    assert server_window.start_server()
    server = server_window.server
    asker.answer("choose", "cancel")
    assert w.close() is False
    assert w.isVisible() and server.running
    (_, _title, text, keys), = asker.questions()
    assert keys == ["stop", "cancel"] and server.address in text
    asker.answer("choose", "stop")
    assert w.close() is True
    assert not server.running and server_window.server is None


def test_quitting_without_a_running_server_does_not_ask(make_window, asker):
    w = make_window()
    w.show_local_test_server()
    assert w.close() is True
    assert asker.calls == []

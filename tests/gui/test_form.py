"""Enabling logic, inline validation in both languages, and the form model itself."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from swyxon_desktop import i18n, paths
from swyxon_desktop.gui.settings.form_model import FormModel
from swyxon_desktop.settings import MSG_SERVER_SPACE, MSG_USER_EMPTY, MailSettings

from .conftest import REALISTIC, fill, set_checked, type_into, keychain_answered


def _enabled(window):
    ui = window.ui
    return {
        "tls_mode": ui.tlsModeCombo.isEnabled(), "ca_file": ui.caFileEdit.isEnabled(),
        "ca_browse": ui.caFileBrowseButton.isEnabled(), "mechanism": ui.mechanismCombo.isEnabled(),
        "username": ui.usernameEdit.isEnabled(), "password": ui.passwordEdit.isEnabled(),
        "allow_insecure": ui.allowInsecureCheck.isEnabled(),
    }


def test_authentication_and_ssl_switch_their_fields(make_window):
    w = make_window()
    ui = w.ui
    assert ui.sslCheck.isChecked() and not ui.authCheck.isChecked()  # the defaults
    assert _enabled(w) == {"tls_mode": True, "ca_file": True, "ca_browse": True, "mechanism": False,
                           "username": False, "password": False, "allow_insecure": False}
    assert not ui.insecureWarning.isVisible()

    set_checked(ui.authCheck, True)
    assert _enabled(w) == {"tls_mode": True, "ca_file": True, "ca_browse": True, "mechanism": True,
                           "username": True, "password": True, "allow_insecure": False}
    assert not ui.insecureWarning.isVisible()

    set_checked(ui.sslCheck, False)
    assert _enabled(w) == {"tls_mode": False, "ca_file": False, "ca_browse": False, "mechanism": True,
                           "username": True, "password": True, "allow_insecure": True}
    assert ui.insecureWarning.isVisible()
    assert "unencrypted" in ui.insecureWarning.text()

    set_checked(ui.authCheck, False)
    assert _enabled(w)["username"] is False and _enabled(w)["allow_insecure"] is False
    assert not ui.insecureWarning.isVisible()
    assert ui.usernameLabel.isEnabled() is False  # the label greys out with its field


def test_ssl_off_with_auth_is_saved_as_it_is_with_a_visible_warning(make_window, qtbot):
    # The vendor's dialog allows it; the refusal to send the password in clear is at sending
    # (tests/gui_mail/test_test_mail.py), not at Speichern.
    w = make_window()
    fill(qtbot, w, REALISTIC.replace(use_ssl=False, allow_insecure_auth=False), password="pw")
    assert w.ui.insecureWarning.isVisible()  # a visible panel next to the fields, not a tooltip
    assert "test mail sends them only when" in w.ui.insecureWarning.text()
    assert w.save() is True
    assert not w.ui.allowInsecureError.isVisible()
    keychain_answered(qtbot, w)
    data = paths.config_file().read_text()
    assert '"use_ssl": false' in data and '"allow_insecure_auth": false' in data
    assert w.ui.insecureWarning.isVisible()  # still shown for the stored profile


def test_tls_help_says_what_happens_on_the_wire(make_window, qtbot):
    w = make_window()
    type_into(qtbot, w.ui.portEdit, "465")
    assert "465" in w.ui.tlsModeHelp.text() and "implicit" in w.ui.tlsModeHelp.text()
    type_into(qtbot, w.ui.portEdit, "587")
    assert "STARTTLS" in w.ui.tlsModeHelp.text()
    set_checked(w.ui.sslCheck, False)
    assert "not encrypted" in w.ui.tlsModeHelp.text()


@pytest.mark.parametrize("lang", ["en", "de"])
def test_inline_errors_in_both_languages(make_window, set_language, qtbot, lang):
    set_language(lang)
    w = make_window()
    type_into(qtbot, w.ui.serverEdit, "mail server")
    expected = i18n.translate("Validation", MSG_SERVER_SPACE, lang)
    assert w.ui.serverError.isVisible()
    assert w.ui.serverError.text() == expected
    assert (expected != MSG_SERVER_SPACE) == (lang == "de")
    assert w.ui.serverEdit.accessibleDescription() == expected
    # Fields not touched yet show nothing until a save is attempted.
    assert not w.ui.senderError.isVisible()
    set_checked(w.ui.authCheck, True)
    assert w.save() is False
    assert w.ui.senderError.isVisible() and w.ui.usernameError.isVisible() and w.ui.passwordError.isVisible()
    assert w.ui.usernameError.text() == i18n.translate("Validation", MSG_USER_EMPTY, lang)
    assert w.message_text() == QCoreApplication.translate(
        "ProfileOperations", "The settings were not saved. Correct the marked fields.")
    if lang == "de":
        assert w.message_text().startswith("Die Einstellungen wurden nicht gespeichert")
    assert not paths.config_file().exists()  # nothing written
    type_into(qtbot, w.ui.serverEdit, "mail.firma.de")
    assert not w.ui.serverError.isVisible()


@pytest.mark.parametrize("server, ok", [
    ("mail.firma.de", True), ("mailhost", True), ("192.0.2.10", True), ("2001:db8::25", True),
    ("[2001:db8::25]", True), ("mail..firma.de", False), ("-mail.firma.de", False), ("mail_1.firma.de", False),
    ("256.1.1.1", False), ("a" * 64 + ".de", False), ("mail firma.de", False),
])
def test_server_rules_inline(make_window, qtbot, server, ok):
    w = make_window()
    type_into(qtbot, w.ui.serverEdit, server)
    assert w.ui.serverError.isVisible() is (not ok), w.ui.serverError.text()


def test_international_server_name_shows_its_ascii_form(make_window, qtbot):
    w = make_window()
    type_into(qtbot, w.ui.serverEdit, "mail.müller.de")
    assert not w.ui.serverError.isVisible()
    assert w.ui.serverAscii.isVisible()
    assert w.ui.serverAscii.text().endswith("mail.xn--mller-kva.de")
    type_into(qtbot, w.ui.serverEdit, "mail.firma.de")
    assert not w.ui.serverAscii.isVisible()


def test_sender_must_be_an_address(make_window, qtbot):
    w = make_window()
    type_into(qtbot, w.ui.senderEdit, "SwyxWare at firma.de")
    assert w.ui.senderError.isVisible()
    type_into(qtbot, w.ui.senderEdit, "SwyxWare@firma.de")
    assert not w.ui.senderError.isVisible()


def test_invalid_input_changes_nothing_on_disk(make_window, qtbot):
    w = make_window()
    fill(qtbot, w, REALISTIC.replace(use_auth=False))
    assert w.save() is True
    keychain_answered(qtbot, w)
    before = paths.config_file().read_bytes()
    type_into(qtbot, w.ui.serverEdit, "bad server")
    assert w.save() is False
    assert paths.config_file().read_bytes() == before
    assert w.form.is_dirty


def test_form_model_signals_and_state(qtbot, app):
    model = FormModel()
    model.load("Platform", REALISTIC, revision="r1", password_stored=True)
    assert not model.is_dirty and model.errors == {}
    with qtbot.waitSignal(model.dirtyChanged, timeout=1000) as dirty:
        model.set_value("port", 0)
    assert dirty.args == [True]
    assert set(model.errors) == {"port"}
    with qtbot.waitSignal(model.enabledChanged, timeout=1000) as enabled:
        model.set_value("use_auth", False)
    assert enabled.args[0]["username"] is False
    model.set_value("port", 587)
    model.set_value("use_auth", True)
    assert not model.is_dirty  # back to the stored values
    model.set_password("secret")
    assert model.is_dirty and model.password == "secret"
    model.mark_saved("r2", password_saved=True)
    assert not model.is_dirty and model.password == "" and model.password_stored is True
    with pytest.raises(KeyError):
        model.set_value("no_such_field", 1)


def test_password_required_only_when_none_is_stored(qtbot, app):
    model = FormModel()
    model.load("Platform", REALISTIC, revision="r1", password_stored=False)
    assert "password" in {e.field for e in model.validate_all()}
    model.set_password_stored(True)
    assert "password" not in {e.field for e in model.validate_all()}
    model.load("New", MailSettings(), revision=None, is_new=True, password_stored=False)
    assert model.is_new and not model.is_dirty

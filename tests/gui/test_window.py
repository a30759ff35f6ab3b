"""The window's shape: labels and buddies, tab order, mnemonics, the menu, About, public hooks."""
from __future__ import annotations

import ssl
import threading

import PySide6
from PySide6.QtCore import QObject, QUrl, Slot, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QAbstractButton, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit,
                               QSpinBox)

from swyxon_desktop import __version__, logsetup, paths, secrets
from swyxon_desktop.profiles import Profiles

from .conftest import REALISTIC, type_into

FIELDS = ["serverEdit", "portEdit", "senderEdit", "sslCheck", "tlsModeCombo", "caFileEdit", "authCheck",
          "mechanismCombo", "usernameEdit", "passwordEdit"]
TAB_ORDER = ["profileCombo", "serverEdit", "portEdit", "senderEdit", "timeoutEdit", "sslCheck", "tlsModeCombo",
             "caFileEdit", "caFileBrowseButton", "authCheck", "mechanismCombo", "usernameEdit", "passwordEdit",
             "allowInsecureCheck", "saveButton"]


def test_every_field_has_a_label_with_it_as_buddy(make_window):
    w = make_window()
    buddies = {label.buddy(): label for label in w.findChildren(QLabel) if label.buddy() is not None}
    for name in FIELDS:
        field = getattr(w.ui, name)
        assert field in buddies, f"{name} has no label"
        assert "&" in buddies[field].text(), f"the label of {name} has no mnemonic"
    # (every letter of "Timeout" is taken by another mnemonic: a buddy for screen readers, no mnemonic)
    assert buddies[w.ui.timeoutEdit] is w.ui.timeoutLabel
    # Every input widget is covered: by a buddy label, or it carries its own text.
    inputs = [x for kind in (QLineEdit, QSpinBox, QComboBox, QCheckBox) for x in w.findChildren(kind)]
    assert len(inputs) >= 12
    for widget in inputs:
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QSpinBox, QComboBox)):
            continue
        own_text = isinstance(widget, QCheckBox) and widget.text()
        assert widget in buddies or own_text, widget.objectName()


def test_password_is_masked(make_window):
    w = make_window()
    assert w.ui.passwordEdit.echoMode() == QLineEdit.EchoMode.Password


def test_tab_order(make_window):
    w = make_window()
    for name in ("authCheck", "sslCheck"):  # every field enabled, so each takes part
        getattr(w.ui, name).setChecked(name == "authCheck")
    order, widget = [], w.ui.profileCombo
    for _ in range(200):
        if widget.objectName() in TAB_ORDER and widget.objectName() not in order:
            order.append(widget.objectName())
        widget = widget.nextInFocusChain()
        if widget is w.ui.profileCombo:
            break
    assert order == TAB_ORDER


def _mnemonics(window) -> list[str]:
    texts = [label.text() for label in window.findChildren(QLabel) if label.buddy() is not None]
    texts += [b.text() for b in window.findChildren(QAbstractButton) if b.text()]
    texts += [a.text() for a in window.menuBar().actions()]
    keys = []
    for text in texts:
        i = text.find("&")
        if i >= 0 and i + 1 < len(text):
            keys.append(text[i + 1].lower())
    return keys


def test_mnemonics_are_unique_in_both_languages(make_window, set_language):
    for lang in ("en", "de"):
        set_language(lang)
        keys = _mnemonics(make_window())
        assert len(keys) >= 17
        assert len(keys) == len(set(keys)), (lang, sorted(keys))


def test_menu_platform_general_settings_shows_the_email_tab(make_window):
    w = make_window()
    assert w.ui.menuPlatform.title() == "P&latform"
    assert w.ui.actionGeneralSettings.text() == "&General settings"
    assert w.ui.settingsTabs.tabText(w.ui.settingsTabs.indexOf(w.ui.emailTab)) == "E-Mail"
    w.ui.actionGeneralSettings.trigger()
    assert w.ui.settingsTabs.currentWidget() is w.ui.emailTab
    assert w.ui.serverEdit.hasFocus() or w.focusWidget() is w.ui.serverEdit


def test_help_texts_are_where_they_are_needed(make_window):
    w = make_window()
    assert "symbolic name" in w.ui.serverHelp.text() and "IP address" in w.ui.serverHelp.text()
    assert "SwyxWare@firma.de" in w.ui.senderHelp.text() and "@firma.de" in w.ui.senderHelp.text()
    for mechanism in ("LOGIN", "PLAIN", "CRAM-MD5"):
        assert mechanism in w.ui.mechanismHelp.text()
    assert [w.ui.tlsModeCombo.itemText(i) for i in range(3)] == [
        "Automatic (by port)", "STARTTLS", "SSL/TLS (implicit)"]
    assert [w.ui.mechanismCombo.itemText(i) for i in range(4)] == ["Automatic", "LOGIN", "PLAIN", "CRAM-MD5"]


def test_form_snapshot_and_apply_settings(make_window, qtbot):
    Profiles().save("Platform", REALISTIC, "pw")
    w = make_window()
    assert w.form_snapshot() == ("Platform", REALISTIC, None)
    type_into(qtbot, w.ui.passwordEdit, "typed-pw")
    type_into(qtbot, w.ui.serverEdit, "mail2.firma.de")
    assert w.form_snapshot() == ("Platform", REALISTIC.replace(server="mail2.firma.de"), "typed-pw")
    other = REALISTIC.replace(server="192.0.2.7", port=25, use_ssl=False, use_auth=False)
    w.apply_settings(other)
    assert w.form.is_dirty and w.form_snapshot()[1] == other
    assert w.ui.serverEdit.text() == "192.0.2.7" and w.ui.portEdit.text() == "25"
    assert not w.ui.sslCheck.isChecked() and not w.ui.tlsModeCombo.isEnabled()


def test_mail_buttons_beside_save_and_the_tools_menu(make_window, qtbot):
    w = make_window()
    assert isinstance(w.button_row, QHBoxLayout) and w.button_row.objectName() == "buttonRow"
    assert w.findChild(QHBoxLayout, "buttonRow") is w.button_row
    save_left = w.ui.saveButton.mapTo(w, w.ui.saveButton.rect().topLeft()).x()
    for button in (w.mail_actions.test_mail_button, w.mail_actions.probe_button):
        qtbot.waitUntil(button.isVisible, timeout=2000)
        assert button.mapTo(w, button.rect().topRight()).x() < save_left
    texts = [a.text() for a in w.menu_tools.actions() if not a.isSeparator()]
    assert texts == ["&Local test server…", "Sen&d test mail…", "Chec&k server…", "Check D&NS…"]
    assert w.menu_tools.menuAction().isVisible()
    assert w.profiles is not None and w.profiles.names() == []


class _UrlCatcher(QObject):
    def __init__(self):
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_about_names_the_keychain_from_a_worker_thread(make_window, qtbot, monkeypatch):
    """Naming the backend may wait for D-Bus or a locked keychain: never on the GUI thread."""
    asked_in = []

    def backend_name() -> str:
        asked_in.append(threading.current_thread())
        return "test.Backend"

    monkeypatch.setattr(secrets, "backend_name", backend_name)
    w = make_window()
    w.ui.actionAbout.trigger()
    qtbot.waitUntil(lambda: w.about_dialog.ui.keychainValue.text() == "test.Backend")
    assert asked_in and threading.main_thread() not in asked_in


def test_about_shows_versions_and_opens_locations(make_window, qtbot):
    w = make_window()
    w.ui.actionAbout.trigger()
    about = w.about_dialog
    assert about is not None and about.isVisible() and not about.isModal()
    qtbot.waitUntil(lambda: about.ui.keychainValue.text() == secrets.backend_name())
    texts = {label.text() for label in about.findChildren(QLabel)}
    for expected in (__version__, qVersion(), PySide6.__version__, ssl.OPENSSL_VERSION,
                     str(paths.config_file()), str(logsetup.log_file())):
        assert expected in texts, expected
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        about.ui.openConfigButton.click()
        about.ui.openLogButton.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in catcher.urls] == [str(paths.config_dir()), str(paths.log_dir())]
    assert paths.config_dir().is_dir()
    about.ui.buttonBox.rejected.emit()
    assert not about.isVisible()

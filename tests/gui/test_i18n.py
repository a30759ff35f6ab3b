"""Both languages: the documented German labels exactly, and no untranslated text in the German window."""
from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QMenu, QTabWidget

from swyxon_desktop import i18n
from swyxon_desktop.profiles import Profiles

from .conftest import REALISTIC, keychain_answered

DOCUMENTED = {  # the vendor's dialog (reference page) and its English counterpart (issue 2)
    "de": {"serverLabel": "SMTP-Server", "portLabel": "SMTP-Port", "senderLabel": "Absenderadresse",
           "sslLabel": "SSL verwenden", "authLabel": "SMTP-Authentifizierung", "usernameLabel": "Benutzername",
           "passwordLabel": "Kennwort", "saveButton": "Speichern"},
    "en": {"serverLabel": "SMTP server", "portLabel": "SMTP port", "senderLabel": "Sender address",
           "sslLabel": "Use SSL", "authLabel": "SMTP authentication", "usernameLabel": "User name",
           "passwordLabel": "Password", "saveButton": "Save"},
}
MENU = {"de": ("Plattform", "Allgemeine Einstellungen"), "en": ("Platform", "General settings")}
TLS = {"de": ["Automatisch (nach Port)", "STARTTLS", "SSL/TLS (implizit)"],
       "en": ["Automatic (by port)", "STARTTLS", "SSL/TLS (implicit)"]}
# The same in both languages on purpose: protocol and product names, the documented tab name.
SAME_IN_BOTH = {"E-Mail", "STARTTLS", "LOGIN", "PLAIN", "CRAM-MD5", "Python", "Qt", "PySide6", "OpenSSL"}


def _plain(text: str) -> str:
    return text.replace("&", "")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_documented_labels_exactly(make_window, set_language, lang):
    set_language(lang)
    w = make_window()
    for name, text in DOCUMENTED[lang].items():
        assert _plain(getattr(w.ui, name).text()) == text
    assert _plain(w.ui.menuPlatform.title()) == MENU[lang][0]
    assert _plain(w.ui.actionGeneralSettings.text()) == MENU[lang][1]
    assert w.ui.settingsTabs.tabText(0) == "E-Mail"
    assert [w.ui.tlsModeCombo.itemText(i) for i in range(3)] == TLS[lang]
    assert i18n.language() == lang


def _texts(window) -> dict[tuple[str, str], str]:
    """Every user-visible string of the window and its About dialog, keyed by (object, attribute)."""
    about = window.show_about()
    found: dict[tuple[str, str], str] = {}

    def put(obj, attr, value):
        if obj.objectName().endswith(("Value", "Path")):
            return  # data (versions, paths), not text
        if value and re.search(r"[A-Za-zÄÖÜäöüß]", value):
            found[(f"{type(obj).__name__}:{obj.objectName()}", attr)] = value

    for root in (window, about):
        put(root, "windowTitle", root.windowTitle())
        widgets = root.findChildren(QLabel) + root.findChildren(QAbstractButton) + root.findChildren(QGroupBox)
        widgets += root.findChildren(QLineEdit) + root.findChildren(QComboBox) + root.findChildren(QTabWidget)
        for widget in widgets:
            put(widget, "toolTip", widget.toolTip())
            put(widget, "accessibleName", widget.accessibleName())
            if isinstance(widget, (QLabel, QAbstractButton)):
                put(widget, "text", widget.text())
            elif isinstance(widget, QGroupBox):
                put(widget, "title", widget.title())
            elif isinstance(widget, QLineEdit):
                put(widget, "placeholderText", widget.placeholderText())
            elif isinstance(widget, QComboBox) and widget.objectName() != "profileCombo":
                for i in range(widget.count()):
                    put(widget, f"item{i}", widget.itemText(i))
            elif isinstance(widget, QTabWidget):
                for i in range(widget.count()):
                    put(widget, f"tab{i}", widget.tabText(i))
        for menu in root.findChildren(QMenu):
            put(menu, "title", menu.title())
        for action in root.findChildren(QAction):
            put(action, "text", action.text())
            put(action, "statusTip", action.statusTip())
    return found


def test_no_untranslated_string_in_the_german_window(make_window, set_language, qtbot, asker):
    Profiles().save("Platform", REALISTIC, "pw")
    english_window = make_window()
    english_window.ui.sslCheck.click()
    english_window.save()
    keychain_answered(qtbot, english_window)
    english = _texts(english_window)

    set_language("de")
    german_window = make_window()
    german_window.ui.sslCheck.click()
    german_window.save()
    keychain_answered(qtbot, german_window)
    german = _texts(german_window)

    assert set(german) == set(english)
    assert len(english) > 80
    untranslated = {key: text for key, text in german.items()
                    if text == english[key] and _plain(text) not in SAME_IN_BOTH
                    and "SwyxON Desktop" != text and not text.startswith(("SwyxON Desktop ", "/"))}
    assert untranslated == {}
    assert german[("QLabel:insecureWarning", "text")].startswith("Ohne SSL")
    # SSL off with AUTH on is saved (no field error any more): the warning says where the refusal now is.
    assert "Testmail" in german[("QLabel:insecureWarning", "text")]

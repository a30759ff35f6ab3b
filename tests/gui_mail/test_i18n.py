"""The mail dialogs in German have no untranslated text (after real runs, result panels included), and
every mnemonic is unique per dialog in both languages."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (QAbstractButton, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QTableWidget,
                               QTreeWidget, QWidget)

from tests.gui.conftest import type_into
from tests.smtp.helpers import PASSWORD, RECIPIENT, USER, settings_for

from .conftest import WAIT_MS

pytestmark = pytest.mark.network

# Widgets whose text is data (the server's words, addresses, numbers), the same in every language.
DATA = {"greetingValue", "capsBeforeValue", "capsAfterValue", "tlsValue", "cert_subject", "cert_issuer",
        "cert_sans", "cert_sha256", "transcriptView", "recipientEdit", "resultMessage"}
# Words that are the same in German (protocol names, loan words).
NEUTRAL = {"Port", "Ports", "Server", "TLS", "TLS:", "Details", "STARTTLS", "SMTP", "Message-ID"}


def _neutral(text: str) -> bool:
    stripped = re.sub(r"[\W\d_]+", " ", text).split()
    return not stripped or all(word in NEUTRAL or word.isupper() for word in stripped)


def texts(root: QWidget) -> dict[str, str]:
    """Every user-visible text of a window, keyed by where it is."""
    out: dict[str, str] = {"title": root.windowTitle()}
    for w in [root, *(c for c in root.findChildren(QWidget) if c.window() is root)]:
        name = w.objectName() or type(w).__name__
        if name in DATA:
            continue
        if w.toolTip():
            out[f"{name}.toolTip"] = w.toolTip()
        if isinstance(w, QLabel):
            out[f"{name}.text"] = w.text()
        elif isinstance(w, QAbstractButton):
            out[f"{name}.text"] = w.text()
        elif isinstance(w, QGroupBox):
            out[f"{name}.title"] = w.title()
        elif isinstance(w, (QLineEdit, QPlainTextEdit)):
            out[f"{name}.placeholder"] = w.placeholderText()
        if isinstance(w, QTreeWidget):
            header = w.headerItem()
            for c in range(w.columnCount()):
                out[f"{name}.header{c}"] = header.text(c)
            for i in range(w.topLevelItemCount()):
                for c in (0, 1):
                    out[f"{name}.{i}.{c}"] = w.topLevelItem(i).text(c)
        if isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                out[f"{name}.header{c}"] = w.horizontalHeaderItem(c).text()
            for r in range(w.rowCount()):
                for c in (1, 2):
                    out[f"{name}.{r}.{c}"] = w.item(r, c).text()
    return {k: v for k, v in out.items() if v}


def _scenario(qtbot, mail_window, serve, lang, set_language):
    set_language(lang)
    server = serve(tls="starttls", cert="self", auth_mechanisms=("PLAIN",))
    window = mail_window(settings_for(server, use_auth=True, username=USER).replace(ca_file=""), PASSWORD)
    mail = window.mail_actions.open_test_mail()
    type_into(qtbot, mail.ui.recipientEdit, RECIPIENT)
    with qtbot.waitSignal(mail.runFinished, timeout=WAIT_MS):
        mail.send()
    cert = mail.show_certificate()
    probe = window.mail_actions.open_probe()
    with qtbot.waitSignal(probe.checkFinished, timeout=WAIT_MS):
        pass
    windows = {"mail": texts(mail), "certificate": texts(cert), "probe": texts(probe)}
    type_into(qtbot, mail.ui.recipientEdit, "kaputt")  # the field error too
    windows["mail-error"] = {"error": mail.ui.recipientError.text()}
    reports = {"mail": mail.report_text(), "probe": probe.report_text()}
    cert.reject()
    return windows, reports, (mail, cert, probe)


def test_german_mail_dialogs_have_no_untranslated_text(qtbot, mail_window, serve, set_language):
    english, en_reports, _ = _scenario(qtbot, mail_window, serve, "en", set_language)
    german, de_reports, _ = _scenario(qtbot, mail_window, serve, "de", set_language)
    untranslated = []
    compared = 0
    for window, en_texts in english.items():
        de_texts = german[window]
        for key, en in en_texts.items():
            de = de_texts.get(key)
            if de is None:
                continue
            compared += 1
            if de == en and not _neutral(en):
                untranslated.append(f"{window}/{key}: {en!r}")
    assert compared > 100
    assert untranslated == []
    assert german["mail"]["sendButton.text"] == "&Senden"
    assert german["probe"]["applyButton.text"] == "Empfohlene Einstellungen &übernehmen"
    assert german["mail"]["resultTitle.text"] == "Dem Zertifikat des Servers wird nicht vertraut"
    assert german["mail"]["resultHint.text"].startswith("Was zu tun ist: ")
    assert "Schritt: Verschlüsselung (TLS)" in german["mail"]["resultDetails.text"]
    # The reports: German headings and German failure texts.
    assert "Einstellungen (das Kennwort ist nie enthalten):" in de_reports["mail"]
    assert "Versionen:" in de_reports["probe"] and "Settings (" not in de_reports["probe"]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_mnemonics_are_unique_in_each_dialog(qtbot, mail_window, serve, set_language, lang):
    _windows, _reports, dialogs = _scenario(qtbot, mail_window, serve, lang, set_language)
    for dialog in dialogs:
        own = [w for w in dialog.findChildren(QWidget) if w.window() is dialog]  # not the certificate dialog
        texts_ = [b.text() for b in own if isinstance(b, QAbstractButton)]
        texts_ += [label.text() for label in own if isinstance(label, QLabel) and "&" in label.text()]
        keys = [t[t.index("&") + 1].lower() for t in texts_ if "&" in t and not t.endswith("&")]
        assert len(keys) >= 2
        assert len(keys) == len(set(keys)), (dialog.objectName(), sorted(texts_))


def test_buttons_of_the_main_window_keep_its_mnemonics_unique(qtbot, mail_window, set_language):
    """The two buttons added to the main window take letters nobody else uses there (en and de)."""
    for lang in ("en", "de"):
        set_language(lang)
        window = mail_window()
        labels = [label.text() for label in window.findChildren(QLabel) if label.buddy() is not None]
        labels += [b.text() for b in window.findChildren(QAbstractButton) if b.text()]
        labels += [a.text() for a in window.menuBar().actions()]
        keys = [t[t.index("&") + 1].lower() for t in labels if "&" in t]
        assert len(keys) == len(set(keys)), (lang, sorted(labels))
        assert window.mail_actions.action_test_mail in window.menu_tools.actions()
        assert window.mail_actions.action_probe in window.menu_tools.actions()

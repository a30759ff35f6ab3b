"""*Detect settings…* beside the sender address: the button, bad input, applying a candidate (unsaved)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from swyxon_desktop import detect
from swyxon_desktop.settings import MailSettings, Security

from tests.gui.conftest import type_into

from .conftest import WAIT_MS


def test_button_sits_beside_the_sender_address(mail_window):
    window = mail_window(MailSettings(server="mail.firma.de", sender="swyx@firma.de"))
    button = window.detect_button
    assert button.isVisible() and button.text() == "Detect settings…"
    edit = window.ui.senderEdit
    # Same row, right of the field.
    assert abs(button.mapTo(window, button.rect().center()).y() - edit.mapTo(window, edit.rect().center()).y()) < 8
    assert button.mapTo(window, button.rect().topLeft()).x() > edit.mapTo(window, edit.rect().topLeft()).x()


def test_bad_address_is_told_without_a_lookup(qtbot, mail_window):
    window = mail_window(MailSettings(server="mail.firma.de", sender="swyx@firma.de"))
    type_into(qtbot, window.ui.senderEdit, "swyx-at-firma.de")
    qtbot.mouseClick(window.detect_button, Qt.MouseButton.LeftButton)
    dialog = window.detect_dialog
    assert dialog.isVisible() and dialog.ui_address.text() == "swyx-at-firma.de"
    message = "\"swyx-at-firma.de\" is not an e-mail address."
    qtbot.waitUntil(lambda: not dialog.running and dialog.ui_summary.text() == message, timeout=WAIT_MS)
    assert not dialog.ui_apply.isEnabled() and dialog.ui_table.rowCount() == 0 and dialog.result is None


def test_chosen_candidate_fills_the_form_unsaved(qtbot, mail_window):
    window = mail_window(MailSettings(server="mail.firma.de", port=25, sender="swyx@firma.de", use_ssl=False))
    from swyxon_desktop.gui.detect_dialog import DetectDialog

    dialog = DetectDialog(window)
    qtbot.addWidget(dialog)
    a = detect.Candidate("smtp.firma.de", 465, Security.IMPLICIT, detect.SRV, "_submissions._tcp.firma.de SRV 0 1 465",
                         username="swyx@firma.de", status=detect.CONFIRMED, tls="TLSv1.3", tls_trusted=True,
                         auth_mechanisms=["PLAIN", "LOGIN"])
    b = detect.Candidate("mail.firma.de", 587, Security.STARTTLS, detect.AUTOCONFIG, "https://autoconfig.firma.de/…",
                         username="swyx", status=detect.NO_ANSWER)
    result = detect.DetectResult("swyx@firma.de", "firma.de", [detect.Step(detect.SRV, "_submissions._tcp.firma.de",
                                                                             detect.FOUND, "0 1 465 smtp.firma.de")],
                                 [a, b], None, [])
    dialog._on_finished(result)
    assert dialog.ui_table.rowCount() == 2 and dialog.ui_table.item(0, 4).text().startswith("answers as expected")
    assert dialog.ui_steps.item(0).text().startswith("DNS SRV record (RFC 6186): _submissions._tcp.firma.de — found")
    assert dialog.selected() is a  # the suggestion is preselected
    assert dialog.apply()
    s = window.form.settings
    assert (s.server, s.port, s.use_ssl, s.use_auth, s.username) == ("smtp.firma.de", 465, True, True, "swyx@firma.de")
    assert window.form.is_dirty  # unsaved: the user saves
    assert "not saved yet" in window.ui.messageLabel.text()
    dialog.ui_table.selectRow(1)
    assert dialog.selected() is b and dialog.apply()
    assert (window.form.settings.server, window.form.settings.port, window.form.settings.username) == (
        "mail.firma.de", 587, "swyx")

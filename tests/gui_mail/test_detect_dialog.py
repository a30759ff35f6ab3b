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
    from swyxon_desktop.gui.checks.detect_window import DetectDialog

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


@pytest.mark.network
def test_real_detection_against_loopback_dns_https_and_smtp(qtbot, mail_window, tmp_path):
    """The whole path from the button: tests/detect/scenario.py (DNS, autoconfig over HTTPS, SMTP servers)."""
    from swyxon_desktop.gui.checks.detect_window import DetectDialog
    from tests.detect.scenario import Scenario

    scenario = Scenario(tmp_path / "scenario").start()
    try:
        window = mail_window(MailSettings(server="mail.firma.de", port=25, sender="swyx@firma.de"))
        type_into(qtbot, window.ui.senderEdit, scenario.address)  # .test: reserved, so typed (never saved)
        window.detect_dialog = DetectDialog(window, nameserver=scenario.nameserver, ca_file=scenario.ca_file,
                                            https_port=scenario.https_port)
        dialog = window.detect_dialog
        with qtbot.waitSignal(dialog.detectFinished, timeout=WAIT_MS) as done:
            qtbot.mouseClick(window.detect_button, Qt.MouseButton.LeftButton)
        result = done.args[0]
        assert dialog.ui_address.text() == scenario.address
        steps = [dialog.ui_steps.item(i).text() for i in range(dialog.ui_steps.count())]
        assert steps[0].startswith("DNS SRV record (RFC 6186): _submissions._tcp.firma.test — found")
        assert any(s.startswith("autoconfig file (Thunderbird format): https://autoconfig.firma.test/") for s in steps)
        assert "Microsoft 365" in dialog.ui_provider.text() and dialog.ui_provider.isVisible()
        table = dialog.ui_table
        assert table.item(0, 0).text() == "smtp.firma.test" and table.item(0, 4).text().startswith(
            "answers as expected")
        assert {table.item(r, 4).text().split(" (")[0] for r in range(table.rowCount())} >= {
            "answers as expected", "no answer", "the name does not resolve"}
        assert dialog.ui_summary.text().startswith("Suggested: smtp.firma.test port")
        qtbot.mouseClick(dialog.ui_apply, Qt.MouseButton.LeftButton)
        s = window.form.settings
        assert (s.server, s.port, s.use_ssl, s.use_auth, s.username) == (
            "smtp.firma.test", result.best.port, True, True, scenario.address)
        assert window.form.is_dirty and not window.form.settings.pinned_sha256  # unsaved, nothing trusted
    finally:
        scenario.stop()


def test_start_up_loads_only_the_button(tmp_path):
    """The window's start-up stays as fast: the dialog, the engine and dnspython load on the first click."""
    import os
    import subprocess
    import sys

    code = """
import sys
from swyxon_desktop.gui import create_app, MainWindow
app = create_app(['--lang', 'en'])
w = MainWindow(); w.show(); app.processEvents()
assert w.detect_button.isVisible()
print(sorted(m for m in ('swyxon_desktop.gui.checks.detect_window', 'swyxon_desktop.detect', 'swyxon_desktop.providers',
                         'dns', 'dns.resolver', 'http.client') if m in sys.modules))
"""
    env = {**os.environ, "SWYXON_DESKTOP_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "[]"

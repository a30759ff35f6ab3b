"""The README's quick start, as a new user clicks it: the main window, Tools › Local test server, Start,
"Use in a new profile", Send test mail — the message arrives, with no mail server anywhere."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from swyxon_desktop import paths, secrets
from tests.gui.conftest import type_into

from .conftest import WAIT_MS

pytestmark = pytest.mark.network


def test_quick_start_from_the_menu_to_a_received_mail(qtbot, make_window, asker, memory_keyring):
    window = make_window()
    assert window.profiles.names() == []
    assert window.ui.actionLocalTestServer in window.menu_tools.actions()
    assert window.menu_tools.menuAction().isVisible()

    window.ui.actionLocalTestServer.trigger()
    server_window = window.server_window
    assert server_window is not None and server_window.isVisible() and not server_window.isModal()
    ui = server_window.ui
    ui.portSpin.setValue(0)
    ui.tlsCombo.setCurrentIndex(ui.tlsCombo.findText("STARTTLS"))
    ui.authGroup.setChecked(True)
    ui.userEdit.setText("swyxware")
    ui.passwordEdit.setText("Quick-Start-Pa55")
    ui.domainsEdit.setText("firma.de")
    with qtbot.waitSignal(server_window.serverStarted, timeout=WAIT_MS):
        ui.startButton.click()

    asker.answer("get_text", "Lokaler Testserver")
    with qtbot.waitSignal(server_window.profileCreated, timeout=WAIT_MS):
        ui.useProfileButton.click()
    # The main window now shows the new profile, saved, with its password in the keychain only.
    assert window.form.name == "Lokaler Testserver" and not window.form.is_dirty
    assert window.ui.profileCombo.currentText() == "Lokaler Testserver"
    assert window.ui.serverEdit.text() == "127.0.0.1"
    assert window.ui.portEdit.text() == str(server_window.server.port)
    assert secrets.get_password("Lokaler Testserver") == "Quick-Start-Pa55"
    assert "Quick-Start-Pa55" not in paths.config_file().read_text(encoding="utf-8")

    qtbot.mouseClick(window.mail_actions.test_mail_button, Qt.MouseButton.LeftButton)
    dialog = window.mail_actions.test_mail_dialog
    type_into(qtbot, dialog.ui.recipientEdit, "kunde@example.org")
    with qtbot.waitSignal(server_window.messageReceived, timeout=WAIT_MS):
        with qtbot.waitSignal(dialog.runFinished, timeout=WAIT_MS) as done:
            qtbot.mouseClick(dialog.ui.sendButton, Qt.MouseButton.LeftButton)
    result = done.args[0]
    assert result.ok, result.failure
    assert result.tls is not None and result.tls.verified  # the profile trusts the local CA
    [received] = server_window.server.received
    assert received.rcpt_tos == ["kunde@example.org"] and received.tls and received.auth_user == "swyxware"
    qtbot.waitUntil(lambda: ui.messageList.topLevelItemCount() == 1, timeout=WAIT_MS)

    asker.answer("choose", "stop")  # quitting asks while the local test server runs
    window.close()  # closing the main window closes the server window, which stops the server
    qtbot.waitUntil(lambda: server_window.server is None, timeout=WAIT_MS)

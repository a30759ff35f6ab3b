"""The test-mail dialog's second mode, "Check without sending", against the local test server."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from swyxon_desktop.gui.checks.test_mail_dialog import CHECK, SEND
from swyxon_desktop.settings import AuthMechanism
from tests.gui.conftest import type_into
from tests.gui_mail.conftest import mail_window, no_operation_left, probe_ports  # noqa: F401 - fixtures
from tests.smtp.helpers import PASSWORD, RECIPIENT, USER, settings_for

pytestmark = pytest.mark.network
WAIT_MS = 15_000


def _run(qtbot, window, mode):
    qtbot.mouseClick(window.mail_actions.test_mail_button, Qt.MouseButton.LeftButton)
    dialog = window.mail_actions.test_mail_dialog
    dialog.set_mode(mode)
    type_into(qtbot, dialog.ui.recipientEdit, RECIPIENT)
    with qtbot.waitSignal(dialog.runFinished, timeout=WAIT_MS) as done:
        qtbot.mouseClick(dialog.ui.sendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.operation.done, timeout=WAIT_MS)
    return dialog, done.args[0]


def test_check_without_sending_runs_every_stage_but_data_and_the_server_gets_no_mail(qtbot, mail_window, serve):
    server = serve(tls="starttls", auth_mechanisms=("LOGIN",))
    window = mail_window(settings_for(server, use_auth=True, username=USER, mechanism=AuthMechanism.LOGIN), PASSWORD)
    dialog, result = _run(qtbot, window, CHECK)
    assert result.ok and not result.sent
    stages = [stage for stage, _status, _time in dialog.stage_rows()]
    assert "data" not in stages and stages[-1] == "quit"
    assert all(status == "ok" for _s, status, _t in dialog.stage_rows())
    assert dialog.ui.resultTitle.text() == "Check passed: nothing was sent"
    assert "nothing was sent" in dialog.ui.resultMessage.text()
    assert dialog.ui.sendButton.text() == "Chec&k"
    (session,) = server.wait_for_sessions_closed(1)
    assert "DATA" not in [c.split()[0].upper() for c in session.commands] and server.received == []


def test_switching_back_sends_the_test_mail(qtbot, mail_window, serve):
    server = serve(tls="starttls")
    window = mail_window(settings_for(server, use_auth=True, username=USER), PASSWORD)
    dialog, result = _run(qtbot, window, CHECK)
    assert result.ok and server.received == []
    dialog.set_mode(SEND)
    assert "data" in [s for s, _st, _t in dialog.stage_rows()]
    with qtbot.waitSignal(dialog.runFinished, timeout=WAIT_MS) as done:
        qtbot.mouseClick(dialog.ui.sendButton, Qt.MouseButton.LeftButton)
    assert done.args[0].ok and done.args[0].sent
    assert len(server.wait_for_messages(1)) == 1


def test_a_refused_sender_fails_at_mail_from_in_the_dialog_too(qtbot, mail_window, serve):
    server = serve(tls="starttls", sender_domains=("other.example",))
    window = mail_window(settings_for(server, use_auth=True, username=USER), PASSWORD)
    dialog, result = _run(qtbot, window, CHECK)
    assert (result.failure.stage, result.failure.smtp_code) == ("mail_from", 550)
    assert dialog.ui.resultFrame.property("level") == "error"

"""Check server / Send test mail after Cancel: only "cancelled", no wrong conclusions; closing right after
Cancel raises nothing (issue 3 UAT)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.smtp.helpers import RECIPIENT, RawServer, settings_for

from .conftest import WAIT_MS

pytestmark = pytest.mark.network


def silent(conn, srv):
    srv.wait_closed(conn)


def test_closing_check_server_right_after_cancel_raises_nothing(qtbot, mail_window, app):
    with RawServer(silent) as raw:
        window = mail_window(settings_for(raw, tls="starttls", timeout_s=30))
        dialog = window.mail_actions.open_probe()
        qtbot.waitUntil(lambda: dialog.running, timeout=WAIT_MS)
        op = dialog.operation
        with qtbot.captureExceptions() as exceptions:
            qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
            dialog.close()
            dialog.deleteLater()  # as when its window goes: the run's last signals find no dialog
            window.mail_actions.probe_dialog = None
            qtbot.waitUntil(lambda: op.done, timeout=WAIT_MS)
            for _ in range(5):
                app.processEvents()
        assert not exceptions, exceptions


def test_reopening_check_server_right_after_cancel_shows_only_the_new_run(qtbot, mail_window):
    with RawServer(silent) as raw:
        window = mail_window(settings_for(raw, tls="starttls", timeout_s=30))
        dialog = window.mail_actions.open_probe()
        qtbot.waitUntil(lambda: dialog.running, timeout=WAIT_MS)
        old = dialog.operation
        with qtbot.captureExceptions() as exceptions:
            dialog.cancel()
            dialog.close()
            qtbot.waitUntil(lambda: old.done, timeout=WAIT_MS)  # its finished signal is still queued or just run
            dialog = window.mail_actions.open_probe()
            if dialog.operation is not old:  # a new check started: the old one's result must not show
                assert dialog.running and dialog.result is None
            dialog.cancel()
            qtbot.waitUntil(lambda: dialog.operation.done, timeout=WAIT_MS)
        assert not exceptions, exceptions


def test_reopening_send_test_mail_after_the_settings_changed_clears_the_old_result(qtbot, mail_window, serve):
    from tests.gui.conftest import type_into

    server = serve(users={})
    window = mail_window(settings_for(server))
    dialog = window.mail_actions.open_test_mail()
    type_into(qtbot, dialog.ui.recipientEdit, RECIPIENT)
    with qtbot.waitSignal(dialog.runFinished, timeout=WAIT_MS):
        dialog.send()
    assert dialog.ui.resultFrame.isVisible() and dialog.has_result()
    dialog.close()
    window.mail_actions.open_test_mail()  # same settings: the result stays
    assert dialog.ui.resultFrame.isVisible() and dialog.has_result()
    dialog.close()
    window.apply_settings(window.form.settings.replace(port=server.port + 1 if server.port < 65535 else 1024))
    window.mail_actions.open_test_mail()
    assert not dialog.ui.resultFrame.isVisible() and not dialog.has_result()
    assert dialog.ui.transcriptView.toPlainText() == ""
    assert {status for _s, status, _t in dialog.stage_rows()} <= {"pending", "skipped"}

"""Send test mail… against the local test server (pytest-qt, offscreen): success, each failure shown with
category, stage, code and hint, the keychain, the recipient remembered per profile, the report."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from swyxon_desktop.failures import Category
from swyxon_desktop.profiles import Profiles
from swyxon_desktop.settings import AuthMechanism

from tests.gui.conftest import type_into
from tests.smtp.helpers import PASSWORD, RECIPIENT, SENDER, USER, assert_no_password, settings_for

from .conftest import WAIT_MS

pytestmark = pytest.mark.network


def open_dialog(qtbot, window):
    qtbot.mouseClick(window.mail_actions.test_mail_button, Qt.MouseButton.LeftButton)
    dialog = window.mail_actions.test_mail_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    return dialog


def run_test_mail(qtbot, window, recipient=RECIPIENT):
    dialog = open_dialog(qtbot, window)
    type_into(qtbot, dialog.ui.recipientEdit, recipient)
    with qtbot.waitSignal(dialog.runFinished, timeout=WAIT_MS) as done:
        qtbot.mouseClick(dialog.ui.sendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.operation.done, timeout=WAIT_MS)
    return dialog, done.args[0]


def statuses(dialog) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for stage, status, _time in dialog.stage_rows():
        out.setdefault(stage, []).append(status)
    return out


def test_success_with_starttls_and_login(qtbot, mail_window, serve):
    server = serve(tls="starttls", auth_mechanisms=("LOGIN",))
    window = mail_window(settings_for(server, use_auth=True, username=USER, mechanism=AuthMechanism.LOGIN), PASSWORD)
    dialog, result = run_test_mail(qtbot, window)
    assert result.ok, result.failure
    [message] = server.wait_for_messages(1)
    assert message.rcpt_tos == [RECIPIENT] and message.auth_user == USER and message.tls
    assert message.message["Message-ID"] == result.message_id
    # Every stage ticked, with a time; EHLO twice (before and after STARTTLS).
    assert statuses(dialog) == {"resolve": ["ok"], "connect": ["ok"], "greeting": ["ok"], "ehlo": ["ok", "ok"],
                                "tls": ["ok"], "auth": ["ok"], "mail_from": ["ok"], "rcpt_to": ["ok"],
                                "data": ["ok"], "quit": ["ok"]}
    assert all(time.endswith(" ms") for _s, _st, time in dialog.stage_rows())
    ui = dialog.ui
    assert ui.resultFrame.isVisible() and ui.resultFrame.property("level") == "success"
    assert ui.resultTitle.text() == "Test mail accepted"
    assert result.message_id in ui.resultDetails.text()
    transcript = ui.transcriptView.toPlainText()
    assert "C: AUTH LOGIN" in transcript and "S: 235" in transcript and "C: STARTTLS" in transcript
    assert ui.transcriptView.font().fixedPitch() or "mono" in ui.transcriptView.font().family().lower()
    assert ui.sendButton.isEnabled() and not ui.cancelButton.isEnabled()
    assert_no_password(transcript, dialog.report_text())


def test_unused_stages_are_shown_as_skipped(qtbot, mail_window, serve):
    server = serve(tls="none", users={})
    window = mail_window(settings_for(server, tls="none"))
    dialog, result = run_test_mail(qtbot, window)
    assert result.ok, result.failure
    rows = statuses(dialog)
    assert rows["tls"] == ["skipped"] and rows["auth"] == ["skipped"]
    assert rows["data"] == ["ok"] and rows["quit"] == ["ok"]
    skipped = [dialog.ui.stageList.topLevelItem(i) for i in range(dialog.ui.stageList.topLevelItemCount())]
    assert any("Use SSL is off" in item.text(3) for item in skipped)


FAILURES = [
    # (server, settings changes, category, stage, code, text in the hint)
    ("wrong password", dict(tls="starttls"), dict(use_auth=True, username=USER), "wrong-password",
     Category.AUTH_FAILED, "auth", "535 5.7.8", "app password"),
    ("550 at RCPT", dict(tls="starttls", faults=("rcpt-550",)), dict(use_auth=True, username=USER), PASSWORD,
     Category.RECIPIENT_REJECTED, "rcpt_to", "550 5.1.1", "Check the recipient address"),
    ("STARTTLS not offered", dict(tls="none"), dict(use_auth=True, username=USER), PASSWORD,
     Category.STARTTLS_UNAVAILABLE, "tls", "", "never sent unencrypted"),
    ("sender domain", dict(tls="starttls", sender_domains=("andere.de",)), dict(use_auth=True, username=USER),
     PASSWORD, Category.SENDER_REJECTED, "mail_from", "5", "domain of the sender address"),
]


@pytest.mark.parametrize("case", FAILURES, ids=[c[0] for c in FAILURES])
def test_each_failure_is_shown_with_category_stage_code_and_hint(qtbot, mail_window, serve, case):
    _name, policy, changes, password, category, stage, code, hint = case
    server = serve(**policy)
    tls = "starttls"
    window = mail_window(settings_for(server, tls=tls, **changes), password)
    dialog, result = run_test_mail(qtbot, window)
    assert result.failure is not None and result.failure.category is category, result.failure
    assert result.failure.stage == stage
    ui = dialog.ui
    assert ui.resultFrame.property("level") == "error"
    from swyxon_desktop.failures import TITLES

    assert ui.resultTitle.text() == TITLES[category]
    stage_title = {"auth": "Authentication", "rcpt_to": "Recipient (RCPT TO)", "tls": "Encryption (TLS)",
                   "mail_from": "Sender (MAIL FROM)"}[stage]
    details = ui.resultDetails.text()
    assert f"Stage: {stage_title}" in details
    if code:
        assert f"SMTP code: {code}" in details
        assert "Server: " in details  # the server's own text
    assert hint in ui.resultHint.text()
    assert ui.resultMessage.text()
    assert statuses(dialog)[stage][-1] == "failed"
    # Stages after the failure were not reached: shown as skipped, never as done.
    rows = dialog.stage_rows()
    failed_at = max(i for i, (s, st, _t) in enumerate(rows) if st == "failed")
    assert all(st == "skipped" for _s, st, _t in rows[failed_at + 1:])
    assert not server.received
    assert_no_password(ui.transcriptView.toPlainText(), dialog.report_text(), details)


def test_keychain_failure_is_a_clear_message_not_a_crash(qtbot, mail_window, serve, memory_keyring):
    server = serve(tls="starttls")
    window = mail_window(settings_for(server, use_auth=True, username=USER), PASSWORD)
    memory_keyring.locked = True
    dialog, result = run_test_mail(qtbot, window)
    assert result.failure.category is Category.KEYRING_UNAVAILABLE
    assert dialog.ui.resultTitle.text() == "The keychain is not available"
    assert "locked" in dialog.ui.resultMessage.text()
    assert "Unlock or install the system keychain" in dialog.ui.resultHint.text()
    assert server.sessions == []  # nothing was sent without a password


def test_a_typed_password_wins_over_the_keychain_and_unsaved_values_are_used(qtbot, mail_window, serve):
    server = serve(tls="starttls")
    window = mail_window(settings_for(server, use_auth=True, username=USER), "the-old-password")
    type_into(qtbot, window.ui.passwordEdit, PASSWORD)  # typed, not saved
    type_into(qtbot, window.ui.senderEdit, "info@firma.de")  # an unsaved edit
    assert window.form.is_dirty
    dialog, result = run_test_mail(qtbot, window)
    assert result.ok, result.failure
    assert server.wait_for_messages(1)[0].mail_from == "info@firma.de"
    assert "typed in the window" in dialog.report_text()
    assert_no_password(dialog.report_text(), dialog.ui.transcriptView.toPlainText())


def test_recipient_is_validated(qtbot, mail_window, serve):
    server = serve(tls="none", users={})
    window = mail_window(settings_for(server, tls="none"))
    dialog = open_dialog(qtbot, window)
    ui = dialog.ui
    type_into(qtbot, ui.recipientEdit, "kein-at-zeichen")
    assert ui.recipientError.isVisible() and "not a valid e-mail address" in ui.recipientError.text()
    assert not ui.sendButton.isEnabled()
    assert dialog.send() is False and dialog.operation is None
    type_into(qtbot, ui.recipientEdit, "")
    assert "Enter the recipient" in ui.recipientError.text() and not ui.sendButton.isEnabled()
    type_into(qtbot, ui.recipientEdit, "kunde@example.org")
    assert not ui.recipientError.isVisible() and ui.sendButton.isEnabled()


def test_recipient_is_remembered_per_profile_without_touching_unsaved_edits(qtbot, mail_window, serve):
    server = serve(tls="none", users={})
    profiles = Profiles()
    profiles.save("Zweitkunde", settings_for(server, tls="none", last_recipient="zwei@example.org"))
    window = mail_window(settings_for(server, tls="none"), name="Kunde")
    # A clean profile: only last_recipient is written; the form stays clean.
    run_test_mail(qtbot, window, "eins@example.org")
    assert Profiles().get("Kunde").last_recipient == "eins@example.org"
    assert not window.form.is_dirty and window.form.settings.last_recipient == "eins@example.org"
    # With unsaved edits, the recipient joins them (saved with them, never on its own).
    type_into(qtbot, window.ui.senderEdit, "info@firma.de")
    dialog, _ = run_test_mail(qtbot, window, "drei@example.org")
    assert Profiles().get("Kunde").last_recipient == "eins@example.org"
    assert Profiles().get("Kunde").sender == SENDER
    assert window.form.is_dirty and window.form.settings.last_recipient == "drei@example.org"
    assert window.form.settings.sender == "info@firma.de"
    # Another profile brings its own recipient into the dialog.
    window.form.load("Kunde", window.form.original, revision=window.form.revision)  # discard the edits
    assert window.select_profile("Zweitkunde")
    window.mail_actions.open_test_mail()
    assert dialog.ui.recipientEdit.text() == "zwei@example.org"
    assert window.select_profile("Kunde")
    window.mail_actions.open_test_mail()
    assert dialog.ui.recipientEdit.text() == "drei@example.org"  # remembered in memory this session


def test_report_is_copied_and_saved_without_the_password(qtbot, mail_window, serve, asker, tmp_path):
    server = serve(tls="starttls", auth_mechanisms=("PLAIN",))
    window = mail_window(settings_for(server, use_auth=True, username=USER, mechanism=AuthMechanism.PLAIN), PASSWORD)
    dialog, result = run_test_mail(qtbot, window)
    assert result.ok, result.failure
    qtbot.mouseClick(dialog.ui.copyReportButton, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    target = tmp_path / "report.txt"
    asker.answer("save_file", str(target))
    qtbot.mouseClick(dialog.ui.saveReportButton, Qt.MouseButton.LeftButton)
    saved = target.read_text(encoding="utf-8")
    assert copied == saved or copied.splitlines()[2:] == saved.splitlines()[2:]
    for report in (copied, saved):
        assert "AUTH PLAIN" in report and "[redacted" in report
        assert "SMTP server: 127.0.0.1" in report and f"User name: {USER}" in report
        for version in ("Qt:", "Python:", "OpenSSL:", "PySide6:"):
            assert version in report
        assert result.message_id in report
    assert_no_password(copied, saved)
    assert str(target) in dialog.ui.statusLabel.text()
    # A file that cannot be written: a clear message, nothing lost.
    asker.answer("save_file", str(tmp_path / "no-such-dir" / "r.txt"))
    assert dialog.save_report() is False
    assert "could not be written" in dialog.ui.statusLabel.text()


def test_password_never_reaches_the_report_even_when_the_server_echoes_it(qtbot, mail_window):
    """A hostile server that echoes the AUTH payload back: the last scrub still removes every form."""
    import base64

    from tests.smtp.helpers import RawServer, ehlo_reply

    def script(conn, srv):
        conn.sendall(b"220 echo ESMTP\r\n")
        srv.readline(conn)
        conn.sendall(ehlo_reply("AUTH PLAIN"))
        auth = srv.readline(conn)
        conn.sendall(f"535 5.7.8 bad credentials: {auth} {base64.b64decode(auth.split()[-1]).decode('latin-1')!r}"
                     .encode("utf-8", "replace") + b"\r\n")
        srv.wait_closed(conn)

    with RawServer(script) as raw:
        window = mail_window(settings_for(raw, tls="none", use_auth=True, username=USER, allow_insecure_auth=True,
                                          mechanism=AuthMechanism.PLAIN), PASSWORD)
        dialog, result = run_test_mail(qtbot, window)
    assert result.failure.category is Category.AUTH_FAILED
    ui = dialog.ui
    assert_no_password(dialog.report_text(), ui.transcriptView.toPlainText(), ui.resultDetails.text(),
                       ui.resultMessage.text())


def test_ssl_off_with_auth_stops_at_auth_unless_allowed_for_this_run(qtbot, mail_window, serve):
    """The stored profile has SSL off and AUTH on, no opt-in: the test stops at AUTH (no credentials on
    the wire); the dialog's one-run checkbox sends them, and the profile stays unchanged."""
    server = serve(tls="none")
    settings = settings_for(server, tls="none", use_auth=True, username=USER, mechanism=AuthMechanism.PLAIN)
    window = mail_window(settings, PASSWORD)
    dialog, result = run_test_mail(qtbot, window)
    assert (result.failure.category, result.failure.stage) == (Category.INSECURE_AUTH_REFUSED, "auth")
    assert statuses(dialog)["auth"] == ["failed"]
    assert dialog.ui.allowInsecureCheck.isVisible() and not dialog.ui.allowInsecureCheck.isChecked()
    record = server.wait_for_sessions_closed(1)[0]
    assert record.helo and record.auth_mechanisms == []  # EHLO seen, no AUTH sent
    dialog.ui.allowInsecureCheck.setChecked(True)
    with qtbot.waitSignal(dialog.runFinished, timeout=WAIT_MS) as done:
        qtbot.mouseClick(dialog.ui.sendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.operation.done, timeout=WAIT_MS)
    assert done.args[0].ok, done.args[0].failure
    assert not dialog.ui.allowInsecureCheck.isChecked()  # for that one run only
    second = server.wait_for_sessions_closed(2)[1]
    assert second.auth_mechanisms == ["PLAIN"] and second.authenticated
    assert "allowed for this run only" in dialog.report_text()
    assert Profiles().get("Kunde").allow_insecure_auth is False
    assert_no_password(dialog.report_text())

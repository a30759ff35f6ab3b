"""The report as data in the GUI: Save report writes report.txt + report.json; *Reproduce from report…*
in the local test server window starts the replica, and *Use in a new profile…* points a profile at it —
the customer's failure on the desk, and what fixes it."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from swyxon_desktop import secrets
from swyxon_desktop.checks.stages import MAIL_FROM
from swyxon_desktop.gui.server import replay
from swyxon_desktop.gui.server.server_window import LocalServerWindow
from swyxon_desktop.profiles import Profiles
from swyxon_desktop.settings import AuthMechanism
from swyxon_desktop.smtp import send_test_mail
from tests.smtp.helpers import PASSWORD, RECIPIENT, USER, assert_no_password, settings_for

from .conftest import WAIT_MS
from .test_test_mail import run_test_mail

pytestmark = pytest.mark.network


def test_save_report_writes_the_record_beside_and_the_window_reproduces_it(qtbot, mail_window, serve, asker,
                                                                            tmp_path):
    server = serve(tls="starttls", sender_domains=("firma.de",), auth_mechanisms=("PLAIN",))
    settings = settings_for(server, use_auth=True, username=USER, mechanism=AuthMechanism.PLAIN,
                            sender="SwyxWare@fremd.de")
    window = mail_window(settings, PASSWORD)
    dialog, result = run_test_mail(qtbot, window)
    assert result.failure.category.value == "sender_rejected"
    target = tmp_path / "report.txt"
    asker.answer("save_file", str(target))
    qtbot.mouseClick(dialog.ui.saveReportButton, Qt.MouseButton.LeftButton)
    record_file = tmp_path / "report.json"
    assert target.exists() and record_file.exists()
    assert "report.json" in dialog.ui.statusLabel.text()
    data = json.loads(record_file.read_text(encoding="utf-8"))
    assert data["schema"] == "swyxon-desktop-report" and data["versions"]["qt"]
    assert data["failure"]["smtp_code"] == 550
    assert_no_password(record_file.read_text(encoding="utf-8"), target.read_text(encoding="utf-8"))
    text = target.read_text(encoding="utf-8")  # the text report shows the record's "what the client saw"
    assert ("What the client saw" in text and "EHLO after TLS: localhost" in text
            and "AUTH mechanisms offered: PLAIN" in text)

    # Support opens the local test server window and reproduces the report.
    server_window = LocalServerWindow(Profiles())
    qtbot.addWidget(server_window)
    try:
        asker.answer("open_file", str(record_file))
        with qtbot.waitSignal(server_window.serverStarted, timeout=WAIT_MS):
            qtbot.mouseClick(server_window.reproduceButton, Qt.MouseButton.LeftButton)
        twin = server_window.server
        assert twin.plan.replies[MAIL_FROM][0].startswith("550 5.7.1")
        assert "550 5.7.1" in server_window.ui.statusLabel.text()
        assert server_window.ui.stopButton.isEnabled() and server_window.ui.useProfileButton.isEnabled()
        ui = server_window.ui  # the (disabled) fields show what the replica offers: AUTH PLAIN for the user
        assert ui.authGroup.isChecked() and ui.plainCheck.isChecked() and not ui.loginCheck.isChecked()
        assert ui.userEdit.text() == USER and ui.passwordEdit.text() == ""
        asker.answer("get_text", "Kunde (replica)")
        with qtbot.waitSignal(server_window.profileCreated, timeout=WAIT_MS) as created:
            server_window.ui.useProfileButton.click()
        assert asker.calls[-1][-1] == "Kunde (replica)"  # the suggested name
        assert created.args == ["Kunde (replica)"]
        twin_settings = Profiles().get("Kunde (replica)")
        assert (twin_settings.port, twin_settings.sender, twin_settings.username) == (
            twin.port, "SwyxWare@fremd.de", USER)
        password = secrets.get_password("Kunde (replica)")
        assert password and password != PASSWORD  # the replica's own, never the customer's
        again = send_test_mail(twin_settings, password, RECIPIENT)
        assert (again.failure.category, again.failure.stage, again.failure.smtp_code,
                again.failure.server_text, again.failure.hint_text("en")) == (
            result.failure.category, result.failure.stage, result.failure.smtp_code, result.failure.server_text,
            result.failure.hint_text("en"))
        assert send_test_mail(twin_settings.replace(sender="SwyxWare@firma.de"), password, RECIPIENT).ok
    finally:
        server_window.stop_server()


def test_a_damaged_report_is_refused_in_the_window(qtbot, asker, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "swyxon-desktop-report", "version": 1, "settings": {}, '
                   '"failure": {"category": "auth_failed", "smtp_code": 535, "server_text": "x\\r\\n250 OK"}}')
    server_window = LocalServerWindow(Profiles())
    qtbot.addWidget(server_window)
    asker.answer("open_file", str(bad))
    assert replay.reproduce(server_window) is True  # begun: the report is read in a worker thread
    qtbot.waitUntil(lambda: server_window.replica_operation.done, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "control character" in server_window.ui.statusLabel.text(), timeout=WAIT_MS)
    assert server_window.server is None and not server_window.ui.stopButton.isEnabled()
    assert server_window.reproduceButton.isEnabled()


def test_the_replica_is_prepared_off_the_gui_thread_and_not_started_in_a_closed_window(qtbot, asker, tmp_path,
                                                                                     monkeypatch):
    """Reading the report and making the imitated certificate (an RSA key) run in a worker thread: the
    window stays responsive (its button waits meanwhile); a window closed in the meantime starts nothing."""
    import threading

    from swyxon_desktop import replica

    record = {"schema": "swyxon-desktop-report", "version": 1, "profile": "Kunde", "settings": {
        "server": "mail.kunde.de", "port": 587, "sender": "SwyxWare@kunde.de", "use_ssl": True,
        "tls_mode": "starttls", "use_auth": True, "username": "swyx"}}
    report = tmp_path / "report.json"
    report.write_text(json.dumps(record), encoding="utf-8")
    real_make_server, threads, release = replica.make_server, [], threading.Event()

    def make_server(plan, **kwargs):
        threads.append(threading.current_thread())
        release.wait(30)  # held until the test has looked at the window (a condition, not a sleep)
        return real_make_server(plan, **kwargs)

    monkeypatch.setattr(replica, "make_server", make_server)
    for close in (False, True):
        release.clear()
        server_window = LocalServerWindow(Profiles())
        qtbot.addWidget(server_window)
        server_window.show()
        try:
            assert replay.reproduce(server_window, str(report)) is True
            qtbot.waitUntil(lambda: len(threads) == 1 + close, timeout=WAIT_MS)
            assert threads[-1] is not threading.main_thread()
            assert not server_window.reproduceButton.isEnabled()  # one preparation at a time
            assert replay.reproduce(server_window, str(report)) is False
            if close:
                server_window.close()
            release.set()
            qtbot.waitUntil(lambda: server_window.replica_operation.done, timeout=WAIT_MS)
            qtbot.waitUntil(server_window.reproduceButton.isEnabled, timeout=WAIT_MS)
            if close:
                assert server_window.server is None
            else:
                assert server_window.server is not None and server_window.server.running
                assert server_window.server.plan.profile == "Kunde"
        finally:
            release.set()
            server_window.stop_server()

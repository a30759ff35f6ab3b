"""The Local test server window (pytest-qt, offscreen): start/stop, live log, received messages,
"Use in a new profile" (profile + keychain entry)."""
from __future__ import annotations

import smtplib
import ssl

import socket
import threading

import pytest

from swyxon_desktop import paths, secrets
from swyxon_desktop.gui.shared import ask
from swyxon_desktop.gui.server.server_window import TLS_BY_INDEX, LocalServerWindow
from swyxon_desktop.profiles import Profiles
from swyxon_desktop.settings import AuthMechanism, Security, TlsMode, validate

from .helpers import PASSWORD, USER

WAIT = 10_000


@pytest.fixture
def window(qtbot):
    win = LocalServerWindow(Profiles())
    qtbot.addWidget(win)
    win.ui.portSpin.setValue(0)
    yield win
    win.stop_server()


def _send(win, *, tls_context=None, login=None, sender="SwyxWare@firma.de", subject="Hallo aus dem Test"):
    server = win.server
    if server.policy.tls == "implicit":
        client = smtplib.SMTP_SSL(server.host, server.port, context=tls_context, timeout=10)
    else:
        client = smtplib.SMTP(server.host, server.port, timeout=10)
        if server.policy.tls == "starttls":
            client.starttls(context=tls_context)
    try:
        if login:
            client.login(*login)
        client.sendmail(sender, ["kunde@example.org"],
                        f"From: {sender}\r\nTo: kunde@example.org\r\nSubject: {subject}\r\n\r\nZeile eins\r\n".encode())
        client.quit()
    finally:
        client.close()  # also when the server refuses (the tests expect that): no socket left to the GC


def test_start_and_stop(window, qtbot):
    assert window.windowFlags() & window.windowFlags().Window
    with qtbot.waitSignal(window.serverStarted, timeout=WAIT) as started:
        window.ui.startButton.click()
    assert window.server is not None and window.server.running
    assert started.args == [window.server.address]
    assert not window.ui.startButton.isEnabled() and window.ui.stopButton.isEnabled()
    assert not window.ui.connectionGroup.isEnabled()
    assert window.server.address in window.ui.statusLabel.text()
    server = window.server
    with qtbot.waitSignal(window.serverStopped, timeout=WAIT):
        window.ui.stopButton.click()
    assert not server.running and window.server is None
    assert window.ui.startButton.isEnabled() and not window.ui.useProfileButton.isEnabled()


def test_closing_the_window_stops_the_server(window, qtbot):
    window.show()
    assert window.start_server()
    server = window.server
    with qtbot.waitSignal(window.serverStopped, timeout=WAIT):
        window.close()
    assert not server.running


def test_a_message_arriving_shows_in_the_list_and_the_viewer(window, qtbot):
    window.ui.tlsCombo.setCurrentIndex(1)  # STARTTLS
    window.ui.authGroup.setChecked(True)
    window.ui.userEdit.setText(USER)
    window.ui.passwordEdit.setText(PASSWORD)
    window.ui.domainsEdit.setText("firma.de, firma.at")
    assert window.start_server()
    context = ssl.create_default_context(cafile=str(window.server.ca_file))
    with qtbot.waitSignal(window.messageReceived, timeout=WAIT):
        _send(window, tls_context=context, login=(USER, PASSWORD))
    assert window.ui.messageList.topLevelItemCount() == 1
    item = window.ui.messageList.topLevelItem(0)
    assert item.text(1) == "SwyxWare@firma.de" and item.text(3) == "Hallo aus dem Test"
    view = window.ui.messageView.toPlainText()
    assert "Subject: Hallo aus dem Test" in view and "Zeile eins" in view and f"Authenticated user: {USER}" in view
    qtbot.waitUntil(lambda: "Message received from <SwyxWare@firma.de>" in window.ui.logView.toPlainText(),
                    timeout=WAIT)
    log = window.ui.logView.toPlainText()
    assert "C: STARTTLS" in log and f"Authenticated as {USER}" in log
    assert PASSWORD not in log


def test_refusals_show_in_the_log(window, qtbot):
    window.ui.domainsEdit.setText("firma.de")
    window.ui.rcptFaultCheck.setChecked(True)
    assert window.start_server()
    with pytest.raises(smtplib.SMTPSenderRefused):
        _send(window, sender="x@fremd.de")
    qtbot.waitUntil(lambda: "Refused at MAIL FROM: 550" in window.ui.logView.toPlainText(), timeout=WAIT)
    with pytest.raises(smtplib.SMTPRecipientsRefused):
        _send(window)
    qtbot.waitUntil(lambda: "Refused at RCPT TO: 550" in window.ui.logView.toPlainText(), timeout=WAIT)
    assert window.ui.messageList.topLevelItemCount() == 0


def test_faults_from_the_widgets(window):
    window.ui.greetingFaultCheck.setChecked(True)
    window.ui.dataFaultCheck.setChecked(True)
    window.ui.delayCheck.setChecked(True)
    window.ui.delayStageCombo.setCurrentIndex(4)
    window.ui.delaySpin.setValue(2.5)
    assert [f.spec() for f in window.faults()] == ["greeting-421", "data-554", "delay:rcpt:2.5"]


def test_missing_password_is_reported_not_started(window):
    window.ui.authGroup.setChecked(True)
    window.ui.userEdit.setText(USER)
    assert not window.start_server()
    assert window.server is None and "password" in window.ui.statusLabel.text()


def test_port_in_use_is_reported_in_the_window(window, qtbot):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        window.ui.portSpin.setValue(busy.getsockname()[1])
        assert not window.start_server()
    assert "already in use" in window.ui.statusLabel.text() and window.ui.startButton.isEnabled()


def test_tls_mode_moves_the_default_port(qtbot):
    win = LocalServerWindow(Profiles())
    qtbot.addWidget(win)
    assert win.ui.portSpin.value() == 2525
    win.ui.tlsCombo.setCurrentIndex(2)
    assert win.ui.portSpin.value() == 2465
    win.ui.portSpin.setValue(3000)
    win.ui.tlsCombo.setCurrentIndex(1)
    assert win.ui.portSpin.value() == 3000  # the user's own port stays


@pytest.mark.parametrize("tls_index, security", [(1, Security.STARTTLS), (2, Security.IMPLICIT)])
def test_use_in_a_new_profile_creates_profile_and_keychain_entry(window, qtbot, monkeypatch, memory_keyring,
                                                                 tls_index, security):
    window.ui.tlsCombo.setCurrentIndex(tls_index)
    window.ui.authGroup.setChecked(True)
    window.ui.userEdit.setText(USER)
    window.ui.passwordEdit.setText(PASSWORD)
    window.ui.plainCheck.setChecked(False)
    window.ui.loginCheck.setChecked(False)  # CRAM-MD5 only
    window.ui.domainsEdit.setText("firma.de")
    assert window.start_server()
    asked = {}

    def fake_get_text(parent, title, label, text=""):
        asked.update(title=title, label=label, text=text)
        return "Testserver"

    monkeypatch.setattr(ask, "get_text", fake_get_text)
    with qtbot.waitSignal(window.profileCreated, timeout=WAIT) as created:
        window.ui.useProfileButton.click()
    assert created.args == ["Testserver"]
    assert "SHA-256" in asked["label"] and window.server.sha256[:2].upper() in asked["label"]
    profiles = Profiles()
    settings = profiles.get("Testserver")
    assert settings.server == "127.0.0.1" and settings.port == window.server.port
    assert settings.security is security and settings.ca_file == str(window.server.ca_file)
    assert settings.tls_mode in (TlsMode.STARTTLS, TlsMode.IMPLICIT)
    assert settings.use_auth and settings.username == USER and settings.mechanism is AuthMechanism.CRAM_MD5
    assert settings.sender == "SwyxWare@firma.de" and validate(settings) == []
    assert secrets.get_password("Testserver") == PASSWORD
    assert PASSWORD not in paths.config_file().read_text()
    # The profile really works against the server: a verifying client with its CA file.
    context = ssl.create_default_context(cafile=settings.ca_file)
    with qtbot.waitSignal(window.messageReceived, timeout=WAIT):
        _send(window, tls_context=context, login=(settings.username, secrets.get_password("Testserver")))


def test_use_in_a_new_profile_without_tls_or_auth(window, qtbot, monkeypatch):
    assert window.start_server()
    monkeypatch.setattr(ask, "get_text", lambda parent, title, label, text="": text)
    with qtbot.waitSignal(window.profileCreated, timeout=WAIT) as created:
        window.use_in_new_profile()
    settings = Profiles().get(created.args[0])
    assert created.args[0].startswith("Local test server")
    assert settings.security is Security.PLAIN and not settings.use_auth and settings.ca_file == ""


def test_use_in_a_new_profile_cancelled_or_name_taken(window, qtbot, monkeypatch):
    assert window.start_server()
    monkeypatch.setattr(ask, "get_text", lambda *a, **k: None)
    assert window.use_in_new_profile() is None and Profiles().names() == []
    monkeypatch.setattr(ask, "get_text", lambda *a, **k: "Doppelt")
    assert window.use_in_new_profile() == "Doppelt"
    assert window.use_in_new_profile() is None
    assert "exists already" in window.ui.statusLabel.text() and Profiles().names() == ["Doppelt"]


def test_the_session_log_shows_no_form_of_the_password(window, qtbot):
    """AUTH LOGIN before STARTTLS (538), then the continuations anyway: the log shows the refusals only."""
    from .test_security import auth_login_after_538, leaked

    window.ui.tlsCombo.setCurrentIndex(TLS_BY_INDEX.index("starttls"))
    window.ui.authGroup.setChecked(True)
    window.ui.userEdit.setText(USER)
    window.ui.passwordEdit.setText(PASSWORD)
    assert window.start_server()
    auth_login_after_538(window.server.host, window.server.port)
    qtbot.waitUntil(lambda: "Connection closed" in window.ui.logView.toPlainText(), timeout=WAIT)
    log = window.ui.logView.toPlainText()
    assert "538" in log and "500 5.5.2 Error: command not recognized" in log
    assert not leaked(log)


def _log_at_end(win) -> bool:
    bar = win.ui.logView.verticalScrollBar()
    return bar.maximum() > 0 and bar.value() == bar.maximum()


def test_the_session_log_follows_its_end_across_stop_and_start(window, qtbot):
    window.resize(900, 900)
    window.ui.tlsCombo.setCurrentIndex(1)  # STARTTLS: four lines of status while running, one when stopped
    window.ui.portSpin.setValue(0)
    window.show()
    qtbot.waitExposed(window)
    for _round in range(2):  # the finding: after stop/start newer lines stayed hidden
        assert window.start_server()
        context = ssl.create_default_context(cafile=str(window.server.ca_file))
        for n in range(8):
            _send(window, tls_context=context, subject=f"Nachricht {n}")
        qtbot.waitUntil(lambda: window.ui.messageList.topLevelItemCount() >= 8 * (_round + 1), timeout=WAIT)
        qtbot.waitUntil(lambda: window.ui.logView.toPlainText().rstrip().endswith("Connection closed"),
                        timeout=WAIT)
        assert _log_at_end(window) and window.follows_log
        with qtbot.waitSignal(window.serverStopped, timeout=WAIT):
            window.ui.stopButton.click()
        qtbot.waitUntil(lambda: window.ui.logView.toPlainText().rstrip().endswith("Stopped"), timeout=WAIT)
        assert _log_at_end(window)


def test_the_session_log_stays_where_the_user_scrolled(window, qtbot):
    window.resize(700, 500)
    window.show()
    qtbot.waitExposed(window)
    assert window.start_server()
    for n in range(6):
        _send(window, subject=f"Nachricht {n}")
    qtbot.waitUntil(lambda: window.ui.messageList.topLevelItemCount() == 6, timeout=WAIT)
    bar = window.ui.logView.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 10, timeout=WAIT)
    bar.setValue(3)  # the user reads an earlier session
    assert not window.follows_log
    _send(window, subject="später")
    qtbot.waitUntil(lambda: window.ui.messageList.topLevelItemCount() == 7, timeout=WAIT)
    qtbot.waitUntil(lambda: "später" in window.ui.messageView.toPlainText()
                    or window.ui.messageList.topLevelItemCount() == 7, timeout=WAIT)
    assert bar.value() == 3
    bar.setValue(bar.maximum())  # back at the end: following again
    assert window.follows_log


@pytest.fixture
def german(qapp):
    from swyxon_desktop.gui.app import create_app

    create_app(["--lang", "de"])
    yield
    create_app(["--lang", "en"])


def test_stop_reads_as_stop_in_german(german, window, qtbot):
    assert window.ui.stopButton.text().replace("&", "") == "Stoppen"
    assert window.start_server()
    with qtbot.waitSignal(window.serverStopped, timeout=WAIT):
        window.ui.stopButton.click()
    assert window.ui.statusLabel.text().startswith("Gestoppt.")
    qtbot.waitUntil(lambda: window.ui.logView.toPlainText().rstrip().endswith("Gestoppt"), timeout=WAIT)
    assert "Beende" not in window.ui.logView.toPlainText() + window.ui.statusLabel.text()


def test_a_policy_warning_is_shown_in_the_window_language(german, window):
    from swyxon_desktop.testserver import LocalServer, ServerPolicy
    from swyxon_desktop.testserver.server import ServerEvent

    policy = ServerPolicy(host="0.0.0.0", port=0)  # the CLI's --host: listens beyond this computer
    [english] = policy.warning_texts("en")
    [german_text] = policy.warning_texts("de")
    assert german_text != english
    window._last_server = LocalServer(policy)  # not started: only its policy is read
    window._on_event(ServerEvent("warning", None, english, {"text": english}))
    assert window.ui.logView.toPlainText().endswith(german_text)


def test_the_new_profile_password_goes_to_the_keychain_off_the_gui_thread(window, qtbot, monkeypatch):
    """A slow or locked keychain must not freeze the window: the password is stored by a worker thread,
    and the profile is announced once the keychain has it."""
    window.ui.tlsCombo.setCurrentIndex(1)
    window.ui.authGroup.setChecked(True)
    window.ui.userEdit.setText(USER)
    window.ui.passwordEdit.setText(PASSWORD)
    assert window.start_server()
    stored_in = []
    real_set = secrets.set_password

    def set_password(profile: str, password: str) -> None:
        stored_in.append(threading.current_thread())
        real_set(profile, password)

    monkeypatch.setattr(secrets, "set_password", set_password)
    monkeypatch.setattr(ask, "get_text", lambda *a, **k: "Im Hintergrund")
    with qtbot.waitSignal(window.profileCreated, timeout=WAIT) as created:
        assert window.use_in_new_profile() == "Im Hintergrund"
    assert created.args == ["Im Hintergrund"]
    assert stored_in and threading.main_thread() not in stored_in
    assert secrets.get_password("Im Hintergrund") == PASSWORD
    assert "now points at this server" in window.ui.statusLabel.text()


def test_a_keychain_refusal_for_the_new_profile_is_shown(window, qtbot, monkeypatch):
    window.ui.tlsCombo.setCurrentIndex(1)
    window.ui.authGroup.setChecked(True)
    window.ui.userEdit.setText(USER)
    window.ui.passwordEdit.setText(PASSWORD)
    assert window.start_server()

    def refuse(profile: str, password: str) -> None:
        raise secrets.KeychainError(secrets.MSG_FAILED, "locked")

    monkeypatch.setattr(secrets, "set_password", refuse)
    monkeypatch.setattr(ask, "get_text", lambda *a, **k: "Gesperrt")
    with qtbot.waitSignal(window.profileCreated, timeout=WAIT):
        window.use_in_new_profile()
    assert "could not be stored" in window.ui.statusLabel.text()
    assert Profiles().get("Gesperrt").use_auth  # the settings are kept; only the password is missing

"""The keychain is asked in a worker thread: a keychain that waits (locked: the OS unlock prompt; a hanging
Secret Service: the D-Bus timeout) never freezes the window, and closing the window never loses the write.

The backend here blocks its calls on a threading.Event until the test releases it, like a keychain whose
unlock prompt is still open.
"""
from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer

from swyxon_desktop import secrets
from swyxon_desktop.gui import MainWindow
from swyxon_desktop.profiles import Profiles
from swyxon_desktop.store import Store
from tests.conftest import MemoryKeyring

from .conftest import REALISTIC, fill, keychain_answered, type_into

PASSWORD = "Geheim-Kennwort-42"
KEY = (secrets.SERVICE, "smtp:Platform")
#: The largest pause the event loop may take while the keychain waits (the issue: under 50 ms).
MAX_GAP_S = 0.050


class BlockingKeyring(MemoryKeyring):
    """A memory keyring whose calls named in ``block`` wait until ``release`` is set (at most 10 s)."""

    def __init__(self) -> None:
        super().__init__()
        self.block: set[str] = set()
        self.entered = threading.Event()  # a blocked call is waiting now
        self.release = threading.Event()
        self.threads: set[str] = set()  # the threads that called the keychain

    def _gate(self, method: str) -> None:
        self.threads.add(threading.current_thread().name)
        if method in self.block:
            self.entered.set()
            if not self.release.wait(10):
                raise TimeoutError("the test never released the keychain")

    def get_password(self, service, username):
        self._gate("get_password")
        return super().get_password(service, username)

    def set_password(self, service, username, password):
        self._gate("set_password")
        super().set_password(service, username, password)

    def delete_password(self, service, username):
        self._gate("delete_password")
        super().delete_password(service, username)


@pytest.fixture
def blocking_keyring(memory_keyring):
    backend = BlockingKeyring()
    secrets.set_backend(backend)
    yield backend
    backend.release.set()  # never leave a worker waiting
    secrets.set_backend(memory_keyring)


class Ticker:
    """A QTimer every 10 ms, recording when it fired: the event loop's heartbeat."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.ticks.append(time.monotonic()))
        self.timer.start()

    def max_gap_since(self, index: int) -> float:
        ticks = self.ticks[index:]
        return max(b - a for a, b in zip(ticks, ticks[1:]))


@pytest.fixture
def ticker(app):
    beat = Ticker()
    yield beat
    beat.timer.stop()


def _saving_blocked(make_window, qtbot, keyring):
    """A window whose Save has written the settings and waits for the keychain's set_password."""
    w = make_window()
    fill(qtbot, w, REALISTIC, password=PASSWORD)
    keyring.block = {"set_password"}
    assert w.save() is True
    qtbot.waitUntil(keyring.entered.is_set, timeout=5000)
    return w


def test_save_keeps_the_event_loop_running_while_the_keychain_write_waits(make_window, qtbot, blocking_keyring,
                                                                          ticker):
    w = _saving_blocked(make_window, qtbot, blocking_keyring)
    assert Store().get("Platform") == REALISTIC  # the settings first, without waiting for the keychain
    start = len(ticker.ticks)
    qtbot.waitUntil(lambda: len(ticker.ticks) >= start + 30, timeout=5000)  # >= 300 ms of a waiting keychain
    gap = ticker.max_gap_since(start)
    assert gap < MAX_GAP_S, f"the event loop stood still for {gap * 1000:.0f} ms"
    # Still waiting: nothing stored, nothing reported as saved, and Save/profile switching cannot race it.
    assert blocking_keyring.data == {} and w.keychain_writing
    assert "MainThread" not in blocking_keyring.threads
    assert "saved" not in w.message_text()
    assert not w.ui.saveButton.isEnabled() and not w.ui.actionSave.isEnabled()
    assert not w.ui.profileCombo.isEnabled() and not w.ui.deleteProfileButton.isEnabled()
    assert w.ui.statusLabel.text() == "Waiting for the keychain…"
    assert w.ui.serverEdit.isEnabled()  # the form stays usable

    blocking_keyring.release.set()
    keychain_answered(qtbot, w)
    assert blocking_keyring.data[KEY] == PASSWORD
    assert w.message_text() == "The profile “Platform” was saved."
    assert w.ui.messageBar.property("level") == "success"
    assert w.form.password_stored is True and w.form.password == "" and not w.form.is_dirty
    assert w.ui.passwordEdit.text() == ""
    assert w.ui.passwordEdit.placeholderText() == "Stored in the keychain – leave empty to keep it"
    assert w.ui.saveButton.isEnabled() and w.ui.profileCombo.isEnabled()
    assert w.ui.statusLabel.text() == ""


def test_a_keychain_failure_after_the_wait_is_reported_as_today(make_window, qtbot, blocking_keyring):
    w = _saving_blocked(make_window, qtbot, blocking_keyring)
    blocking_keyring.locked = True  # the user dismissed the unlock prompt
    blocking_keyring.release.set()
    keychain_answered(qtbot, w)
    assert Store().get("Platform") == REALISTIC and blocking_keyring.data == {}
    message = w.message_text()
    assert "were saved, but the password could not be stored in the keychain" in message and "locked" in message
    assert PASSWORD not in message and w.ui.messageBar.property("level") == "warning"
    assert w.form.password == PASSWORD and w.form.is_dirty  # kept for another try
    assert w.ui.saveButton.isEnabled()


def test_the_start_up_question_does_not_block_the_window(qtbot, blocking_keyring, ticker):
    Profiles().save("Platform", REALISTIC, PASSWORD)
    blocking_keyring.block = {"get_password"}
    w = MainWindow()  # by hand: make_window waits for the answer
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(blocking_keyring.entered.is_set, timeout=5000)
    start = len(ticker.ticks)
    qtbot.waitUntil(lambda: len(ticker.ticks) >= start + 20, timeout=5000)
    assert ticker.max_gap_since(start) < MAX_GAP_S
    assert w.keychain_check_pending and w.form.password_stored is None
    assert w.ui.passwordEdit.placeholderText() == ""
    blocking_keyring.release.set()
    qtbot.waitUntil(lambda: not w.keychain_check_pending, timeout=5000)
    assert w.form.password_stored is True
    assert w.ui.passwordEdit.placeholderText() == "Stored in the keychain – leave empty to keep it"


def test_a_switch_with_save_queues_behind_the_write(make_window, qtbot, blocking_keyring, asker):
    Profiles().save("Platform", REALISTIC, "old-pw")
    Profiles().save("Tenant", REALISTIC.replace(server="mail.tenant.de"), "tenant-pw")
    w = make_window()
    assert w.form.name == "Platform" and w.form.password_stored is True
    type_into(qtbot, w.ui.serverEdit, "mail.neu.de")
    type_into(qtbot, w.ui.passwordEdit, PASSWORD)
    blocking_keyring.block = {"set_password"}
    asker.answer("choose", "save")
    assert w.select_profile("Tenant") is True  # "Save?" – yes: the settings are saved, the switch goes on
    qtbot.waitUntil(blocking_keyring.entered.is_set, timeout=5000)
    assert Store().get("Platform").server == "mail.neu.de"
    assert w.form.name == "Tenant" and w.form.password_stored is None  # its question waits behind the write
    assert w.keychain_check_pending and w.keychain_writing
    blocking_keyring.release.set()
    keychain_answered(qtbot, w)
    assert blocking_keyring.data[KEY] == PASSWORD
    assert w.form.name == "Tenant" and w.form.password_stored is True and w.form.password == ""
    assert not w.form.is_dirty  # Platform's typed password never reaches Tenant's form
    assert w.message_text() == "The profile “Platform” was saved."


def test_closing_while_the_password_is_written_closes_once_it_is_stored(make_window, qtbot, blocking_keyring,
                                                                       asker):
    w = _saving_blocked(make_window, qtbot, blocking_keyring)
    assert w.close() is False and w.isVisible()
    assert "closes as soon as it has answered" in w.message_text()
    blocking_keyring.release.set()
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=5000)
    assert blocking_keyring.data[KEY] == PASSWORD  # the write was finished, not dropped
    assert not w.keychain_busy
    assert asker.questions() == []


def test_closing_again_asks_and_close_anyway_still_finishes_the_write(make_window, qtbot, blocking_keyring,
                                                                      asker):
    w = _saving_blocked(make_window, qtbot, blocking_keyring)
    assert w.close() is False
    asker.answer("choose", "wait")
    assert w.close() is False and w.isVisible()
    asker.answer("choose", "close", "discard")  # close anyway; the typed password is not known to be stored
    assert w.close() is True and not w.isVisible()
    assert [q[3] for q in asker.questions()] == [["wait", "close"], ["wait", "close"], ["save", "discard", "cancel"]]
    # The worker was not killed: once the keychain answers, the password is there, and nothing crashes
    # on the closed window.
    blocking_keyring.release.set()
    keychain_answered(qtbot, w)
    assert blocking_keyring.data[KEY] == PASSWORD


def test_a_crash_in_the_keychain_job_is_reported_and_the_queue_goes_on(make_window, qtbot, monkeypatch):
    """A bug in a job (not a keychain answer) still ends the wait: reported, never with the exception's text."""

    def broken(profile, password):
        raise RuntimeError(f"bug while storing {password}")

    w = make_window()
    fill(qtbot, w, REALISTIC, password=PASSWORD)
    with monkeypatch.context() as patch:
        patch.setattr(secrets, "set_password", broken)
        assert w.save() is True
        keychain_answered(qtbot, w)
    message = w.message_text()
    assert "could not be stored in the keychain" in message and "RuntimeError" in message
    assert PASSWORD not in message and "bug while" not in message
    assert w.ui.saveButton.isEnabled() and not w.keychain_writing
    assert w.save() is True  # the next keychain job runs
    keychain_answered(qtbot, w)
    assert secrets.get_password("Platform") == PASSWORD and w.message_text() == "The profile “Platform” was saved."


def test_the_test_server_window_writes_its_new_profile_in_the_settings_windows_queue(
        make_window, qtbot, blocking_keyring, monkeypatch):
    """One keychain queue for the application: a profile created in the test server window waits behind the
    settings window's own write (the keychain follows the settings file in order), Save and the profile
    actions wait for both, and the settings window shows the new profile once it exists."""
    from swyxon_desktop.gui.shared import ask

    w = _saving_blocked(make_window, qtbot, blocking_keyring)
    server_window = w.show_local_test_server()
    assert server_window.keychain is w.keychain
    server_window.ui.portSpin.setValue(0)
    server_window.ui.authGroup.setChecked(True)  # a server with AUTH: the new profile gets its password
    server_window.ui.userEdit.setText("tester")
    server_window.ui.passwordEdit.setText("Test-Kennwort-7")
    try:
        assert server_window.start_server()
        monkeypatch.setattr(ask, "get_text", lambda *a, **k: "Testserver")
        assert server_window.use_in_new_profile() == "Testserver"
        assert "Testserver" in Store().names()  # the settings file at once …
        assert w.keychain.writing and w.keychain.waiting == 1  # … its password queued behind the first write
        assert not w.ui.saveButton.isEnabled() and not w.ui.profileCombo.isEnabled()
        blocking_keyring.release.set()
        qtbot.waitUntil(lambda: not w.keychain_busy, timeout=5000)
        # Both written, in the order the settings file changed; then the new profile is shown.
        assert list(blocking_keyring.data) == [KEY, (secrets.SERVICE, "smtp:Testserver")]
        assert w.form.name == "Testserver" and w.ui.saveButton.isEnabled()
    finally:
        server_window.stop_server()

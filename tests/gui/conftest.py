"""GUI test fixtures: a window factory, a scripted replacement for gui.ask, the language switch.

Every test runs on the offscreen platform (tests/conftest.py) with a temporary home and the in-memory
keychain. No real modal dialog can open: ``gui.ask`` is replaced for every test; a question nobody
scripted fails the test instead of blocking it.
"""
from __future__ import annotations

from collections import deque

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from swyxon_desktop.gui.shared import ask
from swyxon_desktop.gui.app import create_app
from swyxon_desktop.gui.settings.main_window import MainWindow
from swyxon_desktop.settings import AuthMechanism, MailSettings, TlsMode

REALISTIC = MailSettings(server="mail.firma.de", port=587, sender="SwyxWare@firma.de", use_ssl=True,
                         tls_mode=TlsMode.STARTTLS, use_auth=True, mechanism=AuthMechanism.AUTO,
                         username="swyxware")


QUESTION_KINDS = ("choose", "get_text", "get_password", "open_file", "save_file")  # gui.ask's functions


class Asker:
    """Stands in for gui.ask: answers from queues, records every question."""

    def __init__(self) -> None:
        self.queues: dict[str, deque] = {k: deque() for k in QUESTION_KINDS}
        self.calls: list[tuple] = []

    def answer(self, kind: str, *answers) -> "Asker":
        self.queues[kind].extend(answers)
        return self

    def _next(self, kind: str, call: tuple):
        self.calls.append(call)
        if not self.queues[kind]:
            raise AssertionError(f"unexpected question: {call!r}")
        return self.queues[kind].popleft()

    def choose(self, parent, title, text, choices, *, default=None, escape=None, icon="question"):
        keys = [key for key, _label in choices]
        answer = self._next("choose", ("choose", title, text, keys))
        assert answer in keys, f"{answer!r} is not one of the offered choices {keys}"
        return answer

    def get_text(self, parent, title, label, text=""):
        return self._next("get_text", ("get_text", title, label, text))

    def get_password(self, parent, title, label):
        return self._next("get_password", ("get_password", title, label))

    def open_file(self, parent, title, filter=""):  # noqa: A002
        return self._next("open_file", ("open_file", title, filter))

    def save_file(self, parent, title, suggested="", filter=""):  # noqa: A002
        return self._next("save_file", ("save_file", title, suggested, filter))

    def questions(self, kind: str = "choose") -> list[tuple]:
        return [c for c in self.calls if c[0] == kind]


@pytest.fixture(autouse=True)
def asker(monkeypatch) -> Asker:
    a = Asker()
    for name in QUESTION_KINDS:
        monkeypatch.setattr(ask, name, getattr(a, name))
    return a


@pytest.fixture
def app(qapp) -> QApplication:
    """The application in English; any language switch of a test is undone afterwards."""
    application = create_app(["--lang", "en"])
    yield application
    create_app(["--lang", "en"])


@pytest.fixture
def set_language(app):
    def switch(lang: str) -> QApplication:
        return create_app(["--lang", lang])

    return switch


def _discard_edits(window: MainWindow) -> None:
    # The test is over: close without the unsaved-changes question.
    form = window.form
    form.load(form.name, form.settings, revision=form.revision, is_new=form.is_new,
              password_stored=form.password_stored)


@pytest.fixture
def make_window(qtbot, app):
    """MainWindow() from the default store, shown, with its start-up keychain check done."""

    def make(show: bool = True, **kwargs) -> MainWindow:
        window = MainWindow(**kwargs)
        qtbot.addWidget(window, before_close_func=_discard_edits)
        if show:
            window.show()
            qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: not window.keychain_check_pending, timeout=5000)
        return window

    return make


def type_into(qtbot, widget, text: str) -> None:
    """Replace a line edit's text the way a user does (select all, type)."""
    widget.selectAll()
    if text.isascii() and text:
        qtbot.keyClicks(widget, text)  # typing replaces the selection
    elif text:  # QTest types ASCII only: send the key events for other characters ourselves
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    elif widget.text():
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def set_checked(widget, on: bool) -> None:
    if widget.isChecked() != on:
        widget.click()


def fill(qtbot, window: MainWindow, settings: MailSettings, password: str | None = None) -> None:
    """Enter ``settings`` through the widgets, like a user."""
    ui = window.ui
    type_into(qtbot, ui.serverEdit, settings.server)
    type_into(qtbot, ui.portEdit, str(settings.port))
    type_into(qtbot, ui.senderEdit, settings.sender)
    set_checked(ui.sslCheck, settings.use_ssl)
    if settings.use_ssl:
        ui.tlsModeCombo.setCurrentIndex(ui.tlsModeCombo.findData(settings.tls_mode.value))
        type_into(qtbot, ui.caFileEdit, settings.ca_file)
    set_checked(ui.authCheck, settings.use_auth)
    if settings.use_auth:
        ui.mechanismCombo.setCurrentIndex(ui.mechanismCombo.findData(settings.mechanism.value))
        type_into(qtbot, ui.usernameEdit, settings.username)
        if password:
            type_into(qtbot, ui.passwordEdit, password)
        if not settings.use_ssl:
            set_checked(ui.allowInsecureCheck, settings.allow_insecure_auth)


def keychain_answered(qtbot, window: MainWindow, timeout: int = 5000) -> None:
    """Wait until the window's keychain operations (worker thread) have all been answered."""
    qtbot.waitUntil(lambda: not window.keychain_busy, timeout=timeout)

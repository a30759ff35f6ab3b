"""The one keychain queue of the application: every window's keychain change and question, in order.

Keychain calls (Secret Service over D-Bus) may wait for an unlock prompt or a D-Bus timeout, so they run
in a worker thread (:class:`~swyxon_desktop.gui.shared.worker.Operation`), **one at a time, in the order
asked**: each window changes the settings file on the GUI thread first (a ``Profiles`` operation hands
back a keychain step), so the keychain follows the file exactly — even when the settings window saves
a password while the test server window creates a profile with one. The settings window owns the
queue and hands it to the windows it opens; a window opened on its own makes its own.

:attr:`KeychainQueue.changed` says that the number of queued or running calls changed (the settings
window disables Save and the profile actions while a change is pending and closes only once it has
been answered).
"""
from __future__ import annotations

import logging
from collections import deque
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Signal

from swyxon_desktop.gui.shared.keychain_job import KeychainAnswer, keychain_job
from swyxon_desktop.secrets import MSG_FAILED, KeychainError

if TYPE_CHECKING:
    from swyxon_desktop.profiles import KeychainStep, Profiles

log = logging.getLogger("swyxon_desktop.gui")


class KeychainQueue(QObject):
    """Keychain steps and "is a password stored?" questions for one :class:`Profiles`, in order."""

    #: The queue changed (a call was queued, or one was answered and its ``done`` has run).
    changed = Signal()

    def __init__(self, profiles: "Profiles", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profiles = profiles
        self._jobs: deque = deque()  # (call, done, write, check) waiting for their turn
        self._op = None  # the Operation running now
        self._current: tuple | None = None  # its (done, write, check)
        self._writes = 0  # queued or running calls that change the keychain
        self._checks = 0  # queued or running "is a password stored?" questions

    @property
    def busy(self) -> bool:
        """A call (a question or a change) is queued or running."""
        return self._op is not None or bool(self._jobs)

    @property
    def waiting(self) -> int:
        """Calls queued behind the one running now."""
        return len(self._jobs)

    @property
    def writing(self) -> bool:
        """A password is being written, moved or removed."""
        return self._writes > 0

    @property
    def checking(self) -> bool:
        """A question "is a password stored?" is queued or running."""
        return self._checks > 0

    def run(self, call: "KeychainStep | None", done: Callable[[KeychainAnswer], None] | None, *,
            write: bool = False, check: str | None = None) -> None:
        """Queue ``call`` (a keychain change when ``write``) and then the question "is a password stored
        for ``check``?"; ``done(answer)`` runs in the GUI thread once both are answered. A step that raises
        (a bug, not a keychain answer) is answered with a :class:`KeychainError` naming only the
        exception's type: its text might quote an argument."""
        self._jobs.append((call, done, write, check))
        self._writes += write
        self._checks += check is not None
        self.changed.emit()
        self._start_next()

    def _start_next(self) -> None:
        if self._op is not None or not self._jobs:
            return
        from swyxon_desktop.gui.shared.worker import Operation  # not at start-up: the first call comes after show

        call, done, write, check = self._jobs.popleft()
        op = Operation(keychain_job(self.profiles, call, check), name="keychain")
        op.finished.connect(self._on_finished)
        op.crashed.connect(self._on_crashed)
        self._op, self._current = op, (done, write, check)
        op.start()

    def _on_crashed(self, text: str) -> None:
        kind = text.split(":", 1)[0]
        log.error("keychain operation failed: %s", kind)
        self._on_finished(KeychainAnswer(error=KeychainError(MSG_FAILED, kind)))

    def _on_finished(self, answer: KeychainAnswer) -> None:
        if self._current is None:
            return
        done, write, check = self._current
        self._op = self._current = None
        try:
            if done is not None:
                done(answer)
        finally:
            self._checks -= check is not None
            self._writes -= write
            self._start_next()
            self.changed.emit()

"""A password looked up in the background while the connection is set up (Qt-free, imports nothing heavy).

The CLI starts the keychain lookup first thing, before importing the engine; the engine's AUTH stage
waits for it. Importing this module costs nothing: ``swyxon_desktop.smtp`` loads its parts lazily.
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from swyxon_desktop.smtp.session import Run


POLL_S = 0.02  # how often a wait for a helper thread looks at the cancel flag and the time limit


class BackgroundCall:
    """``call()`` in a daemon helper thread from now on; :meth:`wait` takes its result or raises its
    exception, while cancel and a time limit still apply (the keychain lookup, name resolution)."""

    def __init__(self, call: Callable[[], object], *, name: str):
        self._done = threading.Event()
        self._value: object = None
        self._error: BaseException | None = None

        def work() -> None:
            try:
                self._value = call()
            except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
                self._error = exc
            self._done.set()

        threading.Thread(target=work, name=name, daemon=True).start()

    def wait(self, run: "Run", expired: Callable[[], bool], timeout_message: str) -> object:
        while not self._done.wait(POLL_S):
            run.check_cancel()
            if expired():
                raise TimeoutError(timeout_message)
        if self._error is not None:
            raise self._error
        return self._value


class PasswordFetch(BackgroundCall):
    """A password that is looked up (e.g. in the keychain) while the connection is being set up.

    ``source()`` runs in a helper thread from the start of the run; the AUTH stage waits for it (cancel
    and deadline still apply). Its exception — e.g. ``KeychainError`` (keyring_unavailable) — becomes
    the run's failure at the AUTH stage. The keychain's D-Bus round trips thus overlap DNS, TCP, the
    greeting, EHLO and the TLS handshake instead of delaying them.
    """

    def __init__(self, source: Callable[[], str | None]):
        super().__init__(source, name="smtp-password")

    def get(self, run: "Run") -> str | None:
        return self.wait(run, lambda: run.remaining() <= 0,  # type: ignore[return-value]
                         "the password lookup did not finish in time")

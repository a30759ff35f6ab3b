"""A password looked up in the background while the connection is set up (Qt-free, imports nothing heavy).

The CLI starts the keychain lookup first thing, before importing the engine; the engine's AUTH stage
waits for it. Importing this module costs nothing: ``swyxon_desktop.smtp`` loads its parts lazily.
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from swyxon_desktop.smtp.session import Run


class PasswordFetch:
    """A password that is looked up (e.g. in the keychain) while the connection is being set up.

    ``source()`` runs in a helper thread from the start of the run; the AUTH stage waits for it (cancel
    and deadline still apply). Its exception — e.g. ``KeychainError`` (keyring_unavailable) — becomes
    the run's failure at the AUTH stage. The keychain's D-Bus round trips thus overlap DNS, TCP, the
    greeting, EHLO and the TLS handshake instead of delaying them.
    """

    def __init__(self, source: Callable[[], str | None]):
        self._done = threading.Event()
        self._value: str | None = None
        self._error: BaseException | None = None

        def work() -> None:
            try:
                self._value = source()
            except BaseException as exc:  # noqa: BLE001 - handed to the run at AUTH
                self._error = exc
            self._done.set()

        threading.Thread(target=work, name="smtp-password", daemon=True).start()

    def get(self, run: "Run") -> str | None:
        while not self._done.wait(0.02):
            run.check_cancel()
            if run.remaining() <= 0:
                raise TimeoutError("the password lookup did not finish in time")
        if self._error is not None:
            raise self._error
        return self._value

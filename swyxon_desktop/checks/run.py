"""The machinery every check runs on: cancel, deadline, background calls, stage events and statuses.

Qt-free, and cheap to import (threading, time — no socket, smtplib or ssl): the CLI starts the keychain
lookup (:class:`PasswordFetch`) before it imports the SMTP engine. The protocol engines below this layer
(``smtp/``, ``delivery/``) run on it; the check kinds above it (``checks/kinds.py``, ``checks/bulk.py``)
start and cancel runs with it.

* :class:`CancelToken` — cancel from any thread: a flag plus shutting down and closing every socket the
  run registered, which wakes any blocking connect/recv/handshake at once; child tokens for sub-runs.
* :class:`Deadline` — a run's clock: time since the start, time left, expired.
* :class:`BackgroundCall` — a call in a daemon helper thread whose result a run waits for while cancel
  and its deadline still apply (name resolution, the keychain); :class:`PasswordFetch` is the password's.
* :class:`Status` and :class:`StageEvent` — what a stage list shows, as data.
"""
from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import dataclass
from enum import Enum
from typing import Callable

POLL_S = 0.02  # how often a wait for a helper thread looks at the cancel flag and the time limit


class Status(str, Enum):
    """The status of a stage (and of a probe's attempt). A ``str``: ``Status.OK == "ok"``; JSON writes the value."""

    STARTED = "started"
    OK = "ok"
    FAILED = "failed"
    CANCELLED = "cancelled"  # the user cancelled the run during this stage: no conclusion about it
    SKIPPED = "skipped"  # not needed (a probe's attempt answered the other way)

    __str__ = str.__str__
    __format__ = str.__format__  # type: ignore[assignment]


@dataclass(frozen=True)
class StageEvent:
    """One step of a run, for a live stage list. Emitted from the worker thread.

    ``elapsed_ms``: the stage's own duration so far (0 when started). ``at_ms``: since the run began.
    ``detail``: a short technical note ("TLSv1.3 …", "PLAIN", "250 2.0.0 Ok: queued …") — not translated,
    never a secret; ``template``/``args``: its English source and values when it is a translatable text
    (context "Smtp"). ``category``: a failed (or cancelled) stage's failure category (``failures.Category``
    value), "" otherwise.
    """

    stage: str
    status: Status
    elapsed_ms: float
    detail: str = ""
    at_ms: float = 0.0
    template: str = ""
    args: tuple = ()
    category: str = ""

    def detail_text(self, lang: str | None = None) -> str:
        """The detail in the user's language (the CLI; the GUI translates ``template`` with Qt)."""
        if not self.template:
            return self.detail
        from swyxon_desktop.i18n import translate

        return translate("Smtp", self.template, lang).format(*self.args)

    def to_dict(self) -> dict:
        return {"stage": self.stage, "status": str(self.status), "elapsed_ms": round(self.elapsed_ms, 1),
                "detail": self.detail, "at_ms": round(self.at_ms, 1)}


def abort_socket(sock) -> None:
    # shutdown() on the plain socket level wakes a thread blocked in connect/recv/handshake on it (also
    # for an SSLSocket: the base-class method bypasses the TLS layer); close() then releases it.
    import socket

    with contextlib.suppress(OSError, ValueError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    with contextlib.suppress(OSError, ValueError):
        sock.close()


class CancelToken:
    """Cancel a run from any thread. ``cancel()`` returns at once; the run ends within milliseconds."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._sockets: set = set()
        self._children: list[CancelToken] = []
        self.reason: str | None = None  # "cancelled", "deadline" or "superseded" (probe)

    def cancel(self, reason: str = "cancelled") -> None:
        with self._lock:
            if self._event.is_set():
                return
            self.reason = reason
            self._event.set()
            sockets, children = list(self._sockets), list(self._children)
        for sock in sockets:
            abort_socket(sock)
        for child in children:
            child.cancel(reason)

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._event.wait(timeout)

    def child(self) -> CancelToken:
        """A token cancelled with this one (and on its own, e.g. by a deadline)."""
        token = CancelToken()
        with self._lock:
            if not self._event.is_set():
                self._children.append(token)
                return token
        token.cancel(self.reason or "cancelled")
        return token

    def forget(self, child: CancelToken) -> None:
        with self._lock:
            if child in self._children:
                self._children.remove(child)

    def attach(self, sock) -> None:
        """Close ``sock`` on cancel (at once, if the token is cancelled already)."""
        with self._lock:
            if not self._event.is_set():
                self._sockets.add(sock)
                return
        abort_socket(sock)

    def detach(self, sock) -> None:
        with self._lock:
            self._sockets.discard(sock)


class Deadline:
    """A run's clock: started now, ``seconds`` to go."""

    def __init__(self, seconds: float):
        self.started = time.monotonic()
        self.seconds = seconds

    def elapsed_s(self) -> float:
        return time.monotonic() - self.started

    def elapsed_ms(self) -> float:
        return (time.monotonic() - self.started) * 1000

    def remaining(self) -> float:
        return self.seconds - (time.monotonic() - self.started)

    def expired(self) -> bool:
        return self.remaining() <= 0


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

    def wait(self, check_cancel: Callable[[], None], expired: Callable[[], bool], timeout_message: str) -> object:
        """The result; ``check_cancel()`` (raises when cancelled) and ``expired()`` asked every :data:`POLL_S`."""
        while not self._done.wait(POLL_S):
            check_cancel()
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
    greeting, EHLO and the TLS handshake instead of delaying them. Made by ``checks/credentials.py``.
    """

    def __init__(self, source: Callable[[], str | None]):
        super().__init__(source, name="smtp-password")

    def get(self, run) -> str | None:
        """Wait within ``run`` (anything with ``check_cancel()`` and ``remaining()``: ``smtp.session.Run``)."""
        return self.wait(run.check_cancel, lambda: run.remaining() <= 0,  # type: ignore[return-value]
                         "the password lookup did not finish in time")

"""Background work as an op object: run a blocking engine call off the GUI thread.

An :class:`Operation` runs ``job(ctx)`` in a worker thread. The job touches no widget; what it reports
reaches the GUI thread only through Qt signals delivered *queued* (an internal bridge QObject is emitted
from the worker thread, its signals are connected to the operation's with ``QueuedConnection``):

* ``progress(StageEvent)``  – ``ctx.on_event``
* ``line(TranscriptLine)``  – ``ctx.on_line``
* ``row(object)``           – ``ctx.on_row`` (a probe's matrix rows, from several threads)
* ``finished(object)``      – the job's return value (``SendResult`` / ``ProbeResult``)
* ``crashed(str)``          – the job raised (a bug): the exception's type and text

A job returns an object (a dataclass), never ``None``, ``True`` or ``False``, and the callbacks get
objects too: PySide6 6.12 drops a reference to those singletons on every emission through
``Signal(object)``, and the interpreter aborts once the count reaches zero. Internally the outcome
travels wrapped in a plain object for the same reason.

Exactly one of ``finished``/``crashed`` is emitted, after every ``progress``/``line``/``row`` of the run
(one queue, in order). ``cancel()`` sets the engine's :class:`~swyxon_desktop.smtp.CancelToken`
(``ctx.token``), which closes the run's sockets: the job returns within milliseconds with category
``cancelled`` and ``finished`` follows.

Lifetime: an operation has no Qt parent (a parent's destruction must never pull it away from under a
running worker); the caller keeps a reference, and a running operation keeps itself alive until it has
finished, so a dialog may be closed while it runs. The bridge is the operation's child: the worker
thread only ever holds a reference to it, never the last owning one. Nothing in the GUI thread waits
for the worker (no join): the GUI thread never blocks on a thread the scheduler has not run yet::

    op = Operation(lambda ctx: send_test_mail(settings, pw, to, cancel=ctx.token,
                                              on_event=ctx.on_event, on_line=ctx.on_line))
    op.progress.connect(self._on_stage); op.finished.connect(self._on_result)
    op.start()
    ...
    op.cancel()
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any, Callable, ClassVar

from PySide6.QtCore import QObject, Qt, Signal

from swyxon_desktop.checks.run import CancelToken


class _Outcome:
    """The job's return value or error, carried through the queued signal as one plain object."""

    __slots__ = ("result", "error")

    def __init__(self, result: Any, error: str = ""):
        self.result, self.error = result, error


class _Bridge(QObject):
    """Emitted from the worker thread; lives in the GUI thread as the operation's child."""

    progress = Signal(object)
    line = Signal(object)
    row = Signal(object)
    done = Signal(object)  # _Outcome


@dataclass
class JobContext:
    """What the job gets: the cancel token and the callbacks (all safe to call from any thread)."""

    token: CancelToken
    on_event: Callable[[Any], None]
    on_line: Callable[[Any], None]
    on_row: Callable[[Any], None]


class Operation(QObject):
    """One run of ``job`` in a worker thread (see the module docstring)."""

    progress = Signal(object)
    line = Signal(object)
    row = Signal(object)
    finished = Signal(object)
    crashed = Signal(str)

    _live: ClassVar[set["Operation"]] = set()  # running operations keep themselves alive

    def __init__(self, job: Callable[[JobContext], Any], *, name: str = "mail-op"):
        super().__init__(None)
        self._job = job
        self._name = name
        self.token = CancelToken()
        self._bridge = _Bridge(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._bridge.progress.connect(self.progress, queued)
        self._bridge.line.connect(self.line, queued)
        self._bridge.row.connect(self.row, queued)
        self._bridge.done.connect(self._on_done, queued)
        self._thread: threading.Thread | None = None
        self.finished_at: float | None = None
        self.result: Any = None
        self.error: str | None = None

    # -- state ----------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._thread is not None and self.finished_at is None

    @property
    def done(self) -> bool:
        return self.finished_at is not None

    @property
    def cancel_requested(self) -> bool:
        return self.token.cancelled

    # -- control ----------------------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("an operation runs once")
        bridge, job = self._bridge, self._job
        ctx = JobContext(token=self.token, on_event=bridge.progress.emit, on_line=bridge.line.emit,
                         on_row=bridge.row.emit)

        def work() -> None:  # the worker thread: never touches a widget
            try:
                result = job(ctx)
            except BaseException as exc:  # noqa: BLE001 - reported to the GUI, not lost in a thread
                bridge.done.emit(_Outcome(None, f"{type(exc).__name__}: {exc}"))
            else:
                bridge.done.emit(_Outcome(result))

        Operation._live.add(self)
        self._thread = threading.Thread(target=work, name=self._name, daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the run to stop (returns at once; ``finished`` follows with category ``cancelled``)."""
        self.token.cancel()

    def wait(self, timeout: float) -> bool:
        """Join the worker thread (for shutdown and tests); True when it has ended."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    # -- GUI thread ---------------------------------------------------------------------------------------
    def _on_done(self, outcome: _Outcome) -> None:
        result, error = outcome.result, outcome.error
        # The worker emitted "done" as its last act; its thread ends on its own (never joined here).
        self.finished_at = time.monotonic()
        Operation._live.discard(self)
        if error:
            self.error = error
            self.crashed.emit(error)
        else:
            self.result = result
            self.finished.emit(result)

"""Many checks at once: the check without sending for every profile, bounded and cancellable. Qt-free.

``check --all`` and the overview window (``gui/overview.py``) both run a :class:`BulkCheck`::

    run = BulkCheck(store, names, to=None, jobs=32, timeout_s=None, on_row=callback)
    result = run.run()          # blocks (a worker thread in the GUI); run.cancel() from any thread

* Bounded concurrency: ``jobs`` worker threads (default :data:`DEFAULT_JOBS`) take the profiles in
  order. Each check runs under its own per-operation timeout and deadline (the engine's), so servers
  that never answer overlap instead of adding up; a check silent for more than :data:`SILENT_S` no
  longer counts against ``jobs`` (another worker starts, up to ``jobs`` x :data:`SILENT_FACTOR`
  threads), so black holes do not take the working profiles' places either: the run takes about one
  timeout more than without them.
* One keychain read per profile that signs in, in the worker (never the GUI thread), under a time limit:
  a locked, missing or silent keychain makes that row ``keyring_unavailable``; after the first keychain
  that did not answer at all, the following rows say so at once instead of each waiting again.
* A stored profile that no longer validates (or the store cannot read) is an ``invalid_settings`` row;
  the others go on.
* Shared for the run, without weakening verification: one verifying TLS context per trust set
  (``tlsinfo.shared_contexts``), the TLS session of a handshake that context verified offered again to
  the same host name, address and port (resumption: no second certificate exchange; pinned and
  inspected connections never resume), and one name lookup per host (``session.shared_names``).
* Results stream: ``on_row(CheckRow)`` is called from the worker threads as each check ends (the GUI
  queues them, the CLI prints progress). ``behind()`` (optional): True while the consumer lags — the
  GUI thread, whose timer has not run lately because dozens of workers whose checks end at once (refused
  connections) keep the GIL busy; each worker then waits a moment before its next check. ``cancel()`` ends the
  checks in flight within milliseconds (their rows say ``cancelled``); profiles not yet started get no row.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from swyxon_desktop.failures import Category, Failure, FailureError
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP, translate

DEFAULT_JOBS = 32
MAX_JOBS = 256
SILENT_S = 1.0  # a check waiting this long is "silent": it no longer counts against jobs (see _watch)
SILENT_FACTOR = 4  # at most jobs x this many threads, however many servers are silent
WATCH_S = 0.2  # how often the monitor looks
GIVE_WAY_S = 0.25  # the longest a worker waits for a consumer that is behind (see BulkCheck behind=)
KEYCHAIN_TIMEOUT_S = 15.0  # the longest one keychain read may take before its row says "unavailable"

MSG_UNREADABLE = QT_TRANSLATE_NOOP(
    "Bulk", "The stored profile cannot be read by this version; it is kept in the file unchanged.")
MSG_KEYCHAIN_SILENT = QT_TRANSLATE_NOOP(
    "Bulk", "The keychain did not answer within {} s (locked, or waiting for an unlock prompt).")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


@dataclass
class CheckRow:
    """The outcome of one profile's check. Plain data: safe to hand from a worker to the GUI thread."""

    profile: str
    ok: bool
    failure: Failure | None
    elapsed_s: float
    checked_at: str  # ISO 8601, UTC
    recipient: str = ""
    smtp_code_ok: int | None = None  # the server's answer to RCPT TO when the check passed
    result: Any = None  # the engine's SendResult (events, transcript); None when no connection was tried

    @property
    def category(self) -> str | None:
        return self.failure.category.value if self.failure else None

    @property
    def stage(self) -> str | None:
        return self.failure.stage if self.failure else None

    @property
    def smtp_code(self) -> int | None:
        return self.failure.smtp_code if self.failure else self.smtp_code_ok

    @property
    def cancelled(self) -> bool:
        return self.failure is not None and self.failure.category is Category.CANCELLED

    def message_text(self, lang: str | None = None) -> str:
        if self.result is not None:
            return self.result.message_text(lang)
        return self.failure.message_text(lang) if self.failure else ""

    def hint_text(self, lang: str | None = None) -> str:
        if self.result is not None:
            return self.result.hint_text(lang)
        return self.failure.hint_text(lang) if self.failure else ""

    def to_dict(self, lang: str | None = None) -> dict:
        """The ``check --json`` object: the names ``test-mail --json`` uses, then extras."""
        return {"profile": self.profile, "ok": self.ok, "category": self.category, "stage": self.stage,
                "smtp_code": self.smtp_code, "message": self.message_text(lang), "hint": self.hint_text(lang),
                "elapsed_s": round(self.elapsed_s, 3), "recipient": self.recipient,
                "checked_at": self.checked_at,
                "enhanced_status": self.failure.enhanced_status if self.failure else None,
                "server_text": self.failure.server_text if self.failure else None}


CSV_FIELDS = ("profile", "ok", "category", "stage", "smtp_code", "message", "hint", "elapsed_s", "recipient",
              "checked_at")


def write_csv(rows: Iterable[CheckRow], target: Any, lang: str | None = None) -> None:
    """Rows as CSV (UTF-8 with BOM for spreadsheet programs, the ``--json`` field names as header).

    ``target``: a path or a text stream; ``rows``: CheckRows or dicts with those keys (the overview's
    table). Never a password: rows carry none.
    """
    import csv
    import io
    from pathlib import Path

    def write(stream: Any) -> None:
        writer = csv.DictWriter(stream, fieldnames=CSV_FIELDS, extrasaction="ignore", lineterminator="\r\n")
        writer.writeheader()
        for row in rows:
            data = dict(row) if isinstance(row, dict) else row.to_dict(lang)
            data["ok"] = "true" if data["ok"] else "false"
            writer.writerow({k: _csv_safe(v) for k, v in data.items()})

    if isinstance(target, (str, Path)):
        from swyxon_desktop.store import atomic_write_text

        buffer = io.StringIO()
        write(buffer)
        atomic_write_text(Path(target), "\ufeff" + buffer.getvalue(), mode=0o644)
    else:
        write(target)


def _csv_safe(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value


@dataclass
class BulkResult:
    rows: list[CheckRow] = field(default_factory=list)  # in the order they finished
    cancelled: bool = False
    elapsed_s: float = 0.0
    total: int = 0  # profiles asked for

    @property
    def ok(self) -> bool:
        return not self.cancelled and len(self.rows) == self.total and all(r.ok for r in self.rows)

    def in_order(self, names: list[str]) -> list[CheckRow]:
        index = {n: i for i, n in enumerate(names)}
        return sorted(self.rows, key=lambda r: index.get(r.profile, len(index)))


class _Keychain:
    """One read per profile, each under a time limit; a keychain that never answered fails the rest fast."""

    def __init__(self, lookup: Callable[[str], str | None], timeout_s: float):
        self._lookup = lookup
        self._timeout_s = timeout_s
        self._silent = threading.Event()

    def _silent_failure(self) -> FailureError:
        return FailureError(Failure(Category.KEYRING_UNAVAILABLE, MSG_KEYCHAIN_SILENT, stage="keychain",
                                    context="Bulk", message_args=(f"{self._timeout_s:g}",)))

    def read(self, name: str, cancel: Any) -> str | None:
        """The password (None: none stored, or cancelled); FailureError (keyring_unavailable) otherwise."""
        from swyxon_desktop.secrets import MSG_FAILED, KeychainError

        if self._silent.is_set():
            raise self._silent_failure()
        done = threading.Event()
        box: dict[str, Any] = {}

        def work() -> None:
            try:
                box["value"] = self._lookup(name)
            except BaseException as exc:  # noqa: BLE001 - handed to the waiting worker
                box["error"] = exc
            done.set()

        threading.Thread(target=work, name="bulk-keychain", daemon=True).start()
        limit = time.monotonic() + self._timeout_s
        while not done.wait(0.05):
            if cancel.cancelled:
                return None
            if time.monotonic() >= limit:
                self._silent.set()
                raise self._silent_failure()
        error = box.get("error")
        if isinstance(error, FailureError):
            raise error
        if error is not None:  # never the exception's text: it could hold a secret
            raise KeychainError(MSG_FAILED, type(error).__name__)
        return box.get("value")


class BulkCheck:
    """Check many profiles without sending (see the module docstring)."""

    def __init__(self, store: Any, names: list[str] | None = None, *, to: str | None = None,
                 jobs: int = DEFAULT_JOBS, timeout_s: float | None = None,
                 on_row: Callable[[CheckRow], None] | None = None,
                 password_lookup: Callable[[str], str | None] | None = None,
                 keychain_timeout_s: float = KEYCHAIN_TIMEOUT_S, lang: str | None = None,
                 cancel: Any = None, behind: Callable[[], bool] | None = None, nice: int = 0):
        from swyxon_desktop.checks.run import CancelToken

        self.store = store
        unreadable = list(getattr(store, "unreadable_names", lambda: [])())
        self.names = list(names) if names is not None else list(store.names()) + sorted(unreadable)
        self._unreadable = set(unreadable)
        self.to = to
        self.jobs = max(1, min(int(jobs), MAX_JOBS))
        self.timeout_s = timeout_s
        self.on_row = on_row
        self._reader = None
        if password_lookup is None:  # one Secret Service connection and session for the whole run
            from swyxon_desktop.secrets import PasswordReader

            self._reader = PasswordReader()
            password_lookup = self._reader.get
        self._keychain = _Keychain(password_lookup, keychain_timeout_s)
        self.lang = lang
        self._behind = behind
        self.nice = nice  # the workers' scheduling priority, lowered (Linux): a GUI thread comes first
        self.token = cancel if cancel is not None else CancelToken()  # e.g. a GUI Operation's token
        self.result = BulkResult(total=len(self.names))
        self._lock = threading.Lock()
        self._next = 0

    def cancel(self) -> None:
        """From any thread: checks in flight end within milliseconds; no new one starts."""
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    def run(self) -> BulkResult:
        """Check every profile; blocks until all are done or the run is cancelled."""
        self.start()
        return self.wait()

    def start(self) -> None:
        """Start the workers and return at once (then :meth:`wait`)."""
        from swyxon_desktop.smtp.session import shared_names
        from swyxon_desktop.smtp.tlsinfo import shared_contexts

        self._started = time.monotonic()
        self._sharing = contextlib.ExitStack()
        self._sharing.enter_context(shared_contexts())
        self._sharing.enter_context(shared_names())
        self._workers: list[threading.Thread] = []
        self._busy_since: dict[int, float] = {}  # worker number -> when its current check began
        for _ in range(min(self.jobs, len(self.names))):
            self._add_worker()
        self._monitor = threading.Thread(target=self._watch, name="bulk-monitor", daemon=True)
        self._monitor.start()

    def _add_worker(self) -> None:
        number = len(self._workers)
        worker = threading.Thread(target=self._work, args=(number,), name=f"bulk-{number}", daemon=True)
        self._workers.append(worker)
        worker.start()

    def _watch(self) -> None:
        """Checks waiting longer than :data:`SILENT_S` (a server that never answers) do not count against
        ``jobs``: another worker starts beside them, up to ``jobs`` x :data:`SILENT_FACTOR` threads — so
        black holes overlap with the others instead of taking their places."""
        limit = self.jobs * SILENT_FACTOR
        while not self.cancelled:
            time.sleep(WATCH_S)
            with self._lock:
                if self._next >= len(self.names):
                    return
                now = time.monotonic()
                silent = sum(1 for since in self._busy_since.values() if now - since > SILENT_S)
                live = sum(1 for w in self._workers if w.is_alive())
                if live - silent < self.jobs and len(self._workers) < limit:
                    self._add_worker()

    def wait(self) -> BulkResult:
        """Until every worker is done; interruptible (Ctrl+C in the CLI: cancel, then wait again)."""
        while True:  # the monitor may add workers while profiles are left; it is not waited for itself
            with self._lock:
                workers, more = list(self._workers), self._next < len(self.names) and not self.cancelled
            for w in workers:
                while w.is_alive():
                    w.join(0.1)  # the main thread stays interruptible
            with self._lock:
                if len(self._workers) == len(workers) and (not more or not self._monitor.is_alive()
                                                           or self._next >= len(self.names)):
                    break
        self._sharing.close()
        if self._reader is not None:
            self._reader.close()
        self.result.cancelled = self.cancelled
        self.result.elapsed_s = time.monotonic() - self._started
        return self.result

    def _take(self) -> str | None:
        with self._lock:
            if self.cancelled or self._next >= len(self.names):
                return None
            name = self.names[self._next]
            self._next += 1
            return name

    def _give_way(self) -> None:
        """While the consumer says it is behind (a GUI thread waiting for the GIL), wait before the next
        check — at most :data:`GIVE_WAY_S`: a consumer that never catches up slows the run, never stops it."""
        if self._behind is None:
            return
        limit = time.monotonic() + GIVE_WAY_S
        while self._behind() and not self.cancelled and time.monotonic() < limit:
            time.sleep(0.002)

    def _lower_priority(self) -> None:
        """Linux keeps a nice value per thread (threads a worker starts inherit it); elsewhere: nothing."""
        if self.nice <= 0 or not hasattr(os, "setpriority") or not sys.platform.startswith("linux"):
            return
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), self.nice)
        except OSError:
            pass

    def _work(self, number: int) -> None:
        self._lower_priority()
        while True:
            self._give_way()
            name = self._take()
            if name is None:
                return
            with self._lock:
                self._busy_since[number] = time.monotonic()
            try:
                row = self.check_one(name)
            finally:
                with self._lock:
                    self._busy_since.pop(number, None)
            if row is None:
                continue
            with self._lock:
                self.result.rows.append(row)
            if self.on_row is not None:
                try:
                    self.on_row(row)
                except Exception:  # noqa: BLE001 - a broken listener must not stop the other checks
                    import logging

                    logging.getLogger(__name__).exception("bulk check listener failed")

    def check_one(self, name: str) -> CheckRow | None:
        """One profile's check (in the calling thread); None when cancelled before it began."""
        from swyxon_desktop.settings import validate
        from swyxon_desktop.smtp import errors
        from swyxon_desktop.smtp.preflight import check_without_sending, recipient_for

        started = time.monotonic()

        def failed(failure: Failure, recipient: str = "") -> CheckRow:
            return CheckRow(name, False, failure, time.monotonic() - started, _now(), recipient)

        if name in self._unreadable:
            return failed(Failure(Category.INVALID_SETTINGS, MSG_UNREADABLE, stage=errors.PREPARE, context="Bulk"))
        try:
            settings = self.store.get(name)
        except Exception:  # noqa: BLE001 - deleted meanwhile (the window's store): not this run's business
            return None
        recipient = recipient_for(settings, self.to)
        problems = validate(settings)
        if problems:
            return failed(Failure(Category.INVALID_SETTINGS, errors.MSG_INVALID, stage=errors.PREPARE,
                                  message_args=("; ".join(f"{e.field}: {e.text('en')}" for e in problems),)),
                          recipient)
        password = None
        if settings.use_auth:
            try:
                password = self._keychain.read(name, self.token)
            except FailureError as exc:
                return failed(exc.failure, recipient)
            if self.cancelled:
                return None
        result = check_without_sending(settings, password, recipient, profile=name, cancel=self.token,
                                       timeout_s=self.timeout_s, lang=self.lang)
        result.events, result.transcript = [], []  # a thousand rows need their outcome, not every stage and line
        return CheckRow(name, result.ok, result.failure, time.monotonic() - started, _now(), result.recipient,
                        smtp_code_ok=result.smtp_code if result.ok else None, result=result)


def preload() -> None:
    """Import what a check needs (validation, engine, keychain) now, in the calling thread — instead of
    in every worker at once on the first checks (a GUI thread beside them would wait for the GIL)."""
    import swyxon_desktop.secrets  # noqa: F401
    import swyxon_desktop.smtp.engine  # noqa: F401
    import swyxon_desktop.smtp.preflight  # noqa: F401
    from swyxon_desktop.settings import validate_address

    validate_address("preload@example.com")  # email-validator and its tables


def tr(text: str, *args: Any, lang: str | None = None) -> str:
    return translate("Bulk", text, lang).format(*args)

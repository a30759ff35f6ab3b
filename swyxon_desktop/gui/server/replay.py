"""The diagnostics report as data in the GUI, and *Reproduce locally…* (a replica of a customer's server).

* :func:`save_record_beside` — *Save report…* writes the text report and, beside it, the machine-readable
  record (``report.txt`` + ``report.json``, diagnostics.py); the record passes the run's Redactor.
* :func:`install` — adds *Reproduce from report…* to the local test server window: choose a saved
  ``.json`` report; the window's server is then the replica (replica.py), and *Use in a new profile…*
  (suggested name "<profile> (replica)") makes a profile that points at it — with the customer's
  settings and the replica's own password, never the customer's. A damaged or hostile report is
  refused with its reason; nothing starts.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Slot
from PySide6.QtWidgets import QPushButton

CONTEXT = "Replay"
translate = QCoreApplication.translate  # lupdate reads translate("Replay", "text")


# ---------------------------------------------------------------------------------------------------
# Reproduce locally (the local test server window)


def install(window: Any) -> QPushButton:
    """Add *Reproduce from report…* beside the window's Start/Stop buttons (once)."""
    button = getattr(window, "reproduceButton", None)
    if button is not None:
        return button
    button = QPushButton(translate("Replay", "Reproduce from report…"), window)
    button.setObjectName("reproduceButton")
    button.setToolTip(translate("Replay", "Start a replica of the server in a saved diagnostics report (.json): its "
                                "greeting, capabilities, TLS mode, certificate and the reply where the run "
                                "failed."))
    layout, index = _layout_of(window.layout(), window.ui.useProfileButton)
    if layout is not None and hasattr(layout, "insertWidget"):
        layout.insertWidget(index + 1, button)
    else:
        window.layout().addWidget(button)
    button.clicked.connect(lambda: reproduce(window))
    window.reproduceButton = button
    return button


def _layout_of(layout: Any, widget: Any) -> tuple[Any, int]:
    """The (nested) layout that holds ``widget``, and its index there; (None, -1) when none does."""
    if layout is None:
        return None, -1
    index = layout.indexOf(widget)
    if index >= 0:
        return layout, index
    for i in range(layout.count()):
        found = _layout_of(layout.itemAt(i).layout(), widget)
        if found[0] is not None:
            return found
    return None, -1


class _Prepared:
    """The worker's answer: the replica (not started) and its plan, or the report's error."""

    __slots__ = ("server", "error")

    def __init__(self, server: Any = None, error: Any = None):
        self.server, self.error = server, error


class _Starter(QObject):
    """The window's child that takes the worker's answer in the GUI thread (gone with the window, so an
    answer after the window was closed reaches nothing)."""

    def __init__(self, window: Any, path: str):
        super().__init__(window)
        self.window, self.path = window, path
        self.closed = False  # the window was closed while the replica was prepared: start nothing
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.closed = True
        return False

    @Slot(object)
    def prepared(self, prepared: _Prepared) -> None:
        self._done()
        if self.closed:
            return
        if prepared.error is not None:
            self.window._status(_report_error_text(prepared.error), error=True)
            return
        _start(self.window, self.path, prepared.server)

    @Slot(str)
    def crashed(self, error: str) -> None:  # a bug in the preparation: said, never a traceback
        self._done()
        self.window._status(translate("Replay", "The replica could not be prepared: {0}").format(error), error=True)

    def _done(self) -> None:
        self.window.removeEventFilter(self)
        self.window.reproduceButton.setEnabled(True)
        self.deleteLater()


def reproduce(window: Any, path: str | None = None) -> bool:
    """Ask for a report (unless ``path``) and start its replica in ``window``.

    Reading the report and making the imitated certificate (an RSA key) run in a worker thread
    (``window.replica_operation``); starting the server and showing what it runs follow in the GUI thread
    (``serverStarted`` is emitted), a refused report is said in the status line. False when nothing was
    begun (no file chosen, or a replica is being prepared already)."""
    from swyxon_desktop.gui.shared import ask
    from swyxon_desktop.gui.shared.worker import Operation

    running = getattr(window, "replica_operation", None)
    if running is not None and running.running:
        return False
    if path is None:
        path = ask.open_file(window, translate("Replay", "Reproduce from report"),
                             translate("Replay", "Diagnostics reports (*.json);;All files (*)"))
        if not path:
            return False
    emit = window._bridge.event.emit  # the server's events reach the window's session log, as before

    def job(_ctx: Any) -> _Prepared:  # worker thread: no widgets
        from swyxon_desktop import replica
        from swyxon_desktop.checks.record import ReportError

        try:
            return _Prepared(replica.make_server(replica.load_plan(path), on_event=emit))
        except ReportError as exc:
            return _Prepared(error=exc)

    starter = _Starter(window, path)
    operation = Operation(job, name="replica-prepare")
    operation.finished.connect(starter.prepared)
    operation.crashed.connect(starter.crashed)
    window.reproduceButton.setEnabled(False)
    window._status(translate("Replay", "Reading {0} and making the replica's certificate …").format(Path(path).name))
    window.replica_operation = operation
    operation.start()
    return True


def _start(window: Any, path: str, server: Any) -> bool:
    """GUI thread: stop what runs, start the prepared replica, show what it runs."""
    from swyxon_desktop.gui.shared.report import failure_texts
    from swyxon_desktop.testserver import ServerError

    window.stop_server()
    try:
        server.start()
    except ServerError as exc:
        _title, text, hint = failure_texts(exc.failure)
        window._status(f"{text} {hint}", error=True)
        return False
    window.server = window._last_server = server
    plan = server.plan  # as the replica runs it (make_server may trust a loopback certificate by its CA)
    from swyxon_desktop.checks.stages import SMTP_COMMANDS
    from swyxon_desktop.testserver import TLS_MODES, tls_word

    window.ui.tlsCombo.setCurrentIndex(TLS_MODES.index(plan.tls))  # the (disabled) fields show what runs
    window.ui.portSpin.setValue(server.port)
    policy = server.policy  # and what it offers for authentication (the replica's own account)
    window.ui.authGroup.setChecked(bool(policy.users))
    for name, box in (("LOGIN", window.ui.loginCheck), ("PLAIN", window.ui.plainCheck),
                      ("CRAM-MD5", window.ui.cramCheck)):
        box.setChecked(name in policy.auth_mechanisms)
    window.ui.userEdit.setText(next(iter(policy.users), ""))
    window.ui.passwordEdit.clear()  # generated; it goes into the replica profile, never on screen
    window._update_enabled()
    lines = [translate("Replay", "Replica of the server in {0} (profile \"{1}\"), listening on {2} (TLS: {3}).").format(
        Path(path).name, plan.profile or "—", server.address, tls_word(plan.tls))]
    if plan.greeting_reject:
        lines.append(translate("Replay", "Answers at the greeting: {0}").format(" / ".join(plan.greeting_reject)))
    for stage, reply in plan.replies.items():
        lines.append(translate("Replay", "Answers at {0}: {1}").format(SMTP_COMMANDS.get(stage, stage),
                                                                      " / ".join(reply)))
    lines += [QCoreApplication.translate("Report", note[0]).format(*note[1:]) for note in plan.notes]
    lines.append(translate("Replay", "Use in a new profile… makes a profile with the customer's settings that points "
                           "at the replica."))
    window._status("\n".join(lines))
    window.serverStarted.emit(server.address)
    return True


def suggested_name(window: Any) -> str | None:
    """The replica profile's suggested name, or None when the window's server is no replica."""
    plan = getattr(window.server, "plan", None)
    if plan is None:
        return None
    from swyxon_desktop import replica

    return replica.replica_profile_name(plan, _lang())


def _lang() -> str:
    from swyxon_desktop import i18n

    return i18n.language()


def _report_error_text(exc: Any) -> str:
    from swyxon_desktop.checks.record import _WHY

    args = [QCoreApplication.translate("Report", a) if isinstance(a, str) and a in _WHY else a for a in exc.args_]
    return QCoreApplication.translate("Report", exc.message).format(*args)

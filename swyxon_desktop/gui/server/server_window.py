"""Tools › Local test server: choose a policy, start/stop the embedded SMTP server, watch its sessions
and read the messages it received; "Use in a new profile" points a profile at it.

The server (swyxon_desktop.testserver) runs in its own thread; its events reach this window only through
a Qt signal (queued into the GUI thread). Widgets are never touched from the server thread.

Wiring (main window)::

    window = LocalServerWindow(profiles, parent, keychain=main.keychain, hub=main.hub)  # all optional but profiles
    # a new profile: main.hub.created (and window.profileCreated) with its name
    window.show(); window.raise_(); window.activateWindow()
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFontDatabase
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from swyxon_desktop.gui.shared import ask
from swyxon_desktop.gui.shared.keychain_job import KeychainAnswer
from swyxon_desktop.gui.shared.hub import ProfileHub
from swyxon_desktop.gui.shared.keychain_queue import KeychainQueue
from swyxon_desktop.gui.shared.report import failure_texts
from swyxon_desktop.gui.shared.style import error_text_css
from swyxon_desktop.gui.shared.uiload import UiRefs, load_ui
from swyxon_desktop.checks.stages import DATA, GREETING, RCPT_TO, SMTP_COMMANDS
from swyxon_desktop.profiles import Profiles
from swyxon_desktop.settings import MailSettings, Security, validate_profile_name
from swyxon_desktop.testserver import (
    DEFAULT_PORTS,
    Fault,
    LocalServer,
    PolicyError,
    ReceivedMessage,
    ServerError,
    ServerEvent,
    ServerPolicy,
    format_fingerprint,
)
from swyxon_desktop.testserver.policy import CONTEXT as POLICY_CONTEXT
from swyxon_desktop.testserver.policy import MECHANISMS, MSG_NOT_LOOPBACK, STAGES, TLS_MODES, stage_of
from swyxon_desktop.testserver.profile import profile_settings

TLS_BY_INDEX = TLS_MODES  # the TLS combo's items, in this order
DELAY_STAGES = STAGES  # the delay's stage list, in this order


class _EventBridge(QObject):
    """Lives in the GUI thread; ``event`` emitted from the server thread is delivered queued."""

    event = Signal(object)


class LocalServerWindow(QWidget):
    """A non-modal top-level window. Closing it stops the server."""

    profileCreated = Signal(str)  # noqa: N815 - Qt naming
    serverStarted = Signal(str)  # noqa: N815 - "host:port"
    serverStopped = Signal()  # noqa: N815
    messageReceived = Signal(str)  # noqa: N815 - the message id

    def __init__(self, profiles: Profiles, parent: QWidget | None = None, *,
                 keychain: KeychainQueue | None = None, hub: ProfileHub | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        load_ui("server_window.ui", self)
        self.ui = UiRefs(self)
        self.profiles = profiles
        # The new profile's password is written in the settings window's keychain queue (in order with its
        # own keychain calls); opened on its own, the window has a queue of its own.
        self.keychain = keychain if keychain is not None else KeychainQueue(profiles, self)
        self.hub = hub  # the settings window's: a new profile is announced there (it shows it)
        self.server: LocalServer | None = None
        self._last_server: LocalServer | None = None  # events queued before a stop still find their messages
        self._messages: dict[str, ReceivedMessage] = {}
        self._bridge = _EventBridge(self)
        self._bridge.event.connect(self._on_event, Qt.ConnectionType.QueuedConnection)

        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.ui.logView.setFont(mono)
        self.ui.messageView.setFont(mono)
        self.ui.mainSplitter.setStretchFactor(0, 1)
        self.ui.mainSplitter.setStretchFactor(1, 2)
        self.ui.messageSplitter.setStretchFactor(0, 1)
        self.ui.messageSplitter.setStretchFactor(1, 1)
        self.ui.messageSplitter.setSizes([480, 560])
        self.ui.messageList.setColumnWidth(0, 70)
        self.ui.messageList.setColumnWidth(1, 150)
        self.ui.messageList.setColumnWidth(2, 130)

        self.ui.tlsCombo.setCurrentIndex(0)
        self.ui.portSpin.setValue(DEFAULT_PORTS[Security.PLAIN])
        self.ui.delayStageCombo.setCurrentIndex(DELAY_STAGES.index(DATA))
        self._previous_tls = Security.PLAIN

        self.ui.tlsCombo.currentIndexChanged.connect(self._tls_changed)
        self.ui.delayCheck.toggled.connect(self._update_enabled)
        self.ui.startButton.clicked.connect(self.start_server)
        self.ui.stopButton.clicked.connect(self.stop_server)
        self.ui.useProfileButton.clicked.connect(self.use_in_new_profile)
        self.ui.openMailboxButton.clicked.connect(self._open_mailbox)
        self.ui.messageList.currentItemChanged.connect(self._show_selected)
        # The session log follows its end (newest line visible) unless the user scrolled up to read: the
        # position this window scrolled to last (no Python slot on the scroll bar's own signals, which
        # fire while the view is destroyed).
        self._log_position = 0
        from swyxon_desktop.gui.server import replay

        replay.install(self)  # "Reproduce from report…": a replica of a customer's server (gui/server/replay.py)
        self._update_enabled()

    # -- policy -------------------------------------------------------------------------------------------

    @property
    def tls(self) -> Security:
        return TLS_BY_INDEX[self.ui.tlsCombo.currentIndex()]

    def _tls_changed(self) -> None:
        """Follow the TLS mode's usual port (2525/2587/2465) unless the user chose another one."""
        if self.ui.portSpin.value() == DEFAULT_PORTS[self._previous_tls]:
            self.ui.portSpin.setValue(DEFAULT_PORTS[self.tls])
        self._previous_tls = self.tls

    def mechanisms(self) -> tuple[str, ...]:
        checks = (("LOGIN", self.ui.loginCheck), ("PLAIN", self.ui.plainCheck), ("CRAM-MD5", self.ui.cramCheck))
        return tuple(name for name, box in checks if box.isChecked())

    def faults(self) -> tuple[Fault, ...]:
        faults = []
        if self.ui.greetingFaultCheck.isChecked():
            faults.append(Fault(GREETING, code=421))
        if self.ui.rcptFaultCheck.isChecked():
            faults.append(Fault(RCPT_TO, code=550))
        if self.ui.dataFaultCheck.isChecked():
            faults.append(Fault(DATA, code=554))
        if self.ui.delayCheck.isChecked():
            faults.append(Fault(DELAY_STAGES[self.ui.delayStageCombo.currentIndex()],
                                delay_s=round(self.ui.delaySpin.value(), 1)))
        return tuple(faults)

    def policy(self) -> ServerPolicy:
        """The policy the widgets describe; raises PolicyError (or ValueError for a missing user)."""
        users: dict[str, str] = {}
        if self.ui.authGroup.isChecked():
            name = self.ui.userEdit.text().strip()
            if not name:
                raise _InputError(self.tr("Enter the user name the clients authenticate with."))
            if not self.ui.passwordEdit.text():
                raise _InputError(self.tr("Enter the password for the user {}.").format(name))
            if not self.mechanisms():
                raise _InputError(self.tr("Choose at least one authentication method."))
            users[name] = self.ui.passwordEdit.text()
        domains = tuple(d.strip() for d in self.ui.domainsEdit.text().replace(";", ",").split(",") if d.strip())
        return ServerPolicy(host="127.0.0.1", port=self.ui.portSpin.value(), tls=self.tls,
                            auth_mechanisms=self.mechanisms() or MECHANISMS, users=users,
                            sender_domains=domains, faults=self.faults())

    # -- start / stop -------------------------------------------------------------------------------------

    @Slot()
    def start_server(self) -> bool:
        if self.server is not None and self.server.running:
            return True
        try:
            policy = self.policy()
        except _InputError as exc:
            self._status(str(exc), error=True)
            return False
        except PolicyError as exc:
            self._status(QCoreApplication.translate(POLICY_CONTEXT, exc.message).format(*exc.args_), error=True)
            return False
        server = LocalServer(policy, on_event=self._bridge.event.emit)
        try:
            server.start()
        except ServerError as exc:
            _title, text, hint = failure_texts(exc.failure)
            self._status(f"{text} {hint}", error=True)
            return False
        self.server = self._last_server = server
        self._update_enabled()
        self._show_running()
        self.serverStarted.emit(server.address)
        return True

    @Slot()
    def stop_server(self) -> None:
        server, self.server = self.server, None
        if server is None:
            return
        server.stop()
        self._update_enabled()
        self._status(self.tr("Stopped. The received messages stay in the mailbox folder."))
        self.serverStopped.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.stop_server()
        super().closeEvent(event)

    def _update_enabled(self) -> None:
        running = self.server is not None and self.server.running
        for name in ("connectionGroup", "authGroup", "faultsGroup", "startButton"):
            getattr(self.ui, name).setEnabled(not running)
        self.ui.stopButton.setEnabled(running)
        self.ui.useProfileButton.setEnabled(running)
        self.ui.delayStageCombo.setEnabled(self.ui.delayCheck.isChecked())
        self.ui.delaySpin.setEnabled(self.ui.delayCheck.isChecked())

    def _status(self, text: str, *, error: bool = False) -> None:
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setStyleSheet(error_text_css() if error else "")

    def _show_running(self) -> None:
        server = self.server
        assert server is not None
        lines = [self.tr("Listening on {} ({}).").format(server.address, self.ui.tlsCombo.currentText())]
        if server.ca_file:
            lines.append(self.tr("Clients trust the CA file {}").format(server.ca_file))
            lines.append(self.tr("Server certificate SHA-256: {}").format(format_fingerprint(server.sha256 or "")))
        lines.append(self.tr("Mailbox: {}").format(server.mailbox))
        self._status("\n".join(lines))

    # -- the session log ----------------------------------------------------------------------------------

    @property
    def follows_log(self) -> bool:
        """The log shows its newest line as lines arrive (False while the user reads further up).

        At the end, or where this window scrolled to last: a status line that grows at start (the log view
        gets shorter, so the old end is no longer the bottom) is not the user scrolling away."""
        bar = self.ui.logView.verticalScrollBar()
        return bar.value() >= bar.maximum() or bar.value() == self._log_position

    def _append_log(self, line: str) -> None:
        follow = self.follows_log
        self.ui.logView.appendPlainText(line)
        if follow:
            bar = self.ui.logView.verticalScrollBar()
            bar.setValue(bar.maximum())
            self._log_position = bar.value()

    # -- events from the server thread (delivered queued) -------------------------------------------------

    @Slot(object)
    def _on_event(self, event: ServerEvent) -> None:
        line = self._describe(event)
        if line:
            self._append_log(line)
        if event.kind == "received":
            server = self._last_server
            message = next((m for m in reversed(server.received) if m.id == event.data["id"]), None) \
                if server else None
            if message is not None:
                self._add_message(message)

    def _describe(self, event: ServerEvent) -> str:
        d = event.data
        sid = f"#{event.session_id} " if event.session_id is not None else ""
        kind = event.kind
        if kind == "listening":
            text = self.tr("Listening on {}").format(d.get("listening", ""))
        elif kind == "stopped":
            text = self.tr("Stopped")
        elif kind == "connect":
            text = self.tr("Connection from {}").format(d["peer"]) + (" (TLS)" if d.get("tls") else "")
        elif kind in ("command", "reply"):
            text = ("C: " if kind == "command" else "S: ") + d["line"]
        elif kind == "auth":
            text = (self.tr("Authenticated as {} ({})") if d["success"]
                    else self.tr("Authentication as {} rejected ({})")).format(d["user"], d["mechanism"])
        elif kind == "received":
            text = self.tr("Message received from <{}> for {}").format(
                d["mail_from"], ", ".join(f"<{r}>" for r in d["rcpt_tos"]))
        elif kind == "refused":
            stage = stage_of(d["stage"])  # the event's word (serve --json's "mail", "starttls", …)
            stage = self.tr("the greeting") if stage == GREETING else SMTP_COMMANDS.get(stage, d["stage"])
            text = self.tr("Refused at {}: {} {}").format(stage, d["code"], d["text"])
        elif kind == "closed":
            text = self.tr("Connection closed")
        elif kind == "warning":
            text = self._warning_text(event)
        else:
            text = event.text
        return f"{datetime.now():%H:%M:%S} {sid}{text}"

    def _warning_text(self, event: ServerEvent) -> str:
        """A policy warning in the window's language (the server emits the English text)."""
        server = self.server or self._last_server
        policy = server.policy if server is not None else None
        if policy is not None and event.data.get("text") in policy.warning_texts("en"):
            return QCoreApplication.translate(POLICY_CONTEXT, MSG_NOT_LOOPBACK).format(policy.host)
        return event.text

    # -- received messages --------------------------------------------------------------------------------

    def _add_message(self, message: ReceivedMessage) -> None:
        self._messages[message.id] = message
        item = QTreeWidgetItem([message.received_at.astimezone().strftime("%H:%M:%S"), message.mail_from,
                                ", ".join(message.rcpt_tos), message.subject])
        item.setData(0, Qt.ItemDataRole.UserRole, message.id)
        self.ui.messageList.addTopLevelItem(item)
        if self.ui.messageList.currentItem() is None:
            self.ui.messageList.setCurrentItem(item)
        self.messageReceived.emit(message.id)

    def _show_selected(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        if current is None:
            self.ui.messageView.clear()
            return
        message = self._messages.get(current.data(0, Qt.ItemDataRole.UserRole))
        self.ui.messageView.setPlainText(self.render_message(message) if message else "")

    def render_message(self, message: ReceivedMessage) -> str:
        """The envelope, every header (decoded) and the text body."""
        parsed = message.message
        lines = [self.tr("Envelope sender: <{}>").format(message.mail_from),
                 self.tr("Envelope recipients: {}").format(", ".join(f"<{r}>" for r in message.rcpt_tos)),
                 self.tr("Authenticated user: {}").format(message.auth_user or "—"),
                 self.tr("File: {}").format(message.path or "—"), ""]
        for name, value in parsed.items():
            lines.append(f"{name}: {value}")
        lines.append("")
        try:
            body = parsed.get_body(preferencelist=("plain", "html"))
            text = body.get_content() if body is not None else ""
        except (LookupError, ValueError):
            text = ""
        if not text:
            payload = message.raw.split(b"\r\n\r\n", 1)
            text = payload[1].decode("utf-8", "replace") if len(payload) == 2 else ""
        lines.append(text)
        return "\n".join(lines)

    def _open_mailbox(self) -> None:
        from swyxon_desktop.gui.shared.system import open_folder

        open_folder(Path(self.server.mailbox if self.server else LocalServer.default_mailbox()))

    # -- "Use in a new profile" ---------------------------------------------------------------------------

    def profile_settings(self) -> tuple[MailSettings, str | None]:
        """The settings (and password) of a profile pointing at the running server."""
        assert self.server is not None
        plan = getattr(self.server, "plan", None)
        if plan is not None:  # a replica: the customer's settings, pointed at it (replica.py)
            from swyxon_desktop import replica

            return replica.profile_settings(plan, self.server)
        return profile_settings(self.server)

    def _suggested_name(self) -> str:
        assert self.server is not None
        from swyxon_desktop.gui.server import replay

        base = replay.suggested_name(self) or self.tr("Local test server ({}, port {})").format(
            self.ui.tlsCombo.currentText(), self.server.port)
        existing = set(self.profiles.names())
        name, n = base, 2
        while name in existing:
            name, n = f"{base} {n}", n + 1
        return name

    @Slot()
    def use_in_new_profile(self) -> str | None:
        if self.server is None or not self.server.running:
            return None
        settings, password = self.profile_settings()
        label = self.tr("Name of the new profile:")
        if settings.ca_file:
            label += "\n\n" + self.tr("The profile trusts the local test CA. Server certificate SHA-256:\n{}").format(
                format_fingerprint(self.server.sha256 or ""))
        name = ask.get_text(self, self.tr("Use in a new profile"), label, self._suggested_name())
        if name is None:
            return None
        name = name.strip()
        problem = validate_profile_name(name)
        if problem is None and name in self.profiles.names():
            self._status(self.tr("A profile named \"{}\" exists already; choose another name.").format(name),
                         error=True)
            return None
        if problem is not None:
            self._status(QCoreApplication.translate("Validation", problem.message).format(*problem.args), error=True)
            return None
        from swyxon_desktop.store import StoreError

        try:  # the settings file now; the password goes to the keychain in a worker thread
            _revision, keychain_step = self.profiles.save_settings(name, settings, password, expected_revision=None)
        except StoreError as exc:
            from swyxon_desktop.gui.shared.texts import store_error_text

            self._status(store_error_text(exc), error=True)
            return None
        if keychain_step is None:
            self._profile_created((name, KeychainAnswer()))
            return name
        self.keychain.run(keychain_step, lambda answer: self._profile_created((name, answer)), write=True)
        return name

    @Slot(object)
    def _profile_created(self, done: tuple[str, KeychainAnswer]) -> None:
        """The keychain has stored the new profile's password (or said why not): tell, and hand it on."""
        name, answer = done
        if answer.error is not None:
            self._status(self.tr("The profile \"{}\" was created, but its password could not be stored: {}").format(
                name, failure_texts(answer.error.failure)[2]), error=True)
        else:
            self._status(self.tr("The profile \"{}\" now points at this server.").format(name))
        self.profileCreated.emit(name)
        if self.hub is not None:
            self.hub.created.emit(name)


class _InputError(ValueError):
    """A missing entry in the window (already translated)."""

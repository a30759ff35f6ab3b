"""What the check dialogs share: :class:`RunDialog` (one run at a time, Cancel, the result panel, *Copy
report* / *Save report…*, the certificate dialog), the summary line of the settings a run uses, and the
result panel's level colours.

Used by *Send test mail…* (``gui/checks/test_mail_dialog.py``) and *Probe ports…*
(``gui/checks/probe_dialog.py``). Texts keep the context "TestMailDialog".
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from swyxon_desktop.gui.shared import ask
from swyxon_desktop.gui.shared.certificate_dialog import CertificateDialog
from swyxon_desktop.gui.shared.style import result_panel_css
from swyxon_desktop.gui.shared.texts import implicit_tls_text
from swyxon_desktop.gui.shared.uiload import UiRefs, load_ui
from swyxon_desktop.gui.shared.worker import JobContext, Operation
from swyxon_desktop.settings import MailSettings, Security

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")




def security_text(settings: MailSettings) -> str:
    return {Security.PLAIN: translate("TestMailDialog", "unencrypted"), Security.STARTTLS: "STARTTLS",
            Security.IMPLICIT: implicit_tls_text()}[settings.security]


def settings_summary(profile: str, settings: MailSettings) -> str:
    """'Profile “Platform”: mail.firma.de, port 587, STARTTLS, authentication Automatic as alice.'"""
    server = settings.server.strip() or translate("TestMailDialog", "(no server)")
    if settings.use_auth:
        mech = settings.mechanism.value
        if mech == "auto":
            mech = translate("TestMailDialog", "Automatic")
        auth = translate("TestMailDialog", "authentication {0} as {1}").format(mech, settings.username or "—")
    else:
        auth = translate("TestMailDialog", "no authentication")
    text = translate("TestMailDialog", "Profile “{0}”: {1}, port {2}, {3}, {4}.").format(
        profile, server, settings.port, security_text(settings), auth)
    if settings.pinned_sha256:
        pin = settings.pinned_sha256[:16]
        text += " " + translate("TestMailDialog", "Trusted certificate: SHA-256 {0}…").format(pin)
    return text


def set_level(frame: QWidget, level: str) -> None:
    frame.setProperty("level", level)
    frame.style().unpolish(frame)
    frame.style().polish(frame)


def save_report_file(parent: QWidget, text: str, suggested: str, record: dict | None = None) -> tuple[bool, str]:
    """Ask for a file name (gui.ask, replaceable in tests) and write ``text``; (saved, message).
    ``record``: the machine-readable report, written beside it (``.json``, gui/server/replay.py)."""
    path = ask.save_file(parent, translate("TestMailDialog", "Save report"), suggested,
                         translate("TestMailDialog", "Text files (*.txt);;All files (*)"))
    if not path:
        return False, ""
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        why = exc.strerror or str(exc)
        return False, translate("TestMailDialog", "The report could not be written to {0}: {1}").format(path, why)
    if record is not None:
        from swyxon_desktop.gui.shared.record import save_record_beside

        return save_record_beside(path, record)
    return True, translate("TestMailDialog", "Report saved to {0}.").format(path)


def copy_report(text: str) -> str:
    QGuiApplication.clipboard().setText(text)
    return translate("TestMailDialog", "Report copied to the clipboard.")


def report_file_name(kind: str, profile: str) -> str:
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", profile).strip("-") or "profile"
    return f"swyxon-{kind}-{safe}-{dt.datetime.now():%Y%m%d-%H%M%S}.txt"


class RunDialog(QDialog):
    """What both mail dialogs share: the layout from a .ui file, one :class:`Operation` at a time, Cancel
    (Esc cancels a running run first), closing mid-run cancels, *Copy report* / *Save report…*.

    Subclasses provide ``has_result()``, ``report_text()`` and ``report_name()``; the .ui file has
    ``cancelButton``, ``trustButton``, ``resultFrame``, ``resultTitle``, ``resultMessage``,
    ``copyReportButton``, ``saveReportButton``, ``statusLabel`` and ``closeButton``.
    """

    certificateTrusted = Signal(str, str)  # noqa: N815 - profile, sha256: trusted, and the window took it

    def __init__(self, ui_file: str, parent: QWidget | None = None):
        super().__init__(parent)
        load_ui(ui_file, self)
        self.ui = ui = UiRefs(self)
        self.setModal(False)
        self.setStyleSheet(result_panel_css())
        self.operation: Operation | None = None
        self.certificate_dialog: CertificateDialog | None = None
        #: The window's answer to "trust this fingerprint for this profile?" (request/answer, not a one-way
        #: signal: the window may refuse — it shows another profile now — and the dialog must hear it).
        #: None: no window to ask (the dialog alone); the trust is taken as given.
        self.trust: Callable[[str, str], bool] | None = None
        bold = QFont(ui.resultTitle.font())
        bold.setBold(True)
        ui.resultTitle.setFont(bold)
        for widget in (ui.resultFrame, ui.trustButton):
            widget.setVisible(False)
        self._enable_report(False)
        ui.cancelButton.clicked.connect(self.cancel)
        ui.copyReportButton.clicked.connect(self.copy_report)
        ui.saveReportButton.clicked.connect(self.save_report)
        ui.closeButton.clicked.connect(self.close)

    @property
    def running(self) -> bool:
        return self.operation is not None and self.operation.running

    def has_result(self) -> bool:
        raise NotImplementedError

    def report_text(self) -> str:
        raise NotImplementedError

    def report_name(self) -> str:
        raise NotImplementedError

    def report_record(self) -> dict | None:
        """The machine-readable report (diagnostics.py), or None."""
        return None

    def _enable_report(self, on: bool) -> None:
        self.ui.copyReportButton.setEnabled(on)
        self.ui.saveReportButton.setEnabled(on)

    def _run(self, job: Callable[[JobContext], object], name: str, **slots: Callable) -> Operation:
        """Start ``job`` in an Operation; ``slots``: progress=, line=, row=, finished=, crashed=."""
        op = Operation(job, name=name)
        for signal, slot in slots.items():
            getattr(op, signal).connect(self._guarded(op, slot))
        self.operation = op
        op.start()
        self.ui.cancelButton.setEnabled(True)
        return op

    def _guarded(self, op: Operation, slot: Callable) -> Callable:
        """``slot`` only while this dialog exists and ``op`` is still its current run.

        A run's last signals may arrive after the dialog was closed and destroyed (its window went) or
        after a new run replaced it (Cancel, close, reopen within milliseconds); they are dropped then.
        The wrapper takes any arguments, so no signal/slot arity check can fail on a half-deleted object.
        """
        def call(*args: object) -> None:
            if shiboken6.isValid(self) and self.operation is op:
                slot(*args)

        return call

    def cancel(self) -> None:
        if self.running and not self.operation.cancel_requested:
            self.operation.cancel()
            self.ui.cancelButton.setEnabled(False)
            self.ui.statusLabel.setText(translate("TestMailDialog", "Cancelling…"))

    def _show_crash(self, error: str, hint_label: QLabel) -> None:
        ui = self.ui
        ui.cancelButton.setEnabled(False)
        set_level(ui.resultFrame, "error")
        ui.resultTitle.setText(translate("TestMailDialog", "Unexpected error"))
        ui.resultMessage.setText(error)
        hint_label.setText(translate("TestMailDialog", "This is a defect of the program. Please report it "
                                                       "together with the log file."))
        ui.resultFrame.setVisible(True)
        ui.statusLabel.setText("")

    def _open_certificate(self, profile: str, server: str, cert, sha256: str, why: str,
                          trusted_status: str) -> CertificateDialog:
        """The certificate dialog (window-modal, no nested loop). On Trust: ``certificateTrusted(profile,
        sha256)``, the trust button goes and ``trusted_status`` says what happens next."""
        dialog = CertificateDialog(profile, server, cert, sha256=sha256, verify_error=why, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.trusted.connect(lambda fingerprint: self._trusted(profile, fingerprint, trusted_status))
        self.certificate_dialog = dialog
        dialog.open()
        return dialog

    def _trusted(self, profile: str, sha256: str, status: str) -> None:
        if self.trust is not None and not self.trust(profile, sha256):
            # Refused (the window shows why): the trust button stays, the user may switch back and trust again.
            self.ui.statusLabel.setText(translate("TestMailDialog", "The certificate was not trusted: the main "
                                                                    "window says why."))
            return
        self.certificateTrusted.emit(profile, sha256)
        self.ui.trustButton.setVisible(False)
        self.ui.statusLabel.setText(status)

    def copy_report(self) -> None:
        if self.has_result():
            self.ui.statusLabel.setText(copy_report(self.report_text()))

    def save_report(self) -> bool:
        if not self.has_result():
            return False
        saved, message = save_report_file(self, self.report_text(), self.report_name(), self.report_record())
        self.ui.statusLabel.setText(message)
        return saved

    def reject(self) -> None:  # Esc: cancels a running run first, closes otherwise
        if self.running:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.running:
            self.operation.cancel()  # it finishes on its own; the operation keeps itself alive
        super().closeEvent(event)


"""*Check DNS…* / *DNS prüfen…*: will receivers take mail from this sender through this relay?

``install(main_window)`` adds the action to the *Extras*/*Tools* menu (after *Check server…*). The
dialog takes the form's sender and SMTP server (saved or not), lets the user give the relay's outbound
IP(s) and a name server, and runs :func:`swyxon_desktop.dnscheck.check_dns` in a worker thread
(:class:`~swyxon_desktop.gui.shared.worker.Operation`; Cancel stops it before its next query). It shows each
part — MX, A/AAAA, SPF with its verdict and the deciding mechanism, DMARC, PTR — with a status icon and
words, the plain-language verdict, and *Copy* puts the whole report on the clipboard as text.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QStyle, QVBoxLayout,
                               QWidget)

from swyxon_desktop.gui.shared.style import error_text_css

CONTEXT = "DnsDialog"
translate = QCoreApplication.translate

_ICONS = {
    "ok": QStyle.StandardPixmap.SP_DialogApplyButton,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "problem": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "skipped": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


class DnsCheckDialog(QDialog):
    """The DNS check window (see the module docstring). ``snapshot()`` -> (profile, MailSettings, password)."""

    def __init__(self, snapshot: Callable, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dnsCheckDialog")
        self._snapshot = snapshot
        self.op = None
        self.report = None
        self.setWindowTitle(translate("DnsDialog", "Check DNS"))
        self.resize(820, 820)

        self.sender_edit = QLineEdit(objectName="dnsSenderEdit")
        self.server_edit = QLineEdit(objectName="dnsServerEdit")
        self.relay_edit = QLineEdit(objectName="dnsRelayEdit")
        self.relay_edit.setPlaceholderText(translate("DnsDialog", "e.g. 192.0.2.10, 2001:db8::10 (empty: the SMTP "
                                                                  "server's addresses, as candidates)"))
        self.nameserver_edit = QLineEdit(objectName="dnsNameserverEdit")
        self.nameserver_edit.setPlaceholderText(translate("DnsDialog", "empty: the system's resolver; or IP[:PORT]"))
        form = QFormLayout()
        for label, edit in ((translate("DnsDialog", "&Sender address:"), self.sender_edit),
                            (translate("DnsDialog", "SMTP se&rver:"), self.server_edit),
                            (translate("DnsDialog", "Relay &outbound IP(s):"), self.relay_edit),
                            (translate("DnsDialog", "&Name server:"), self.nameserver_edit)):
            buddy = QLabel(label)
            buddy.setBuddy(edit)
            form.addRow(buddy, edit)
        self.input_error = QLabel(objectName="dnsInputError")
        self.input_error.setStyleSheet(error_text_css())
        self.input_error.setWordWrap(True)
        self.input_error.hide()

        self.parts_box = QGroupBox(translate("DnsDialog", "Results"))
        box_layout = QVBoxLayout(self.parts_box)
        scroll = QScrollArea(objectName="dnsPartsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        self.parts_grid = QGridLayout(inner)
        self.parts_grid.setColumnStretch(1, 1)
        self.parts_grid.setRowStretch(2 * 5, 1)
        scroll.setWidget(inner)
        box_layout.addWidget(scroll)
        self.part_rows: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        self._titles: dict[str, str] = {}
        from swyxon_desktop import dnscheck

        for row, name in enumerate(dnscheck.PARTS):
            icon, title, text = QLabel(), QLabel(), QLabel()
            icon.setObjectName(f"dnsIcon_{name}")
            title.setObjectName(f"dnsTitle_{name}")
            text.setObjectName(f"dnsText_{name}")
            title.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            icon.setAlignment(Qt.AlignmentFlag.AlignTop)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._titles[name] = dnscheck.tr(dnscheck.PART_TITLES[name], lang=self._lang())
            title.setText("<b>" + _html(self._titles[name]) + "</b>")
            text.setContentsMargins(0, 0, 0, 8)
            self.parts_grid.addWidget(icon, 2 * row, 0)
            self.parts_grid.addWidget(title, 2 * row, 1)
            self.parts_grid.addWidget(text, 2 * row + 1, 1)
            self.part_rows[name] = (icon, title, text)

        self.verdict_label = QLabel(translate("DnsDialog", "&Verdict:"))
        self.verdict = QPlainTextEdit(objectName="dnsVerdict")
        self.verdict.setReadOnly(True)
        self.verdict.setMinimumHeight(90)
        self.verdict.setMaximumHeight(150)
        self.verdict_label.setBuddy(self.verdict)

        self.buttons = QDialogButtonBox()
        self.check_button = QPushButton(translate("DnsDialog", "&Check"), objectName="dnsCheckButton")
        self.cancel_button = QPushButton(translate("DnsDialog", "C&ancel"), objectName="dnsCancelButton")
        self.copy_button = QPushButton(translate("DnsDialog", "Cop&y"), objectName="dnsCopyButton")
        self.copy_button.setToolTip(translate("DnsDialog", "Copy the whole report as text"))
        self.close_button = QPushButton(translate("DnsDialog", "Close"), objectName="dnsCloseButton")
        for button, role in ((self.check_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.copy_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.close_button, QDialogButtonBox.ButtonRole.RejectRole)):
            button.setAutoDefault(False)
            self.buttons.addButton(button, role)
        self.check_button.setDefault(True)
        self.status = QLabel(objectName="dnsStatus")

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.input_error)
        layout.addWidget(self.parts_box, 1)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.verdict)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.check_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.copy_button.clicked.connect(self.copy)
        self.close_button.clicked.connect(self.reject)
        self.refresh()
        self._set_running(False)

    @staticmethod
    def _lang() -> str:
        from swyxon_desktop import i18n

        return i18n.language()

    # -- state ----------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.op is not None and self.op.running

    def refresh(self) -> None:
        """Take the sender and server from the form (saved or not)."""
        _, settings, _ = self._snapshot()
        self.sender_edit.setText(settings.sender)
        self.server_edit.setText(settings.server)

    def _set_running(self, running: bool) -> None:
        self.check_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.copy_button.setEnabled(not running and self.report is not None)
        for edit in (self.sender_edit, self.server_edit, self.relay_edit, self.nameserver_edit):
            edit.setReadOnly(running)

    def _inputs(self) -> tuple[list[str], str | None] | None:
        from swyxon_desktop import dnscheck

        ips = [p for p in self.relay_edit.text().replace(";", ",").replace(" ", ",").split(",") if p]
        for ip in ips:
            try:
                dnscheck.parse_ip(ip)
            except ValueError:
                return self._bad(translate("DnsDialog", "“{0}” is not an IP address.").format(ip), self.relay_edit)
        nameserver = self.nameserver_edit.text().strip() or None
        if nameserver:
            try:
                dnscheck.parse_nameserver(nameserver)
            except ValueError:
                return self._bad(translate("DnsDialog", "The name server must be an IP address, optionally with a "
                                                        "port: IP:PORT or [IPv6]:PORT."), self.nameserver_edit)
        self.input_error.hide()
        return ips, nameserver

    def _bad(self, text: str, edit: QLineEdit) -> None:
        self.input_error.setText(text)
        self.input_error.show()
        edit.setFocus()
        return None

    # -- run ------------------------------------------------------------------------------------------
    def start(self) -> bool:
        """Start a check with the values in the dialog; False when an input is invalid or one runs."""
        if self.running:
            return False
        inputs = self._inputs()
        if inputs is None:
            return False
        ips, nameserver = inputs
        sender, server = self.sender_edit.text().strip(), self.server_edit.text().strip()
        from swyxon_desktop.gui.shared.worker import Operation

        def job(ctx):
            from swyxon_desktop import dnscheck

            return dnscheck.check_dns(sender, server, ips, nameserver=nameserver,
                                      cancelled=lambda: ctx.token.cancelled, progress=ctx.on_event)

        self.report = None
        for name, (icon, title, text) in self.part_rows.items():
            icon.clear()
            title.setText("<b>" + _html(self._titles[name]) + "</b>")
            text.setText("…")
        self.verdict.clear()
        self.status.setText(translate("DnsDialog", "Asking DNS…"))
        self.op = Operation(job, name="dns-check")
        self.op.progress.connect(self._on_progress)
        self.op.finished.connect(self._on_finished)
        self.op.crashed.connect(self._on_crashed)
        self._set_running(True)
        self.op.start()
        return True

    def cancel(self) -> None:
        if self.op is not None:
            self.op.cancel()

    def _on_progress(self, part: str) -> None:
        from swyxon_desktop import dnscheck

        if part in dnscheck.PART_TITLES:
            self.status.setText(translate("DnsDialog", "Asking DNS: {0}…").format(
                dnscheck.tr(dnscheck.PART_TITLES[part], lang=self._lang())))

    def _on_finished(self, report) -> None:
        self.report = report
        lang = self._lang()
        style = self.style()
        for name, (icon, _title, text) in self.part_rows.items():
            part = report.parts.get(name)
            if part is None:
                icon.clear()
                text.setText("—")
                continue
            icon.setPixmap(style.standardIcon(_ICONS[part.status]).pixmap(20, 20))
            icon.setToolTip(part.status_text(lang))
            icon.setAccessibleName(part.status_text(lang))
            _title.setText(f"<b>{_html(self._titles[name])}</b> — {_html(part.status_text(lang))}")
            text.setText("<br>".join(_html(line.text(lang)) for line in part.lines))
        self.verdict.setPlainText(report.verdict(lang))
        self.status.setText(translate("DnsDialog", "Done in {0} s.").format(f"{report.elapsed_s:.1f}"))
        self._set_running(False)

    def _on_crashed(self, error: str) -> None:
        self.status.setText(translate("DnsDialog", "The check stopped unexpectedly: {0}").format(error))
        self._set_running(False)

    def report_text(self) -> str:
        """The report as plain text (what Copy puts on the clipboard)."""
        if self.report is None:
            return ""
        lang = self._lang()
        r = self.report
        out = [translate("DnsDialog", "DNS check for {0} (domain {1}), SMTP server {2}").format(
            r.sender, r.domain, r.server or "—")]
        for name in ("mx", "addresses", "spf", "dmarc", "ptr"):
            part = r.parts.get(name)
            if part is not None:
                out.append(f"[{part.status_text(lang).upper()}] {part.title(lang)}")
                out += ["    " + line.text(lang) for line in part.lines]
        out += ["", r.verdict(lang)]
        return "\n".join(out)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
        self.status.setText(translate("DnsDialog", "The report is on the clipboard."))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.cancel()  # a running check stops before its next query; the operation keeps itself alive
        super().closeEvent(event)

    def reject(self) -> None:
        self.cancel()
        super().reject()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def install(main_window) -> QAction:
    """Add *Check DNS…* to the window's Tools menu (once); the dialog is created on first use."""
    existing = getattr(main_window, "action_dns_check", None)
    if existing is not None:
        return existing
    action = QAction(translate("DnsDialog", "Check D&NS…"), main_window)
    action.setObjectName("actionDnsCheck")
    action.setToolTip(translate("DnsDialog", "Check the sender domain's MX, SPF, DMARC and the relay's PTR"))
    main_window.menu_tools.addAction(action)
    main_window.action_dns_check = action
    main_window.dns_dialog = None

    def open_dialog():
        if main_window.dns_dialog is None:
            main_window.dns_dialog = DnsCheckDialog(main_window.form_snapshot, parent=main_window)
        else:
            main_window.dns_dialog.refresh()
        main_window.dns_dialog.show()
        main_window.dns_dialog.raise_()
        main_window.dns_dialog.activateWindow()
        return main_window.dns_dialog

    main_window.open_dns_check = open_dialog
    action.triggered.connect(open_dialog)
    return action

"""*Check server…*: what the server offers, and which port and security work.

Layout: ``ui/probe_dialog.ui``. Non-modal. Each check takes the main window's form values at that
moment (``snapshot``) and runs :func:`swyxon_desktop.smtp.probe.probe` in an
:class:`~swyxon_desktop.gui.shared.worker.Operation` (never with credentials). The port matrix (configured
port + 25, 465, 587, each tried with SSL/TLS and with plain SMTP + STARTTLS) fills in row by row as the
results arrive; at the end the dialog shows the greeting, the capabilities before and after TLS, the
TLS version and cipher, the certificate (subject, issuer, SANs, validity, SHA-256, verification and
why), the configured settings' verdict and the recommendation.

Signals for the main window (mail_actions wires them):

* ``applyRequested(Recommendation)`` – *Apply recommended settings* (the form is filled, unsaved).
* ``certificateTrusted(profile, sha256)`` – the user trusted exactly this certificate.
* ``checkFinished(ProbeResult)``.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidgetItem, QWidget

from swyxon_desktop.failures import Category
from swyxon_desktop.gui.shared.certificate_dialog import CertificateDialog, CertificateView
from swyxon_desktop.gui.shared.report import (
    capabilities_text,
    duration_text,
    failure_texts,
    probe_report,
    recommendation_text,
    stage_title,
    trust_text,
)
from swyxon_desktop.checks import kinds
from swyxon_desktop.gui.shared.run_dialog import RunDialog, report_file_name, set_level, settings_summary
from swyxon_desktop.gui.shared.style import label_panel_css, status_color
from swyxon_desktop.gui.shared.texts import implicit_tls_text
from swyxon_desktop.gui.shared.worker import JobContext
from swyxon_desktop.settings import MailSettings, Security
from swyxon_desktop.smtp.probe import PROBE_PORTS, PortCheck, ProbeResult, probe

CONTEXT = "ProbeDialog"
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
COLUMNS = ("port", "attempt", "result", "tls", "auth", "time")



def attempt_text(attempt: Security) -> str:
    if attempt is Security.IMPLICIT:
        return implicit_tls_text()
    return translate("ProbeDialog", "SMTP + STARTTLS")


def tls_text(row: PortCheck) -> str:
    if row.tls is None:
        return "—"
    return f"{row.tls.version or '?'}, {trust_text(row.tls)}"


def row_result(row: PortCheck) -> tuple[str, str]:
    """(text, colour key) of a matrix row's result column."""
    if row.status == "skipped":
        if row.configured and row.failure is not None:  # what the configured way would have met
            return "✗ " + failure_texts(row.failure)[1], "failed"
        return translate("ProbeDialog", "– not needed (answered the other way)"), "skipped"
    if row.status == "cancelled":
        return translate("ProbeDialog", "– cancelled"), "skipped"
    if row.status == "ok":
        if row.tls is None and row.attempt is Security.STARTTLS:
            return translate("ProbeDialog", "✓ answers, unencrypted only"), "warning"
        return translate("ProbeDialog", "✓ answers"), "ok"
    if row.failure is not None:
        return "✗ " + failure_texts(row.failure)[0], "failed"
    return translate("ProbeDialog", "✗ no answer"), "failed"




class ProbeDialog(RunDialog):
    applyRequested = Signal(object)  # noqa: N815 - Recommendation
    checkFinished = Signal(object)  # noqa: N815 - ProbeResult
    ports: tuple[int, ...] = PROBE_PORTS  # the matrix's ports besides the configured one (tests: free ones)

    def __init__(self, snapshot: Callable[[], "tuple[str, MailSettings, str | None]"], *,
                 parent: QWidget | None = None):
        super().__init__("probe_dialog.ui", parent)
        ui = self.ui
        self._snapshot_fn = snapshot
        self.profile = ""
        self.settings = MailSettings()
        self.result: ProbeResult | None = None
        self._rows: dict[tuple[int, Security], int] = {}
        self._cert_tls = None

        self.certificate_view = CertificateView(ui.certificateHost)
        ui.certificateHost.layout().addWidget(self.certificate_view)
        table = ui.portTable
        header = table.horizontalHeader()
        for column in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        table.setWordWrap(False)
        ui.applyButton.setEnabled(False)
        ui.applyButton.setVisible(False)
        # The providers table's word on the settings (providers.py), shown before anything can fail.
        self.provider_label = QLabel(self)
        self.provider_label.setObjectName("providerLabel")
        self.provider_label.setWordWrap(True)
        self.provider_label.setTextFormat(Qt.TextFormat.PlainText)
        self.provider_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.provider_label.setVisible(False)
        layout = self.layout()
        layout.insertWidget(layout.indexOf(ui.introLabel) + 1, self.provider_label)
        ui.checkButton.clicked.connect(self.start)
        ui.applyButton.clicked.connect(self.apply_recommendation)
        ui.trustButton.clicked.connect(self.show_certificate)
        self.resize(max(self.width(), 1040), 720)

    # -- state ------------------------------------------------------------------------------------------
    def matrix_rows(self) -> list[tuple[str, ...]]:
        """The table's texts, row by row (what a person reads)."""
        table = self.ui.portTable
        return [tuple(table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount()))
                for r in range(table.rowCount())]

    # -- running --------------------------------------------------------------------------------------------
    def start(self) -> bool:
        if self.running:
            return False
        profile, settings, _typed = self._snapshot_fn()  # a password is never used by the check
        self.profile, self.settings = profile, settings
        self.result = None
        ui = self.ui
        ui.profileLabel.setText(settings_summary(profile, settings))
        from swyxon_desktop import providers

        self._show_provider(providers.recognise(settings.server, settings.sender), settings)
        self._fill_pending(settings)
        for value in (ui.greetingValue, ui.capsBeforeValue, ui.capsAfterValue, ui.tlsValue):
            value.setText("—")
        ui.serverGroup.setTitle(translate("ProbeDialog", "Server"))
        self.certificate_view.clear()
        ui.trustButton.setVisible(False)
        ui.applyButton.setEnabled(False)
        ui.applyButton.setVisible(False)
        ui.resultFrame.setVisible(False)
        self._enable_report(False)
        ui.statusLabel.setText(translate("ProbeDialog", "Checking {0}…").format(settings.server))

        ports = self.ports

        def job(ctx: JobContext) -> ProbeResult:  # worker thread: no widgets here
            result = probe(settings, ports=ports, on_event=ctx.on_event, on_row=ctx.on_row, cancel=ctx.token)
            for row in result.matrix:  # parse certificates here, not in the GUI thread
                if row.tls is not None:
                    _ = row.tls.certificate
            return result

        self._run(job, kinds.PROBE, progress=self._on_event, row=self._on_row, finished=self._on_finished,
                  crashed=self._on_crashed)
        ui.checkButton.setEnabled(False)
        return True

    def _show_provider(self, recognition, settings: MailSettings) -> None:
        """The provider and its advice (warnings first); hidden when no provider is recognised."""
        label = self.provider_label
        if recognition is None:
            label.setVisible(False)
            label.setText("")
            return
        from swyxon_desktop import providers

        advice = providers.advice(settings, recognition)
        lines = [recognition.text()] + [("⚠ " if a.level == "warning" else "• ") + a.text() for a in advice]
        label.setText("\n".join(lines))
        warning = any(a.level == "warning" for a in advice)
        label.setStyleSheet(label_panel_css("warning" if warning else "note"))
        label.setVisible(True)

    def _fill_pending(self, settings: MailSettings) -> None:
        table = self.ui.portTable
        table.setRowCount(0)
        self._rows.clear()
        configured_attempt = Security.IMPLICIT if settings.security is Security.IMPLICIT else Security.STARTTLS
        for port in dict.fromkeys((settings.port, *self.ports)):
            for attempt in (Security.IMPLICIT, Security.STARTTLS):
                index = table.rowCount()
                table.insertRow(index)
                self._rows[(port, attempt)] = index
                configured = port == settings.port and attempt is configured_attempt
                port_text = translate("ProbeDialog", "{0} (configured)").format(port) if configured else str(port)
                checking = translate("ProbeDialog", "checking…")
                self._set_cells(index, [port_text, attempt_text(attempt), checking, "", "", ""], "pending",
                                bold=configured)
        self._fit_table()
        table.setCurrentCell(-1, -1)

    def _fit_table(self) -> None:
        self.ui.portTable.resizeRowsToContents()

    def _set_cells(self, index: int, texts: list[str], colour: str, *, bold: bool | None = None,
                   tooltip: str = "") -> None:
        table = self.ui.portTable
        for column, text in enumerate(texts):
            item = table.item(index, column)
            if item is None:
                item = QTableWidgetItem()
                table.setItem(index, column, item)
            item.setText(text)
            item.setToolTip(tooltip)
            if bold is not None:
                font = QFont(item.font())
                font.setBold(bold)
                item.setFont(font)
        table.item(index, 2).setForeground(QBrush(status_color(colour)))

    def _on_event(self, event) -> None:
        if event.status == "started":
            text = translate("ProbeDialog", "Configured port: {0}…").format(stage_title(event.stage))
            self.ui.statusLabel.setText(text)

    def _on_row(self, row: PortCheck) -> None:
        index = self._rows.get((row.port, row.attempt))
        if index is None:
            return
        text, colour = row_result(row)
        tooltip = ""
        if row.failure is not None:
            _title, message, hint = failure_texts(row.failure)
            tooltip = f"{message}\n{hint}"
        elif row.greeting:
            tooltip = row.greeting
        port_text = self.ui.portTable.item(index, 0).text()
        auth = " ".join(row.auth_mechanisms) if row.status == "ok" else ""
        if row.status == "ok" and not auth:
            auth = translate("ProbeDialog", "none offered")
        self._set_cells(index, [port_text, attempt_text(row.attempt), text, tls_text(row), auth,
                                duration_text(row.elapsed_ms)], colour, tooltip=tooltip)

    def _on_finished(self, result: ProbeResult) -> None:
        self.result = result
        ui = self.ui
        for row in result.matrix:  # every row once more: a row's own signal may have been its last word
            self._on_row(row)
        self._show_server(result)
        if result.provider is not None and self.provider_label.isHidden():  # known by its greeting only
            self._show_provider(result.provider, self.settings)
        self._show_verdict(result)
        ui.checkButton.setEnabled(True)
        ui.cancelButton.setEnabled(False)
        self._enable_report(True)
        seconds = QLocale().toString(result.elapsed_s, "f", 1)
        ui.statusLabel.setText(translate("ProbeDialog", "Cancelled after {0} s.").format(seconds) if result.cancelled
                               else translate("ProbeDialog", "Checked in {0} s.").format(seconds))
        self.checkFinished.emit(result)

    def _on_crashed(self, error: str) -> None:
        self.ui.checkButton.setEnabled(True)
        self._show_crash(error, self.ui.recommendationLabel)

    def _detail_row(self, result: ProbeResult) -> PortCheck | None:
        """The row whose server details are shown: the configured one when it answered, else the
        recommended one, else any that answered."""
        configured = result.configured
        if configured is not None and configured.status == "ok":
            return configured
        rec = result.recommendation
        answered = [r for r in result.matrix if r.status == "ok"]
        if rec is not None:
            for row in answered:
                if (row.port, row.attempt) == (rec.port, rec.security):
                    return row
        if answered:
            return answered[0]
        # A cancelled check shows no server details it did not really learn ("After TLS: no TLS").
        return None if result.cancelled else configured

    def _show_server(self, result: ProbeResult) -> None:
        ui = self.ui
        row = self._detail_row(result)
        if row is None:
            return
        ui.serverGroup.setTitle(translate("ProbeDialog", "Server on port {0} ({1})").format(
            row.port, attempt_text(row.attempt)))
        ui.greetingValue.setText(row.greeting or "—")
        if row.attempt is Security.IMPLICIT:
            ui.capsBeforeValue.setText(translate("ProbeDialog", "none – TLS from the first byte"))
        else:
            ui.capsBeforeValue.setText(capabilities_text(row.features_before_tls))
        no_tls = translate("ProbeDialog", "no TLS")
        ui.capsAfterValue.setText(capabilities_text(row.features) if row.tls is not None else no_tls)
        # The certificate shown: this row's, else the first row that met one (and which port that was).
        cert_row = row if row.tls is not None else next((r for r in result.matrix if r.tls is not None), None)
        tls = cert_row.tls if cert_row is not None else None
        if row.tls is not None:
            bits = f", {row.tls.bits} bit" if row.tls.bits else ""
            ui.tlsValue.setText(f"{row.tls.version}, {row.tls.cipher}{bits}")
        else:
            ui.tlsValue.setText(translate("ProbeDialog", "not encrypted"))
        if tls is not None:
            self.certificate_view.set_tls(tls)
            ui.certificateGroup.setTitle(translate("ProbeDialog", "Certificate (port {0})").format(cert_row.port))
        else:
            self.certificate_view.clear()
            ui.certificateGroup.setTitle(translate("ProbeDialog", "Certificate"))
        ui.trustButton.setVisible(tls is not None and not tls.trusted)
        self._cert_tls = tls

    def _show_verdict(self, result: ProbeResult) -> None:
        ui = self.ui
        failure = result.failure
        if result.cancelled:
            set_level(ui.resultFrame, "warning")
            ui.resultTitle.setText(translate("ProbeDialog", "The check was cancelled"))
            ui.resultMessage.setText(translate("ProbeDialog", "Rows that finished before the cancel show real "
                                                              "results; nothing is concluded from the others."))
            ui.recommendationLabel.setText("")
            ui.applyButton.setEnabled(False)
            ui.applyButton.setVisible(False)
            ui.resultFrame.setVisible(True)
            return
        if result.ok:
            set_level(ui.resultFrame, "success")
            ui.resultTitle.setText(translate("ProbeDialog", "The configured settings work"))
            ui.resultMessage.setText(translate("ProbeDialog", "Port {0} answers as configured, with a trusted "
                                                              "certificate where TLS is "
                                        "used.").format(self.settings.port))
        elif failure is not None:
            title, message, hint = failure_texts(failure)
            level = "warning" if failure.category is Category.CANCELLED else "error"
            set_level(ui.resultFrame, level)
            ui.resultTitle.setText(translate("ProbeDialog", "The configured settings do not work: {0}").format(title))
            ui.resultMessage.setText(f"{message}\n{hint}")
        rec = result.recommendation
        text = translate("ProbeDialog", "Recommendation: {0}").format(recommendation_text(result))
        ui.recommendationLabel.setText(text)
        ui.applyButton.setEnabled(rec is not None and bool(rec.changes))
        ui.applyButton.setVisible(ui.applyButton.isEnabled())
        ui.resultFrame.setVisible(True)

    # -- actions ---------------------------------------------------------------------------------------------
    def apply_recommendation(self) -> bool:
        rec = self.result.recommendation if self.result else None
        if rec is None or not rec.changes:
            return False
        self.applyRequested.emit(rec)
        self.ui.applyButton.setEnabled(False)
        self.ui.statusLabel.setText(translate("ProbeDialog", "The recommended settings are in the form (not saved "
                                                             "yet)."))
        return True

    def show_certificate(self) -> CertificateDialog | None:
        tls = self._cert_tls
        if tls is None or tls.trusted:
            return None
        return self._open_certificate(self.profile, self.settings.server, tls.certificate, tls.sha256,
                                      tls.verify_error,
                                      translate("ProbeDialog", "Certificate trusted for this profile (not saved yet)."))

    def report_text(self) -> str:
        if self.result is None:
            return ""
        return probe_report(self.profile, self.settings, self.result,
                            password_source=translate("ProbeDialog", "not used (the check never sends credentials)"),
                            record=self.report_record())

    def has_result(self) -> bool:
        return self.result is not None

    def report_name(self) -> str:
        return report_file_name("server-check", self.profile)

    def report_record(self) -> dict | None:
        if self.result is None:
            return None
        from swyxon_desktop.checks import record as diagnostics
        from swyxon_desktop.gui.shared.system import gui_versions

        return diagnostics.build_record(self.profile, self.settings, probe=self.result, extra_versions=gui_versions())

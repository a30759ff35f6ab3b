"""*Send test mail…*: one test message along the real send path, watched live.

Layout: ``ui/test_mail_dialog.ui``. The dialog is non-modal. Each *Send* takes the main window's form
values at that moment (saved or not) through the ``snapshot`` callable, and the keychain password
unless a new one was typed (looked up in the worker thread; a keychain failure is shown as the result,
never a crash). The engine (:func:`swyxon_desktop.smtp.send_test_mail`) runs in an
:class:`~swyxon_desktop.gui.shared.worker.Operation`; stage events and transcript lines arrive as queued
signals and fill the stage list (ticks and timings; stages the settings do not use or the run did not
reach are shown as skipped) and the transcript. The result panel names the category, the stage, the
SMTP code and enhanced status, the server's text and the hint. A certificate that does not verify can
be trusted explicitly (:class:`~swyxon_desktop.gui.shared.certificate_dialog.CertificateDialog`).

Signals for the main window (mail_actions wires them):

* ``recipientUsed(profile, recipient)`` – a run started with this recipient (remember it).
* ``certificateTrusted(profile, sha256)`` – the user trusted exactly this certificate.
* ``runFinished(SendResult)``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QBrush, QFont, QFontDatabase
from PySide6.QtWidgets import QComboBox, QHeaderView, QTreeWidgetItem, QWidget

from swyxon_desktop.checks.run import StageEvent
from swyxon_desktop.failures import Category, Failure
from swyxon_desktop.gui.shared.certificate_dialog import CertificateDialog
from swyxon_desktop.gui.shared.report import (
    code_text,
    duration_text,
    event_detail,
    failure_texts,
    stage_title,
    test_mail_report,
)
from swyxon_desktop.checks import kinds
from swyxon_desktop.gui.shared.run_dialog import RunDialog, report_file_name, set_level, settings_summary
from swyxon_desktop.gui.shared.style import status_color
from swyxon_desktop.gui.shared.worker import JobContext
from swyxon_desktop.checks.credentials import PasswordSource, auth_refused, resolve_credentials
from swyxon_desktop.checks.plan import PlannedStage, Skip, stage_plan
from swyxon_desktop.settings import AddressProblem, MailSettings, address_strict
from swyxon_desktop.smtp import SendResult, send_test_mail
from swyxon_desktop.smtp import errors as smtp_errors
from swyxon_desktop.smtp.preflight import check_without_sending
from swyxon_desktop.smtp.transcript import Redactor

CONTEXT = "TestMailDialog"
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

#: (profile name, the form's settings, the typed password or None) – MainWindow.form_snapshot
SnapshotFn = Callable[[], "tuple[str, MailSettings, str | None]"]


PENDING, RUNNING, OK, FAILED, SKIPPED = "pending", "running", "ok", "failed", "skipped"
CANCELLED = "cancelled"
SEND, CHECK = "send", "check"  # the dialog's two modes (modeCombo)


def password_source_text(source: str) -> str:
    """How the password's source (checks/credentials.py) reads in the report."""
    return {PasswordSource.TYPED: translate("TestMailDialog", "typed in the window (not saved) – not included"),
            PasswordSource.KEYCHAIN: translate("TestMailDialog", "from the system keychain – not included"),
            PasswordSource.NONE: translate("TestMailDialog", "not used")}[PasswordSource(source)]


def recipient_error(text: str) -> str | None:
    """Why ``text`` cannot be a recipient (translated), or None: ``settings.address_strict``, trimmed (what
    is sent is the trimmed address)."""
    problem = address_strict(text, trim=True).problem
    if problem is AddressProblem.EMPTY:
        return translate("TestMailDialog", "Enter the recipient's e-mail address.")
    if problem is AddressProblem.CONTROL:
        return translate("TestMailDialog", "The address must not contain line breaks or control characters.")
    if problem is AddressProblem.INVALID:
        return translate("TestMailDialog", "This is not a valid e-mail address (for example admin@firma.de).")
    return None


def failure_detail_lines(failure: Failure) -> list[str]:
    """'Stage: …', 'SMTP code: …', 'Server: …' for the result panel (translated labels)."""
    lines = [translate("TestMailDialog", "Stage: {0}").format(stage_title(failure.stage))]
    code = code_text(failure)
    if code:
        lines.append(translate("TestMailDialog", "SMTP code: {0}").format(code))
    if failure.server_text:
        lines.append(translate("TestMailDialog", "Server: {0}").format(failure.server_text.replace("\n", " | ")))
    return lines


@dataclass
class RunOutcome:
    """What the worker hands back: the engine's result and how the password was obtained."""

    result: SendResult
    password_source: PasswordSource
    redactor: Redactor  # knows the password's forms, for the report's last scrub; never shown
    delivery: object | None = None  # the delivery confirmation's DeliveryResult, when one ran
    dns: object | None = None  # the DNS check after it (dnscheck.DnsReport; gui/checks/verdict_view.py)


@dataclass
class _Row:
    stage: str
    item: QTreeWidgetItem
    status: str = PENDING


def skip_text(reason: Skip) -> str:
    """Why a planned stage is not passed, for its row (translated)."""
    return {Skip.TLS_OFF: translate("TestMailDialog", "skipped: Use SSL is off"),
            Skip.AUTH_OFF: translate("TestMailDialog", "skipped: SMTP authentication is off")}[reason]


class TestMailDialog(RunDialog):
    recipientUsed = Signal(str, str)  # noqa: N815 - profile, recipient
    runFinished = Signal(object)  # noqa: N815 - SendResult
    imapCertificateTrusted = Signal(str, str)  # noqa: N815 - profile, sha256 of the confirmation mailbox's server

    def __init__(self, snapshot: SnapshotFn, password_lookup: Callable[[str], str | None], *,
                 recipient_for: Callable[[str, MailSettings], str] | None = None, parent: QWidget | None = None,
                 delivery=None):
        super().__init__("test_mail_dialog.ui", parent)
        ui = self.ui
        self._snapshot_fn = snapshot
        self._password_lookup = password_lookup
        self._recipient_for = recipient_for
        self.profile = ""
        self.settings = MailSettings()
        self.outcome: RunOutcome | None = None
        self.run_settings: MailSettings | None = None
        self.run_profile = ""
        self.run_allowed_insecure = False  # the last run had the one-run permission for unencrypted AUTH
        self._rows: list[_Row] = []
        self._cursor = 0
        self._current: int | None = None
        self._recipient_touched = False
        self._lines_shown = 0  # transcript lines shown live in this run
        from swyxon_desktop.gui.checks.delivery_view import DeliveryControls

        self.delivery = DeliveryControls(self, delivery)  # "Confirm delivery" (delivery_view.DeliveryAccess)
        from swyxon_desktop.gui.checks.verdict_view import VerdictControls

        self.verdict = VerdictControls(self)  # the DNS check after the delivery and the one verdict

        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        ui.transcriptView.setFont(mono)
        header = ui.stageList.header()
        header.setStretchLastSection(True)
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        ui.mainSplitter.setStretchFactor(0, 1)
        ui.mainSplitter.setStretchFactor(1, 1)
        ui.recipientError.setVisible(False)
        # Send a test mail, or check without sending (the send path up to RCPT TO, then RSET: no DATA).
        self.modeCombo = QComboBox(self)
        self.modeCombo.setObjectName("modeCombo")
        self.modeCombo.addItem(translate("TestMailDialog", "Send test mail"), SEND)
        self.modeCombo.addItem(translate("TestMailDialog", "Check without sending"), CHECK)
        self.modeCombo.setAccessibleName(translate("TestMailDialog", "What to do"))
        ui.recipientRow.insertWidget(ui.recipientRow.indexOf(ui.sendButton), self.modeCombo)
        # Tab along the row as it reads: recipient, Confirm delivery, seconds, delete (delivery_view), mode, Send
        self.setTabOrder(self.delivery.delete_check, self.modeCombo)
        self.setTabOrder(self.modeCombo, ui.sendButton)
        self._send_text = ui.sendButton.text()
        self.modeCombo.currentIndexChanged.connect(self._on_mode_changed)

        # The row also holds Confirm delivery, its seconds, delete, the mode and the buttons: the address
        # keeps room for a whole ordinary address (the dialog grows instead of squeezing it).
        ui.recipientEdit.setMinimumWidth(ui.recipientEdit.fontMetrics().horizontalAdvance("x" * 30))
        ui.recipientEdit.textEdited.connect(self._on_recipient_edited)
        ui.recipientEdit.returnPressed.connect(self.send)
        ui.sendButton.clicked.connect(self.send)
        ui.trustButton.clicked.connect(self.show_certificate)
        self.refresh()
        self.resize(max(self.width(), 860), max(self.height(), 740))

    # -- state ------------------------------------------------------------------------------------------
    @property
    def sending(self) -> bool:
        """True: "Send test mail"; False: "Check without sending"."""
        return self.modeCombo.currentData() != CHECK

    def set_mode(self, mode: str) -> None:
        self.modeCombo.setCurrentIndex(self.modeCombo.findData(mode))

    def _on_mode_changed(self, _index: int) -> None:
        self.ui.sendButton.setText(self._send_text if self.sending else translate("TestMailDialog", "Chec&k"))
        if not self.running:
            self._clear_result()
            self._build_rows(self.settings)

    @property
    def result(self) -> SendResult | None:
        return self.outcome.result if self.outcome else None

    def stage_rows(self) -> list[tuple[str, str, str]]:
        """(stage, status, time text) of every row (for tests and the screen reader alike)."""
        return [(r.stage, r.status, r.item.text(2)) for r in self._rows]

    # -- form values ------------------------------------------------------------------------------------
    def refresh(self) -> tuple[str, MailSettings, str | None]:
        """Take the main window's current values: the summary line, the stage plan, the recipient.
        Returns them (profile name, settings, the typed password or None)."""
        profile, settings, typed = self._snapshot_fn()
        changed_profile = profile != self.profile
        self.profile, self.settings = profile, settings
        self.ui.profileLabel.setText(settings_summary(profile, settings))
        # SSL off with AUTH on and no opt-in in the profile: the one-run permission is offered (unticked).
        offer = settings.insecure_auth and not settings.allow_insecure_auth
        if not offer:
            self.ui.allowInsecureCheck.setChecked(False)
        self.ui.allowInsecureCheck.setVisible(offer)
        self.delivery.update(settings)
        if not self.running and self.outcome is not None and (profile, settings.replace(last_recipient="")) != (
                self.run_profile, (self.run_settings or settings).replace(last_recipient="")):
            self._clear_result()  # the result of other settings than the form's now: not shown as theirs
        if not self.running and self.outcome is None:
            self._build_rows(settings)
        if changed_profile or not self.ui.recipientEdit.text().strip():
            remembered = self._recipient_for(profile, settings) if self._recipient_for else settings.last_recipient
            self.ui.recipientEdit.setText(remembered or "")
            self._recipient_touched = False
        self._update_recipient_state()
        return profile, settings, typed

    def _clear_result(self) -> None:
        self.outcome = None
        self.ui.transcriptView.clear()
        self._lines_shown = 0
        self.ui.resultFrame.setVisible(False)
        self.ui.trustButton.setVisible(False)
        self._enable_report(False)
        self.ui.statusLabel.setText("")

    def _on_recipient_edited(self, _text: str) -> None:
        self._recipient_touched = True
        self._update_recipient_state()

    def _update_recipient_state(self) -> None:
        text = self.ui.recipientEdit.text()
        error = recipient_error(text)
        show = error is not None and (self._recipient_touched or bool(text.strip()))
        self.ui.recipientError.setText(error if show else "")
        self.ui.recipientError.setVisible(show)
        self.ui.recipientEdit.setAccessibleDescription(error or "")
        self.ui.sendButton.setEnabled(error is None and not self.running)

    # -- the stage list -----------------------------------------------------------------------------------
    def _build_rows(self, settings: MailSettings) -> None:
        self.ui.stageList.clear()
        self._rows, self._cursor, self._current = [], 0, None
        self._add_rows(stage_plan(settings, send=self.sending, delivery=self.delivery.wanted(settings),
                                  dns=self.verdict.wanted(settings)))

    def _add_rows(self, plan: list[PlannedStage]) -> None:
        """A row per planned stage, as the plan says (checks/plan.py): pending, or skipped and why."""
        for planned in plan:
            item = QTreeWidgetItem(self.ui.stageList)
            title = stage_title(planned.stage)
            if planned.again:
                title = translate("TestMailDialog", "{0}, again after TLS").format(title)
            item.setText(0, title)
            row = _Row(planned.stage, item)
            self._rows.append(row)
            if planned.skipped is not None:
                self._set_row(row, SKIPPED, detail=skip_text(planned.skipped))
            else:
                self._set_row(row, PENDING)

    def _set_row(self, row: _Row, status: str, *, elapsed_ms: float | None = None, detail: str | None = None) -> None:
        row.status = status
        words = {PENDING: translate("TestMailDialog", "waiting"), RUNNING: translate("TestMailDialog", "… running"),
                 OK: translate("TestMailDialog", "✓ done"), FAILED: translate("TestMailDialog", "✗ failed"),
                 SKIPPED: translate("TestMailDialog", "– skipped"),
                 CANCELLED: translate("TestMailDialog", "– cancelled")}
        item = row.item
        item.setText(1, words[status])
        if elapsed_ms is not None:
            item.setText(2, duration_text(elapsed_ms))
        if detail is not None:
            item.setText(3, detail)
            item.setToolTip(3, detail)
        brush = QBrush(status_color(status))
        for column in (0, 1):
            item.setForeground(column, brush)
        font = QFont(item.font(0))
        font.setItalic(status in (PENDING, SKIPPED, CANCELLED))
        font.setBold(status == FAILED)
        item.setFont(0, font)
        item.setFont(1, font)

    def _find_pending(self, stage: str) -> int | None:
        for index in range(self._cursor, len(self._rows)):
            row = self._rows[index]
            if row.stage == stage and row.status == PENDING:
                return index
        return None

    def _on_event(self, event: StageEvent) -> None:
        if event.status == "started" and self._current is not None and (
                self._rows[self._current].stage == event.stage and self._rows[self._current].status == RUNNING):
            self._set_row(self._rows[self._current], RUNNING, detail=event_detail(event))  # a stage's news
            return
        if event.status == "started":
            index = self._find_pending(event.stage)
            if index is None and event.stage == smtp_errors.RESOLVE and self._cursor > 0:
                # A second connection (the certificate compared with the pinned fingerprint): the rows
                # the first connection did not reach make way for a fresh plan.
                for row in self._rows[self._cursor:]:
                    if row.status == PENDING:
                        self.ui.stageList.invisibleRootItem().removeChild(row.item)
                self._rows = [r for i, r in enumerate(self._rows) if i < self._cursor or r.status != PENDING]
                self._cursor = len(self._rows)
                separator = QTreeWidgetItem(self.ui.stageList)
                separator.setText(0, translate("TestMailDialog", "Second connection"))
                separator.setFirstColumnSpanned(True)
                separator.setDisabled(True)
                self._add_rows([p for p in stage_plan(self.run_settings or self.settings) if p.passed])
                index = self._find_pending(event.stage)
            if index is None:
                self._add_rows([PlannedStage(event.stage)])
                index = len(self._rows) - 1
            self._current, self._cursor = index, index + 1
            row = self._rows[index]
            self._set_row(row, RUNNING, detail=event_detail(event))
            self.ui.stageList.scrollToItem(row.item)
            return
        row = None
        if self._current is not None and self._rows[self._current].stage == event.stage:
            row = self._rows[self._current]
        else:
            row = next((r for r in reversed(self._rows) if r.stage == event.stage and r.status == RUNNING), None)
        if row is None:
            return
        if event.status == "ok":
            self._set_row(row, OK, elapsed_ms=event.elapsed_ms, detail=event_detail(event))
        elif event.status == "cancelled":
            self._set_row(row, CANCELLED, elapsed_ms=event.elapsed_ms, detail="")
        else:
            detail = failure_texts(Failure(Category(event.category), ""))[0] if event.category else event.detail
            self._set_row(row, FAILED, elapsed_ms=event.elapsed_ms, detail=detail)

    def _finish_rows(self, result: SendResult) -> None:
        cancelled = result.failure is not None and result.failure.category is Category.CANCELLED
        for row in self._rows:
            if row.status == RUNNING:
                self._set_row(row, CANCELLED if cancelled else FAILED)
            elif row.status == PENDING:
                note = (translate("TestMailDialog", "skipped: cancelled") if cancelled
                        else translate("TestMailDialog", "skipped: not reached"))
                self._set_row(row, SKIPPED, detail=note)

    # -- running ------------------------------------------------------------------------------------------
    def send(self) -> bool:
        """Start a test with the form's current values. False when it cannot start (running, bad recipient)."""
        if self.running:
            return False
        profile, settings, typed = self.refresh()
        recipient = self.ui.recipientEdit.text().strip()
        error = recipient_error(recipient)
        if error is not None:
            self._recipient_touched = True
            self._update_recipient_state()
            self.ui.recipientEdit.setFocus()
            return False
        self.run_profile, self.run_settings = profile, settings
        allow_once = settings.insecure_auth and self.ui.allowInsecureCheck.isChecked()
        refused = auth_refused(settings, allow_insecure_once=allow_once)
        self.run_allowed_insecure = allow_once
        self.ui.allowInsecureCheck.setChecked(False)  # one run: the next one needs the explicit act again
        self._clear_result()
        self._build_rows(settings)
        sending = self.sending
        self.ui.statusLabel.setText(translate("TestMailDialog", "Sending…") if sending
                                    else translate("TestMailDialog", "Checking…"))
        self.recipientUsed.emit(profile, recipient)
        lookup = self._password_lookup
        # the confirmation's worker half, or None (nothing to confirm when nothing is sent)
        confirm = self.delivery.prepare(settings) if sending else None
        dns_check = self.verdict.prepare(settings, sending)  # the DNS check after it, or None

        def job(ctx: JobContext) -> RunOutcome:  # worker thread: no widgets here
            # typed, the keychain or none (refused: the engine stops at AUTH, no keychain needed)
            credentials = resolve_credentials(settings, typed, profile, lookup, refused=refused)
            source = credentials.source
            if credentials.failure is not None:  # the keychain could not be read: that is the result
                return RunOutcome(SendResult(ok=False, failure=credentials.failure, recipient=recipient,
                                             elapsed_s=0.0), source, Redactor())
            password = credentials.password if isinstance(credentials.password, str) else None
            run = send_test_mail if sending else check_without_sending
            result = run(settings, password, recipient, profile=profile, on_event=ctx.on_event,
                         on_line=ctx.on_line, cancel=ctx.token, allow_insecure_auth=allow_once)
            delivery = confirm(ctx, profile, result) if confirm is not None and result.ok else None
            dns = dns_check(ctx, result, delivery) if dns_check is not None else None
            return RunOutcome(result, source, Redactor(password, settings.username if settings.use_auth else ""),
                              delivery, dns)

        self._run(job, kinds.TEST_MAIL, progress=self._on_event, line=self._on_line, finished=self._on_finished,
                  crashed=self._on_crashed)
        self.ui.sendButton.setEnabled(False)
        self.ui.recipientEdit.setReadOnly(True)
        self.delivery.update(settings)
        return True

    def _on_line(self, line) -> None:
        # The engine escapes server text and sends only the transcript's head live (transcript.py).
        self._lines_shown += 1
        self.ui.transcriptView.appendPlainText(str(line))

    def _end_run(self) -> None:
        self.ui.cancelButton.setEnabled(False)
        self.ui.recipientEdit.setReadOnly(False)
        self._update_recipient_state()
        self.delivery.update(self.settings)

    def _on_finished(self, outcome: RunOutcome) -> None:
        self.outcome = outcome
        result = outcome.result
        delivery_lines = outcome.delivery.transcript if outcome.delivery is not None else []
        if len(result.transcript) + len(delivery_lines) != self._lines_shown:
            # cut in the middle: show its head, note and tail (and the IMAP dialogue after it)
            self.ui.transcriptView.setPlainText("\n".join(
                [result.transcript_text()] + [str(line) for line in delivery_lines]))
        self._finish_rows(result)
        self._end_run()
        self._show_result(result)
        if outcome.delivery is not None:
            self.delivery.show(outcome.delivery)
        self.verdict.show(outcome)
        self._enable_report(True)
        self.ui.statusLabel.setText("")
        self.runFinished.emit(result)

    def _on_crashed(self, error: str) -> None:
        self._end_run()
        self.ui.resultDetails.setText("")
        self._show_crash(error, self.ui.resultHint)

    def _show_result(self, result: SendResult) -> None:
        ui = self.ui
        failure = result.failure
        if failure is None:
            set_level(ui.resultFrame, "success")
            ui.resultTitle.setText(translate("TestMailDialog", "Test mail accepted") if result.sent
                                   else translate("TestMailDialog", "Check passed: nothing was sent"))
            ui.resultMessage.setText(translate("Failure", result.ok_message).format(result.recipient))
            details = []
            if result.message_id:
                details.append(translate("TestMailDialog", "Message-ID: {0}").format(result.message_id))
            if result.server_text:
                answer = f"{result.smtp_code} {result.server_text}"
                details.append(translate("TestMailDialog", "Server: {0}").format(answer))
            seconds = QLocale().toString(result.elapsed_s, "f", 2)
            details.append(translate("TestMailDialog", "Duration: {0} s").format(seconds))
            ui.resultDetails.setText("\n".join(details))
            ui.resultHint.setText(translate("Failure", result.ok_hint))
            ui.trustButton.setVisible(False)
        else:
            title, message, hint = failure_texts(failure)
            level = "warning" if failure.category is Category.CANCELLED else "error"
            set_level(ui.resultFrame, level)
            ui.resultTitle.setText(title)
            ui.resultMessage.setText(message)
            ui.resultDetails.setText("\n".join(failure_detail_lines(failure)))
            ui.resultHint.setText(translate("TestMailDialog", "What to do: {0}").format(hint))
            ui.trustButton.setVisible(self._untrusted_certificate() is not None)
        ui.resultFrame.setAccessibleName(ui.resultTitle.text())
        ui.resultFrame.setVisible(True)

    # -- certificate trust ----------------------------------------------------------------------------------
    def _untrusted_certificate(self) -> tuple[dict | None, str, str] | None:
        """(certificate details, sha256, why not verified) of a run that failed on the certificate."""
        result = self.result
        if result is None or result.failure is None or result.failure.category is not Category.CERTIFICATE_INVALID:
            return None
        details = result.failure.details or {}
        sha256 = details.get("sha256") or (details.get("certificate") or {}).get("sha256")
        if not sha256:
            return None
        return details.get("certificate"), sha256, details.get("verify_error", "")

    def show_certificate(self) -> CertificateDialog | None:
        delivery = self.outcome.delivery if self.outcome else None
        if self.delivery.untrusted(delivery) is not None:  # the confirmation mailbox's server
            return self.delivery.show_certificate(delivery, self.run_profile, self.run_settings or self.settings)
        found = self._untrusted_certificate()
        if found is None:
            return None
        cert, sha256, why = found
        settings = self.run_settings or self.settings
        return self._open_certificate(self.run_profile, f"{settings.server}:{settings.port}", cert, sha256, why,
                                      translate("TestMailDialog", "Certificate trusted for this profile (not saved "
                                                                  "yet). Send again to "
                                                "test with it."))

    # -- the report -----------------------------------------------------------------------------------------
    def report_text(self) -> str:
        if self.outcome is None:
            return ""
        text = test_mail_report(self.run_profile, self.run_settings or self.settings, self.outcome.result,
                                password_source=password_source_text(self.outcome.password_source),
                                redactor=self.outcome.redactor, allowed_once=self.run_allowed_insecure,
                                record=self.report_record())
        if self.outcome.delivery is not None:  # the IMAP part: already redacted by its engine
            text = text.rstrip("\n") + "\n" + "\n".join(self.delivery.report_lines(self.outcome.delivery)) + "\n"
        verdict_lines = self.verdict.report_lines(self.outcome)
        if verdict_lines:  # the DNS check and the one verdict, last
            text = text.rstrip("\n") + "\n" + "\n".join(verdict_lines) + "\n"
        return text

    def has_result(self) -> bool:
        return self.outcome is not None

    def report_name(self) -> str:
        return report_file_name(kinds.TEST_MAIL, self.run_profile)

    def report_record(self) -> dict | None:
        if self.outcome is None:
            return None
        from swyxon_desktop.checks import record as diagnostics
        from swyxon_desktop.gui.shared.system import gui_versions

        return diagnostics.build_record(self.run_profile, self.run_settings or self.settings, send=self.outcome.result,
                                        redactor=self.outcome.redactor, extra_versions=gui_versions(),
                                        allowed_insecure_once=self.run_allowed_insecure,
                                        delivery=self.outcome.delivery)

    # -- closing -------------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.running:
            self.refresh()

"""*Confirm delivery* in the *Send test mail* dialog: the check box, the stage "delivery" after QUIT, the
result panel's delivery part, the report's section and trusting the IMAP server's certificate.

The confirmation (:func:`swyxon_desktop.delivery.confirm_delivery`) runs in the same worker thread as
the test mail, right after the relay's 250; its stage events and (redacted) IMAP lines arrive through
the same queued signals and fill the same stage list and transcript. Cancel stops it as it stops the
SMTP part. The IMAP password is the one typed in the settings window (not saved yet) or the keychain's
(looked up in the worker thread).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QCheckBox, QSpinBox, QWidget

from swyxon_desktop.settings import MailSettings

if TYPE_CHECKING:
    from swyxon_desktop.gui.checks.test_mail_dialog import TestMailDialog

translate = QCoreApplication.translate
DEFAULT_TIMEOUT_S = 120  # swyxon_desktop.delivery.DEFAULT_TIMEOUT_S (tests/delivery/test_gui.py keeps them equal)


@dataclass
class DeliveryAccess:
    """What the dialog needs from the window: the typed IMAP password (or None), the keychain lookup
    (called in the worker thread; raises KeychainError), and its answer to "trust this IMAP certificate
    for this profile?" (None: taken as given)."""

    typed: Callable[[], "str | None"]
    lookup: Callable[[str], "str | None"]
    trust: "Callable[[str, str], bool] | None" = None


class DeliveryControls:
    """The dialog's delivery part; ``access`` None: a dialog without the window (no confirmation)."""

    def __init__(self, dialog: "TestMailDialog", access: DeliveryAccess | None):
        self.dialog = dialog
        self.access = access
        ui = dialog.ui
        self.check = QCheckBox(translate("TestMailDialog", "Confirm &delivery"), dialog)
        self.check.setObjectName("confirmCheck")
        self.delete_check = QCheckBox(translate("TestMailDialog", "t&hen delete it"), dialog)
        self.delete_check.setObjectName("confirmDeleteCheck")
        self.delete_check.setToolTip(translate(
            "TestMailDialog", "Remove the test message from the confirmation mailbox once it was found"))
        # how long to wait after the 250 (the engine's default; test-mail --confirm-timeout in the CLI)
        self.timeout_spin = QSpinBox(dialog)
        self.timeout_spin.setObjectName("confirmTimeoutSpin")
        self.timeout_spin.setRange(1, 3600)
        self.timeout_spin.setValue(DEFAULT_TIMEOUT_S)
        self.timeout_spin.setSuffix(translate("TestMailDialog", " s"))
        self.timeout_spin.setAccessibleName(translate("TestMailDialog", "Wait for the delivery at most (seconds)"))
        row = ui.recipientRow
        at = row.indexOf(ui.sendButton)
        row.insertWidget(at, self.check)
        row.insertWidget(at + 1, self.timeout_spin)
        row.insertWidget(at + 2, self.delete_check)
        # Tab goes along the row as it reads: recipient, Confirm delivery, seconds, then delete, Send
        chain = (ui.recipientEdit, self.check, self.timeout_spin, self.delete_check, ui.sendButton)
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)
        self.check.toggled.connect(self._toggled)
        self.timeout_spin.valueChanged.connect(self._timeout_changed)
        self.delete_check.setEnabled(False)
        self.timeout_spin.setEnabled(False)

    # -- state ----------------------------------------------------------------------------------------
    def update(self, settings: MailSettings) -> None:
        """Enable the check box when the profile names a mailbox (the form's values, saved or not)."""
        possible = self.access is not None and settings.confirms_delivery
        self.check.setEnabled(possible and not self.dialog.running)
        if possible:
            self.check.setToolTip(translate(
                "TestMailDialog", "After the server's 250, wait up to {0} s for the message in {1} and show the "
                "folder, the time and the receiver's verdicts").format(self.timeout_spin.value(),
                                                                        settings.imap_username or
                                                                        settings.imap_server))
        else:
            self.check.setChecked(False)
            self.check.setToolTip(translate(
                "TestMailDialog", "Name a mailbox on the tab Delivery confirmation of the settings window first"))
        self.delete_check.setEnabled(self.check.isChecked() and self.check.isEnabled())
        self.timeout_spin.setEnabled(self.check.isChecked() and self.check.isEnabled())
        self.timeout_spin.setToolTip(self.check.toolTip())

    def _timeout_changed(self, _value: int) -> None:
        settings = getattr(self.dialog, "settings", None)
        if settings is not None:
            self.update(settings)  # the tool tips name the wait

    def _toggled(self, _on: bool) -> None:
        dialog = self.dialog
        self.delete_check.setEnabled(self.check.isChecked())
        self.timeout_spin.setEnabled(self.check.isChecked())
        if not dialog.running and dialog.outcome is None:
            dialog._build_rows(dialog.settings)

    def wanted(self, settings: MailSettings) -> bool:
        return self.access is not None and settings.confirms_delivery and self.check.isChecked()

    # -- the run (prepare in the GUI thread, run in the worker) ----------------------------------------
    def prepare(self, settings: MailSettings) -> Callable | None:
        """The worker's half, or None without a confirmation: ``run(ctx, profile, sent)``."""
        if not self.wanted(settings):
            return None
        typed = self.access.typed()
        lookup = self.access.lookup
        delete = self.delete_check.isChecked()
        timeout_s = float(self.timeout_spin.value())

        def run(ctx, profile: str, sent):  # worker thread: no widgets here
            import time

            from swyxon_desktop.delivery import accepted_at, confirm_delivery

            returned = time.monotonic()

            def password():  # a KeychainError is the confirmation's failure (keyring_unavailable)
                return typed or lookup(profile)

            return confirm_delivery(settings, password, sent.message_id, accepted=accepted_at(sent, returned),
                                    timeout_s=timeout_s, delete=delete, on_event=ctx.on_event,
                                    on_line=ctx.on_line, cancel=ctx.token)

        return run

    # -- the result ------------------------------------------------------------------------------------
    def show(self, delivery) -> None:
        """Add the confirmation's outcome to the result panel (after the SMTP part)."""
        from swyxon_desktop.gui.shared.report import failure_texts
        from swyxon_desktop.gui.shared.run_dialog import set_level

        ui = self.dialog.ui
        seconds = QLocale().toString(delivery.elapsed_s or 0.0, "f", 1)
        if delivery.status == "delivered":
            set_level(ui.resultFrame, "success")
            ui.resultTitle.setText(translate("TestMailDialog", "Delivered to {0} after {1} s").format(
                delivery.folder, seconds))
            from swyxon_desktop.delivery.errors import HINT_DELIVERED

            hint = translate("Failure", HINT_DELIVERED)
        else:
            title, message, hint = failure_texts(delivery.failure)
            set_level(ui.resultFrame, "warning" if delivery.status in ("junk", "cancelled", "not_delivered")
                      else "error")
            if delivery.status == "junk":
                title = translate("TestMailDialog", "Delivered to the junk folder {0} after {1} s").format(
                    delivery.folder, seconds)
            ui.resultTitle.setText(title)
            ui.resultMessage.setText(ui.resultMessage.text() + "\n" + message)
        lines = [ui.resultDetails.text()] if ui.resultDetails.text() else []
        lines += self.finding_lines(delivery)
        ui.resultDetails.setText("\n".join(lines))
        ui.resultHint.setText(translate("TestMailDialog", "What to do: {0}").format(hint))
        if self.untrusted(delivery) is not None:
            ui.trustButton.setVisible(True)
        ui.resultFrame.setAccessibleName(ui.resultTitle.text())

    @staticmethod
    def finding_lines(delivery) -> list[str]:
        lines = []
        findings = delivery.findings
        if findings is not None:
            verdicts = ", ".join(f"{k.upper()} {v}" for k, v in findings.verdicts.items() if k in (
                "spf", "dkim", "dmarc")) or "—"
            lines.append(translate("TestMailDialog", "Receiver's verdicts: {0}").format(verdicts))
            if findings.relay_ip:
                lines.append(translate("TestMailDialog", "Relay's outbound IP as the receiver saw it: {0}").format(
                    findings.relay_ip))
            for name, value in findings.spam_headers[:3]:
                lines.append(translate("TestMailDialog", "Spam filter: {0}").format(f"{name}: {value[:120]}"))
        if delivery.deleted:
            lines.append(translate("TestMailDialog", "The test message was deleted from the mailbox."))
        return lines

    # -- trusting the IMAP server's certificate --------------------------------------------------------
    @staticmethod
    def untrusted(delivery) -> tuple | None:
        from swyxon_desktop.failures import Category

        failure = delivery.failure if delivery is not None else None
        if failure is None or failure.category is not Category.CERTIFICATE_INVALID:
            return None
        details = failure.details or {}
        sha256 = details.get("sha256")
        if not sha256:
            return None
        return details.get("certificate"), sha256, details.get("verify_error", "")

    def show_certificate(self, delivery, profile: str, settings: MailSettings):
        """The certificate dialog for the IMAP server; Trust asks the window (``access.trust``), and
        ``imapCertificateTrusted(profile, sha256)`` follows when it took the fingerprint."""
        from PySide6.QtCore import Qt

        from swyxon_desktop.gui.shared.certificate_dialog import CertificateDialog

        cert, sha256, why = self.untrusted(delivery)
        dialog = self.dialog
        box = CertificateDialog(profile, f"{settings.imap_server}:{settings.imap_port}", cert, sha256=sha256,
                                verify_error=why, parent=dialog)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def trusted(fingerprint: str) -> None:
            trust = self.access.trust if self.access is not None else None
            if trust is not None and not trust(profile, fingerprint):
                dialog.ui.statusLabel.setText(translate("TestMailDialog", "The certificate was not trusted: the main "
                                                                          "window says why."))
                return  # refused (the window says why): the trust button stays
            dialog.imapCertificateTrusted.emit(profile, fingerprint)
            dialog.ui.trustButton.setVisible(False)
            dialog.ui.statusLabel.setText(translate(
                "TestMailDialog", "The IMAP server's certificate is trusted for this profile (not saved yet). "
                "Send again to test with it."))

        box.trusted.connect(trusted)
        dialog.certificate_dialog = box
        box.open()
        return box

    # -- the report ----------------------------------------------------------------------------------
    @staticmethod
    def report_lines(delivery) -> list[str]:
        from swyxon_desktop.gui.shared.report import failure_texts

        lines = ["", translate("TestMailDialog", "Delivery confirmation (IMAP):")]
        if delivery.status == "delivered":
            lines.append("  " + translate("TestMailDialog", "Delivered to {0} after {1} s").format(
                delivery.folder, f"{delivery.elapsed_s or 0:.1f}"))
        else:
            title, message, hint = failure_texts(delivery.failure)
            lines += ["  " + title, "  " + message, "  " + translate("TestMailDialog", "What to do: {0}").format(hint)]
        lines += ["  " + line for line in DeliveryControls.finding_lines(delivery)]
        if delivery.findings is not None:
            for header in delivery.findings.authentication_results:
                lines.append("  Authentication-Results: " + header.raw)
            if delivery.findings.received_spf is not None:
                lines.append("  Received-SPF: " + delivery.findings.received_spf.raw)
        lines.append("  " + translate("TestMailDialog", "Folders searched: {0}").format(
            ", ".join(delivery.folders) or "—"))
        lines += ["", translate("TestMailDialog", "IMAP dialogue (passwords and login data redacted):")]
        lines += [f"  {line}" for line in delivery.transcript]
        return lines


def trust_imap_certificate(window, profile: str, sha256: str) -> bool:
    """Put the IMAP fingerprint the user trusted into the profile's form (unsaved) and say so."""
    if window.form.name != profile:
        window.show_message(translate(
            "TestMailDialog", "The certificate was not trusted: the window now shows another profile than “{0}”."
        ).format(profile), "warning")
        return False
    window.apply_settings(window.form.settings.replace(imap_pinned_sha256=sha256))
    window.show_message(translate(
        "TestMailDialog", "The IMAP server's certificate with the SHA-256 fingerprint {0} is now trusted for the "
        "profile “{1}”. This is not saved yet: click Save to keep it.").format(sha256, profile), "warning")
    return True

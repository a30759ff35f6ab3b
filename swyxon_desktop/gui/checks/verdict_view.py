"""The DNS check after *Confirm delivery* and the one verdict, in the *Send test mail* dialog.

When *Confirm delivery* is on, a stage row "DNS check (SPF, DMARC)" follows "Delivery (IMAP)". In the
same worker thread, right after the confirmation, :func:`swyxon_desktop.verdict.check_after_delivery`
asks the sender domain's DNS for the relay IP the receiver named in the ``Received`` chain (else the SMTP
server's addresses, as candidates, as ``dns-check`` does); the result panel then ends with the verdict of
:func:`swyxon_desktop.verdict.build_verdict`, and the text report (Copy/Save report) carries it with the
DNS check's parts.

Nothing of this is imported at dialog start: the engine modules load when the check box is on.
"""
from __future__ import annotations

import html
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from swyxon_desktop.checks.stages import DNS
from swyxon_desktop.settings import MailSettings

if TYPE_CHECKING:
    from swyxon_desktop.gui.checks.test_mail_dialog import TestMailDialog

translate = QCoreApplication.translate
_FRAME_LEVELS = {"ok": "success", "warning": "warning", "problem": "error"}


class VerdictControls:
    """The dialog's DNS stage and verdict. ``nameserver``: ``IP[:PORT]``, None = the system's resolver."""

    def __init__(self, dialog: "TestMailDialog"):
        self.dialog = dialog
        self.nameserver: str | None = None
        self.text = ""  # the verdict shown, as plain text
        self.label = QLabel(dialog.ui.resultFrame)
        self.label.setObjectName("verdictLabel")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)  # the title bold; every text in it escaped
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout = dialog.ui.resultLayout
        layout.addWidget(self.label, layout.rowCount(), 0, 1, 2)
        self.label.setVisible(False)

    def wanted(self, settings: MailSettings) -> bool:
        return self.dialog.delivery.wanted(settings)

    # -- the run ----------------------------------------------------------------------------------------
    def prepare(self, settings: MailSettings, sending: bool = True) -> Callable | None:
        """The worker's half, or None without a confirmation (or when nothing is sent):
        ``run(ctx, sent, delivery) -> DnsReport``. Clears the last verdict."""
        self.label.clear()
        self.text = ""
        self.label.setVisible(False)
        if not sending or not self.wanted(settings):
            return None
        nameserver = self.nameserver

        def run(ctx, sent, delivery):  # worker thread: no widgets here
            import time

            from swyxon_desktop import verdict
            from swyxon_desktop.checks.run import StageEvent, Status

            if ctx.token.cancelled or not sent.ok:
                return None
            t0 = time.monotonic()

            def event(status: str, detail: str = "", template: str = "", args: tuple = (),
                      category: str = "") -> None:
                ctx.on_event(StageEvent(DNS, Status(status), (time.monotonic() - t0) * 1000, detail, 0.0, template,
                                        args, category))

            def progress(part: str) -> None:
                event("started", verdict.DETAIL_DNS_PART.format(part), verdict.DETAIL_DNS_PART, (part,))

            event("started", nameserver or "")
            report = verdict.check_after_delivery(settings.sender, settings.server, delivery,
                                                  nameserver=nameserver, cancelled=lambda: ctx.token.cancelled,
                                                  progress=progress)
            if report.failure is not None:
                cancelled = report.failure.category.value == "cancelled"
                event("cancelled" if cancelled else "failed", report.failure.category.value,
                      category=report.failure.category.value)
            else:
                spf = report.parts.get("spf")
                verdicts = spf.data.get("_verdicts", []) if spf is not None else []
                if verdicts:
                    v = verdicts[0]
                    event("ok", verdict.DETAIL_DNS_FOR.format(v.result, v.ip), verdict.DETAIL_DNS_FOR,
                          (v.result, v.ip))
                else:
                    event("ok", "")
            return report

        return run

    # -- the result ----------------------------------------------------------------------------------------
    @staticmethod
    def verdict_of(outcome):
        from swyxon_desktop.verdict import build_verdict

        return build_verdict(outcome.result, outcome.delivery, outcome.dns)

    def show(self, outcome) -> None:
        """End the result panel with the verdict (the frame takes the verdict's level)."""
        from swyxon_desktop import i18n
        from swyxon_desktop.gui.shared.run_dialog import set_level

        if outcome.delivery is None and outcome.dns is None:
            return
        lang = i18n.language()
        v = self.verdict_of(outcome)
        self.text = "\n".join([v.title(lang)] + v.lines(lang))
        self.label.setText("<b>" + html.escape(v.title(lang)) + "</b><br>"
                           + "<br>".join(html.escape(line) for line in v.lines(lang)))
        self.label.setVisible(True)
        ui = self.dialog.ui
        set_level(ui.resultFrame, _FRAME_LEVELS[v.level])
        ui.resultFrame.setAccessibleName(ui.resultTitle.text() + " — " + v.text(lang))

    def report_lines(self, outcome) -> list[str]:
        """The report's DNS part (as dns-check prints it) and the verdict, last."""
        from swyxon_desktop import dnscheck, i18n

        if outcome.delivery is None and outcome.dns is None:
            return []
        lang = i18n.language()
        lines: list[str] = []
        report = outcome.dns
        if report is not None:
            where = report.nameserver or dnscheck.tr(dnscheck.MSG_SYSTEM_RESOLVER, lang=lang)
            lines += ["", translate("TestMailDialog", "DNS check of {0} (name server {1}):").format(
                report.domain, where)]
            for name in dnscheck.PARTS:
                part = report.parts.get(name)
                if part is None:
                    continue
                lines.append(f"  [{part.status_text(lang).upper()}] {part.title(lang)}")
                lines += ["      " + line.text(lang) for line in part.lines]
            if report.failure is not None:
                lines += ["  " + report.failure.message_text(lang), "  " + report.failure.hint_text(lang)]
        v = self.verdict_of(outcome)
        lines += ["", v.title(lang)] + ["  " + line for line in v.lines(lang)]
        return lines

"""*Send test mail* with *Confirm delivery*: the stage "DNS check" after "Delivery", the verdict at the end of
the result panel and in the report (pytest-qt) — the project's test server as relay, a real Dovecot as the
receiver's mailbox, the loopback name server for firma.de."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from swyxon_desktop.profiles import Profiles
from tests.delivery.dovecot import PASSWORD, RELAY_IP
from tests.delivery.test_gui import profile_settings
from tests.dns_server import BLACKHOLE
from tests.gui.conftest import app, asker, make_window, set_language, type_into  # noqa: F401
from tests.gui_mail.conftest import WAIT_MS, mail_window, no_operation_left  # noqa: F401
from tests.smtp.helpers import PASSWORD as SMTP_PASSWORD
from tests.verdict.conftest import PASS, SOFTFAIL

pytestmark = pytest.mark.network


def run(qtbot, window, recipient: str, nameserver: str, confirm: bool = True):
    qtbot.mouseClick(window.mail_actions.test_mail_button, Qt.MouseButton.LeftButton)
    dialog = window.mail_actions.test_mail_dialog
    dialog.verdict.nameserver = nameserver
    dialog.delivery.check.setChecked(confirm)
    stages = [s for s, _st, _t in dialog.stage_rows()]
    assert (stages[-3:] == ["quit", "delivery", "dns"]) if confirm else (stages[-1] == "quit" and "dns" not in stages)
    type_into(qtbot, dialog.ui.recipientEdit, recipient)
    with qtbot.waitSignal(dialog.runFinished, timeout=WAIT_MS * 3):
        qtbot.mouseClick(dialog.ui.sendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.operation.done, timeout=WAIT_MS)
    return dialog


def test_junk_and_softfail_end_in_one_verdict(qtbot, mail_window, relay, dovecot, imap_pki, receiver, dns_zone):
    ns = dns_zone(SOFTFAIL)
    server = relay()
    Profiles().save("Kunde", profile_settings(server, dovecot, imap_pki), SMTP_PASSWORD, imap_password=PASSWORD)
    window = mail_window()
    assert window.select_profile("Kunde")
    dialog = run(qtbot, window, "verdict+junk@example.org", ns.nameserver)
    outcome = dialog.outcome
    assert outcome.delivery.status == "junk" and outcome.dns is not None
    assert outcome.dns.relay_ips == [RELAY_IP] and outcome.dns.relay_ips_source == "received"
    assert ("firma.de", "TXT") in ns.queries
    rows = dialog.stage_rows()
    assert [r[0] for r in rows][-2:] == ["delivery", "dns"] and rows[-1][1] == "ok"
    assert dialog.ui.stageList.topLevelItem(len(rows) - 1).text(0) == "DNS check (SPF, DMARC)"
    assert dialog.ui.stageList.topLevelItem(len(rows) - 2).text(0) == "Delivery (IMAP)"
    assert dialog.ui.stageList.topLevelItem(len(rows) - 1).text(3) == f"SPF softfail for {RELAY_IP}"
    label = dialog.verdict.label
    assert label.isVisible()
    text = dialog.verdict.text
    assert text.startswith("Verdict: needs attention\naccepted, delivered to the junk folder Junk after "), text
    assert f"receivers see SPF softfail for {RELAY_IP}: add it to the SPF record of firma.de" in text
    assert "To change:\n- Add ip4:192.0.2.10" in text
    assert "<b>Verdict: needs attention</b><br>accepted, " in label.text()  # shown: the title bold
    assert dialog.ui.resultFrame.property("level") == "warning"
    report = dialog.report_text()
    assert "Delivery confirmation (IMAP):" in report
    assert "DNS check of firma.de (name server " + ns.nameserver + "):" in report
    tail = report[report.rindex("Verdict: needs attention"):]
    assert re.search(r"  accepted, delivered to the junk folder Junk after [0-9.]+ s; receivers see SPF softfail", tail)
    assert report.index("IMAP dialogue") < report.index("DNS check of firma.de") < report.rindex("Verdict:")
    for secret in (PASSWORD, SMTP_PASSWORD):
        assert secret not in report


def test_inbox_and_pass_in_german(qtbot, mail_window, relay, dovecot, imap_pki, receiver, dns_zone, set_language):
    set_language("de")
    ns = dns_zone(PASS)
    server = relay()
    Profiles().save("Kunde", profile_settings(server, dovecot, imap_pki), SMTP_PASSWORD, imap_password=PASSWORD)
    window = mail_window()
    assert window.select_profile("Kunde")
    dialog = run(qtbot, window, "verdict@example.org", ns.nameserver)
    assert dialog.outcome.delivery.status == "delivered"
    assert dialog.ui.stageList.topLevelItem(len(dialog.stage_rows()) - 1).text(0) == "DNS-Prüfung (SPF, DMARC)"
    text = dialog.verdict.text
    assert text.startswith("Urteil: alles in Ordnung\nangenommen, nach "), text
    assert f"in INBOX zugestellt; Empfänger sehen SPF pass für {RELAY_IP}" in text
    assert dialog.ui.resultFrame.property("level") == "success"
    assert "Urteil: alles in Ordnung" in dialog.report_text()


def test_without_confirmation_no_dns_stage_and_no_verdict(qtbot, mail_window, relay, dovecot, imap_pki, receiver,
                                                          dns_zone):
    ns = dns_zone(PASS)
    server = relay()
    Profiles().save("Kunde", profile_settings(server, dovecot, imap_pki), SMTP_PASSWORD, imap_password=PASSWORD)
    window = mail_window()
    assert window.select_profile("Kunde")
    dialog = run(qtbot, window, "verdict@example.org", ns.nameserver, confirm=False)
    assert dialog.outcome.dns is None and not dialog.verdict.label.isVisible()
    assert "Verdict:" not in dialog.report_text() and ns.queries == []


def test_cancel_during_the_dns_check(qtbot, mail_window, relay, dovecot, imap_pki, receiver, dns_server):
    ns = dns_server({}, mode=BLACKHOLE)  # reads every question, never answers
    server = relay()
    Profiles().save("Kunde", profile_settings(server, dovecot, imap_pki), SMTP_PASSWORD, imap_password=PASSWORD)
    window = mail_window()
    assert window.select_profile("Kunde")
    qtbot.mouseClick(window.mail_actions.test_mail_button, Qt.MouseButton.LeftButton)
    dialog = window.mail_actions.test_mail_dialog
    dialog.verdict.nameserver = ns.nameserver
    dialog.delivery.check.setChecked(True)
    type_into(qtbot, dialog.ui.recipientEdit, "verdict@example.org")
    qtbot.mouseClick(dialog.ui.sendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stage_rows()[-1][1] == "running" and bool(ns.queries), timeout=WAIT_MS * 3)
    with qtbot.waitSignal(dialog.runFinished, timeout=WAIT_MS * 3):
        qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.operation.done, timeout=WAIT_MS)
    assert dialog.outcome.delivery.status == "delivered"
    assert dialog.outcome.dns.failure.category.value == "cancelled"
    assert dialog.stage_rows()[-1][:2] == ("dns", "cancelled")
    assert dialog.verdict.text.endswith("; the DNS check was cancelled")

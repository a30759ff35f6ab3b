"""The tab *Delivery confirmation* and *Confirm delivery* in *Send test mail* (pytest-qt, offscreen), against
the project's test server and a real Dovecot."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from swyxon_desktop import secrets
from swyxon_desktop.profiles import Profiles
from swyxon_desktop.settings import ImapTls, MailSettings
from tests.delivery.dovecot import PASSWORD, RELAY_IP, USER
from tests.dnscheck.conftest import no_system_resolver  # noqa: F401 - autouse: the DNS stage asks loopback only
from tests.dns_server import dns_server  # noqa: F401
from tests.verdict.conftest import PASS, zones  # firma.de whose SPF passes the relay IP
from tests.gui.conftest import app, asker, keychain_answered, make_window, set_language, type_into  # noqa: F401
from tests.gui_mail.conftest import WAIT_MS, mail_window, no_operation_left  # noqa: F401
from tests.smtp.helpers import PASSWORD as SMTP_PASSWORD
from tests.smtp.helpers import USER as SMTP_USER
from tests.smtp.helpers import settings_for

pytestmark = pytest.mark.network


def profile_settings(relay, dovecot, imap_pki, **changes) -> MailSettings:
    bundle = imap_pki / "both.pem"
    bundle.write_bytes(Path(relay.ca_file).read_bytes() + (imap_pki / "ca.pem").read_bytes())
    base = settings_for(relay, use_auth=True, username=SMTP_USER, ca_file=str(bundle)).replace(
        imap_server="127.0.0.1", imap_port=dovecot.imaps_port, imap_tls=ImapTls.IMPLICIT, imap_username=USER)
    return base.replace(**changes)


def open_tab(qtbot, window):
    window.ui.settingsTabs.setCurrentIndex(window.imap_tab.index)
    tab = window.imap_tab.tab
    assert tab is not None and tab.isVisible()
    return tab


def test_tab_edits_validates_and_saves_the_second_keychain_entry(qtbot, make_window, memory_keyring):
    window = make_window()
    assert window.imap_tab.tab is None  # built only when first shown
    tab = open_tab(qtbot, window)
    ui = tab.ui
    assert not ui.imapUserEdit.isEnabled()  # no IMAP server: the rest waits
    type_into(qtbot, ui.imapServerEdit, "imap.firma.de")
    assert ui.imapUserEdit.isEnabled() and ui.imapPasswordEdit.isEnabled()
    ui.imapTlsCombo.setCurrentIndex(1)  # STARTTLS: the usual port follows
    assert window.form.settings.imap_tls is ImapTls.STARTTLS and ui.imapPortEdit.text() == "143"
    type_into(qtbot, ui.imapFoldersEdit, "INBOX,,Junk")
    assert ui.imapFoldersError.isVisibleTo(tab) and "commas" in ui.imapFoldersError.text()
    type_into(qtbot, ui.imapFoldersEdit, "INBOX, Spam")
    assert not ui.imapFoldersError.isVisibleTo(tab)
    # the E-Mail tab's fields
    window.ui.settingsTabs.setCurrentIndex(0)
    type_into(qtbot, window.ui.serverEdit, "mail.firma.de")
    type_into(qtbot, window.ui.senderEdit, "SwyxWare@firma.de")
    assert window.save() is False  # no IMAP user name, no IMAP password yet
    assert "user name of the confirmation mailbox" in window.message_text()
    tab = open_tab(qtbot, window)
    type_into(qtbot, tab.ui.imapUserEdit, "pruef@firma.de")
    type_into(qtbot, tab.ui.imapPasswordEdit, "Imap-geheim-1")
    assert window.save() is True
    keychain_answered(qtbot, window)
    name = window.form.name
    assert memory_keyring.data[(secrets.SERVICE, f"imap:{name}")] == "Imap-geheim-1"
    assert tab.ui.imapPasswordEdit.text() == "" and window.form.imap_password_stored is True
    assert "Stored in the keychain" in tab.ui.imapPasswordEdit.placeholderText()
    stored = Profiles().get(name)
    assert (stored.imap_server, stored.imap_port, stored.imap_folders) == ("imap.firma.de", 143, "INBOX, Spam")
    assert "Imap-geheim-1" not in Profiles().store.path.read_text(encoding="utf-8")


def test_tab_asks_the_keychain_for_a_stored_profile(qtbot, make_window, memory_keyring):
    Profiles().save("Kunde", MailSettings(server="mail.firma.de", sender="a@firma.de", imap_server="imap.firma.de",
                                          imap_username="p@firma.de"), imap_password="x-Passw0rd")
    window = make_window()
    assert window.select_profile("Kunde")
    tab = open_tab(qtbot, window)
    qtbot.waitUntil(lambda: window.form.imap_password_stored is True, timeout=5000)
    assert "Stored in the keychain" in tab.ui.imapPasswordEdit.placeholderText()


def run_confirmed(qtbot, window, recipient: str, nameserver: str):
    qtbot.mouseClick(window.mail_actions.test_mail_button, Qt.MouseButton.LeftButton)
    dialog = window.mail_actions.test_mail_dialog
    dialog.verdict.nameserver = nameserver  # the DNS check after the delivery (tests/verdict/)
    assert dialog.delivery.check.isEnabled()
    dialog.delivery.check.setChecked(True)
    assert [s for s, _st, _t in dialog.stage_rows()][-3:] == ["quit", "delivery", "dns"]  # after QUIT
    type_into(qtbot, dialog.ui.recipientEdit, recipient)
    with qtbot.waitSignal(dialog.runFinished, timeout=WAIT_MS * 3):
        qtbot.mouseClick(dialog.ui.sendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.operation.done, timeout=WAIT_MS)
    return dialog


def test_confirm_delivery_in_the_dialog(qtbot, mail_window, relay, dovecot, imap_pki, receiver, dns_server):
    server = relay()
    Profiles().save("Kunde", profile_settings(server, dovecot, imap_pki), SMTP_PASSWORD, imap_password=PASSWORD)
    window = mail_window()
    assert window.select_profile("Kunde")
    dialog = run_confirmed(qtbot, window, "confirm@example.org", dns_server(zones(PASS)).nameserver)
    delivery = dialog.outcome.delivery
    assert delivery is not None and delivery.status == "delivered", delivery.message_text()
    rows = dialog.stage_rows()
    assert rows[-2][0] == "delivery" and rows[-2][1] == "ok" and len([r for r in rows if r[0] == "delivery"]) == 1
    ui = dialog.ui
    assert ui.resultFrame.property("level") == "success"
    assert ui.resultTitle.text().startswith("Delivered to INBOX after")
    assert RELAY_IP in ui.resultDetails.text() and "SPF pass" in ui.resultDetails.text()
    transcript = ui.transcriptView.toPlainText()
    assert "IMAP: TLS established" in transcript and "AUTHENTICATE payload redacted" in transcript
    report = dialog.report_text()
    assert "Delivery confirmation (IMAP):" in report and "Authentication-Results: mx.example.org" in report
    record = dialog.report_record()  # report.json beside the text (Save report…) carries it too
    assert (record["delivery"]["status"], record["delivery"]["folder"], record["delivery"]["relay_ip"]) == (
        "delivered", "INBOX", RELAY_IP)
    assert PASSWORD not in json.dumps(record)
    for secret in (PASSWORD, SMTP_PASSWORD):
        assert secret not in report and secret not in transcript


def test_junk_and_an_untrusted_imap_certificate(qtbot, mail_window, relay, dovecot, imap_pki, receiver, asker,
                                                dns_server):
    server = relay()
    Profiles().save("Kunde", profile_settings(server, dovecot, imap_pki), SMTP_PASSWORD, imap_password=PASSWORD)
    window = mail_window()
    assert window.select_profile("Kunde")
    dialog = run_confirmed(qtbot, window, "confirm+junk@example.org", dns_server(zones(PASS)).nameserver)
    assert dialog.outcome.delivery.status == "junk"
    assert dialog.ui.resultFrame.property("level") == "warning"
    assert "junk folder Junk" in dialog.ui.resultTitle.text()
    # now the mailbox's certificate is not trusted (the relay's CA alone): a trust button for the IMAP server
    window.apply_settings(window.form.settings.replace(ca_file=str(server.ca_file)))
    with qtbot.waitSignal(dialog.runFinished, timeout=WAIT_MS * 3):
        qtbot.mouseClick(dialog.ui.sendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.operation.done, timeout=WAIT_MS)
    delivery = dialog.outcome.delivery
    assert delivery.failure.category.value == "certificate_invalid"
    assert dialog.ui.trustButton.isVisible()
    box = dialog.show_certificate()
    sha256 = delivery.failure.details["sha256"]
    box.trusted.emit(sha256)
    assert window.form.settings.imap_pinned_sha256 == sha256  # unsaved, for the IMAP server only
    assert window.form.settings.pinned_sha256 == ""
    box.close()


def test_the_delivery_row_has_its_title_before_the_engine_is_loaded(qtbot, mail_window, monkeypatch, set_language,
                                                                     memory_keyring):
    """The stage list is built when the dialog opens; the confirmation's module loads only when it runs —
    once, in a fresh window, the row read "delivery" in any language because that module registered the
    title. Every title is in checks/stages.py now (tests/core/test_stages.py: importable alone)."""
    set_language("de")
    Profiles().save("Kunde", MailSettings(server="mail.firma.de", sender="a@firma.de", imap_server="imap.firma.de",
                                          imap_username="p@firma.de"), imap_password="x-Passw0rd")
    window = mail_window()
    assert window.select_profile("Kunde")
    qtbot.mouseClick(window.mail_actions.test_mail_button, Qt.MouseButton.LeftButton)
    dialog = window.mail_actions.test_mail_dialog
    dialog.delivery.check.setChecked(True)
    stage_list = dialog.ui.stageList
    titles = [stage_list.topLevelItem(i).text(0) for i in range(stage_list.topLevelItemCount())]
    assert titles[-2:] == ["Zustellung (IMAP)", "DNS-Prüfung (SPF, DMARC)"], titles


def test_the_wait_is_chosen_in_the_dialog(qtbot, mail_window, relay, dovecot, imap_pki, receiver, dns_server):
    """*Confirm delivery* waits as long as the dialog says (it always waited 120 s): a mail that never
    arrives ends as not_delivered after the chosen 2 s."""
    from swyxon_desktop.delivery import DEFAULT_TIMEOUT_S
    from swyxon_desktop.gui.checks import delivery_view

    assert delivery_view.DEFAULT_TIMEOUT_S == DEFAULT_TIMEOUT_S  # the dialog's default is the engine's
    server = relay()
    Profiles().save("Kunde", profile_settings(server, dovecot, imap_pki), SMTP_PASSWORD, imap_password=PASSWORD)
    window = mail_window()
    assert window.select_profile("Kunde")
    qtbot.mouseClick(window.mail_actions.test_mail_button, Qt.MouseButton.LeftButton)
    dialog = window.mail_actions.test_mail_dialog
    dialog.verdict.nameserver = dns_server(zones(PASS)).nameserver  # the DNS check after it asks loopback only
    spin = dialog.delivery.timeout_spin
    assert spin.value() == DEFAULT_TIMEOUT_S and not spin.isEnabled()  # until Confirm delivery is ticked
    dialog.delivery.check.setChecked(True)
    assert spin.isEnabled()
    order, widget = [], dialog.ui.recipientEdit  # Tab follows the row: recipient, Confirm, seconds, delete, mode, Send
    for _ in range(5):
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or (order and widget.parent() is order[-1]):
            widget = widget.nextInFocusChain()  # (the spin box's own line edit counts as the spin box)
        order.append(widget)
    assert order == [dialog.delivery.check, spin, dialog.delivery.delete_check, dialog.modeCombo,
                     dialog.ui.sendButton], order
    spin.setValue(2)
    assert "up to 2 s" in dialog.delivery.check.toolTip()
    type_into(qtbot, dialog.ui.recipientEdit, "confirm+never@example.org")
    with qtbot.waitSignal(dialog.runFinished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.ui.sendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.operation.done, timeout=WAIT_MS)
    delivery = dialog.outcome.delivery
    assert delivery.status == "not_delivered" and delivery.failure.category.value == "not_delivered"
    assert "within 2 s" in delivery.message_text("en")


def test_removing_the_mailbox_in_the_tab_removes_its_password(qtbot, make_window, memory_keyring):
    """The tab's IMAP server emptied and saved: the mailbox's keychain entry goes too (it stayed behind)."""
    Profiles().save("Kunde", MailSettings(server="mail.firma.de", sender="a@firma.de", imap_server="imap.firma.de",
                                          imap_username="p@firma.de"), imap_password="x-Passw0rd")
    assert (secrets.SERVICE, "imap:Kunde") in memory_keyring.data
    window = make_window()
    assert window.select_profile("Kunde")
    tab = open_tab(qtbot, window)
    type_into(qtbot, tab.ui.imapServerEdit, "")
    assert window.save() is True
    keychain_answered(qtbot, window)
    assert not Profiles().get("Kunde").confirms_delivery
    assert (secrets.SERVICE, "imap:Kunde") not in memory_keyring.data


def test_auth_switched_off_and_on_again_asks_for_the_password(qtbot, make_window, memory_keyring):
    """Saved with SMTP authentication off, the password left the keychain: ticking it again must not claim
    "Stored in the keychain – leave empty to keep it" (saving would then keep a password that is gone)."""
    Profiles().save("Kunde", MailSettings(server="mail.firma.de", sender="a@firma.de", use_auth=True,
                                          username="swyx", imap_server="imap.firma.de",
                                          imap_username="p@firma.de"), "smtp-pw", imap_password="x-Passw0rd")
    window = make_window()
    assert window.select_profile("Kunde")
    qtbot.waitUntil(lambda: window.form.password_stored is True, timeout=5000)
    window.ui.authCheck.setChecked(False)
    tab = open_tab(qtbot, window)
    type_into(qtbot, tab.ui.imapServerEdit, "")
    assert window.save() is True
    keychain_answered(qtbot, window)
    assert (secrets.SERVICE, "smtp:Kunde") not in memory_keyring.data
    window.ui.settingsTabs.setCurrentIndex(0)
    window.ui.authCheck.setChecked(True)
    assert "Stored in the keychain" not in window.ui.passwordEdit.placeholderText()
    assert window.save() is False  # a password is needed again
    type_into(qtbot, tab.ui.imapServerEdit, "imap.firma.de")
    assert "Stored in the keychain" not in tab.ui.imapPasswordEdit.placeholderText()

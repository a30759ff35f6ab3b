"""Tools › Check DNS… in the main window (pytest-qt), against the loopback DNS server."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from swyxon_desktop.gui.shared.worker import Operation
from swyxon_desktop.settings import MailSettings
from tests.dns_server import BLACKHOLE
from tests.gui.conftest import app, make_window, set_language  # noqa: F401 - fixtures

WAIT_MS = 15_000
ZONES = {
    "firma.de": {"MX": ["10 mx.firma.de."], "TXT": ["v=spf1 ip4:192.0.2.10 ~all"]},
    "_dmarc.firma.de": {"TXT": ["v=DMARC1; p=quarantine"]},
    "mx.firma.de": {"A": ["192.0.2.25"]},
    "smtp.firma.de": {"A": ["192.0.2.10"]},
    "192.0.2.10": {"PTR": ["smtp.firma.de."]},
}


@pytest.fixture(autouse=True)
def no_operation_left():
    yield
    for op in list(Operation._live):
        op.cancel()
        assert op.wait(10), "a worker thread did not end"


@pytest.fixture
def window(make_window):
    from swyxon_desktop.profiles import Profiles

    Profiles().save("Firma", MailSettings(server="smtp.firma.de", port=587, sender="info@firma.de"), None)
    w = make_window()
    if w.form.name != "Firma":
        assert w.select_profile("Firma")
    return w


def open_dialog(window):
    action = window.action_dns_check
    assert action in window.menu_tools.actions()
    names = [a.objectName() for a in window.menu_tools.actions()]
    assert names.index("actionDnsCheck") == names.index("actionProbe") + 1  # right after Check server…
    action.trigger()
    return window.dns_dialog


def run(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog.running and dialog.report is not None, timeout=WAIT_MS)


def test_check_shows_each_part_the_verdict_and_copies(qtbot, window, dns_server):
    ns = dns_server(ZONES)
    dialog = open_dialog(window)
    assert dialog.sender_edit.text() == "info@firma.de" and dialog.server_edit.text() == "smtp.firma.de"
    dialog.relay_edit.setText("203.0.113.5")
    dialog.nameserver_edit.setText(ns.nameserver)
    qtbot.mouseClick(dialog.check_button, qtbot_left())
    assert dialog.running and not dialog.check_button.isEnabled()
    run(qtbot, dialog)
    text = dialog.part_rows["spf"][2].text()
    assert "203.0.113.5: SPF softfail" in text and "decided by ~all" in text
    assert "mx.firma.de" in dialog.part_rows["mx"][2].text()
    assert "no reverse name" in dialog.part_rows["ptr"][2].text()
    assert dialog.part_rows["spf"][0].toolTip() == "problem"
    assert dialog.part_rows["spf"][1].text() == "<b>SPF</b> — problem"
    verdict = dialog.verdict.toPlainText()
    assert "Add ip4:203.0.113.5 (or the relay's include:…) to the SPF record of firma.de." in verdict
    assert "p=quarantine" in verdict
    qtbot.mouseClick(dialog.copy_button, qtbot_left())
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("DNS check for info@firma.de") and "[PROBLEM] SPF" in copied and verdict in copied


def test_german(qtbot, window, dns_server, set_language):
    set_language("de")
    ns = dns_server(ZONES)
    dialog = open_dialog(window)
    assert dialog.windowTitle() == "DNS prüfen"
    dialog.relay_edit.setText("192.0.2.10")
    dialog.nameserver_edit.setText(ns.nameserver)
    assert dialog.start()
    run(qtbot, dialog)
    assert "SPF pass" in dialog.part_rows["spf"][2].text()
    assert dialog.part_rows["spf"][0].toolTip() == "OK"
    assert "Empfänger" in dialog.verdict.toPlainText()


def test_invalid_inputs_are_marked_and_nothing_runs(qtbot, window):
    dialog = open_dialog(window)
    dialog.relay_edit.setText("192.0.2.300")
    assert dialog.start() is False and not dialog.running
    assert "192.0.2.300" in dialog.input_error.text() and dialog.input_error.isVisibleTo(dialog)
    dialog.relay_edit.setText("")
    dialog.nameserver_edit.setText("dns.example")
    assert dialog.start() is False and "name server" in dialog.input_error.text()


def test_dead_name_server_and_cancel(qtbot, window, dns_server):
    ns = dns_server(ZONES, mode=BLACKHOLE)
    dialog = open_dialog(window)
    dialog.nameserver_edit.setText(ns.nameserver)
    assert dialog.start()
    qtbot.waitUntil(lambda: bool(ns.queries), timeout=WAIT_MS)  # the first query is out and unanswered
    qtbot.mouseClick(dialog.cancel_button, qtbot_left())
    run(qtbot, dialog)
    assert dialog.report.failure.category.value == "cancelled"
    assert dialog.check_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert dialog.start()
    run(qtbot, dialog)
    assert dialog.report.failure.category.value == "dns_failed"
    assert "did not answer" in dialog.verdict.toPlainText()


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton

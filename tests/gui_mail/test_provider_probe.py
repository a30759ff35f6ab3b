"""Check server… shows what the providers table knows about the settings before anything can fail."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.smtp.helpers import PASSWORD, settings_for

from .conftest import WAIT_MS

pytestmark = pytest.mark.network


def _open(qtbot, window):
    qtbot.mouseClick(window.mail_actions.probe_button, Qt.MouseButton.LeftButton)
    return window.mail_actions.probe_dialog


def test_provider_rules_shown_at_once_then_the_check_runs(qtbot, mail_window, serve):
    server = serve(tls="starttls", users={"max.muster@web.de": PASSWORD})
    settings = settings_for(server, sender="max.muster@web.de", use_auth=True, username="max.muster@web.de")
    window = mail_window(settings, PASSWORD)
    dialog = _open(qtbot, window)
    label = dialog.provider_label
    # While the check still runs (when its first row arrives): the provider and its rules are shown.
    seen = []
    dialog.operation.row.connect(lambda _row: seen.append((label.isVisible(), label.text())) if not seen else None)
    with qtbot.waitSignal(dialog.checkFinished, timeout=WAIT_MS) as done:
        pass
    visible, text = seen[0]
    assert visible and text.startswith("Provider: WEB.DE (recognised by the sender address's domain web.de)")
    assert "before the @ (here \"max.muster\")" in text and "POP3/IMAP" in text
    result = done.args[0]
    assert result.provider.provider.id == "webde" and label.isVisible()


def test_microsoft_greeting_shows_the_december_2026_warning(qtbot, mail_window, serve):
    server = serve(tls="starttls", hostname="AM0PR02CA0001.outlook.office365.com")
    settings = settings_for(server, sender="swyx@firma.de", use_auth=True, username="swyx@firma.de")
    window = mail_window(settings, PASSWORD)
    dialog = _open(qtbot, window)
    assert not dialog.provider_label.isVisible()  # 127.0.0.1 and firma.de say nothing yet
    with qtbot.waitSignal(dialog.checkFinished, timeout=WAIT_MS):
        pass
    text = dialog.provider_label.text()
    assert dialog.provider_label.isVisible() and "Microsoft 365" in text and "end of December 2026" in text
    assert "documents 587 STARTTLS instead" in dialog.ui.recommendationLabel.text()
    report = dialog.report_text()
    assert "Provider: Microsoft 365 / Exchange Online (recognised by the server's greeting" in report
    assert "end of December 2026" in report


def test_microsoft_365_profile_is_warned_before_any_connection(qtbot, mail_window, set_language):
    """The label alone, for smtp.office365.com (no test may resolve a real name): the warning, in German."""
    from swyxon_desktop import providers
    from swyxon_desktop.gui.checks.probe_dialog import ProbeDialog
    from swyxon_desktop.settings import MailSettings

    set_language("de")
    settings = MailSettings(server="smtp.office365.com", port=587, sender="swyx@firma.de", use_auth=True,
                            username="swyx@firma.de")
    dialog = ProbeDialog(lambda: ("M365", settings, None))
    qtbot.addWidget(dialog)
    dialog._show_provider(providers.recognise(settings.server, settings.sender), settings)
    assert not dialog.provider_label.isHidden()
    text = dialog.provider_label.text()
    assert text.startswith(
        "Anbieter: Microsoft 365 / Exchange Online (erkannt anhand des Servernamens smtp.office365.com)")
    assert "Ende Dezember 2026" in text and "Connector-Relay" in text

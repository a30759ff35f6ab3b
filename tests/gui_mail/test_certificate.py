"""A certificate that does not verify: its details with the fingerprint, trusted only by an explicit act,
the fingerprint put into the profile's form (unsaved), and the next test mail succeeds with it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from swyxon_desktop.failures import Category
from swyxon_desktop.profiles import Profiles

from tests.smtp.helpers import PASSWORD, USER, settings_for

from .test_test_mail import run_test_mail

pytestmark = pytest.mark.network


def test_self_signed_server_untrusted_then_trusted_then_success(qtbot, mail_window, serve):
    server = serve(tls="starttls", cert="self")
    settings = settings_for(server, use_auth=True, username=USER).replace(ca_file="")  # no CA: self-signed
    window = mail_window(settings, PASSWORD)
    dialog, result = run_test_mail(qtbot, window)
    assert result.failure.category is Category.CERTIFICATE_INVALID
    assert not server.received and all(not s.authenticated for s in server.sessions)  # nothing sent over it
    ui = dialog.ui
    assert ui.trustButton.isVisible()
    assert ui.resultTitle.text() == "The server's certificate is not trusted"
    # Nothing was trusted yet: the profile and the form are untouched.
    assert window.form.settings.pinned_sha256 == "" and not window.form.is_dirty

    qtbot.mouseClick(ui.trustButton, Qt.MouseButton.LeftButton)
    cert_dialog = dialog.certificate_dialog
    assert cert_dialog is not None and cert_dialog.isVisible()
    assert cert_dialog.cancel_button.isDefault() and not cert_dialog.trust_button.isDefault()
    view = cert_dialog.view
    assert view.sha256 == server.sha256.replace(":", "").lower()
    assert view.value_text("sha256").replace("\n", "").replace(":", "").lower() == view.sha256
    assert "Not trusted" in view.value_text("verification") and "self-signed" in view.value_text("verification")
    assert "trustme" in view.value_text("subject") and view.value_text("issuer") == view.value_text("subject")
    assert view.value_text("sans") == "none"  # the trustme CA presented as the server certificate
    assert " to " in view.value_text("validity")

    # Cancel trusts nothing.
    qtbot.mouseClick(cert_dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert window.form.settings.pinned_sha256 == ""
    # Trust: exactly this fingerprint, into the form, unsaved, with a message that says so.
    qtbot.mouseClick(ui.trustButton, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.certificateTrusted, timeout=1000) as trusted:
        qtbot.mouseClick(dialog.certificate_dialog.trust_button, Qt.MouseButton.LeftButton)
    assert trusted.args == ["Kunde", view.sha256]
    assert window.form.settings.pinned_sha256 == view.sha256
    assert window.form.is_dirty and Profiles().get("Kunde").pinned_sha256 == ""
    assert view.sha256 in window.message_text() and "Save" in window.message_text()

    dialog, result = run_test_mail(qtbot, window)
    assert result.ok, result.failure
    assert result.tls.trusted_by_pin and not result.tls.verified
    assert len(server.wait_for_messages(1)) == 1
    assert window.save() and Profiles().get("Kunde").pinned_sha256 == view.sha256


def test_a_different_certificate_than_the_trusted_one_is_refused(qtbot, mail_window, serve):
    server = serve(tls="starttls", cert="self")
    settings = settings_for(server, use_auth=True, username=USER, pinned_sha256="ab" * 32).replace(ca_file="")
    window = mail_window(settings, PASSWORD)
    dialog, result = run_test_mail(qtbot, window)
    assert result.failure.category is Category.CERTIFICATE_INVALID
    assert "different certificate" in dialog.ui.resultHint.text()
    assert not server.received
    assert window.form.settings.pinned_sha256 == "ab" * 32  # never replaced silently


def test_trust_refused_by_the_window_is_heard_by_the_dialog(qtbot, mail_window, serve):
    """Trusting is a request the window answers: when the window shows another profile by the time the user
    clicks Trust, it refuses — the dialog keeps its Trust button, says so, and nothing is pinned anywhere."""
    server = serve(tls="starttls", cert="self")
    settings = settings_for(server, use_auth=True, username=USER).replace(ca_file="")
    window = mail_window(settings, PASSWORD)
    dialog, result = run_test_mail(qtbot, window)
    assert result.failure.category is Category.CERTIFICATE_INVALID
    ui = dialog.ui
    qtbot.mouseClick(ui.trustButton, Qt.MouseButton.LeftButton)
    Profiles().save("Andere", settings.replace(server="mail.andere.de", use_auth=False))
    assert window.select_profile("Andere")
    emitted = []
    dialog.certificateTrusted.connect(lambda *args: emitted.append(args))
    qtbot.mouseClick(dialog.certificate_dialog.trust_button, Qt.MouseButton.LeftButton)
    assert emitted == []
    assert not ui.trustButton.isHidden()
    assert "not trusted" in ui.statusLabel.text()
    assert "another profile" in window.message_text()
    assert window.form.settings.pinned_sha256 == "" and Profiles().get("Kunde").pinned_sha256 == ""

"""Check server… against the local test server: capabilities before/after TLS, TLS and certificate, the
port matrix filled in as results arrive, the recommendation applied to the form (unsaved)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from swyxon_desktop.failures import Category
from swyxon_desktop.profiles import Profiles
from swyxon_desktop.settings import AuthMechanism, Security, TlsMode

from tests.smtp.helpers import PASSWORD, USER, assert_no_password, settings_for

from .conftest import WAIT_MS

pytestmark = pytest.mark.network


def check(qtbot, window):
    qtbot.mouseClick(window.mail_actions.probe_button, Qt.MouseButton.LeftButton)
    dialog = window.mail_actions.probe_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    snapshots = []
    dialog.operation.row.connect(lambda _row: snapshots.append(dialog.matrix_rows()))
    with qtbot.waitSignal(dialog.checkFinished, timeout=WAIT_MS) as done:
        pass
    return dialog, done.args[0], snapshots


def test_matrix_capabilities_and_apply_recommended(qtbot, mail_window, serve, probe_ports):
    server = serve(tls="starttls", auth_mechanisms=("PLAIN", "LOGIN"))
    # Configured wrongly: SSL/TLS (implicit) on a STARTTLS port, CRAM-MD5 which the server lacks.
    settings = settings_for(server, tls="implicit", use_auth=True, username=USER, mechanism=AuthMechanism.CRAM_MD5)
    window = mail_window(settings, PASSWORD)
    dialog, result, snapshots = check(qtbot, window)
    ui = dialog.ui
    assert not result.ok
    # The matrix: configured port + the others (25, 465, 587 in use; closed ports here), each tried both
    # ways; filled in as rows arrived.
    rows = dialog.matrix_rows()
    assert [r[0] for r in rows] == [f"{server.port} (configured)", str(server.port),
                                    *(str(p) for p in probe_ports for _ in (1, 2))]
    assert len(snapshots) == 8
    assert any("checking…" in row[2] for row in snapshots[0])  # the first row came while others were pending
    starttls_row = rows[1]
    assert starttls_row[2] == "✓ answers" and starttls_row[3] == "TLSv1.3, verified"
    assert starttls_row[4] == "PLAIN LOGIN" or set(starttls_row[4].split()) == {"PLAIN", "LOGIN"}
    assert rows[0][2].startswith("✗ ")  # the configured way: implicit TLS on a plain port
    # Greeting, capabilities before and after TLS, TLS version and cipher, the certificate.
    assert "ESMTP" in ui.greetingValue.text()
    assert "STARTTLS" in ui.capsBeforeValue.text() and "AUTH" not in ui.capsBeforeValue.text()
    assert "AUTH" in ui.capsAfterValue.text() and "PLAIN" in ui.capsAfterValue.text()
    assert "SIZE" in ui.capsAfterValue.text() and "8BITMIME" in ui.capsAfterValue.text()
    assert ui.tlsValue.text().startswith("TLSv1.") and "_" in ui.tlsValue.text()
    view = dialog.certificate_view
    assert "DNS:localhost" in view.value_text("sans") and "IP:127.0.0.1" in view.value_text("sans")
    assert view.value_text("verification").startswith("Verified")
    assert "trustme" in view.value_text("issuer") and " to " in view.value_text("validity")
    assert len(view.value_text("sha256").replace("\n", "").split(":")) == 32
    assert not ui.trustButton.isVisible()
    # The verdict and the recommendation.
    assert ui.resultTitle.text().startswith("The configured settings do not work")
    assert f"Port {server.port} with STARTTLS and PLAIN works." in ui.recommendationLabel.text()
    assert ui.applyButton.isVisible() and ui.applyButton.isEnabled()
    # Apply: the form gets the recommendation, unsaved.
    qtbot.mouseClick(ui.applyButton, Qt.MouseButton.LeftButton)
    applied = window.form.settings
    assert applied.security is Security.STARTTLS and applied.port == server.port
    assert applied.mechanism is AuthMechanism.AUTO and applied.tls_mode in (TlsMode.STARTTLS, TlsMode.AUTO)
    assert window.form.is_dirty and Profiles().get("Kunde").tls_mode is TlsMode.IMPLICIT
    assert window.ui.tlsModeCombo.currentData() == applied.tls_mode.value  # the widgets show it
    assert "not saved" in window.message_text()
    # The report: matrix, capabilities, versions; never credentials.
    report = dialog.report_text()
    assert "Capabilities after TLS" in report and "OpenSSL" in report and str(server.port) in report
    assert_no_password(report)
    assert all(not s.auth_mechanism for s in server.sessions)  # the check never authenticates


def test_untrusted_certificate_in_the_check_can_be_trusted(qtbot, mail_window, serve):
    server = serve(tls="implicit", cert="self")
    window = mail_window(settings_for(server, tls="implicit").replace(ca_file=""))
    dialog, result, _ = check(qtbot, window)
    assert result.failure.category is Category.CERTIFICATE_INVALID
    assert "Not trusted" in dialog.certificate_view.value_text("verification")
    assert "AUTH" in dialog.ui.capsAfterValue.text() or dialog.ui.capsAfterValue.text() != "—"
    assert dialog.ui.trustButton.isVisible()
    assert dialog.ui.recommendationLabel.text().count(server.sha256.replace(":", "").lower()) == 1
    qtbot.mouseClick(dialog.ui.trustButton, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.certificateTrusted, timeout=1000):
        qtbot.mouseClick(dialog.certificate_dialog.trust_button, Qt.MouseButton.LeftButton)
    assert window.form.settings.pinned_sha256 == server.sha256.replace(":", "").lower()
    assert window.form.is_dirty
    # Checked again with the trusted fingerprint: the configured settings work.
    with qtbot.waitSignal(dialog.checkFinished, timeout=WAIT_MS) as done:
        qtbot.mouseClick(dialog.ui.checkButton, Qt.MouseButton.LeftButton)
    assert done.args[0].ok, done.args[0].failure
    assert "trusted by its pinned" in dialog.certificate_view.value_text("verification") or \
        "fingerprint is the one stored" in dialog.certificate_view.value_text("verification")

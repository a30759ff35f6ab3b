"""Screenshots of the provider features after real runs (not a test):

    Xvfb :106 -screen 0 1400x1000x24 &
    DISPLAY=:106 QT_QPA_PLATFORM=xcb .venv/bin/python -m tests.detect.screenshots docs/screenshots

Writes check-server-provider-en/de.png (Check server… against a test server that greets as Exchange
Online: the December 2026 warning and the table's word on the recommendation) and detect-settings-en/de.png
(Detect settings… against the loopback DNS server of tests/dns_server.py, an autoconfig file on a
loopback HTTPS server and two test SMTP servers, one answering). Uses a throw-away home and the
in-memory keychain of the tests.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from tests.screens import settle


def main(out_dir: str) -> int:
    home = tempfile.mkdtemp(prefix="swyxon-shots-")
    os.environ["SWYXON_DESKTOP_HOME"] = home
    from swyxon_desktop import secrets
    from tests.conftest import MemoryKeyring

    secrets.set_backend(MemoryKeyring())
    from swyxon_desktop.gui.app import create_app
    from swyxon_desktop.gui.settings.main_window import MainWindow
    from swyxon_desktop.profiles import Profiles
    from swyxon_desktop.settings import AuthMechanism, MailSettings, TlsMode
    from swyxon_desktop.testserver import LocalServer, ServerPolicy
    from tests.detect.scenario import Scenario

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    ms = LocalServer(ServerPolicy(tls="starttls", users={"swyx@firma.de": "Geheim-123"},
                                  hostname="AM0PR02CA0001.outlook.office365.com", mailbox=Path(home) / "mb")).start()
    scenario = Scenario(Path(home) / "pki").start()
    try:
        settings = MailSettings(server="127.0.0.1", port=ms.port, sender="swyx@firma.de", use_ssl=True,
                                tls_mode=TlsMode.STARTTLS, ca_file=str(ms.ca_file), use_auth=True,
                                mechanism=AuthMechanism.AUTO, username="swyx@firma.de")
        Profiles().save("Kunde M365", settings, "Geheim-123")
        Profiles().save("Neu", MailSettings(server="mail.firma.de", port=25, sender="info@firma.de"), None)
        for lang in ("en", "de"):
            app = create_app(["--lang", lang])
            window = MainWindow()
            window.select_profile("Kunde M365")
            window.show()
            dialog = window.mail_actions.open_probe()
            settle(app, lambda: dialog.result is not None)
            for _ in range(20):
                app.processEvents()
            dialog.grab().save(str(out / f"check-server-provider-{lang}.png"))
            dialog.close()
            window.select_profile("Neu")
            window.ui.senderEdit.setText(scenario.address)  # .test is reserved: typed, never saved
            window.form.set_value("sender", scenario.address)
            from swyxon_desktop.gui.checks.detect_window import DetectDialog

            window.detect_dialog = DetectDialog(window, nameserver=scenario.nameserver, ca_file=scenario.ca_file,
                                                https_port=scenario.https_port)
            window.detect_button.click()
            detect = window.detect_dialog
            settle(app, lambda: detect.result is not None)
            for _ in range(20):
                app.processEvents()
            detect.grab().save(str(out / f"detect-settings-{lang}.png"))
            detect.close()
            window.form.load(window.form.name, window.form.settings, revision=window.form.revision)
            window.close()
    finally:
        ms.stop()
        scenario.stop()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))

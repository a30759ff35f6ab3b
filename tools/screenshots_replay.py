"""Screenshots of issue 13 under a real X server (Xvfb), en + de: the main window with SSL off and AUTH on
(stored, with its warning), Send test mail stopping at AUTH with the one-run checkbox, and the local test
server window running a replica built from a saved report.

    Xvfb :102 -screen 0 1400x1000x24 &
    DISPLAY=:102 QT_QPA_PLATFORM=xcb .venv/bin/python tools/screenshots_replay.py docs/screenshots
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # a source checkout: tests/ helpers
from tests.screens import settle  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "Demo-Kennwort-1"


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else ROOT / "docs" / "screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    os.environ["SWYXON_DESKTOP_HOME"] = tempfile.mkdtemp(prefix="swyxon-shots-")
    sys.path.insert(0, str(ROOT))
    from swyxon_desktop import secrets
    from swyxon_desktop.checks import record as diagnostics
    from tests.conftest import MemoryKeyring

    secrets.set_backend(MemoryKeyring())
    from swyxon_desktop.gui.settings.main_window import MainWindow
    from swyxon_desktop.gui.app import create_app
    from swyxon_desktop.gui.settings import mail_actions
    from swyxon_desktop.gui.server import replay
    from swyxon_desktop.gui.server.server_window import LocalServerWindow
    from swyxon_desktop.profiles import Profiles
    from swyxon_desktop.settings import MailSettings, TlsMode
    from swyxon_desktop.smtp import send_test_mail
    from swyxon_desktop.testserver import LocalServer, ServerPolicy

    written: list[Path] = []

    def save(widget, filename: str) -> None:
        widget.grab().save(str(out / filename))
        written.append(out / filename)

    # A customer's server (the test server with its sender domains) and the customer's report.
    customer = LocalServer(ServerPolicy(tls="starttls", users={"swyxware": PASSWORD}, sender_domains=("firma.de",),
                                        mailbox=Path(os.environ["SWYXON_DESKTOP_HOME"]) / "customer-mail")).start()
    settings = MailSettings(server="127.0.0.1", port=customer.port, sender="SwyxWare@kunde-gmbh.de", use_ssl=True,
                            tls_mode=TlsMode.STARTTLS, ca_file=str(customer.ca_file), use_auth=True,
                            username="swyxware")
    result = send_test_mail(settings, PASSWORD, "admin@firma.de", profile="Kunde")
    report = Path(os.environ["SWYXON_DESKTOP_HOME"]) / "report.json"
    diagnostics.write_record(report, diagnostics.build_record("Kunde", settings, send=result))
    customer.stop()

    plain = LocalServer(ServerPolicy(tls="none", users={"swyxware": PASSWORD},
                                     mailbox=Path(os.environ["SWYXON_DESKTOP_HOME"]) / "plain-mail")).start()
    for lang in ("de", "en"):
        app = create_app(["--lang", lang])
        insecure = MailSettings(server="127.0.0.1", port=plain.port, sender="SwyxWare@kunde.de", use_ssl=False,
                                use_auth=True, username="swyxware")
        name = "Kunde (SSL aus)" if lang == "de" else "Customer (SSL off)"
        Profiles().save(name, insecure, PASSWORD)
        window = MainWindow()
        window.resize(900, 900)
        window.show()
        window.select_profile(name)
        settle(app, lambda: not window.keychain_check_pending)
        save(window, f"main-window-insecure-{lang}.png")
        actions = mail_actions.install(window)
        actions.open_test_mail()
        dialog = actions.test_mail_dialog
        dialog.ui.recipientEdit.setText("admin@kunde.de")
        dialog.refresh()
        dialog.send()
        settle(app, lambda: dialog.outcome is not None and not dialog.running)
        save(dialog, f"test-mail-insecure-{lang}.png")
        dialog.close()

        server_window = LocalServerWindow(Profiles())
        server_window.resize(1100, 760)
        server_window.show()
        if not replay.reproduce(server_window, str(report)):
            raise RuntimeError(server_window.ui.statusLabel.text())
        settle(app, lambda: server_window.replica_operation.done and server_window.reproduceButton.isEnabled())
        twin = server_window.server
        if twin is None:
            raise RuntimeError(server_window.ui.statusLabel.text())
        from swyxon_desktop import replica

        twin_settings, twin_password = replica.profile_settings(twin.plan, twin)
        send_test_mail(twin_settings, twin_password, "admin@firma.de", profile="Kunde (replica)")
        settle(app, lambda: "550" in server_window.ui.logView.toPlainText()
                and server_window.ui.logView.toPlainText().rstrip().endswith(("Connection closed",
                                                                             "Verbindung geschlossen")))
        save(server_window, f"replica-{lang}.png")
        server_window.stop_server()
        server_window.close()
        window.close()
        settle(app)
    plain.stop()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

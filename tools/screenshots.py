"""Retake the screenshots of the main window and the local test server window (not a test).

    Xvfb :94 -screen 0 1400x1000x24 &
    DISPLAY=:94 QT_QPA_PLATFORM=xcb /work/venv/bin/python tools/screenshots.py docs/screenshots

Writes main-window-de.png, main-window-en.png (a realistic platform profile, the Send test mail / Check
server buttons beside Save), test-server-de.png and test-server-en.png (after a received message).
With ``--message`` it also writes main-window-message-<lang>.png: the window with the long keychain
warning in the message bar (to check that nothing is clipped; not for the docs).

Uses a throw-away home (profiles, mailbox, local CA) and an in-memory keychain: nothing on this computer
is read or changed. (The mail dialogs' screenshots: tests/gui_mail/screenshots.py.)
"""
from __future__ import annotations

import os
import smtplib
import ssl
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # a source checkout: tests/ helpers
from tests.screens import settle  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "Screenshot-Geheim-1"  # only in the in-memory keychain of this run


def main(argv: list[str]) -> int:
    message = "--message" in argv
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0] if args else ROOT / "docs" / "screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    home = tempfile.mkdtemp(prefix="swyxon-shots-")
    os.environ["SWYXON_DESKTOP_HOME"] = home
    sys.path.insert(0, str(ROOT))
    from swyxon_desktop import secrets
    from tests.conftest import MemoryKeyring  # the tests' in-memory keychain (a source checkout)

    secrets.set_backend(MemoryKeyring())
    from swyxon_desktop.gui.settings.main_window import MainWindow  # (the model before Qt: see main_window.py)
    from swyxon_desktop.gui.app import create_app
    from swyxon_desktop.gui.server.server_window import LocalServerWindow
    from swyxon_desktop.profiles import Profiles
    from swyxon_desktop.settings import AuthMechanism, MailSettings, TlsMode

    settings = MailSettings(server="mail.firma.de", port=587, sender="SwyxWare@firma.de", use_ssl=True,
                            tls_mode=TlsMode.STARTTLS, use_auth=True, mechanism=AuthMechanism.AUTO,
                            username="swyxware@firma.de")
    written: list[Path] = []

    def save(widget, filename: str) -> None:
        widget.grab().save(str(out / filename))
        written.append(out / filename)

    for lang in ("de", "en"):
        app = create_app(["--lang", lang])
        from PySide6.QtCore import QCoreApplication

        name = QCoreApplication.translate("MainWindow", "Platform")
        if name not in Profiles().names():
            Profiles().save(name, settings, PASSWORD)
        window = MainWindow()
        window.show()
        settle(app, lambda: not window.keychain_check_pending)
        save(window, f"main-window-{lang}.png")
        if message:
            window.show_message(window.tr(
                "The system keychain is not available, so passwords can neither be checked nor stored. "
                "Unlock or install the keychain (Windows Credential Manager, GNOME Keyring or KWallet); "
                "the other settings can still be saved. Passwords are never stored in a file."), "warning")
            settle(app)
            save(window, f"main-window-message-{lang}.png")

        server_window = LocalServerWindow(Profiles())
        ui = server_window.ui
        ui.tlsCombo.setCurrentIndex(1)  # STARTTLS (its usual port, 2587)
        ui.authGroup.setChecked(True)
        ui.userEdit.setText("swyxware")
        ui.passwordEdit.setText(PASSWORD)
        ui.domainsEdit.setText("firma.de")
        server_window.resize(1100, 760)
        server_window.show()
        if not server_window.start_server():
            ui.portSpin.setValue(0)  # the usual port is taken: any free one
            if not server_window.start_server():
                raise RuntimeError(ui.statusLabel.text())
        server = server_window.server
        try:
            context = ssl.create_default_context(cafile=str(server.ca_file))
            with smtplib.SMTP(server.host, server.port, timeout=10) as client:
                client.starttls(context=context)
                client.login("swyxware", PASSWORD)
                subject = "SwyxON Desktop – Testnachricht" if lang == "de" else "SwyxON Desktop – test message"
                client.sendmail("SwyxWare@firma.de", ["admin@firma.de"], (
                    f"From: SwyxWare@firma.de\r\nTo: admin@firma.de\r\nSubject: {subject}\r\n"
                    "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                    + ("Diese Nachricht kam über den lokalen Testserver an.\r\n" if lang == "de" else
                       "This message arrived through the local test server.\r\n")).encode("utf-8"))
            settle(app, lambda: ui.messageList.topLevelItemCount() == 1
                    and ui.logView.toPlainText().rstrip().endswith(("Connection closed", "Verbindung geschlossen")))
            save(server_window, f"test-server-{lang}.png")
        finally:
            server_window.stop_server()
        server_window.close()
        window.close()
        window.deleteLater()
        server_window.deleteLater()
        settle(app)
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Screenshots of the mail dialogs after a real run against the local test server (not a test).

    Xvfb :96 -screen 0 1280x900x24 &
    DISPLAY=:96 QT_QPA_PLATFORM=xcb /work/venv/bin/python -m tests.gui_mail.screenshots docs/screenshots

Writes test-mail-en.png, test-mail-de.png, check-server-en.png (and check-server-de.png). Uses a
throw-away home (profiles, mailbox, local CA) and the in-memory keychain of the tests.
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
    from swyxon_desktop.gui.settings import mail_actions
    from swyxon_desktop.gui.app import create_app
    from swyxon_desktop.gui.settings.main_window import MainWindow
    from swyxon_desktop.profiles import Profiles
    from swyxon_desktop.settings import AuthMechanism, MailSettings, TlsMode
    from swyxon_desktop.testserver import LocalServer, ServerPolicy

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    server = LocalServer(ServerPolicy(tls="starttls", users={"swyxware": "Geheim-123"},
                                      auth_mechanisms=("LOGIN", "PLAIN"),
                                      sender_domains=("firma.de",), mailbox=Path(home) / "mailbox")).start()
    try:
        settings = MailSettings(server="127.0.0.1", port=server.port, sender="SwyxWare@firma.de", use_ssl=True,
                                tls_mode=TlsMode.STARTTLS, ca_file=str(server.ca_file), use_auth=True,
                                mechanism=AuthMechanism.LOGIN, username="swyxware", last_recipient="admin@firma.de")
        Profiles().save("Kunde Schmidt", settings, "Geheim-123")
        for lang in ("en", "de"):
            app = create_app(["--lang", lang])
            window = MainWindow()
            window.select_profile("Kunde Schmidt")
            actions = mail_actions.install(window)
            window.show()
            dialog = actions.open_test_mail()
            dialog.send()
            settle(app, lambda: dialog.outcome is not None)
            for _ in range(20):
                app.processEvents()
            dialog.grab().save(str(out / f"test-mail-{lang}.png"))
            probe = actions.open_probe()
            settle(app, lambda: probe.result is not None)
            for _ in range(20):
                app.processEvents()
            probe.grab().save(str(out / f"check-server-{lang}.png"))
            dialog.close()
            probe.close()
            window.form.load(window.form.name, window.form.settings, revision=window.form.revision)
            window.close()
            window.deleteLater()
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))

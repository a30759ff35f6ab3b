"""Screenshots of the one verdict after a real run (not a test): *Send test mail* with *Confirm delivery*,
the relay (project's test server), a real Dovecot (the receiver puts "+junk" mail in Junk and names the
relay as 192.0.2.10) and a loopback name server whose SPF record for firma.de softfails that address.

    Xvfb :109 -screen 0 1400x1000x24 &
    DISPLAY=:109 QT_QPA_PLATFORM=xcb .venv/bin/python -m tests.verdict.screenshots docs/screenshots

Writes test-mail-verdict-<lang>.png. A throw-away home and the tests' in-memory keychain.
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
    from tests.delivery.dovecot import PASSWORD, USER
    from tests.delivery.screenshots import shot_settings, start_parts
    from tests.dns_server import DnsServer
    from tests.verdict.conftest import SOFTFAIL, zones

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files, dovecot, receiver, server = start_parts(home)
    try:
        with DnsServer(zones(SOFTFAIL)) as ns:
            settings = shot_settings(files, dovecot, server, USER.replace("@", "+junk@"))
            Profiles().save("Kunde Schmidt", settings, "Geheim-123", imap_password=PASSWORD)
            for lang in ("en", "de"):
                app = create_app(["--lang", lang])
                window = MainWindow()
                window.select_profile("Kunde Schmidt")
                window.show()
                settle(app, lambda: not window.keychain_busy)
                actions = mail_actions.install(window)
                dialog = actions.open_test_mail()
                dialog.resize(1100, 860)
                dialog.verdict.nameserver = ns.nameserver
                dialog.delivery.check.setChecked(True)
                dialog.ui.recipientEdit.setText(USER.replace("@", "+junk@"))
                dialog.send()
                settle(app, lambda: dialog.outcome is not None)
                dialog.grab().save(str(out / f"test-mail-verdict-{lang}.png"))
                dialog.close()
                window.form.load(window.form.name, window.form.settings, revision=window.form.revision)
                window.close()
                window.deleteLater()
    finally:
        server.stop()
        receiver.stop()
        dovecot.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
